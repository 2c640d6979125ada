# error: 18: register_finalizer(): the queue holds Node, not Other
# Invalid RPy: registering an object of another class than the queue's.
from rpy.rlib import rgc


class Node:
    pass


class Other:
    pass


FQ = rgc.FinalizerQueue(Node)


def entry_point(argv: list[str]) -> int:
    rgc.register_finalizer(FQ, Other())  # <-- error
    return 0
