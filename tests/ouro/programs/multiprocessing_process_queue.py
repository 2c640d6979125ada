"""multiprocessing.Process (fork) with Queue, SimpleQueue and JoinableQueue:
results sent back, join, exitcode of a normal end, of sys.exit(3), of a
worker that raises (its traceback on stderr, exit code 1) and of one
killed by a signal; name, pid, is_alive, daemon."""
import multiprocessing as mp
import os
import signal
import sys
import time


def producer(q, n):
    for i in range(n):
        q.put((i, i * i))
    q.put(None)


def exits(code):
    sys.exit(code)


def raises():
    raise RuntimeError("worker failed")


def sleeper():
    time.sleep(30)


def jq_worker(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * 10)
        jq.task_done()


if __name__ == '__main__':
    mp.set_start_method('fork')
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 5), name="prod")
    print(p.name, p.is_alive(), p.exitcode)
    p.start()
    items = []
    while True:
        item = q.get(timeout=10)
        if item is None:
            break
        items.append(item)
    p.join()
    print(items, p.exitcode, p.is_alive(), p.pid != os.getpid())

    for code in (0, 3, "bye"):
        p = mp.Process(target=exits, args=(code,))
        p.start()
        p.join()
        print("sys.exit(%r) ->" % (code,), p.exitcode)
    sys.stderr.flush()

    p = mp.Process(target=raises, name="Raiser")
    p.start()
    p.join()
    print("raises ->", p.exitcode)

    p = mp.Process(target=sleeper, daemon=True)
    p.start()
    p.terminate()
    p.join()
    print("terminated ->", p.exitcode, p.exitcode == -signal.SIGTERM)

    sq = mp.SimpleQueue()
    p = mp.Process(target=producer, args=(sq, 3))
    p.start()
    print([sq.get() for _ in range(4)], sq.empty())
    p.join()

    jq = mp.JoinableQueue()
    out = mp.Queue()
    p = mp.Process(target=jq_worker, args=(jq, out))
    p.start()
    for i in range(4):
        jq.put(i)
    jq.put(None)
    jq.join()
    print(sorted(out.get(timeout=10) for _ in range(4)))
    p.join()
    print("exitcode", p.exitcode)
