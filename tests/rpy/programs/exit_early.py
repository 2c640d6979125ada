# status: 4
"""sys.exit() and ros.exit() end the program at once with a status, output flushed."""
import sys
from rpy.rlib import ros

def check(n: int) -> None:
    if n > 2:
        print("too big")
        sys.exit(4)

def entry_point(argv: list[str]) -> int:
    for i in range(5):
        print(i)
        check(i)
    return 0
