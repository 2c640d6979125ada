"""gc.get_objects, gc.get_referents and gc.get_referrers over ouro's heap.

The collector lists its objects and the references between them
(rpy/rlib/rgc.py: all_objects, referents, referrers); most of those
objects are the interpreter's own (a dict's storage, a list's item array,
an instance's map and value array), not Python objects.  As PyPy does, the
Python objects that an object references are those reached from it through
objects that are not Python objects, and conversely for the referrers: so
a dict refers to its values although they sit in its storage's entries.

Differences from CPython, which walks its container objects' tp_traverse:
the items of a list or dict that its strategy keeps unboxed (ints, floats)
are no objects and are not listed; an instance refers to its attribute
values and its class directly (no `__dict__` unless one was made); the
frames running in this thread are not referrers (in CPython 3.11 they are
not objects until something asks for them), the argument list of the call
neither; a class's namespace is no dict object, so the referrer of a
method's function is the class itself (trace's countcallers, which looks
for the dict and then its class, names methods without their class).
"""
from __future__ import annotations

from rpy.rlib import rgc, rgcref
from rpy.rlib.rgcref import GCRef

from ouro.interpreter.frame import Frame, get_ec
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.complexobject import W_ComplexObject
from ouro.objspace.floatobject import W_FloatObject
from ouro.objspace.intobject import W_IntObject
from ouro.objspace.model import W_Root, w_None
from ouro.objspace.strobject import W_StrObject


def is_tracked(w: W_Root) -> bool:
    """CPython tracks containers, not atoms (exact ints, floats, complex
    numbers, strs, bytes and None)."""
    atom = w is w_None or (not w.getclass().is_heaptype and (
        isinstance(w, W_IntObject) or isinstance(w, W_FloatObject)
        or isinstance(w, W_ComplexObject) or isinstance(w, W_StrObject)
        or isinstance(w, W_BytesObject)))
    return not atom


def as_python_object(ref: GCRef) -> W_Root | None:
    """The Python object ref refers to, or None for the interpreter's
    other objects."""
    if not rgcref.gcref_isinstance(W_Root, ref):
        return None
    w = rgcref.cast_gcref_to_instance(W_Root, ref)
    try:
        w.getclass()
    except NotImplementedError:
        return None         # the interpreter's (a map's value array, a marker)
    return w


def all_objects() -> list[W_Root]:
    """The tracked Python objects of the heap (after a full collection)."""
    result: list[W_Root] = []
    for ref in rgc.all_objects():
        w = as_python_object(ref)
        if w is not None and is_tracked(w):
            result.append(w)
    return result


def referents(w_obj: W_Root) -> list[W_Root]:
    """The Python objects w_obj references, in the order of its fields and
    items, each once."""
    result: list[W_Root] = []
    seen: dict[int, bool] = {}
    # depth first, in order: the work list holds what is left, reversed
    todo = rgc.referents(rgcref.cast_instance_to_gcref(w_obj))
    todo.reverse()
    while len(todo) > 0:
        ref = todo.pop()
        key = rgcref.cast_gcref_to_int(ref)
        if key in seen:
            continue
        seen[key] = True
        w = as_python_object(ref)
        if w is not None:
            result.append(w)
            continue
        inner = rgc.referents(ref)
        for i in range(len(inner) - 1, -1, -1):
            todo.append(inner[i])
    return result


def running_frames() -> dict[int, bool]:
    """The identities (addresses) of the frames this thread is running."""
    frames: dict[int, bool] = {}
    f: Frame | None = get_ec().topframe
    while f is not None:
        frames[rgcref.cast_gcref_to_int(rgcref.cast_instance_to_gcref(f))] = True
        f = f.back
    return frames


def referrers(targets_w: list[W_Root]) -> list[W_Root]:
    """The Python objects referencing any of targets_w, each once."""
    result: list[W_Root] = []
    frontier: list[GCRef] = []
    for w_target in targets_w:
        frontier.append(rgcref.cast_instance_to_gcref(w_target))
    seen: dict[int, bool] = {}
    skip: dict[int, bool] = {}
    first = True
    while len(frontier) > 0:
        found = rgc.referrers(frontier)
        if first:
            # the collection has run: addresses are stable from here on
            skip = running_frames()
            first = False
        frontier = []
        for ref in found:
            key = rgcref.cast_gcref_to_int(ref)
            if key in seen or key in skip:
                continue
            seen[key] = True
            w = as_python_object(ref)
            if w is None:
                frontier.append(ref)        # look through it for its referrers
            else:
                result.append(w)
        # (emptied before the next walk, which would find it: it refers to
        # what it holds)
        found.clear()
    return result
