"""Python weak references over the GC's (rpy.rlib.rweakref).

A W_WeakRef holds an RPy WeakRef to its referent, so it does not keep it
alive.  What CPython keeps in the referent's weakref list (for
getweakrefcount/getweakrefs, for reusing the plain `ref(obj)`, and for the
callbacks when it dies) lives here in REGISTRY, keyed by the referent's
unique id (rpy.rlib.objectmodel.compute_unique_id, which keeps nothing
alive) and holding the W_WeakRefs weakly too.  A referent gets an entry
with its first weak reference, and is registered in the finalizer queue
(ouro/objspace/finalizerqueue.py): when a collection finds it dead, the GC
keeps it and queues it, and at the next safe point clear_weakrefs() drops
its entry (so that its id, which another object may get later, leaves the
registry), marks its weak references dead and calls their callbacks,
newest first as CPython does.  The referent dies for good at a later
collection.  Between the collection and that safe point `ref()` would
still find the referent: calling a weakref runs the pending finalizers
first, so it answers None.
"""
from __future__ import annotations

from rpy.rlib.objectmodel import compute_unique_id
from rpy.rlib.rweakref import WeakRef, weakref_create, weakref_get

from ouro.objspace import finalizerqueue
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import LAYOUT_EXCEPTION, W_Root, W_TypeObject, tp_name


# the built-in types whose instances cannot be referred to weakly (CPython:
# tp_weaklistoffset == 0), by tp_name; the exceptions too (builtin_weakrefable)
NOT_WEAKREFABLE = ["object", "int", "bool", "float", "complex", "str", "bytes", "bytearray",
                   "tuple", "list", "dict", "NoneType", "NotImplementedType", "ellipsis",
                   "range", "slice", "property", "staticmethod", "classmethod",
                   "list_iterator", "tuple_iterator", "str_iterator", "str_ascii_iterator",
                   "dict_keys", "dict_values", "dict_items", "mappingproxy",
                   "enumerate", "zip", "map", "filter", "reversed",
                   "itertools.count", "itertools.cycle", "itertools.repeat",
                   "itertools.accumulate", "itertools.chain", "itertools.compress",
                   "itertools.dropwhile", "itertools.takewhile", "itertools.filterfalse",
                   "itertools.groupby", "itertools._grouper", "itertools.islice",
                   "itertools.pairwise", "itertools.starmap", "itertools._tee_dataobject",
                   "itertools.zip_longest", "itertools.product", "itertools.permutations",
                   "itertools.combinations", "itertools.combinations_with_replacement",
                   "types.UnionType", "generic_alias_iterator"]


def builtin_weakrefable(w_t: W_TypeObject) -> bool:
    """Whether instances of the built-in (not heap) type w_t can be referred
    to weakly."""
    return tp_name(w_t) not in NOT_WEAKREFABLE and w_t.layout != LAYOUT_EXCEPTION


class W_WeakRef(W_ObjectWithMap):
    w_type: W_TypeObject
    ref: WeakRef[W_Root] | None     # None once the referent died (or for a dead proxy)
    w_callback: W_Root | None
    hash: int                       # -1: not computed yet (kept after death, as CPython)
    is_proxy: bool

    def __init__(self, w_type: W_TypeObject, w_obj: W_Root, w_callback: W_Root | None,
                 is_proxy: bool) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.ref = weakref_create(w_obj)
        self.w_callback = w_callback
        self.hash = -1
        self.is_proxy = is_proxy

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def referent(self) -> W_Root | None:
        r = self.ref
        if r is None:
            return None
        return weakref_get(r)


class Lifeline:
    """The weak references to one referent, oldest first."""
    refs: list[WeakRef[W_WeakRef]]
    prune_at: int          # prune dead W_WeakRefs when the list reaches this

    def __init__(self) -> None:
        self.refs = []
        self.prune_at = 8

    def live(self) -> list[W_WeakRef]:
        out: list[W_WeakRef] = []
        for r in self.refs:
            w_ref = weakref_get(r)
            if w_ref is not None and w_ref.ref is not None:
                out.append(w_ref)
        return out

    def add(self, w_ref: W_WeakRef) -> None:
        if len(self.refs) >= self.prune_at:
            kept: list[WeakRef[W_WeakRef]] = []
            for r in self.refs:
                if weakref_get(r) is not None:
                    kept.append(r)
            self.refs = kept
            self.prune_at = 2 * len(kept) + 8
        self.refs.append(weakref_create(w_ref))


class Registry:
    lifelines: dict[int, Lifeline]

    def __init__(self) -> None:
        self.lifelines = {}


REGISTRY = Registry()


def lifeline_of(w_obj: W_Root) -> Lifeline | None:
    return REGISTRY.lifelines.get(compute_unique_id(w_obj), None)


def new_lifeline(w_obj: W_Root) -> Lifeline:
    """The referent's lifeline, made (and the referent registered for its
    death) on its first weak reference."""
    key = compute_unique_id(w_obj)
    life = REGISTRY.lifelines.get(key, None)
    if life is None:
        life = Lifeline()
        REGISTRY.lifelines[key] = life
        finalizerqueue.register_referent(w_obj)
    return life


def make_ref(w_type: W_TypeObject, w_obj: W_Root, w_callback: W_Root | None,
             is_proxy: bool, reuse: bool) -> W_WeakRef:
    """A new weak reference to w_obj; with reuse (plain ref or proxy without
    callback), an existing live one of the same kind is returned instead,
    as CPython does."""
    life = new_lifeline(w_obj)
    if reuse:
        for w_old in life.live():
            if w_old.w_callback is None and w_old.w_type is w_type and w_old.is_proxy == is_proxy:
                return w_old
    w_ref = W_WeakRef(w_type, w_obj, w_callback, is_proxy)
    life.add(w_ref)
    return w_ref


def weakrefs_to(w_obj: W_Root) -> list[W_WeakRef]:
    life = lifeline_of(w_obj)
    if life is None:
        return []
    return life.live()


def clear_weakrefs(w_obj: W_Root) -> list[W_WeakRef]:
    """w_obj died: forget its lifeline, mark its weak references dead and
    return those with a callback, newest first (the caller calls them)."""
    key = compute_unique_id(w_obj)
    life = REGISTRY.lifelines.get(key, None)
    if life is None:
        return []
    del REGISTRY.lifelines[key]
    refs = life.live()
    with_callback: list[W_WeakRef] = []
    i = len(refs) - 1
    while i >= 0:
        w_ref = refs[i]
        w_ref.ref = None
        if w_ref.w_callback is not None:
            with_callback.append(w_ref)
        i -= 1
    return with_callback
