"""multiprocessing.Barrier across forked processes (its shared state is a
BufferWrapper in multiprocessing.heap's arena): the indices wait()
returns, an action run once, abort and BrokenBarrierError."""
import multiprocessing as mp
import threading


def at_barrier(bar, q):
    q.put(bar.wait(10))


def action():
    print("action ran", flush=True)


if __name__ == '__main__':
    mp.set_start_method('fork')
    q = mp.Queue()
    bar = mp.Barrier(3, action=action)
    print(bar.parties, bar.n_waiting, bar.broken)
    ps = [mp.Process(target=at_barrier, args=(bar, q)) for i in range(2)]
    for p in ps:
        p.start()
    k = bar.wait(10)
    for p in ps:
        p.join()
    print("barrier indices:", sorted([k] + [q.get(timeout=10) for _ in range(2)]))
    print("exit codes:", [p.exitcode for p in ps])
    bar.abort()
    print(bar.broken)
    try:
        bar.wait(1)
    except threading.BrokenBarrierError:
        print("BrokenBarrierError")
