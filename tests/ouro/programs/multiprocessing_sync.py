"""multiprocessing's synchronization primitives across forked processes:
Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition, and
the SemLock errors (release of an unheld RLock, a BoundedSemaphore
released too many times), acquire with timeouts."""
import multiprocessing as mp
import os
import tempfile
import time


def with_lock(lock, path, i):
    # an O_APPEND file records the order (a Queue's feeder thread would not)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    with lock:
        os.write(fd, b"in %d\n" % i)
        time.sleep(0.01)
        os.write(fd, b"out %d\n" % i)
    os.close(fd)


def waits_event(ev, q):
    q.put(("waiting", ev.wait(10)))


def holds_sem(sem, q, i):
    with sem:
        q.put(i)


def cond_waiter(cond, q):
    with cond:
        q.put("ready")
        cond.wait(10)
        q.put("notified")


def rlock_child(rl, q):
    q.put(rl.acquire(timeout=0.05))


if __name__ == '__main__':
    mp.set_start_method('fork')
    q = mp.Queue()

    lock = mp.Lock()
    fd, path = tempfile.mkstemp()
    os.close(fd)
    ps = [mp.Process(target=with_lock, args=(lock, path, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    with open(path) as f:
        events = [line.split() for line in f]
    os.unlink(path)
    # mutual exclusion: every "in" is followed by the same worker's "out"
    print("lock exclusive:", len(events) == 6 and all(
        events[k][0] == "in" and events[k + 1] == ["out", events[k][1]] for k in range(0, 6, 2)))
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
    lock.release()
    print(repr(lock)[:24])

    rl = mp.RLock()
    print(rl.acquire(), rl.acquire(), rl.acquire(block=False))
    p = mp.Process(target=rlock_child, args=(rl, q))
    p.start()
    p.join()
    print("child gets the held RLock:", q.get(timeout=10))
    for _ in range(3):
        rl.release()
    try:
        rl.release()
    except AssertionError as e:
        print("AssertionError:", e)

    sem = mp.Semaphore(2)
    print(sem.get_value(), sem.acquire(), sem.acquire(), sem.acquire(timeout=0.01), sem.get_value())
    sem.release()
    sem.release()
    sem.release()
    print("Semaphore may go above its start:", sem.get_value())
    ps = [mp.Process(target=holds_sem, args=(sem, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get(timeout=10) for _ in range(3)))

    bs = mp.BoundedSemaphore(1)
    bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    ev = mp.Event()
    p = mp.Process(target=waits_event, args=(ev, q))
    p.start()
    time.sleep(0.05)
    print("is_set", ev.is_set())
    ev.set()
    p.join()
    print(q.get(timeout=10), ev.is_set(), ev.wait(0))
    ev.clear()
    print(ev.is_set(), ev.wait(0.01))

    cond = mp.Condition()
    p = mp.Process(target=cond_waiter, args=(cond, q))
    p.start()
    print(q.get(timeout=10))
    with cond:
        cond.notify()
    print(q.get(timeout=10))
    p.join()
