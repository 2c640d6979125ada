"""finally: runs on normal exit, on return from inside try (and the return
value is kept), on exceptions propagating out, on break/continue in loops;
bare `raise` re-raising the current exception; exceptions propagating
through several calls with finally blocks on the way; nested try."""
from __future__ import annotations


class Trace:
    events: list[str]

    def __init__(self) -> None:
        self.events = []

    def log(self, e: str) -> None:
        self.events.append(e)

    def dump(self) -> str:
        s = " ".join(self.events)
        self.events = []
        return s


T = Trace()


class DeepError(Exception):
    depth: int

    def __init__(self, depth: int) -> None:
        self.depth = depth


def with_return(x: int) -> int:
    try:
        T.log("try")
        if x > 0:
            return x * 10
        T.log("no-return")
    finally:
        T.log("finally")
    return -1


def with_exception(x: int) -> int:
    try:
        T.log("try")
        if x == 0:
            raise ValueError("x is zero")
        return 100 // x
    finally:
        T.log("finally")


def level3(n: int) -> int:
    try:
        T.log("l3")
        if n > 2:
            raise DeepError(3)
        return n
    finally:
        T.log("f3")


def level2(n: int) -> int:
    try:
        return level3(n) + 1
    finally:
        T.log("f2")


def level1(n: int) -> int:
    try:
        return level2(n) + 1
    except DeepError as e:
        T.log("caught-at-1-from-%d" % e.depth)
        return -1
    finally:
        T.log("f1")


def reraise(n: int) -> int:
    try:
        return 10 // n
    except ZeroDivisionError:
        T.log("reraising")
        raise


def reraise_user(n: int) -> None:
    try:
        if n > 0:
            raise DeepError(n)
    except DeepError:
        T.log("seen-%d" % n)
        raise


def loop_with_finally() -> int:
    total = 0
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            total += i
        finally:
            T.log("f%d" % i)
    return total


def entry_point(argv: list[str]) -> int:
    print(with_return(5), T.dump())
    print(with_return(0), T.dump())
    print(with_exception(4), T.dump())
    try:
        with_exception(0)
    except ValueError as e:
        print("propagated:", str(e), T.dump())
    print(level1(1), T.dump())
    print(level1(5), T.dump())
    try:
        reraise(0)
    except ZeroDivisionError:
        print("re-raised ZeroDivisionError", T.dump())
    print(reraise(3), T.dump())
    try:
        reraise_user(7)
    except DeepError as de:
        print("re-raised DeepError", de.depth, T.dump())
    print(loop_with_finally(), T.dump())
    try:
        try:
            raise DeepError(1)
        finally:
            T.log("inner-finally")
    except DeepError:
        T.log("outer-except")
    finally:
        T.log("outer-finally")
    print(T.dump())
    try:
        T.log("body")
    except Exception:
        T.log("never")
    else:
        T.log("else")
    finally:
        T.log("finally")
    print(T.dump())
    return 0
