"""multiprocessing's 'forkserver' start method: a server process (started
with multiprocessing's -c command line) forks the children, receiving
their descriptors over an AF_UNIX socket (sendmsg/recvmsg SCM_RIGHTS):
Pool, Process + Queue, exit codes, a Lock pickled for the child."""
import multiprocessing as mp
import os
import sys


def square(x):
    return x * x


def report(q):
    q.put((__name__, os.getpid() != PARENT_PID))


def exits():
    sys.exit(3)


def locked_put(lock, q, i):
    with lock:
        q.put(i)


PARENT_PID = os.getpid() if __name__ == '__main__' else int(os.environ.get("MPT_PARENT", "0"))

if __name__ == '__main__':
    os.environ["MPT_PARENT"] = str(PARENT_PID)
    print(sorted(mp.get_all_start_methods()), mp.get_start_method())
    for method in ("forkserver",):
        ctx = mp.get_context(method)
        print(method, ctx.get_start_method())
        with ctx.Pool(2) as p:
            print(p.map(square, range(6)))
        q = ctx.Queue()
        pr = ctx.Process(target=report, args=(q,))
        pr.start()
        print(q.get(timeout=30))
        pr.join()
        print("exitcode", pr.exitcode)
        pr = ctx.Process(target=exits)
        pr.start()
        pr.join()
        print("sys.exit(3) ->", pr.exitcode)
        lock = ctx.Lock()
        ps = [ctx.Process(target=locked_put, args=(lock, q, i)) for i in range(1)]
        for pr in ps:
            pr.start()
        for pr in ps:
            pr.join()
        print([q.get(timeout=30)])
