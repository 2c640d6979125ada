# status: 1
# uncaught: ValueError
"""An exception escaping entry_point: output printed before it must appear
(stdout flushed), the exit status is 1; the runner only checks that stderr
names the exception.  finally blocks run while it propagates."""
from __future__ import annotations


class Resource:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def close(self) -> None:
        print("closing", self.name)


def work(depth: int) -> int:
    r = Resource("r%d" % depth)
    try:
        if depth == 0:
            raise ValueError("deliberately not caught")
        return work(depth - 1) + 1
    finally:
        r.close()


def entry_point(argv: list[str]) -> int:
    for i in range(3):
        print("working", i)
    try:
        work(1)
    except KeyError:
        print("wrong handler")
    except ValueError as e:
        print("caught the first time:", str(e))
    print("before the fatal call")
    work(3)
    print("not reached")
    return 0
