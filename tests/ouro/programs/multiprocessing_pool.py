"""multiprocessing.Pool (fork): map, imap, imap_unordered, apply_async,
starmap, map_async with a callback, chunksize, an exception raised in a
worker coming back to the caller, maxtasksperchild (workers replaced by
the pool's handler thread), an initializer, the context manager."""
import multiprocessing as mp
import os


def square(x):
    return x * x


def add(a, b):
    return a + b


def pid_differs(_):
    return os.getpid() != PARENT


def fails(x):
    if x == 3:
        raise KeyError("three")
    return x


def init(tag):
    print("initializer", tag, flush=True)


def pid(_):
    return os.getpid()


PARENT = os.getpid()

if __name__ == '__main__':
    mp.set_start_method('fork')
    with mp.Pool(2) as p:
        print(p.map(abs, [-5, 6, -7]))
        print(p.map(square, range(10), chunksize=3))
        print(list(p.imap(square, range(6))))
        print(sorted(p.imap_unordered(square, range(6))))
        print(p.starmap(add, [(1, 2), (3, 4), ("a", "b")]))
        r = p.apply_async(add, (10, 20))
        print(r.get(timeout=10), r.ready(), r.successful())
        got = []
        res = p.map_async(square, [1, 2, 3], callback=got.append)
        res.wait(10)
        print(res.get(), got)
        print(all(p.map(pid_differs, range(4))))
        try:
            p.map(fails, range(5))
        except KeyError as e:
            print("KeyError from a worker:", e)
        r = p.apply_async(fails, (3,))
        try:
            r.get(10)
        except KeyError as e:
            print("apply_async:", repr(e), r.successful())
    # new workers forked by the pool's handler thread (not the main one)
    with mp.Pool(2, maxtasksperchild=1) as p:
        pids = p.map(pid, range(6), chunksize=1)
        print(len(pids), len(set(pids)))
    with mp.Pool(1, initializer=init, initargs=("ran",)) as p:
        print(p.apply(pow, (2, 5)))
    print(mp.Pool.__name__, "done")
