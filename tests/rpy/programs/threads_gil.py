"""Threads (rpy.rlib.rthread): workers that allocate heavily (trees and
lists, so that collections happen while other threads' roots sit in their
saved shadow stacks and thread-local slots), a lock built on
lock_seq/wait_change, a GIL switch requested and honoured at safe points,
and the main thread waiting for the workers.  Only totals are printed:
the interleaving varies."""
from __future__ import annotations

from rpy.rlib import rgc, rthread
from rpy.rlib.rgcref import GCRef, cast_gcref_to_instance, cast_instance_to_gcref


class Tree:
    left: Tree | None
    right: Tree | None
    value: int

    def __init__(self, left: Tree | None, right: Tree | None, value: int) -> None:
        self.left = left
        self.right = right
        self.value = value


def make(depth: int, value: int) -> Tree:
    if depth == 0:
        return Tree(None, None, value)
    return Tree(make(depth - 1, value * 2), make(depth - 1, value * 2 + 1), value)


def check(t: Tree | None) -> int:
    if t is None:
        return 0
    return t.value + check(t.left) + check(t.right)


class Lock:
    """A lock on the GIL: state changed only by the GIL holder."""
    locked: bool

    def __init__(self) -> None:
        self.locked = False

    def acquire(self) -> None:
        while self.locked:
            seq = rthread.lock_seq()
            if self.locked:
                rthread.wait_change(seq, -1)
        self.locked = True

    def release(self) -> None:
        self.locked = False
        rthread.lock_changed()


class Shared:
    lock: Lock
    total: int
    done: int
    log: list[str]
    yields: int

    def __init__(self) -> None:
        self.lock = Lock()
        self.total = 0
        self.done = 0
        self.log = []
        self.yields = 0


SHARED = Shared()


class Worker:
    """A thread's state, in its thread-local slot."""
    number: int
    rounds: int
    depth: int
    keep: list[Tree]

    def __init__(self, number: int, rounds: int, depth: int) -> None:
        self.number = number
        self.rounds = rounds
        self.depth = depth
        self.keep = []


def current() -> Worker:
    ref = rthread.get_local()
    assert ref is not None
    w = cast_gcref_to_instance(Worker, ref)
    assert rthread.get_local_instance(Worker) is w     # the unchecked read
    return w


def work() -> None:
    w = current()
    acc = 0
    for r in range(w.rounds):
        t = make(w.depth, w.number + r)
        w.keep.append(t)               # survives the others' collections
        if len(w.keep) > 4:
            w.keep.pop(0)
        strs = [str(i) for i in range(200)]
        acc += check(t) + len(''.join(strs))
        if rthread.gil_yield_requested():
            SHARED.yields += 1
            rthread.gil_yield()
        # the slot still holds this thread's own state after switches
        assert current() is w
    for t in w.keep:
        acc += check(t)
    lock = SHARED.lock
    lock.acquire()
    SHARED.total += acc
    SHARED.log.append("worker %d" % w.number)
    SHARED.done += 1
    lock.release()


def run_thread() -> None:
    try:
        work()
    except Exception:
        print("worker failed")
        SHARED.done += 1
        rthread.lock_changed()


def expected(number: int, rounds: int, depth: int) -> int:
    acc = 0
    keep: list[Tree] = []
    for r in range(rounds):
        t = make(depth, number + r)
        keep.append(t)
        if len(keep) > 4:
            keep.pop(0)
        strs = [str(i) for i in range(200)]
        acc += check(t) + len(''.join(strs))
    for t in keep:
        acc += check(t)
    return acc


def entry_point(argv: list[str]) -> int:
    nthreads = 4
    rounds = 150
    depth = 10
    rthread.set_switch_interval(200)       # microseconds: switch often
    main_state = Worker(-1, 0, 0)
    rthread.set_local(cast_instance_to_gcref(main_state))
    ident = rthread.get_ident()
    for i in range(nthreads):
        w = Worker(i, rounds, depth)
        ref: GCRef = cast_instance_to_gcref(w)
        if rthread.start_new_thread(run_thread, ref) == -1:
            print("cannot start a thread")
            return 1
    # the main thread allocates too while the workers run
    mine = 0
    for r in range(20):
        mine += check(make(7, r))
        if rthread.gil_yield_requested():
            rthread.gil_yield()
    while SHARED.done < nthreads:
        seq = rthread.lock_seq()
        if SHARED.done < nthreads:
            rthread.wait_change(seq, 1000000)
    rgc.collect()
    want = 0
    for i in range(nthreads):
        want += expected(i, rounds, depth)
    print("threads finished:", SHARED.done)
    print("total matches:", SHARED.total == want)
    print("log entries:", len(SHARED.log), sorted(SHARED.log) == ["worker %d" % i for i in range(nthreads)])
    print("main work:", mine)
    print("switched:", SHARED.yields > 0)
    print("main slot kept:", current() is main_state)
    print("same ident:", rthread.get_ident() == ident, rthread.is_main_thread())
    # a lock wait that times out
    seq = rthread.lock_seq()
    print("timeout:", rthread.wait_change(seq, 20000))
    return 0
