"""dict: an insertion-ordered hash table of objects (W_DictObject), its
views (dict_keys, dict_values, dict_items) and iterators.

The layout is CPython's compact dict: entries (hash, key, value) in
insertion order, and a sparse index table of entry numbers probed with
CPython's perturbation scheme.  Keys are hashed and compared with the
generic protocols (`space.hash_w`, `space.eq_w`), which may run Python
code; `getitem_str`/`setitem_str` look up an RPy string without boxing it.
A deleted entry keeps its place with the value None until the table is
rebuilt.

The keys are stored by a strategy chosen by content (as lists choose
theirs, listobject.py): none while the dict has never had a key; unboxed
machine ints (`int_keys`) while every key is an exact int; boxed exact
strs (`keys_w`, compared by their text without a type test per probe);
boxed objects otherwise.  A key the strategy cannot hold switches it to
boxed objects for good (until clear()); entry numbers stay, so the order
does not change.  An int key comes back from the table in a new box, which
`is` and `id()` cannot tell from the first (space.is_w compares exact ints
by value).  Str keys keep their boxes on purpose: a box carries the
string's cached hash and its identity (`k is next(iter(d))` holds in
CPython for any str, and interned names are looked up by identity by the
global cache, attrcache.py).  Values are always boxed, as in PyPy.

The interpreter's interface: `getitem setitem delitem getitem_str
setitem_str keys values items length`, and for reading the entries in
order `entries_end key_at value_at hash_at` (no caller outside this module
touches the storage).  The Python-level methods follow CPython 3.11's
dictobject.c (messages, `__missing__`, "dictionary changed size during
iteration").
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import MAXINT, intmask, r_uint

from ouro.compiler.opcodes import NB_ADD

from ouro.objspace import intobject, siphash, space, strobject
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, w_KeyError,
                                      w_RuntimeError, w_TypeError, w_ValueError)
from ouro.objspace.gateway import (descr_error, register, register_comparisons, register_raw,
                                   register_raw_classmethod)
from ouro.objspace.listobject import (W_ListObject, int_of, is_plain_int, unpack_to_list,
                                      w_list_type)
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_DICT, LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_NotImplemented,
                                 w_object_type)
from ouro.objspace.tupleobject import (W_TupleObject, check_type_arg, iter_next_meth,
                                       iter_self, repr_enter, repr_leave)

FREE = -1
DUMMY = -2
PERTURB_SHIFT = 5


w_dict_type = make_builtin_type("dict", [w_object_type], LAYOUT_DICT)


def str_hash(s: str) -> int:
    """The hash of an exact str, as space.hash_w computes it."""
    return siphash.str_hash(s)


def is_exact_str(w: W_Root) -> bool:
    return isinstance(w, strobject.W_StrObject) and w.getclass() is strobject.w_str_type


def key_error(w_key: W_Root) -> OperationError:
    """KeyError(key), with the key as its argument."""
    return OperationError(W_BaseException(w_KeyError, [w_key]))


# the key strategies (W_DictObject.kind)
EMPTY = 0       # no key yet: the first one picks the strategy
INTS = 1        # every key an exact int (listobject.is_plain_int): int_keys
STRS = 2        # every key an exact str, boxed in keys_w
OBJECTS = 3     # any keys, boxed in keys_w

# the storage of a dict that never had a key, and the key storage of the
# strategies that do not use it: shared, never written (an empty dict is
# then one small object, as in CPython; the first key allocates)
NO_KEYS_W: list[W_Root | None] = []
NO_INTS: list[int] = []
NO_HASHES: list[int] = []
NO_VALUES_W: list[W_Root | None] = []
NO_INDICES: list[int] = [FREE] * 8


class W_DictObject(W_Root):
    kind: int                       # the key strategy
    hashes: list[int]
    keys_w: list[W_Root | None]     # STRS/OBJECTS: the keys (None: deleted)
    int_keys: list[int]             # INTS: the keys, unboxed
    values_w: list[W_Root | None]   # None: a deleted entry
    indices: list[int]
    used: int           # live entries
    inserts: int        # keys ever added (LOAD_GLOBAL's cache: ouro/interpreter/attrcache.py)

    def __init__(self) -> None:
        self.used = 0
        self.inserts = 0
        self._set_empty()

    def _set_empty(self) -> None:
        self.kind = EMPTY
        self.hashes = NO_HASHES
        self.keys_w = NO_KEYS_W
        self.int_keys = NO_INTS
        self.values_w = NO_VALUES_W
        self.indices = NO_INDICES

    def _start(self, kind: int) -> None:
        """The first key arrives: storage of its own for the strategy (the
        free slot that _lookup found in NO_INDICES stays valid)."""
        self.kind = kind
        self.hashes = []
        self.values_w = []
        self.indices = [FREE] * len(NO_INDICES)
        if kind == INTS:
            self.int_keys = []
        else:
            self.keys_w = []

    def getclass(self) -> W_TypeObject:
        return w_dict_type

    def length(self) -> int:
        return self.used

    # -- the entries, whatever the strategy

    def entries_end(self) -> int:
        """One past the last entry number (deleted entries included)."""
        return len(self.values_w)

    def key_at(self, ix: int) -> W_Root | None:
        """The key of entry ix (boxed again by the int strategy), or None
        if the entry was deleted."""
        if self.values_w[ix] is None:
            return None
        if self.kind == INTS:
            return intobject.wrap_int(self.int_keys[ix])
        return self.keys_w[ix]

    def value_at(self, ix: int) -> W_Root | None:
        """The value of entry ix, or None if the entry was deleted."""
        return self.values_w[ix]

    def value_if_key_is(self, ix: int, w_key: W_Root | None) -> W_Root | None:
        """The value of entry ix if its key is w_key itself, else None: the
        check of LOAD_GLOBAL's cache, as cheap as it can be (an int-keyed
        dict has no keys_w, a deleted entry no key)."""
        keys_w = self.keys_w
        if ix < len(keys_w) and keys_w[ix] is w_key:
            return self.values_w[ix]
        return None

    def replace_value_if_key_is(self, ix: int, w_key: W_Root | None,
                                w_value: W_Root) -> W_Root | None:
        """If entry ix is live with key w_key itself: its value becomes
        w_value and the old one is returned; else None (STORE_GLOBAL's
        cache)."""
        keys_w = self.keys_w
        if ix >= 0 and ix < len(keys_w) and keys_w[ix] is w_key:
            w_old = self.values_w[ix]
            if w_old is not None:
                self.values_w[ix] = w_value
            return w_old
        return None

    def hash_at(self, ix: int) -> int:
        return self.hashes[ix]

    def _switch_to_objects(self) -> None:
        """Box the keys: a key the strategy cannot hold arrives.  Entry
        numbers and the index table stay as they are."""
        if self.kind == INTS:
            keys_w: list[W_Root | None] = [None] * len(self.int_keys)
            k = 0
            while k < len(keys_w):
                if self.values_w[k] is not None:
                    keys_w[k] = intobject.wrap_int(self.int_keys[k])
                k += 1
            self.keys_w = keys_w
            self.int_keys = NO_INTS
        self.kind = OBJECTS

    # -- the table

    def _lookup(self, w_key: W_Root, h: int) -> tuple[int, int]:
        """(slot in indices, entry number or -1 if absent); the slot is
        where to insert when absent."""
        if self.kind == INTS:
            if is_plain_int(w_key):
                return self._lookup_int(int_of(w_key), h)
            return self._lookup_in_ints(w_key, h)
        return self._lookup_boxed(w_key, h)

    def _lookup_int(self, n: int, h: int) -> tuple[int, int]:
        """_lookup of an exact int in the int strategy: equal ints have
        equal hashes, so the keys are compared directly."""
        indices = self.indices
        mask = len(indices) - 1
        i = h & mask
        perturb = r_uint(h)
        free_slot = -1
        int_keys = self.int_keys
        while True:
            ix = indices[i]
            if ix == FREE:
                return (free_slot if free_slot >= 0 else i, -1)
            if ix == DUMMY:
                if free_slot < 0:
                    free_slot = i
            elif int_keys[ix] == n:
                return (i, ix)
            perturb >>= PERTURB_SHIFT
            i = (i * 5 + intmask(perturb) + 1) & mask

    def _lookup_in_ints(self, w_key: W_Root, h: int) -> tuple[int, int]:
        """_lookup of another key (True, 1.0, an int subclass, any object
        with __eq__) in the int strategy: a key with the same hash is boxed
        to be compared as CPython compares it, stored key first."""
        indices = self.indices
        mask = len(indices) - 1
        i = h & mask
        perturb = r_uint(h)
        free_slot = -1
        while True:
            ix = indices[i]
            if ix == FREE:
                return (free_slot if free_slot >= 0 else i, -1)
            if ix == DUMMY:
                if free_slot < 0:
                    free_slot = i
            elif self.hashes[ix] == h:
                n = self.int_keys[ix]
                eq = space.eq_w(intobject.wrap_int(n), w_key)
                if self.kind != INTS or self.indices is not indices or \
                        ix >= len(self.int_keys) or self.values_w[ix] is None or \
                        self.int_keys[ix] != n:
                    return self._lookup(w_key, h)   # the comparison changed the dict
                if eq:
                    return (i, ix)
            perturb >>= PERTURB_SHIFT
            i = (i * 5 + intmask(perturb) + 1) & mask

    def _lookup_boxed(self, w_key: W_Root, h: int) -> tuple[int, int]:
        """_lookup in the str and object strategies (and the empty one)."""
        while True:
            indices = self.indices
            mask = len(indices) - 1
            i = h & mask
            perturb = r_uint(h)
            free_slot = -1
            is_str = is_exact_str(w_key)
            all_strs = self.kind == STRS
            restart = False
            while True:
                ix = indices[i]
                if ix == FREE:
                    return (free_slot if free_slot >= 0 else i, -1)
                if ix == DUMMY:
                    if free_slot < 0:
                        free_slot = i
                elif self.hashes[ix] == h:
                    w_other = self.keys_w[ix]
                    if w_other is w_key:
                        return (i, ix)
                    if w_other is not None:
                        if is_str and (all_strs or is_exact_str(w_other)):
                            assert isinstance(w_key, strobject.W_StrObject)
                            assert isinstance(w_other, strobject.W_StrObject)
                            if w_other.as_str() == w_key.as_str():
                                return (i, ix)
                        else:
                            eq = space.eq_w(w_other, w_key)
                            if self.kind == INTS or self.indices is not indices or \
                                    ix >= len(self.keys_w) or self.keys_w[ix] is not w_other:
                                restart = True     # the comparison changed the dict
                                break
                            if eq:
                                return (i, ix)
                perturb >>= PERTURB_SHIFT
                i = (i * 5 + intmask(perturb) + 1) & mask
            if not restart:
                break
            if self.kind == INTS:
                return self._lookup(w_key, h)
        return (-1, -1)

    def _lookup_str(self, key: str, h: int) -> tuple[int, int]:
        """_lookup for an RPy string; boxes it only to compare it with a
        key of another type that has the same hash."""
        if self.kind == INTS:
            return self._lookup_in_ints(strobject.W_StrObject(key), h)
        indices = self.indices
        mask = len(indices) - 1
        i = h & mask
        perturb = r_uint(h)
        free_slot = -1
        all_strs = self.kind == STRS
        while True:
            ix = indices[i]
            if ix == FREE:
                return (free_slot if free_slot >= 0 else i, -1)
            if ix == DUMMY:
                if free_slot < 0:
                    free_slot = i
            elif self.hashes[ix] == h:
                w_other = self.keys_w[ix]
                if w_other is not None:
                    if all_strs or is_exact_str(w_other):
                        assert isinstance(w_other, strobject.W_StrObject)
                        if w_other.as_str() == key:
                            return (i, ix)
                    else:
                        return self._lookup(strobject.W_StrObject(key), h)
            perturb >>= PERTURB_SHIFT
            i = (i * 5 + intmask(perturb) + 1) & mask

    def _slot_of_entry(self, ix: int) -> int:
        """The slot of indices that holds entry number ix."""
        h = self.hashes[ix]
        mask = len(self.indices) - 1
        i = h & mask
        perturb = r_uint(h)
        while self.indices[i] != ix:
            perturb >>= PERTURB_SHIFT
            i = (i * 5 + intmask(perturb) + 1) & mask
        return i

    def _resize(self) -> None:
        self._rebuild(-1, 0)

    def _rebuild(self, first: int, room: int) -> None:
        """Compact the entries, then rebuild the index table; with first >=
        0, entry `first` comes first, after `room` deleted entries
        (OrderedDict's move_to_end(last=False): the next moves to the
        front fill that room)."""
        hashes: list[int] = []
        values_w: list[W_Root | None] = []
        ints = self.kind == INTS
        keys_w: list[W_Root | None] = []
        int_keys: list[int] = []
        if first >= 0:
            k = 0
            while k < room:
                hashes.append(0)
                values_w.append(None)
                if ints:
                    int_keys.append(0)
                else:
                    keys_w.append(None)
                k += 1
            hashes.append(self.hashes[first])
            values_w.append(self.values_w[first])
            if ints:
                int_keys.append(self.int_keys[first])
            else:
                keys_w.append(self.keys_w[first])
        k = 0
        while k < len(self.values_w):
            w_v = self.values_w[k]
            if w_v is not None and k != first:
                hashes.append(self.hashes[k])
                values_w.append(w_v)
                if ints:
                    int_keys.append(self.int_keys[k])
                else:
                    keys_w.append(self.keys_w[k])
            k += 1
        size = 8
        while size <= 3 * len(values_w):
            size *= 2
        self.hashes = hashes
        self.values_w = values_w
        if ints:
            self.int_keys = int_keys
        else:
            self.keys_w = keys_w
        self._reindex(size)

    def _reindex(self, size: int) -> None:
        """A new index table of `size` slots for the entries as they are
        (deleted ones left out)."""
        hashes = self.hashes
        values_w = self.values_w
        self.indices = [FREE] * size
        mask = size - 1
        k = 0
        while k < len(values_w):
            if values_w[k] is None:
                k += 1          # a deleted entry, or the room before the first
                continue
            h = hashes[k]
            i = h & mask
            perturb = r_uint(h)
            while self.indices[i] != FREE:
                perturb >>= PERTURB_SHIFT
                i = (i * 5 + intmask(perturb) + 1) & mask
            self.indices[i] = k
            k += 1

    def rehash(self) -> None:
        """The keys hashed again, with the same entry numbers (so LOAD_GLOBAL's
        caches stay valid): startup changed the key of str hashes
        (hashseed.py).  Ints hash the same with any key."""
        if self.kind != STRS and self.kind != OBJECTS:
            return
        k = 0
        while k < len(self.values_w):
            w_key = self.keys_w[k]
            if self.values_w[k] is not None and w_key is not None:
                self.hashes[k] = space.hash_w(w_key)
            k += 1
        self._reindex(len(self.indices))

    def _insert_new(self, slot: int, w_key: W_Root, h: int, w_value: W_Root) -> None:
        """Add an entry at the free slot that _lookup found; a key the
        strategy cannot hold switches it first (the slot stays valid)."""
        kind = self.kind
        if kind == INTS:
            if is_plain_int(w_key):
                self._insert_int(slot, int_of(w_key), h, w_value)
                return
            self._switch_to_objects()
        elif kind == EMPTY:
            if is_plain_int(w_key):
                self._start(INTS)
                self._insert_int(slot, int_of(w_key), h, w_value)
                return
            self._start(STRS if is_exact_str(w_key) else OBJECTS)
        elif kind == STRS and not is_exact_str(w_key):
            self.kind = OBJECTS
        self.keys_w.append(w_key)
        self._add_entry(slot, h, w_value)

    def _insert_int(self, slot: int, n: int, h: int, w_value: W_Root) -> None:
        self.int_keys.append(n)
        self._add_entry(slot, h, w_value)

    def _add_entry(self, slot: int, h: int, w_value: W_Root) -> None:
        """The rest of an insertion, once the key is stored."""
        self.indices[slot] = len(self.values_w)
        self.hashes.append(h)
        self.values_w.append(w_value)
        self.used += 1
        self.inserts += 1
        if 3 * len(self.values_w) >= 2 * len(self.indices):
            self._resize()

    # -- the interface

    def getitem(self, w_key: W_Root) -> W_Root | None:
        """The value of w_key, or None (no __missing__)."""
        if is_exact_str(w_key):
            assert isinstance(w_key, strobject.W_StrObject)
            return self.getitem_str(w_key.as_str())
        return self.getitem_known_hash(w_key, space.hash_w(w_key))

    def getitem_known_hash(self, w_key: W_Root, h: int) -> W_Root | None:
        slot, ix = self._lookup(w_key, h)
        if ix < 0:
            return None
        return self.values_w[ix]

    def setitem(self, w_key: W_Root, w_value: W_Root) -> None:
        self.setitem_known_hash(w_key, space.hash_w(w_key), w_value)

    def setitem_known_hash(self, w_key: W_Root, h: int, w_value: W_Root) -> None:
        if self.kind == INTS and is_plain_int(w_key):
            n = int_of(w_key)
            slot, ix = self._lookup_int(n, h)
            if ix >= 0:
                self.values_w[ix] = w_value
            else:
                self._insert_int(slot, n, h, w_value)
            return
        slot, ix = self._lookup(w_key, h)
        if ix >= 0:
            self.values_w[ix] = w_value
            return
        self._insert_new(slot, w_key, h, w_value)

    def count_key(self, w_key: W_Root) -> None:
        """self[w_key] = self.get(w_key, 0) + 1 with one lookup when the
        value is an exact int (collections.Counter's _count_elements)."""
        h = space.hash_w(w_key)
        slot, ix = self._lookup(w_key, h)
        if ix < 0:
            self._insert_new(slot, w_key, h, intobject.wrap_int(1))
            return
        w_old = self.values_w[ix]
        assert w_old is not None
        if isinstance(w_old, intobject.W_IntObject) and \
                w_old.getclass() is intobject.w_int_type and w_old.intval < MAXINT:
            self.values_w[ix] = intobject.wrap_int(w_old.intval + 1)
            return
        # another value: its __add__ may run code that changes the dict
        w_new = space.binary_op(w_old, intobject.wrap_int(1), NB_ADD)
        self.setitem_known_hash(w_key, h, w_new)

    def delitem(self, w_key: W_Root) -> bool:
        """False if w_key is absent."""
        return self.delitem_known_hash(w_key, space.hash_w(w_key))

    def delitem_known_hash(self, w_key: W_Root, h: int) -> bool:
        slot, ix = self._lookup(w_key, h)
        if ix < 0:
            return False
        self._delete_entry(slot, ix)
        return True

    def _delete_entry(self, slot: int, ix: int) -> None:
        self.indices[slot] = DUMMY
        if self.kind != INTS:
            self.keys_w[ix] = None
        self.values_w[ix] = None
        self.used -= 1

    def contains(self, w_key: W_Root) -> bool:
        slot, ix = self._lookup(w_key, space.hash_w(w_key))
        return ix >= 0

    def getitem_str(self, key: str) -> W_Root | None:
        ix = self.index_str(key)
        if ix < 0:
            return None
        return self.values_w[ix]

    def index_str(self, key: str) -> int:
        """The entry of an RPy string key, or -1."""
        if self.kind == INTS:
            return -1           # no exact str equals an exact int
        return self._index_str(key, str_hash(key))

    def _index_str(self, key: str, h: int) -> int:
        """The entry of an RPy string key, or -1: _lookup_str without the
        free slot (and without allocating its result tuple)."""
        indices = self.indices
        mask = len(indices) - 1
        i = h & mask
        perturb = r_uint(h)
        all_strs = self.kind == STRS
        while True:
            ix = indices[i]
            if ix == FREE:
                return -1
            if ix != DUMMY and self.hashes[ix] == h:
                w_other = self.keys_w[ix]
                if w_other is not None:
                    if all_strs or is_exact_str(w_other):
                        assert isinstance(w_other, strobject.W_StrObject)
                        if w_other.as_str() == key:
                            return ix
                    else:
                        slot, ix2 = self._lookup(strobject.W_StrObject(key), h)
                        return ix2
            perturb >>= PERTURB_SHIFT
            i = (i * 5 + intmask(perturb) + 1) & mask

    def setitem_str(self, key: str, w_value: W_Root) -> None:
        h = str_hash(key)
        slot, ix = self._lookup_str(key, h)
        if ix >= 0:
            self.values_w[ix] = w_value
            return
        self._insert_new(slot, strobject.W_StrObject(key), h, w_value)

    def replace_str(self, key: str, w_value: W_Root) -> W_Root | None:
        """setitem_str, returning the value replaced (None if the key was
        new): STORE_NAME/STORE_GLOBAL finalize what a rebinding drops."""
        h = str_hash(key)
        slot, ix = self._lookup_str(key, h)
        if ix >= 0:
            w_old = self.values_w[ix]
            self.values_w[ix] = w_value
            return w_old
        self._insert_new(slot, strobject.W_StrObject(key), h, w_value)
        return None

    def keys(self) -> list[W_Root]:
        result: list[W_Root] = []
        k = 0
        while k < len(self.values_w):
            w_k = self.key_at(k)
            if w_k is not None:
                result.append(w_k)
            k += 1
        return result

    def values(self) -> list[W_Root]:
        result: list[W_Root] = []
        for w_v in self.values_w:
            if w_v is not None:
                result.append(w_v)
        return result

    def items(self) -> list[tuple[W_Root, W_Root]]:
        result: list[tuple[W_Root, W_Root]] = []
        k = 0
        while k < len(self.values_w):
            w_k = self.key_at(k)
            w_v = self.values_w[k]
            if w_k is not None and w_v is not None:
                result.append((w_k, w_v))
            k += 1
        return result

    def clear(self) -> None:
        self._set_empty()
        self.used = 0

    def copy(self) -> W_DictObject:
        w_res = W_DictObject()
        if self.kind == EMPTY:
            return w_res
        if self.used == len(self.values_w):
            w_res.kind = self.kind
            w_res.hashes = list(self.hashes)
            if self.kind == INTS:
                w_res.int_keys = list(self.int_keys)
            elif self.kind != EMPTY:
                w_res.keys_w = list(self.keys_w)
            w_res.values_w = list(self.values_w)
            w_res.indices = list(self.indices)
            w_res.used = self.used
            return w_res
        k = 0
        while k < len(self.values_w):
            w_k = self.key_at(k)
            w_v = self.values_w[k]
            if w_k is not None and w_v is not None:
                w_res.setitem_known_hash(w_k, self.hashes[k], w_v)
            k += 1
        return w_res

    def update_from_ints(self, w_other: W_DictObject) -> None:
        """dict_merge of an int-strategy dict into an empty or int-strategy
        one: no key is boxed, no Python code runs."""
        if self.kind == EMPTY:
            self._start(INTS)
        k = 0
        while k < len(w_other.values_w):
            w_v = w_other.values_w[k]
            if w_v is not None:
                n = w_other.int_keys[k]
                h = w_other.hashes[k]
                slot, ix = self._lookup_int(n, h)
                if ix >= 0:
                    self.values_w[ix] = w_v
                else:
                    self._insert_int(slot, n, h, w_v)
            k += 1

    def next_entry(self, pos: int) -> int:
        """The first live entry at or after pos, or -1."""
        while pos < len(self.values_w):
            if self.values_w[pos] is not None:
                return pos
            pos += 1
        return -1

    def last_entry(self) -> int:
        """The last live entry, or -1."""
        ix = len(self.values_w) - 1
        while ix >= 0 and self.values_w[ix] is None:
            ix -= 1
        return ix

    def prev_entry(self, pos: int) -> int:
        """The last live entry at or before pos, or -1."""
        if pos >= len(self.values_w):
            pos = len(self.values_w) - 1
        while pos >= 0 and self.values_w[pos] is None:
            pos -= 1
        return pos

    def table(self) -> list[int]:
        """The index table, as a token: a new one means the entries were
        renumbered (compacted, rebuilt or cleared)."""
        return self.indices

    def popitem(self) -> W_TupleObject | None:
        """Remove the last entry (LIFO) and return it as a (key, value)
        tuple, or None if the dict is empty."""
        ix = self.last_entry()
        if ix < 0:
            return None
        return self.pop_entry(ix)

    def pop_entry(self, ix: int) -> W_TupleObject:
        """Remove live entry ix and return it as a (key, value) tuple; the
        storage past the last live entry is dropped."""
        w_k = self.key_at(ix)
        w_v = self.values_w[ix]
        assert w_k is not None and w_v is not None
        slot = self._slot_of_entry(ix)
        self._delete_entry(slot, ix)
        if self.next_entry(ix) < 0:
            ix = self.last_entry() + 1
            del self.hashes[ix:]
            if self.kind == INTS:
                del self.int_keys[ix:]
            else:
                del self.keys_w[ix:]
            del self.values_w[ix:]
        return W_TupleObject([w_k, w_v])

    # -- reordering (OrderedDict, ouro/modules/_collections/odict.py)

    def move_to_end(self, w_key: W_Root, last: bool, first_hint: int) -> int:
        """Make w_key's entry the last one (or the first one): -2 if the
        key is absent, else the number of the first live entry afterwards
        (first_hint: an entry number no live entry is before).  Moving to
        the back appends the entry (the compaction of a later resize drops
        the hole); moving to the front reuses the deleted entry just before
        the first live one, or rebuilds the table with room for the next
        moves to the front."""
        h = space.hash_w(w_key)
        slot, ix = self._lookup(w_key, h)
        if ix < 0:
            return -2
        first = self.next_entry(first_hint)
        if last:
            if ix != len(self.values_w) - 1:
                self._relocate(slot, ix, len(self.values_w))
                if ix == first:
                    first = self.next_entry(ix)
                if 3 * len(self.values_w) >= 2 * len(self.indices):
                    self._resize()
                    first = 0
            return first
        if ix == first:
            return first
        if first > 0:
            self._relocate(slot, ix, first - 1)
            return first - 1
        room = self.used // 2
        if room < 4:
            room = 4
        self._rebuild(ix, room)
        return room

    def _relocate(self, slot: int, ix: int, new_ix: int) -> None:
        """Entry ix (found at slot) becomes entry new_ix: a deleted entry
        or one past the end.  The index slot is the same (same hash)."""
        h = self.hashes[ix]
        w_v = self.values_w[ix]
        if new_ix == len(self.values_w):
            self.hashes.append(h)
            self.values_w.append(w_v)
            if self.kind == INTS:
                self.int_keys.append(self.int_keys[ix])
            else:
                self.keys_w.append(self.keys_w[ix])
        else:
            self.hashes[new_ix] = h
            self.values_w[new_ix] = w_v
            if self.kind == INTS:
                self.int_keys[new_ix] = self.int_keys[ix]
            else:
                self.keys_w[new_ix] = self.keys_w[ix]
        self.indices[slot] = new_ix
        if self.kind != INTS:
            self.keys_w[ix] = None
        self.values_w[ix] = None


class W_DictObjectUser(W_DictObject):
    """An instance of a Python subclass of dict."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap

    def __init__(self, w_type: W_TypeObject) -> None:
        W_DictObject.__init__(self)
        self.w_type = w_type
        self.attrs = W_ObjectWithMap()

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def get_attrs(self) -> W_Root | None:
        return self.attrs

    def getdictvalue(self, name: str) -> W_Root | None:
        return self.attrs.getdictvalue(name)

    def setdictvalue(self, name: str, w_value: W_Root) -> bool:
        return self.attrs.setdictvalue(name, w_value)

    def deldictvalue(self, name: str) -> bool:
        return self.attrs.deldictvalue(name)


def newdict() -> W_DictObject:
    return W_DictObject()


# -- updating from other objects

def uses_dict_iter(w_other: W_Root) -> bool:
    """A dict whose class keeps dict's __iter__ (CPython then reads its
    entries directly, even if keys() is overridden)."""
    if not isinstance(w_other, W_DictObject):
        return False
    w_t = w_other.getclass()
    return w_t is w_dict_type or w_t.lookup("__iter__") is w_dict_type.lookup("__iter__")


def dict_merge(w_dict: W_DictObject, w_other: W_Root) -> None:
    """PyDict_Merge(d, other, override=1): a dict or any mapping."""
    if isinstance(w_other, W_DictObject) and uses_dict_iter(w_other):
        if w_other is w_dict or w_other.used == 0:
            return
        if w_other.kind == INTS and (w_dict.kind == INTS or w_dict.kind == EMPTY):
            w_dict.update_from_ints(w_other)
            return
        n = w_other.entries_end()
        k = 0
        while k < w_other.entries_end():
            w_k = w_other.key_at(k)
            w_v = w_other.values_w[k]
            if w_k is not None and w_v is not None:
                w_dict.setitem_known_hash(w_k, w_other.hashes[k], w_v)
                if w_other.entries_end() != n:
                    raise operr(w_RuntimeError, "dict mutated during update")
            k += 1
        return
    w_keys = space.call_method(w_other, "keys", [])
    if not (isinstance(w_keys, W_ListObject) and w_keys.getclass() is w_list_type):
        try:
            w_it = space.iter(w_keys)
        except OperationError as e:
            if e.match(w_TypeError):
                raise operr(w_TypeError, "%s.keys() returned a non-iterable (type %s)"
                            % (type_name(w_other), type_name(w_keys)))
            raise
        keys_w = unpack_to_list(w_it)
    else:
        keys_w = w_keys.getitems_copy()
    for w_k in keys_w:
        w_v = space.getitem(w_other, w_k)
        w_dict.setitem(w_k, w_v)


def merge_from_seq2(w_dict: W_DictObject, w_seq: W_Root) -> None:
    """PyDict_MergeFromSeq2: an iterable of pairs."""
    w_it = space.iter(w_seq)
    i = 0
    while True:
        w_item = space.next_or_none(w_it)
        if w_item is None:
            return
        try:
            items_w = unpack_to_list(w_item)
        except OperationError as e:
            if e.match(w_TypeError):
                raise operr(w_TypeError, "cannot convert dictionary update sequence element "
                            "#%d to a sequence" % i)
            raise
        if len(items_w) != 2:
            raise operr(w_ValueError, "dictionary update sequence element #%d has length %d; "
                        "2 is required" % (i, len(items_w)))
        w_dict.setitem(items_w[0], items_w[1])
        i += 1


def update_arg(w_dict: W_DictObject, w_arg: W_Root) -> None:
    """dict_update_arg: a mapping (it has `keys`) or pairs."""
    if isinstance(w_arg, W_DictObject) and w_arg.getclass() is w_dict_type:
        dict_merge(w_dict, w_arg)
        return
    if space.getattr_or_none(w_arg, "keys") is not None:
        dict_merge(w_dict, w_arg)
        return
    merge_from_seq2(w_dict, w_arg)


def update_common(w_dict: W_DictObject, args: Arguments, methname: str) -> None:
    """dict(...)/dict.update(...): at most one positional, then keywords
    (args.args_w[0] is the dict itself)."""
    n = len(args.args_w) - 1
    if n > 1:
        raise operr(w_TypeError, "%s expected at most 1 argument, got %d" % (methname, n))
    if n == 1:
        update_arg(w_dict, args.args_w[1])
    k = 0
    while k < len(args.kw_names):
        w_dict.setitem_str(args.kw_names[k], args.kw_values_w[k])
        k += 1


# -- iterators

KIND_KEYS = 0
KIND_VALUES = 1
KIND_ITEMS = 2

w_dict_keyiterator_type = make_builtin_type("dict_keyiterator", [w_object_type], LAYOUT_OTHER)
w_dict_valueiterator_type = make_builtin_type("dict_valueiterator", [w_object_type],
                                              LAYOUT_OTHER)
w_dict_itemiterator_type = make_builtin_type("dict_itemiterator", [w_object_type], LAYOUT_OTHER)
w_dict_reversekeyiterator_type = make_builtin_type("dict_reversekeyiterator", [w_object_type],
                                                   LAYOUT_OTHER)
w_dict_reversevalueiterator_type = make_builtin_type("dict_reversevalueiterator",
                                                     [w_object_type], LAYOUT_OTHER)
w_dict_reverseitemiterator_type = make_builtin_type("dict_reverseitemiterator",
                                                    [w_object_type], LAYOUT_OTHER)
ITER_TYPES = [w_dict_keyiterator_type, w_dict_valueiterator_type, w_dict_itemiterator_type]
REVITER_TYPES = [w_dict_reversekeyiterator_type, w_dict_reversevalueiterator_type,
                 w_dict_reverseitemiterator_type]


class W_DictIterObject(W_Root):
    """Iterates over a dict's keys, values or items, forwards or backwards;
    raises RuntimeError if the dict changes size meanwhile."""
    w_dict: W_DictObject | None
    kind: int
    reverse: bool
    pos: int
    used: int           # the dict's size when the iterator was made (-1: broken)
    remaining: int

    def __init__(self, w_dict: W_DictObject, kind: int, reverse: bool) -> None:
        self.w_dict = w_dict
        self.kind = kind
        self.reverse = reverse
        self.pos = w_dict.entries_end() - 1 if reverse else 0
        self.used = w_dict.used
        self.remaining = w_dict.used

    def getclass(self) -> W_TypeObject:
        if self.reverse:
            return REVITER_TYPES[self.kind]
        return ITER_TYPES[self.kind]

    def iter_next(self) -> W_Root | None:
        w_dict = self.w_dict
        if w_dict is None:
            return space.STOP
        if self.used != w_dict.used:
            self.used = -1
            raise operr(w_RuntimeError, "dictionary changed size during iteration")
        i = self.pos
        values_w = w_dict.values_w
        if self.reverse:
            if i >= len(values_w):
                i = len(values_w) - 1
            while i >= 0 and values_w[i] is None:
                i -= 1
            if i < 0:
                self.w_dict = None
                return space.STOP
            self.pos = i - 1
        else:
            n = len(values_w)
            while i < n and values_w[i] is None:
                i += 1
            if i >= n:
                self.w_dict = None
                return space.STOP
            if self.remaining == 0:
                self.w_dict = None
                raise operr(w_RuntimeError, "dictionary keys changed during iteration")
            self.pos = i + 1
        self.remaining -= 1
        w_value = values_w[i]
        assert w_value is not None
        if self.kind == KIND_VALUES:
            return w_value
        w_key = w_dict.key_at(i)
        assert w_key is not None
        if self.kind == KIND_KEYS:
            return w_key
        return W_TupleObject([w_key, w_value])

    def length_hint(self) -> int:
        w_dict = self.w_dict
        if w_dict is not None and self.used == w_dict.used:
            return self.remaining
        return 0


def dictiter_length_hint(slots: list[W_Root | None]) -> W_Root:
    w_it = slots[0]
    assert isinstance(w_it, W_DictIterObject)
    return intobject.wrap_int(w_it.length_hint())


for _t in ITER_TYPES + REVITER_TYPES:
    register(_t, "__iter__(self, /)", iter_self)
    register(_t, "__next__(self, /)", iter_next_meth)
    register(_t, "__length_hint__(self, /)", dictiter_length_hint)


# -- views

w_dict_keys_type = make_builtin_type("dict_keys", [w_object_type], LAYOUT_OTHER)
w_dict_values_type = make_builtin_type("dict_values", [w_object_type], LAYOUT_OTHER)
w_dict_items_type = make_builtin_type("dict_items", [w_object_type], LAYOUT_OTHER)
VIEW_TYPES = [w_dict_keys_type, w_dict_values_type, w_dict_items_type]


class W_DictViewObject(W_Root):
    w_dict: W_DictObject
    kind: int

    def __init__(self, w_dict: W_DictObject, kind: int) -> None:
        self.w_dict = w_dict
        self.kind = kind

    def getclass(self) -> W_TypeObject:
        return VIEW_TYPES[self.kind]


def view_w(w: W_Root | None, name: str) -> W_DictViewObject:
    if isinstance(w, W_DictViewObject):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor '%s' doesn't apply to a '%s' object"
                % (name, type_name(w)))


def is_set_view(w: W_Root) -> bool:
    """PyDictViewSet_Check: a keys or items view."""
    return isinstance(w, W_DictViewObject) and w.kind != KIND_VALUES


def view_contains(w_view: W_DictViewObject, w_item: W_Root) -> bool:
    w_dict = w_view.w_dict
    if w_view.kind == KIND_KEYS:
        return w_dict.contains(w_item)
    if w_view.kind == KIND_ITEMS:
        if not isinstance(w_item, W_TupleObject) or len(w_item.items_w) != 2:
            return False
        w_found = w_dict.getitem(w_item.items_w[0])
        if w_found is None:
            return False
        return space.eq_w(w_found, w_item.items_w[1])
    w_it = W_DictIterObject(w_dict, KIND_VALUES, False)
    while True:
        w_v = space.next_or_none(w_it)
        if w_v is None:
            return False
        if space.eq_w(w_v, w_item):
            return True


def view_len(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(view_w(slots[0], "__len__").w_dict.used)


def view_iter(slots: list[W_Root | None]) -> W_Root:
    w_view = view_w(slots[0], "__iter__")
    return W_DictIterObject(w_view.w_dict, w_view.kind, False)


def view_reversed(slots: list[W_Root | None]) -> W_Root:
    w_view = view_w(slots[0], "__reversed__")
    return W_DictIterObject(w_view.w_dict, w_view.kind, True)


def view_contains_meth(slots: list[W_Root | None]) -> W_Root:
    w_view = view_w(slots[0], "__contains__")
    w_item = slots[1]
    assert w_item is not None
    return space.wrap_bool(view_contains(w_view, w_item))


def view_repr(slots: list[W_Root | None]) -> W_Root:
    w_view = view_w(slots[0], "__repr__")
    if not repr_enter(w_view):
        return space.wrap_str("...")
    s = ""
    try:
        w_list = W_ListObject(unpack_to_list(w_view))
        s = space.repr_str(w_list)
    finally:
        repr_leave(w_view)
    return space.wrap_str("%s(%s)" % (type_name(w_view), s))


def all_contained_in(w_a: W_Root, w_b: W_Root) -> bool:
    w_it = space.iter(w_a)
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            return True
        if not space.contains(w_b, w_x):
            return False


def _view_compare(slots: list[W_Root | None], op: int) -> W_Root:
    w_self = slots[0]
    w_other = slots[1]
    assert w_self is not None and w_other is not None
    if not setobject.is_anyset(w_other) and not is_set_view(w_other):
        return w_NotImplemented
    len_self = space.len_w(w_self)
    len_other = space.len_w(w_other)
    ok = False
    if op == 2 or op == 3:
        if len_self == len_other:
            ok = all_contained_in(w_self, w_other)
        if op == 3:
            ok = not ok
    elif op == 0:
        if len_self < len_other:
            ok = all_contained_in(w_self, w_other)
    elif op == 1:
        if len_self <= len_other:
            ok = all_contained_in(w_self, w_other)
    elif op == 4:
        if len_self > len_other:
            ok = all_contained_in(w_other, w_self)
    else:
        if len_self >= len_other:
            ok = all_contained_in(w_other, w_self)
    return space.wrap_bool(ok)


def views_to_set(w_self: W_Root) -> W_Root:
    """dictviews_to_set: a new set of the view's items (or of any iterable
    on the left of an operator)."""
    w_src = w_self
    if isinstance(w_self, W_DictViewObject) and w_self.kind == KIND_KEYS:
        if w_self.w_dict.getclass() is w_dict_type:
            w_src = w_self.w_dict
    return setobject.newset_from(w_src)


def views_sub(w_self: W_Root, w_other: W_Root) -> W_Root:
    w_res = views_to_set(w_self)
    space.call_method(w_res, "difference_update", [w_other])
    return w_res


def views_or(w_self: W_Root, w_other: W_Root) -> W_Root:
    w_res = views_to_set(w_self)
    setobject.set_update_internal(setobject.set_w(w_res), w_other)
    return w_res


def views_xor(w_self: W_Root, w_other: W_Root) -> W_Root:
    if isinstance(w_self, W_DictViewObject) and w_self.kind == KIND_ITEMS and \
            isinstance(w_other, W_DictViewObject) and w_other.kind == KIND_ITEMS:
        return items_xor(w_self, w_other)
    w_res = views_to_set(w_self)
    space.call_method(w_res, "symmetric_difference_update", [w_other])
    return w_res


def items_xor(w_self: W_DictViewObject, w_other: W_DictViewObject) -> W_Root:
    w_temp = w_self.w_dict.copy()
    w_result = setobject.newset_from(None)
    w_d2 = w_other.w_dict
    k = 0
    while k < w_d2.entries_end():
        w_key = w_d2.key_at(k)
        w_val2 = w_d2.values_w[k]
        if w_key is not None and w_val2 is not None:
            h = w_d2.hashes[k]
            w_val1 = w_temp.getitem_known_hash(w_key, h)
            if w_val1 is not None and space.eq_w(w_val1, w_val2):
                slot, ix = w_temp._lookup(w_key, h)
                if ix >= 0:
                    w_temp._delete_entry(slot, ix)
            else:
                setobject.set_add_key(w_result, W_TupleObject([w_key, w_val2]))
        k += 1
    setobject.set_update_internal(w_result, W_DictViewObject(w_temp, KIND_ITEMS))
    return w_result


def _as_view(w: W_Root) -> W_DictViewObject:
    assert isinstance(w, W_DictViewObject)
    return w


def views_and(w_self: W_Root, w_other: W_Root) -> W_Root:
    """_PyDictView_Intersect (w_self or w_other is a keys or items view)."""
    if is_set_view(w_self):
        w_view = _as_view(w_self)
        w_iterable = w_other
    else:
        w_view = _as_view(w_other)
        w_iterable = w_self
    len_self = w_view.w_dict.used
    if setobject.is_exact_set(w_iterable) and len_self <= space.len_w(w_iterable):
        return space.call_method(w_iterable, "intersection", [w_view])
    if isinstance(w_iterable, W_DictViewObject) and w_iterable.kind != KIND_VALUES and \
            w_iterable.w_dict.used > len_self:
        return _intersect(w_iterable, w_view)
    return _intersect(w_view, w_iterable)


def _intersect(w_view: W_DictViewObject, w_iterable: W_Root) -> W_Root:
    w_result = setobject.newset_from(None)
    w_it = space.iter(w_iterable)
    while True:
        w_key = space.next_or_none(w_it)
        if w_key is None:
            return w_result
        if view_contains(w_view, w_key):
            setobject.set_add_key(w_result, w_key)


def _binop_args(slots: list[W_Root | None]) -> tuple[W_Root, W_Root]:
    w_a = slots[0]
    w_b = slots[1]
    assert w_a is not None and w_b is not None
    return (w_a, w_b)


def view_sub(slots: list[W_Root | None]) -> W_Root:
    w_a, w_b = _binop_args(slots)
    return views_sub(w_a, w_b)


def view_rsub(slots: list[W_Root | None]) -> W_Root:
    w_a, w_b = _binop_args(slots)
    return views_sub(w_b, w_a)


def view_or(slots: list[W_Root | None]) -> W_Root:
    w_a, w_b = _binop_args(slots)
    return views_or(w_a, w_b)


def view_ror(slots: list[W_Root | None]) -> W_Root:
    w_a, w_b = _binop_args(slots)
    return views_or(w_b, w_a)


def view_xor(slots: list[W_Root | None]) -> W_Root:
    w_a, w_b = _binop_args(slots)
    return views_xor(w_a, w_b)


def view_rxor(slots: list[W_Root | None]) -> W_Root:
    w_a, w_b = _binop_args(slots)
    return views_xor(w_b, w_a)


def view_and(slots: list[W_Root | None]) -> W_Root:
    w_a, w_b = _binop_args(slots)
    return views_and(w_a, w_b)


def view_rand(slots: list[W_Root | None]) -> W_Root:
    w_a, w_b = _binop_args(slots)
    return views_and(w_b, w_a)


def view_isdisjoint(slots: list[W_Root | None]) -> W_Root:
    w_self_view = view_w(slots[0], "isdisjoint")
    w_other = slots[1]
    assert w_other is not None
    w_self: W_Root = w_self_view
    if w_other is w_self:
        return space.wrap_bool(w_self_view.w_dict.used == 0)
    if setobject.is_anyset(w_other) or is_set_view(w_other):
        len_self = w_self_view.w_dict.used
        len_other = space.len_w(w_other)
        if len_other > len_self:
            w_tmp = w_other
            w_other = w_self
            w_self = w_tmp
    w_it = space.iter(w_other)
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            return space.wrap_bool(True)
        if space.contains(w_self, w_x):
            return space.wrap_bool(False)


for _t in VIEW_TYPES:
    register(_t, "__len__(self, /)", view_len)
    register(_t, "__iter__(self, /)", view_iter)
    register(_t, "__reversed__(self, /)", view_reversed)
    register(_t, "__repr__(self, /)", view_repr)
    if _t is not w_dict_values_type:
        register(_t, "__contains__(self, key, /)", view_contains_meth)
        register_comparisons(_t, _view_compare)
        register(_t, "__sub__(self, value, /)", view_sub)
        register(_t, "__rsub__(self, value, /)", view_rsub)
        register(_t, "__or__(self, value, /)", view_or)
        register(_t, "__ror__(self, value, /)", view_ror)
        register(_t, "__xor__(self, value, /)", view_xor)
        register(_t, "__rxor__(self, value, /)", view_rxor)
        register(_t, "__and__(self, value, /)", view_and)
        register(_t, "__rand__(self, value, /)", view_rand)
        register(_t, "isdisjoint(self, other, /)", view_isdisjoint)
        _t.dict_w["__hash__"] = w_None


# -- the dict methods

def dict_w(w: W_Root | None, name: str) -> W_DictObject:
    if isinstance(w, W_DictObject):
        return w
    assert w is not None
    raise descr_error(name, "dict", w)


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def dict_new(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "dict.__new__(): not enough arguments")
    w_cls = check_type_arg(args.args_w[0], w_dict_type)
    if w_cls is w_dict_type:
        return W_DictObject()
    return W_DictObjectUser(w_cls)


def dict_init(args: Arguments) -> W_Root:
    update_common(dict_w(args.args_w[0], "__init__"), args, "dict")
    return w_None


def dict_update(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "descriptor 'update' of 'dict' object needs an argument")
    update_common(dict_w(args.args_w[0], "update"), args, "update")
    return w_None


def dict_repr(slots: list[W_Root | None]) -> W_Root:
    w_dict = dict_w(slots[0], "__repr__")
    if w_dict.used == 0:
        return space.wrap_str("{}")
    if not repr_enter(w_dict):
        return space.wrap_str("{...}")
    parts: list[str] = []
    try:
        k = 0
        while k < w_dict.entries_end():
            w_k = w_dict.key_at(k)
            w_v = w_dict.values_w[k]
            if w_k is not None and w_v is not None:
                parts.append(space.repr_str(w_k) + ": " + space.repr_str(w_v))
            k += 1
    finally:
        repr_leave(w_dict)
    return space.wrap_str("{" + ", ".join(parts) + "}")


def dict_len(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(dict_w(slots[0], "__len__").used)


def dict_getitem(slots: list[W_Root | None]) -> W_Root:
    w_dict = dict_w(slots[0], "__getitem__")
    w_key = _arg(slots, 1)
    w_res = w_dict.getitem(w_key)
    if w_res is not None:
        return w_res
    if w_dict.getclass() is not w_dict_type:
        w_missing = space.call_special(w_dict, "__missing__", [w_key])
        if w_missing is not None:
            return w_missing
    raise key_error(w_key)


def dict_setitem(slots: list[W_Root | None]) -> W_Root:
    dict_w(slots[0], "__setitem__").setitem(_arg(slots, 1), _arg(slots, 2))
    return w_None


def dict_delitem(slots: list[W_Root | None]) -> W_Root:
    w_key = _arg(slots, 1)
    if not dict_w(slots[0], "__delitem__").delitem(w_key):
        raise key_error(w_key)
    return w_None


def dict_contains(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(dict_w(slots[0], "__contains__").contains(_arg(slots, 1)))


def dict_iter(slots: list[W_Root | None]) -> W_Root:
    return W_DictIterObject(dict_w(slots[0], "__iter__"), KIND_KEYS, False)


def dict_reversed(slots: list[W_Root | None]) -> W_Root:
    return W_DictIterObject(dict_w(slots[0], "__reversed__"), KIND_KEYS, True)


def dict_equal(w_a: W_DictObject, w_b: W_DictObject) -> bool:
    if w_a.used != w_b.used:
        return False
    k = 0
    while k < w_a.entries_end():
        w_key = w_a.key_at(k)
        w_aval = w_a.values_w[k]
        if w_key is not None and w_aval is not None:
            w_bval = w_b.getitem_known_hash(w_key, w_a.hashes[k])
            if w_bval is None:
                return False
            if not space.eq_w(w_aval, w_bval):
                return False
        k += 1
    return True


def dict_eq(slots: list[W_Root | None]) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    if not isinstance(w_a, W_DictObject) or not isinstance(w_b, W_DictObject):
        return w_NotImplemented
    return space.wrap_bool(dict_equal(w_a, w_b))


def dict_ne(slots: list[W_Root | None]) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    if not isinstance(w_a, W_DictObject) or not isinstance(w_b, W_DictObject):
        return w_NotImplemented
    return space.wrap_bool(not dict_equal(w_a, w_b))


def dict_or(slots: list[W_Root | None]) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    if not isinstance(w_a, W_DictObject) or not isinstance(w_b, W_DictObject):
        return w_NotImplemented
    w_new = w_a.copy()
    update_arg(w_new, w_b)
    return w_new


def dict_ror(slots: list[W_Root | None]) -> W_Root:
    w_a = slots[1]
    w_b = slots[0]
    if not isinstance(w_a, W_DictObject) or not isinstance(w_b, W_DictObject):
        return w_NotImplemented
    w_new = w_a.copy()
    update_arg(w_new, w_b)
    return w_new


def dict_ior(slots: list[W_Root | None]) -> W_Root:
    w_dict = dict_w(slots[0], "__ior__")
    update_arg(w_dict, _arg(slots, 1))
    return w_dict


def dict_get(slots: list[W_Root | None]) -> W_Root:
    w_res = dict_w(slots[0], "get").getitem(_arg(slots, 1))
    if w_res is not None:
        return w_res
    w_default = slots[2]
    return w_default if w_default is not None else w_None


def dict_setdefault(slots: list[W_Root | None]) -> W_Root:
    w_dict = dict_w(slots[0], "setdefault")
    w_key = _arg(slots, 1)
    h = space.hash_w(w_key)
    slot, ix = w_dict._lookup(w_key, h)
    if ix >= 0:
        w_v = w_dict.values_w[ix]
        assert w_v is not None
        return w_v
    w_default = slots[2]
    if w_default is None:
        w_default = w_None
    w_dict._insert_new(slot, w_key, h, w_default)
    return w_default


def dict_pop(slots: list[W_Root | None]) -> W_Root:
    w_dict = dict_w(slots[0], "pop")
    w_key = _arg(slots, 1)
    if w_dict.used == 0:
        ix = -1
        slot = -1
    else:
        slot, ix = w_dict._lookup(w_key, space.hash_w(w_key))
    if ix < 0:
        w_default = slots[2]
        if w_default is not None:
            return w_default
        raise key_error(w_key)
    w_v = w_dict.values_w[ix]
    assert w_v is not None
    w_dict._delete_entry(slot, ix)
    return w_v


def dict_popitem(slots: list[W_Root | None]) -> W_Root:
    w_dict = dict_w(slots[0], "popitem")
    w_item = w_dict.popitem()
    if w_item is None:
        raise operr(w_KeyError, "popitem(): dictionary is empty")
    return w_item


def dict_keys(slots: list[W_Root | None]) -> W_Root:
    return W_DictViewObject(dict_w(slots[0], "keys"), KIND_KEYS)


def dict_values(slots: list[W_Root | None]) -> W_Root:
    return W_DictViewObject(dict_w(slots[0], "values"), KIND_VALUES)


def dict_items(slots: list[W_Root | None]) -> W_Root:
    return W_DictViewObject(dict_w(slots[0], "items"), KIND_ITEMS)


def dict_clear(slots: list[W_Root | None]) -> W_Root:
    dict_w(slots[0], "clear").clear()
    return w_None


def dict_copy(slots: list[W_Root | None]) -> W_Root:
    return dict_w(slots[0], "copy").copy()


def _fromkeys_stored_hashes(w_d: W_DictObject, w_iterable: W_Root, w_value: W_Root) -> bool:
    """dict.fromkeys of an exact dict, set or frozenset into a new exact
    dict takes the keys with their stored hashes, as CPython's
    _PyDict_FromKeys (a key's __hash__ is not called again); False for
    other iterables.  The bounds are read again after each insertion,
    whose comparisons may run code that changes the iterable."""
    if isinstance(w_iterable, W_DictObject) and w_iterable.getclass() is w_dict_type:
        k = 0
        while k < w_iterable.entries_end():
            w_k = w_iterable.key_at(k)
            if w_k is not None:
                w_d.setitem_known_hash(w_k, w_iterable.hash_at(k), w_value)
            k += 1
        return True
    if isinstance(w_iterable, setobject.W_BaseSetObject) and (
            w_iterable.getclass() is setobject.w_set_type
            or w_iterable.getclass() is setobject.w_frozenset_type):
        k = w_iterable.next_live(0)
        while k >= 0:
            w_d.setitem_known_hash(w_iterable.key_at(k), w_iterable.hash_at(k), w_value)
            k = w_iterable.next_live(k + 1)
        return True
    return False


def dict_fromkeys(args: Arguments) -> W_Root:
    """dict.fromkeys(iterable, value=None, /), a class method (args_w[0]
    is the class)."""
    if args.has_keywords():
        raise operr(w_TypeError, "dict.fromkeys() takes no keyword arguments")
    n = len(args.args_w) - 1
    if n < 1:
        raise operr(w_TypeError, "fromkeys expected at least 1 argument, got %d" % n)
    if n > 2:
        raise operr(w_TypeError, "fromkeys expected at most 2 arguments, got %d" % n)
    w_cls = args.args_w[0]
    w_iterable = args.args_w[1]
    w_value = args.args_w[2] if n == 2 else w_None
    w_d = space.call_function(w_cls, [])
    if isinstance(w_d, W_DictObject) and w_d.getclass() is w_dict_type and w_d.length() == 0:
        if _fromkeys_stored_hashes(w_d, w_iterable, w_value):
            return w_d
    w_it = space.iter(w_iterable)
    if isinstance(w_d, W_DictObject) and w_d.getclass() is w_dict_type:
        while True:
            w_key = space.next_or_none(w_it)
            if w_key is None:
                break
            w_d.setitem(w_key, w_value)
        return w_d
    while True:
        w_key = space.next_or_none(w_it)
        if w_key is None:
            break
        space.setitem(w_d, w_key, w_value)
    return w_d


register_raw(w_dict_type, "__new__", dict_new)
register_raw(w_dict_type, "__init__", dict_init)
register(w_dict_type, "__repr__(self, /)", dict_repr)
register(w_dict_type, "__len__(self, /)", dict_len)
register(w_dict_type, "__getitem__(self, key, /)", dict_getitem)
register(w_dict_type, "__setitem__(self, key, value, /)", dict_setitem)
register(w_dict_type, "__delitem__(self, key, /)", dict_delitem)
register(w_dict_type, "__contains__(self, key, /)", dict_contains)
register(w_dict_type, "__iter__(self, /)", dict_iter)
register(w_dict_type, "__reversed__(self, /)", dict_reversed)
register(w_dict_type, "__eq__(self, value, /)", dict_eq)
register(w_dict_type, "__ne__(self, value, /)", dict_ne)
register(w_dict_type, "__or__(self, value, /)", dict_or)
register(w_dict_type, "__ror__(self, value, /)", dict_ror)
register(w_dict_type, "__ior__(self, value, /)", dict_ior)
register(w_dict_type, "get(self, key, default=, /)", dict_get)
register(w_dict_type, "setdefault(self, key, default=, /)", dict_setdefault)
register(w_dict_type, "pop(self, key, default=, /)", dict_pop)
register(w_dict_type, "popitem(self, /)", dict_popitem)
register(w_dict_type, "keys(self, /)", dict_keys)
register(w_dict_type, "values(self, /)", dict_values)
register(w_dict_type, "items(self, /)", dict_items)
register(w_dict_type, "clear(self, /)", dict_clear)
register(w_dict_type, "copy(self, /)", dict_copy)
register_raw(w_dict_type, "update", dict_update)
register_raw_classmethod(w_dict_type, "fromkeys", dict_fromkeys)
w_dict_type.dict_w["__hash__"] = w_None

# at the end: setobject imports this module
from ouro.objspace import setobject  # noqa: E402
