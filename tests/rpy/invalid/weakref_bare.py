# error: 6: 'WeakRef' needs the class of its target, e.g. WeakRef[Node]
# Invalid RPy: a WeakRef annotation without its target class.
from rpy.rlib.rweakref import WeakRef


class Node:  # <-- error
    value: int
    ref: WeakRef


def entry_point(argv: list[str]) -> int:
    n = Node()
    n.value = 1
    return 0
