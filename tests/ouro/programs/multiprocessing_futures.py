"""concurrent.futures.ProcessPoolExecutor: map (with chunksize), submit,
as_completed, an exception raised in a worker (its __cause__ carries the
worker's traceback text), shutdown, and an uncaught one at the end (the
traceback CPython prints, with the remote traceback as the cause)."""
import concurrent.futures as cf
import multiprocessing as mp


def cube(x):
    return x ** 3


def boom(x):
    raise ValueError("bad %d" % x)


if __name__ == '__main__':
    mp.set_start_method('fork')
    with cf.ProcessPoolExecutor(2) as ex:
        print(list(ex.map(abs, [-1, -2, 3])))
        print(list(ex.map(cube, range(8), chunksize=3)))
        futs = [ex.submit(cube, i) for i in range(5)]
        print(sorted(f.result() for f in cf.as_completed(futs)))
        fut = ex.submit(boom, 3)
        try:
            fut.result()
        except ValueError as e:
            print("caught", repr(e), type(e.__cause__).__name__)
            print(e.__cause__)
        print(fut.done(), type(fut.exception()).__name__)
    ex = cf.ProcessPoolExecutor(max_workers=1)
    print(ex.submit(pow, 2, 10).result())
    ex.shutdown(wait=True)
    try:
        ex.submit(pow, 2, 3)
    except RuntimeError as e:
        print("RuntimeError:", e)
    with cf.ProcessPoolExecutor(1) as ex:
        # (finished before result() is asked: which line of result() raises
        # depends on it)
        f4 = ex.submit(boom, 4)
        cf.wait([f4])
        f4.result()
