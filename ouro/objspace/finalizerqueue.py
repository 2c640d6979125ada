"""The finalizer queue of Python objects (rpy.rlib.rgc.FinalizerQueue).

Registered here: instances of classes with __del__ (when allocated),
generators suspended where an exception would be handled (when they
yield there), and referents of weak references (on the first one).  The
GC queues a registered object when it finds it unreachable, keeping it
alive; ouro/interpreter/finalizers.py takes it from the queue at the next
safe point of the eval loop and does what its death requires.  An object
is registered once whatever the reasons (the GC ignores a second
registration), and finalizers.py checks every reason.
"""
from __future__ import annotations

from rpy.rlib import rgc

from ouro.objspace.model import W_Root

FQ: rgc.FinalizerQueue[W_Root] = rgc.FinalizerQueue(W_Root)


class Registrations:
    """How many objects were registered for a __del__ or a generator's
    close: until the first, no frame has a local that needs finalization
    (ouro/interpreter/frame.py drop_finalizable_locals skips its scan)."""
    count: int

    def __init__(self) -> None:
        self.count = 0


REGISTRATIONS = Registrations()


def register(w_obj: W_Root) -> None:
    REGISTRATIONS.count += 1
    rgc.register_finalizer(FQ, w_obj)


def register_referent(w_obj: W_Root) -> None:
    """The referent of a weak reference: its death clears the reference."""
    rgc.register_finalizer(FQ, w_obj)
