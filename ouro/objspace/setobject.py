"""set and frozenset (W_SetObject, W_FrozensetObject): CPython 3.11's
setobject.c ported table and all -- open addressing with linear probes
and perturbation, the same resizing rules -- so that iteration order, and
with it repr, equals CPython's for keys whose hashes equal CPython's
(ints, tuples of them, frozensets...).  The frozenset hash is CPython's.

Storage strategies (as lists have, listobject.py): the table is kept in
the representation its content allows, and every strategy uses the same
slots and probe sequence, so a key sits where CPython would put it
whatever the strategy.
- empty: no storage at all (`mask` still says how big the table will be);
  the first key added chooses the strategy.
- ints: while every key is an exact int (listobject.is_plain_int), the
  keys are unboxed in `ints`, one word a slot and no hash array: the hash
  of an int is recomputed when needed (intobject.hash_word: a modulo),
  which only resizing, frozenset's hash and lookups of non-int keys do.
  The two smallest words mark the unused (EMPTY_INT) and deleted
  (DUMMY_INT) slots, so those two ints cannot be stored unboxed: adding
  one switches the set to objects like any other key.  An exact int key
  is compared with ==, nothing else runs; any other key (True, 1.0, an
  int subclass, an object with __eq__) is compared with the stored ints
  boxed, when the hashes are equal, by the generic protocol, as CPython.
- objects: keys_w[i] is None (unused), DUMMY (deleted, hashes[i] -1) or a
  key with its hash in hashes[i].
A set switches from ints to objects for good (all keys boxed in their
slots) when another key arrives; it goes back to empty only when cleared.
Operations between two int sets (union, intersection, difference,
symmetric difference, subset, disjointness, equality) stay unboxed.
There is no float strategy (floats in sets are rarer and would need a
third copy of the table code), and exact strs stay in the object strategy:
their boxes carry the cached hash, and keep their identity.

Everything, here and outside, goes through W_BaseSetObject's methods
(`length next_live key_at hash_at contains_entry add_entry discard_entry
...`), never through the storage; a dict's entries are read with their
stored hashes through dictobject's `entries_end key_at hash_at` (set.update(dict),
set ^= dict), as CPython reads the dict's table.

Helpers for other modules: `newset_from(w_iterable or None)`,
`set_add_key`, `set_update_internal`, `is_anyset`.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import MININT, intmask, r_uint

from ouro.objspace import intobject, space, strobject
from ouro.objspace.dictobject import W_DictObject, key_error, w_dict_type
from ouro.objspace.exceptions import OperationError, operr, w_KeyError, w_RuntimeError, w_TypeError
from ouro.objspace.gateway import descr_error, register, register_comparisons, register_raw
from ouro.objspace.intobject import hash_word
from ouro.objspace.listobject import W_ListObject, int_of, is_plain_int
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_FROZENSET, LAYOUT_OTHER, LAYOUT_SET, Arguments, W_Root,
                                 W_TypeObject, make_builtin_type, type_name, w_None,
                                 w_NotImplemented, w_object_type)
from ouro.objspace.tupleobject import (check_type_arg, has_own_init, iter_next_meth, iter_self,
                                       repr_enter, repr_leave)

MINSIZE = 8
LINEAR_PROBES = 9
PERTURB_SHIFT = 5

# the int strategy's slot markers: the two smallest words, never stored
EMPTY_INT = MININT
DUMMY_INT = MININT + 1

# what a lookup returns when a comparison changed the table under it
RESTART = -2

w_set_type = make_builtin_type("set", [w_object_type], LAYOUT_SET)
w_frozenset_type = make_builtin_type("frozenset", [w_object_type], LAYOUT_FROZENSET)
w_set_iterator_type = make_builtin_type("set_iterator", [w_object_type], LAYOUT_OTHER)


class W_DummyKey(W_Root):
    """The key of a deleted entry."""
    pass


DUMMY = W_DummyKey()


def _str_eq(w_a: W_Root, w_b: W_Root) -> bool:
    """Both exact strs and equal (no Python code runs)."""
    if isinstance(w_a, strobject.W_StrObject) and isinstance(w_b, strobject.W_StrObject):
        if w_a.getclass() is strobject.w_str_type and w_b.getclass() is strobject.w_str_type:
            return w_a.as_str() == w_b.as_str()
    return False


def fits_int_table(x: int) -> bool:
    """Not one of the int strategy's two markers."""
    return x > DUMMY_INT


def _insert_clean(keys_w: list[W_Root | None], hashes: list[int], mask: int, w_key: W_Root,
                  h: int) -> None:
    perturb = r_uint(h)
    i = h & mask
    while True:
        if keys_w[i] is None:
            keys_w[i] = w_key
            hashes[i] = h
            return
        if i + LINEAR_PROBES <= mask:
            j = 1
            while j <= LINEAR_PROBES:
                if keys_w[i + j] is None:
                    keys_w[i + j] = w_key
                    hashes[i + j] = h
                    return
                j += 1
        perturb >>= PERTURB_SHIFT
        i = (i * 5 + 1 + intmask(perturb)) & mask


def _insert_clean_int(ints: list[int], mask: int, x: int, h: int) -> None:
    """_insert_clean for the int table (same slots)."""
    perturb = r_uint(h)
    i = h & mask
    while True:
        if ints[i] == EMPTY_INT:
            ints[i] = x
            return
        if i + LINEAR_PROBES <= mask:
            j = 1
            while j <= LINEAR_PROBES:
                if ints[i + j] == EMPTY_INT:
                    ints[i + j] = x
                    return
                j += 1
        perturb >>= PERTURB_SHIFT
        i = (i * 5 + 1 + intmask(perturb)) & mask


def _find_int(ints: list[int], mask: int, x: int, h: int) -> int:
    """The slot of the int x (whose hash is h) in an int table, or -1."""
    if not fits_int_table(x):
        return -1
    perturb = r_uint(h)
    i = h & mask
    while True:
        probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
        j = i
        while True:
            k = ints[j]
            if k == x:
                return j
            if k == EMPTY_INT:
                return -1
            if probes == 0:
                break
            probes -= 1
            j += 1
        perturb >>= PERTURB_SHIFT
        i = (i * 5 + 1 + intmask(perturb)) & mask


class W_BaseSetObject(W_Root):
    """The table shared by set and frozenset, in one of the strategies of
    the module docstring: empty (keys_w, hashes and ints all None), ints
    (ints) or objects (keys_w and hashes)."""
    keys_w: list[W_Root | None] | None
    hashes: list[int] | None
    ints: list[int] | None
    fill: int           # active + dummy entries
    used: int           # active entries
    mask: int           # the table's size - 1 (also while there is no storage)
    finger: int         # where pop() looks first
    hash_cache: int     # frozenset's hash, -1 until computed

    def __init__(self) -> None:
        self.init_empty()
        self.finger = 0
        self.hash_cache = -1

    def init_empty(self) -> None:
        self.keys_w = None
        self.hashes = None
        self.ints = None
        self.fill = 0
        self.used = 0
        self.mask = MINSIZE - 1

    def length(self) -> int:
        return self.used

    # -- the storage

    def _make_int_storage(self) -> list[int]:
        """An empty set's table, for ints."""
        ints = [EMPTY_INT] * (self.mask + 1)
        self.ints = ints
        return ints

    def switch_to_objects(self) -> None:
        """The object strategy from now on: an int table is boxed slot by
        slot (the same positions, so the same iteration order)."""
        if self.keys_w is not None:
            return
        size = self.mask + 1
        keys_w: list[W_Root | None] = [None] * size
        hashes = [0] * size
        ints = self.ints
        if ints is not None:
            i = 0
            while i < size:
                k = ints[i]
                if k == DUMMY_INT:
                    keys_w[i] = DUMMY
                    hashes[i] = -1
                elif k != EMPTY_INT:
                    keys_w[i] = intobject.wrap_int(k)
                    hashes[i] = hash_word(k)
                i += 1
        self.keys_w = keys_w
        self.hashes = hashes
        self.ints = None

    # -- reading the slots, whatever the strategy

    def next_live(self, i: int) -> int:
        """The first slot at or after i holding a key, or -1."""
        ints = self.ints
        if ints is not None:
            while i < len(ints):
                if ints[i] > DUMMY_INT:
                    return i
                i += 1
            return -1
        keys_w = self.keys_w
        if keys_w is not None:
            while i < len(keys_w):
                w_k = keys_w[i]
                if w_k is not None and w_k is not DUMMY:
                    return i
                i += 1
        return -1

    def key_at(self, i: int) -> W_Root:
        """The key of a live slot (an int boxed again)."""
        ints = self.ints
        if ints is not None:
            return intobject.wrap_int(ints[i])
        keys_w = self.keys_w
        assert keys_w is not None
        w_k = keys_w[i]
        assert w_k is not None
        return w_k

    def hash_at(self, i: int) -> int:
        """The hash of a live slot's key."""
        ints = self.ints
        if ints is not None:
            return hash_word(ints[i])
        hashes = self.hashes
        assert hashes is not None
        return hashes[i]

    def _kill(self, i: int) -> None:
        """Make the live slot i a deleted one."""
        ints = self.ints
        if ints is not None:
            ints[i] = DUMMY_INT
        else:
            keys_w = self.keys_w
            hashes = self.hashes
            assert keys_w is not None and hashes is not None
            keys_w[i] = DUMMY
            hashes[i] = -1
        self.used -= 1

    def active_keys(self) -> list[W_Root]:
        result: list[W_Root] = []
        i = self.next_live(0)
        while i >= 0:
            result.append(self.key_at(i))
            i = self.next_live(i + 1)
        return result

    # -- lookups

    def find(self, w_key: W_Root, h: int) -> int:
        """The slot holding a key equal to w_key (hash h), or -1."""
        while True:
            ints = self.ints
            if ints is not None:
                if is_plain_int(w_key):
                    return _find_int(ints, self.mask, int_of(w_key), h)
                j = self._find_in_ints_generic(ints, w_key, h)
            else:
                keys_w = self.keys_w
                hashes = self.hashes
                if keys_w is None or hashes is None:
                    return -1
                j = self._find_in_objects(keys_w, hashes, w_key, h)
            if j != RESTART:
                return j

    def _find_in_ints_generic(self, ints: list[int], w_key: W_Root, h: int) -> int:
        """A key other than an exact int in the int table: the ints whose
        hash is h are boxed and compared by the protocol (which may run
        Python code, so RESTART if the table changed meanwhile)."""
        mask = self.mask
        i = h & mask
        perturb = r_uint(h)
        while True:
            probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
            j = i
            while True:
                k = ints[j]
                if k == EMPTY_INT:
                    return -1
                if k != DUMMY_INT and hash_word(k) == h:
                    eq = space.eq_w(intobject.wrap_int(k), w_key)
                    if self.ints is not ints or ints[j] != k:
                        return RESTART
                    if eq:
                        return j
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb >>= PERTURB_SHIFT
            i = (i * 5 + 1 + intmask(perturb)) & mask

    def _find_in_objects(self, keys_w: list[W_Root | None], hashes: list[int], w_key: W_Root,
                         h: int) -> int:
        mask = self.mask
        i = h & mask
        perturb = r_uint(h)
        while True:
            probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
            j = i
            while True:
                w_k = keys_w[j]
                if w_k is None:
                    return -1
                if hashes[j] == h:      # (never a DUMMY's -1)
                    if w_k is w_key or _str_eq(w_k, w_key):
                        return j
                    eq = space.eq_w(w_k, w_key)
                    if self.keys_w is not keys_w or keys_w[j] is not w_k:
                        return RESTART
                    if eq:
                        return j
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb >>= PERTURB_SHIFT
            i = (i * 5 + 1 + intmask(perturb)) & mask

    def contains_entry(self, w_key: W_Root, h: int) -> bool:
        return self.find(w_key, h) >= 0

    def contains_int(self, x: int, h: int) -> bool:
        """contains_entry for an exact int's value (h its hash)."""
        ints = self.ints
        if ints is not None:
            return _find_int(ints, self.mask, x, h) >= 0
        return self.contains_entry(intobject.wrap_int(x), h)

    # -- changes

    def add_entry(self, w_key: W_Root, h: int) -> None:
        if self.keys_w is None:
            if is_plain_int(w_key):
                x = int_of(w_key)
                if fits_int_table(x):
                    self._add_int(x, h)
                    return
            self.switch_to_objects()
        self._add_object(w_key, h)

    def add_int(self, x: int, h: int) -> None:
        """add_entry for an exact int's value (h its hash)."""
        if self.keys_w is None and fits_int_table(x):
            self._add_int(x, h)
        else:
            self.add_entry(intobject.wrap_int(x), h)

    def _add_int(self, x: int, h: int) -> None:
        """Add to an empty or int set an int that fits the int table."""
        ints = self.ints
        if ints is None:
            ints = self._make_int_storage()
        mask = self.mask
        i = h & mask
        perturb = r_uint(h)
        freeslot = -1
        found = -1
        while True:
            probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
            j = i
            while True:
                k = ints[j]
                if k == EMPTY_INT:
                    found = j
                    break
                if k == x:
                    return
                if k == DUMMY_INT:
                    freeslot = j
                if probes == 0:
                    break
                probes -= 1
                j += 1
            if found >= 0:
                break
            perturb >>= PERTURB_SHIFT
            i = (i * 5 + 1 + intmask(perturb)) & mask
        self.used += 1
        if freeslot >= 0:
            ints[freeslot] = x
            return
        self.fill += 1
        ints[found] = x
        if self.fill * 5 >= mask * 3:
            self.table_resize(self.used * 2 if self.used > 50000 else self.used * 4)

    def _add_object(self, w_key: W_Root, h: int) -> None:
        """Add to an object set."""
        while True:
            keys_w = self.keys_w
            hashes = self.hashes
            assert keys_w is not None and hashes is not None
            mask = self.mask
            i = h & mask
            perturb = r_uint(h)
            freeslot = -1
            restart = False
            found = -1
            while True:
                probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
                j = i
                while True:
                    w_k = keys_w[j]
                    if w_k is None:
                        found = j
                        break
                    if hashes[j] == h:
                        if w_k is w_key or _str_eq(w_k, w_key):
                            return
                        eq = space.eq_w(w_k, w_key)
                        if eq:
                            return
                        if self.keys_w is not keys_w or keys_w[j] is not w_k:
                            restart = True
                            break
                        mask = self.mask
                    elif hashes[j] == -1:
                        freeslot = j
                    if probes == 0:
                        break
                    probes -= 1
                    j += 1
                if restart or found >= 0:
                    break
                perturb >>= PERTURB_SHIFT
                i = (i * 5 + 1 + intmask(perturb)) & mask
            if restart:
                if self.keys_w is None:
                    # the comparison emptied the set (or left it an int
                    # set): add as to any set
                    self.add_entry(w_key, h)
                    return
                continue
            if freeslot >= 0:
                self.used += 1
                keys_w[freeslot] = w_key
                hashes[freeslot] = h
                return
            self.fill += 1
            self.used += 1
            keys_w[found] = w_key
            hashes[found] = h
            if self.fill * 5 < mask * 3:
                return
            self.table_resize(self.used * 2 if self.used > 50000 else self.used * 4)
            return

    def table_resize(self, minused: int) -> None:
        newsize = MINSIZE
        while newsize <= minused:
            newsize <<= 1
        if newsize == MINSIZE and self.mask == MINSIZE - 1 and self.fill == self.used:
            return
        self._rebuild_table(newsize)

    def rehash(self) -> None:
        """The keys hashed again and put back in a table of the same size:
        startup changed the key of str hashes (hashseed.py).  Ints hash the
        same with any key; a frozenset's own hash is forgotten."""
        self.hash_cache = -1
        keys_w = self.keys_w
        hashes = self.hashes
        if keys_w is None or hashes is None:
            return
        k = 0
        while k < len(keys_w):
            w_k = keys_w[k]
            if w_k is not None and w_k is not DUMMY:
                hashes[k] = space.hash_w(w_k)
            k += 1
        self._rebuild_table(self.mask + 1)

    def _rebuild_table(self, newsize: int) -> None:
        """The live keys put into a new table of newsize slots (a power of
        two), with their stored hashes; the deleted ones left out."""
        mask = newsize - 1
        self.mask = mask
        old_ints = self.ints
        old_keys = self.keys_w
        old_hashes = self.hashes
        self.fill = self.used
        if old_ints is not None:
            ints = [EMPTY_INT] * newsize
            self.ints = ints
            k = 0
            while k < len(old_ints):
                x = old_ints[k]
                if x > DUMMY_INT:
                    _insert_clean_int(ints, mask, x, hash_word(x))
                k += 1
        elif old_keys is not None and old_hashes is not None:
            keys_w: list[W_Root | None] = [None] * newsize
            hashes = [0] * newsize
            self.keys_w = keys_w
            self.hashes = hashes
            k = 0
            while k < len(old_keys):
                w_k = old_keys[k]
                if w_k is not None and w_k is not DUMMY:
                    _insert_clean(keys_w, hashes, mask, w_k, old_hashes[k])
                k += 1
        # (no storage: the table will be made that big)

    def discard_entry(self, w_key: W_Root, h: int) -> bool:
        """True if the key was there."""
        j = self.find(w_key, h)
        if j < 0:
            return False
        self._kill(j)
        return True

    def discard_int(self, x: int, h: int) -> bool:
        """discard_entry for an exact int's value (h its hash)."""
        ints = self.ints
        if ints is None:
            return self.discard_entry(intobject.wrap_int(x), h)
        j = _find_int(ints, self.mask, x, h)
        if j < 0:
            return False
        self._kill(j)
        return True

    def pop_entry(self) -> W_Root:
        """set.pop() of a non-empty set: the first key from the finger."""
        mask = self.mask
        i = self.finger & mask
        while True:
            j = self.next_live(i)
            if j >= 0:
                break
            i = 0
        w_key = self.key_at(j)
        self._kill(j)
        self.finger = j + 1
        return w_key

    def clear(self) -> None:
        self.init_empty()

    def swap_bodies(self, w_other: W_BaseSetObject) -> None:
        keys_w = self.keys_w
        hashes = self.hashes
        ints = self.ints
        fill = self.fill
        used = self.used
        mask = self.mask
        self.keys_w = w_other.keys_w
        self.hashes = w_other.hashes
        self.ints = w_other.ints
        self.fill = w_other.fill
        self.used = w_other.used
        self.mask = w_other.mask
        w_other.keys_w = keys_w
        w_other.hashes = hashes
        w_other.ints = ints
        w_other.fill = fill
        w_other.used = used
        w_other.mask = mask
        self.hash_cache = -1
        w_other.hash_cache = -1


class W_SetObject(W_BaseSetObject):
    def getclass(self) -> W_TypeObject:
        return w_set_type


class W_FrozensetObject(W_BaseSetObject):
    def getclass(self) -> W_TypeObject:
        return w_frozenset_type


class W_SetObjectUser(W_SetObject):
    """An instance of a Python subclass of set."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap

    def __init__(self, w_type: W_TypeObject) -> None:
        W_SetObject.__init__(self)
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


class W_FrozensetObjectUser(W_FrozensetObject):
    """An instance of a Python subclass of frozenset."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap

    def __init__(self, w_type: W_TypeObject) -> None:
        W_FrozensetObject.__init__(self)
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


# -- the algorithms of setobject.c

def is_anyset(w: W_Root) -> bool:
    return isinstance(w, W_BaseSetObject)


def is_exact_set(w: W_Root) -> bool:
    return isinstance(w, W_SetObject) and w.getclass() is w_set_type


def is_mutable_set(w: W_Root) -> bool:
    """PySet_Check: set or a subclass (not frozenset)."""
    return isinstance(w, W_SetObject)


def set_w(w: W_Root) -> W_BaseSetObject:
    assert isinstance(w, W_BaseSetObject)
    return w


def alloc_set(w_type: W_TypeObject) -> W_BaseSetObject:
    if w_type is w_set_type:
        return W_SetObject()
    if w_type is w_frozenset_type:
        return W_FrozensetObject()
    if w_type.issubtype(w_set_type):
        return W_SetObjectUser(w_type)
    return W_FrozensetObjectUser(w_type)


def make_new_set(w_type: W_TypeObject, w_iterable: W_Root | None) -> W_BaseSetObject:
    w_set = alloc_set(w_type)
    if w_iterable is not None:
        set_update_internal(w_set, w_iterable)
    return w_set


def make_new_set_basetype(w_type: W_TypeObject, w_iterable: W_Root | None) -> W_BaseSetObject:
    if w_type is not w_set_type and w_type is not w_frozenset_type:
        if w_type.issubtype(w_set_type):
            w_type = w_set_type
        else:
            w_type = w_frozenset_type
    return make_new_set(w_type, w_iterable)


def newset_from(w_iterable: W_Root | None) -> W_BaseSetObject:
    """PySet_New: a new exact set."""
    return make_new_set(w_set_type, w_iterable)


def newfrozenset(w_iterable: W_Root | None) -> W_BaseSetObject:
    return make_new_set(w_frozenset_type, w_iterable)


def set_add_key(w_set: W_BaseSetObject, w_key: W_Root) -> None:
    w_set.add_entry(w_key, space.hash_w(w_key))


def set_merge(w_so: W_BaseSetObject, w_other: W_BaseSetObject) -> None:
    if w_other is w_so or w_other.used == 0:
        return
    if (w_so.fill + w_other.used) * 5 >= w_so.mask * 3:
        w_so.table_resize((w_so.used + w_other.used) * 2)
    other_ints = w_other.ints
    if other_ints is not None and w_so.keys_w is None:
        _merge_ints(w_so, w_other, other_ints)
        return
    if w_so.fill == 0:
        # the copies below write the slots: w_so's table is an object one
        w_so.switch_to_objects()
        keys_w = w_so.keys_w
        hashes = w_so.hashes
        assert keys_w is not None and hashes is not None
        if w_so.mask == w_other.mask and w_other.fill == w_other.used:
            k = w_other.next_live(0)
            while k >= 0:
                keys_w[k] = w_other.key_at(k)
                hashes[k] = w_other.hash_at(k)
                k = w_other.next_live(k + 1)
            w_so.fill = w_other.fill
            w_so.used = w_other.used
            return
        w_so.fill = w_other.used
        w_so.used = w_other.used
        k = w_other.next_live(0)
        while k >= 0:
            _insert_clean(keys_w, hashes, w_so.mask, w_other.key_at(k), w_other.hash_at(k))
            k = w_other.next_live(k + 1)
        return
    k = w_other.next_live(0)
    while k >= 0:
        w_so.add_entry(w_other.key_at(k), w_other.hash_at(k))
        k = w_other.next_live(k + 1)


def _merge_ints(w_so: W_BaseSetObject, w_other: W_BaseSetObject, other_ints: list[int]) -> None:
    """set_merge of an int set into an empty or int set: unboxed."""
    ints = w_so.ints
    if ints is None:
        ints = w_so._make_int_storage()
    mask = w_so.mask
    if w_so.fill == 0:
        if mask == w_other.mask and w_other.fill == w_other.used:
            k = 0
            while k <= mask:
                x = other_ints[k]
                if x > DUMMY_INT:
                    ints[k] = x
                k += 1
        else:
            for x in other_ints:
                if x > DUMMY_INT:
                    _insert_clean_int(ints, mask, x, hash_word(x))
        w_so.fill = w_other.used
        w_so.used = w_other.used
        return
    for x in other_ints:
        if x > DUMMY_INT:
            w_so._add_int(x, hash_word(x))


def set_update_internal(w_so: W_BaseSetObject, w_other: W_Root) -> None:
    if isinstance(w_other, W_BaseSetObject):
        set_merge(w_so, w_other)
        return
    if isinstance(w_other, W_DictObject) and w_other.getclass() is w_dict_type:
        dictsize = w_other.used
        if (w_so.fill + dictsize) * 5 >= w_so.mask * 3:
            w_so.table_resize((w_so.used + dictsize) * 2)
        k = 0
        while k < w_other.entries_end():
            w_k = w_other.key_at(k)
            if w_k is not None:
                w_so.add_entry(w_k, w_other.hash_at(k))
            k += 1
        return
    w_it = space.iter(w_other)
    while True:
        w_key = space.next_or_none(w_it)
        if w_key is None:
            return
        set_add_key(w_so, w_key)


def set_copy(w_so: W_BaseSetObject) -> W_BaseSetObject:
    return make_new_set_basetype(w_so.getclass(), w_so)


def set_contains_key(w_so: W_BaseSetObject, w_key: W_Root) -> bool:
    """set_contains: an unhashable set key is looked up as a frozenset."""
    try:
        h = space.hash_w(w_key)
    except OperationError as e:
        if not is_mutable_set(w_key) or not e.match(w_TypeError):
            raise
        w_tmp = newfrozenset(w_key)
        return w_so.contains_entry(w_tmp, space.hash_w(w_tmp))
    return w_so.contains_entry(w_key, h)


def set_discard_key(w_so: W_BaseSetObject, w_key: W_Root) -> bool:
    try:
        h = space.hash_w(w_key)
    except OperationError as e:
        if not is_mutable_set(w_key) or not e.match(w_TypeError):
            raise
        w_tmp = newfrozenset(w_key)
        return w_so.discard_entry(w_tmp, space.hash_w(w_tmp))
    return w_so.discard_entry(w_key, h)


def set_intersection(w_so: W_BaseSetObject, w_other: W_Root) -> W_BaseSetObject:
    if w_other is w_so:
        return set_copy(w_so)
    w_result = make_new_set_basetype(w_so.getclass(), None)
    if isinstance(w_other, W_BaseSetObject):
        w_a: W_BaseSetObject = w_so
        w_b: W_BaseSetObject = w_other
        if w_b.used > w_a.used:
            w_a = w_other
            w_b = w_so
        b_ints = w_b.ints
        if b_ints is not None and w_a.ints is not None:
            for x in b_ints:
                if x > DUMMY_INT:
                    h = hash_word(x)
                    if w_a.contains_int(x, h):
                        w_result.add_int(x, h)
            return w_result
        k = w_b.next_live(0)
        while k >= 0:
            w_k = w_b.key_at(k)
            h = w_b.hash_at(k)
            if w_a.contains_entry(w_k, h):
                w_result.add_entry(w_k, h)
            k = w_b.next_live(k + 1)
        return w_result
    w_it = space.iter(w_other)
    while True:
        w_key = space.next_or_none(w_it)
        if w_key is None:
            return w_result
        h = space.hash_w(w_key)
        if w_so.contains_entry(w_key, h):
            w_result.add_entry(w_key, h)
            if w_result.used >= w_so.used:
                return w_result


def set_intersection_multi(w_so: W_BaseSetObject, others_w: list[W_Root]) -> W_BaseSetObject:
    if len(others_w) == 0:
        return set_copy(w_so)
    w_result = w_so
    for w_other in others_w:
        w_result = set_intersection(w_result, w_other)
    return w_result


def set_difference_update_internal(w_so: W_BaseSetObject, w_other: W_Root) -> None:
    if w_other is w_so:
        w_so.clear()
        return
    if isinstance(w_other, W_BaseSetObject):
        w_o: W_BaseSetObject = w_other
        if (w_other.used >> 3) > w_so.used:
            w_o = set_intersection(w_so, w_other)
        o_ints = w_o.ints
        if o_ints is not None and w_so.ints is not None:
            for x in o_ints:
                if x > DUMMY_INT:
                    w_so.discard_int(x, hash_word(x))
        else:
            k = w_o.next_live(0)
            while k >= 0:
                w_so.discard_entry(w_o.key_at(k), w_o.hash_at(k))
                k = w_o.next_live(k + 1)
    else:
        w_it = space.iter(w_other)
        while True:
            w_key = space.next_or_none(w_it)
            if w_key is None:
                break
            set_discard_key(w_so, w_key)
    if w_so.fill - w_so.used <= w_so.mask // 4:
        return
    w_so.table_resize(w_so.used * 2 if w_so.used > 50000 else w_so.used * 4)


def set_copy_and_difference(w_so: W_BaseSetObject, w_other: W_Root) -> W_BaseSetObject:
    w_result = set_copy(w_so)
    set_difference_update_internal(w_result, w_other)
    return w_result


def set_difference(w_so: W_BaseSetObject, w_other: W_Root) -> W_BaseSetObject:
    if isinstance(w_other, W_BaseSetObject):
        other_size = w_other.used
    elif isinstance(w_other, W_DictObject) and w_other.getclass() is w_dict_type:
        other_size = w_other.used
    else:
        return set_copy_and_difference(w_so, w_other)
    if (w_so.used >> 2) > other_size:
        return set_copy_and_difference(w_so, w_other)
    w_result = make_new_set_basetype(w_so.getclass(), None)
    so_ints = w_so.ints
    if so_ints is not None and is_anyset(w_other) and set_w(w_other).ints is not None:
        _difference_ints(w_result, so_ints, set_w(w_other))
        return w_result
    k = w_so.next_live(0)
    while k >= 0:
        w_k = w_so.key_at(k)
        h = w_so.hash_at(k)
        if isinstance(w_other, W_DictObject):
            found = w_other.getitem_known_hash(w_k, h) is not None
        else:
            found = set_w(w_other).contains_entry(w_k, h)
        if not found:
            w_result.add_entry(w_k, h)
        k = w_so.next_live(k + 1)
    return w_result


def _difference_ints(w_result: W_BaseSetObject, so_ints: list[int],
                     w_other: W_BaseSetObject) -> None:
    """set_difference of an int set and an int set: unboxed."""
    for x in so_ints:
        if x > DUMMY_INT:
            h = hash_word(x)
            if not w_other.contains_int(x, h):
                w_result.add_int(x, h)


def set_difference_multi(w_so: W_BaseSetObject, others_w: list[W_Root]) -> W_BaseSetObject:
    if len(others_w) == 0:
        return set_copy(w_so)
    w_result = set_difference(w_so, others_w[0])
    i = 1
    while i < len(others_w):
        set_difference_update_internal(w_result, others_w[i])
        i += 1
    return w_result


def set_symmetric_difference_update(w_so: W_BaseSetObject, w_other: W_Root) -> None:
    if w_other is w_so:
        w_so.clear()
        return
    if isinstance(w_other, W_DictObject) and w_other.getclass() is w_dict_type:
        k = 0
        while k < w_other.entries_end():
            w_k = w_other.key_at(k)
            if w_k is not None:
                h = w_other.hash_at(k)
                if not w_so.discard_entry(w_k, h):
                    w_so.add_entry(w_k, h)
            k += 1
        return
    if isinstance(w_other, W_BaseSetObject):
        w_otherset: W_BaseSetObject = w_other
    else:
        w_otherset = make_new_set_basetype(w_so.getclass(), w_other)
    other_ints = w_otherset.ints
    if other_ints is not None and w_so.keys_w is None:
        # ints into an int (or empty) set stay ints: no Python code runs
        for x in other_ints:
            if x > DUMMY_INT:
                h = hash_word(x)
                if not w_so.discard_int(x, h):
                    w_so.add_int(x, h)
        return
    k = w_otherset.next_live(0)
    while k >= 0:
        w_k = w_otherset.key_at(k)
        h = w_otherset.hash_at(k)
        if not w_so.discard_entry(w_k, h):
            w_so.add_entry(w_k, h)
        k = w_otherset.next_live(k + 1)


def set_symmetric_difference(w_so: W_BaseSetObject, w_other: W_Root) -> W_BaseSetObject:
    w_otherset = make_new_set_basetype(w_so.getclass(), w_other)
    set_symmetric_difference_update(w_otherset, w_so)
    return w_otherset


def set_issubset(w_so: W_BaseSetObject, w_other: W_Root) -> bool:
    if not isinstance(w_other, W_BaseSetObject):
        w_tmp = set_intersection(w_so, w_other)
        return w_tmp.used == w_so.used
    if w_so.used > w_other.used:
        return False
    so_ints = w_so.ints
    if so_ints is not None and w_other.ints is not None:
        for x in so_ints:
            if x > DUMMY_INT and not w_other.contains_int(x, hash_word(x)):
                return False
        return True
    k = w_so.next_live(0)
    while k >= 0:
        if not w_other.contains_entry(w_so.key_at(k), w_so.hash_at(k)):
            return False
        k = w_so.next_live(k + 1)
    return True


def set_issuperset(w_so: W_BaseSetObject, w_other: W_Root) -> bool:
    if isinstance(w_other, W_BaseSetObject):
        return set_issubset(w_other, w_so)
    w_it = space.iter(w_other)
    while True:
        w_key = space.next_or_none(w_it)
        if w_key is None:
            return True
        if not set_contains_key(w_so, w_key):
            return False


def set_isdisjoint(w_so: W_BaseSetObject, w_other: W_Root) -> bool:
    if w_other is w_so:
        return w_so.used == 0
    if isinstance(w_other, W_BaseSetObject) and \
            (w_other.getclass() is w_set_type or w_other.getclass() is w_frozenset_type):
        w_a: W_BaseSetObject = w_so
        w_b: W_BaseSetObject = w_other
        if w_b.used > w_a.used:
            w_a = w_other
            w_b = w_so
        b_ints = w_b.ints
        if b_ints is not None and w_a.ints is not None:
            for x in b_ints:
                if x > DUMMY_INT and w_a.contains_int(x, hash_word(x)):
                    return False
            return True
        k = w_b.next_live(0)
        while k >= 0:
            if w_a.contains_entry(w_b.key_at(k), w_b.hash_at(k)):
                return False
            k = w_b.next_live(k + 1)
        return True
    w_it = space.iter(w_other)
    while True:
        w_key = space.next_or_none(w_it)
        if w_key is None:
            return True
        if set_contains_key(w_so, w_key):
            return False


def shuffle_bits(h: r_uint) -> r_uint:
    return ((h ^ r_uint(89869747)) ^ (h << 16)) * r_uint(3644798167)


def frozenset_hash_of(w_so: W_BaseSetObject) -> int:
    if w_so.hash_cache != -1:
        return w_so.hash_cache
    h = r_uint(0)
    k = w_so.next_live(0)
    while k >= 0:
        h = h ^ shuffle_bits(r_uint(w_so.hash_at(k)))
        k = w_so.next_live(k + 1)
    h = h ^ ((r_uint(w_so.used) + r_uint(1)) * r_uint(1927868237))
    h = h ^ ((h >> 11) ^ (h >> 25))
    h = h * r_uint(69069) + r_uint(907133923)
    result = intmask(h)
    if result == -1:
        result = 590923713
    w_so.hash_cache = result
    return result


# -- the iterator

class W_SetIterObject(W_Root):
    w_set: W_BaseSetObject | None
    pos: int
    used: int
    remaining: int

    def __init__(self, w_set: W_BaseSetObject) -> None:
        self.w_set = w_set
        self.pos = 0
        self.used = w_set.used
        self.remaining = w_set.used

    def getclass(self) -> W_TypeObject:
        return w_set_iterator_type

    def iter_next(self) -> W_Root | None:
        w_set = self.w_set
        if w_set is None:
            return space.STOP
        if self.used != w_set.used:
            self.used = -1
            raise operr(w_RuntimeError, "Set changed size during iteration")
        i = w_set.next_live(self.pos)
        if i < 0:
            self.w_set = None
            return space.STOP
        self.pos = i + 1
        self.remaining -= 1
        return w_set.key_at(i)

    def length_hint(self) -> int:
        w_set = self.w_set
        if w_set is not None and self.used == w_set.used:
            return self.remaining
        return 0


def setiter_length_hint(slots: list[W_Root | None]) -> W_Root:
    w_it = slots[0]
    assert isinstance(w_it, W_SetIterObject)
    return intobject.wrap_int(w_it.length_hint())


register(w_set_iterator_type, "__iter__(self, /)", iter_self)
register(w_set_iterator_type, "__next__(self, /)", iter_next_meth)
register(w_set_iterator_type, "__length_hint__(self, /)", setiter_length_hint)


# -- the Python-level methods

def anyset_w(w: W_Root | None, name: str) -> W_BaseSetObject:
    if isinstance(w, W_BaseSetObject):
        return w
    assert w is not None
    raise descr_error(name, "set", w)


def mutset_w(w: W_Root | None, name: str) -> W_BaseSetObject:
    if isinstance(w, W_SetObject):
        return w
    assert w is not None
    raise descr_error(name, "set", w)


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def set_new(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "set.__new__(): not enough arguments")
    w_cls = check_type_arg(args.args_w[0], w_set_type)
    if w_cls is w_set_type and args.has_keywords():
        raise operr(w_TypeError, "set() takes no keyword arguments")
    return alloc_set(w_cls)


def set_init(args: Arguments) -> W_Root:
    w_so = mutset_w(args.args_w[0], "__init__")
    if args.has_keywords():
        raise operr(w_TypeError, "set() takes no keyword arguments")
    n = len(args.args_w) - 1
    if n > 1:
        raise operr(w_TypeError, "%s expected at most 1 argument, got %d"
                    % (type_name(w_so), n))
    if w_so.fill > 0:
        w_so.clear()
    w_so.hash_cache = -1
    if n == 1:
        set_update_internal(w_so, args.args_w[1])
    return w_None


def frozenset_new(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "frozenset.__new__(): not enough arguments")
    w_cls = check_type_arg(args.args_w[0], w_frozenset_type)
    if args.has_keywords() and (w_cls is w_frozenset_type or not has_own_init(w_cls)):
        raise operr(w_TypeError, "frozenset() takes no keyword arguments")
    n = len(args.args_w) - 1
    if n > 1:
        raise operr(w_TypeError, "%s expected at most 1 argument, got %d" % (w_cls.name, n))
    w_iterable: W_Root | None = args.args_w[1] if n == 1 else None
    if w_cls is w_frozenset_type and w_iterable is not None and \
            isinstance(w_iterable, W_FrozensetObject) and \
            w_iterable.getclass() is w_frozenset_type:
        return w_iterable
    return make_new_set(w_cls, w_iterable)


def set_repr(slots: list[W_Root | None]) -> W_Root:
    w_so = anyset_w(slots[0], "__repr__")
    name = type_name(w_so)
    if not repr_enter(w_so):
        return space.wrap_str("%s(...)" % name)
    listrepr = ""
    try:
        if w_so.used == 0:
            return space.wrap_str("%s()" % name)
        listrepr = space.repr_str(W_ListObject(w_so.active_keys()))
    finally:
        repr_leave(w_so)
    inner = listrepr[1:len(listrepr) - 1]
    if w_so.getclass() is w_set_type:
        return space.wrap_str("{" + inner + "}")
    return space.wrap_str("%s({%s})" % (name, inner))


def set_len(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(anyset_w(slots[0], "__len__").used)


def set_iter(slots: list[W_Root | None]) -> W_Root:
    return W_SetIterObject(anyset_w(slots[0], "__iter__"))


def set_contains(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(set_contains_key(anyset_w(slots[0], "__contains__"), _arg(slots, 1)))


def frozenset_hash(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(frozenset_hash_of(anyset_w(slots[0], "__hash__")))


def _set_compare(slots: list[W_Root | None], op: int) -> W_Root:
    w_v = slots[0]
    w_w = slots[1]
    if not isinstance(w_v, W_BaseSetObject) or not isinstance(w_w, W_BaseSetObject):
        return w_NotImplemented
    if op == 2:
        return space.wrap_bool(_set_equal(w_v, w_w))
    if op == 3:
        return space.wrap_bool(not _set_equal(w_v, w_w))
    if op == 1:
        return space.wrap_bool(set_issubset(w_v, w_w))
    if op == 5:
        return space.wrap_bool(set_issuperset(w_v, w_w))
    if op == 0:
        if w_v.used >= w_w.used:
            return space.wrap_bool(False)
        return space.wrap_bool(set_issubset(w_v, w_w))
    if w_v.used <= w_w.used:
        return space.wrap_bool(False)
    return space.wrap_bool(set_issuperset(w_v, w_w))


def _set_equal(w_v: W_BaseSetObject, w_w: W_BaseSetObject) -> bool:
    if w_v.used != w_w.used:
        return False
    if w_v.hash_cache != -1 and w_w.hash_cache != -1 and w_v.hash_cache != w_w.hash_cache:
        return False
    return set_issubset(w_v, w_w)


def _both_sets(slots: list[W_Root | None], reflected: bool) -> tuple[W_BaseSetObject | None,
                                                                     W_Root]:
    """The operands of a binary operator, left first; None if one of them
    is not a set."""
    w_a = slots[0]
    w_b = slots[1]
    assert w_a is not None and w_b is not None
    if reflected:
        w_tmp = w_a
        w_a = w_b
        w_b = w_tmp
    if not isinstance(w_a, W_BaseSetObject) or not isinstance(w_b, W_BaseSetObject):
        return (None, w_b)
    return (w_a, w_b)


def _set_or(slots: list[W_Root | None], reflected: bool) -> W_Root:
    w_so, w_other = _both_sets(slots, reflected)
    if w_so is None:
        return w_NotImplemented
    w_result = set_copy(w_so)
    if w_other is not w_so:
        set_update_internal(w_result, w_other)
    return w_result


def set_or(slots: list[W_Root | None]) -> W_Root:
    return _set_or(slots, False)


def set_ror(slots: list[W_Root | None]) -> W_Root:
    return _set_or(slots, True)


def _set_and(slots: list[W_Root | None], reflected: bool) -> W_Root:
    w_so, w_other = _both_sets(slots, reflected)
    if w_so is None:
        return w_NotImplemented
    return set_intersection(w_so, w_other)


def set_and(slots: list[W_Root | None]) -> W_Root:
    return _set_and(slots, False)


def set_rand(slots: list[W_Root | None]) -> W_Root:
    return _set_and(slots, True)


def _set_sub(slots: list[W_Root | None], reflected: bool) -> W_Root:
    w_so, w_other = _both_sets(slots, reflected)
    if w_so is None:
        return w_NotImplemented
    return set_difference(w_so, w_other)


def set_sub(slots: list[W_Root | None]) -> W_Root:
    return _set_sub(slots, False)


def set_rsub(slots: list[W_Root | None]) -> W_Root:
    return _set_sub(slots, True)


def _set_xor(slots: list[W_Root | None], reflected: bool) -> W_Root:
    w_so, w_other = _both_sets(slots, reflected)
    if w_so is None:
        return w_NotImplemented
    return set_symmetric_difference(w_so, w_other)


def set_xor(slots: list[W_Root | None]) -> W_Root:
    return _set_xor(slots, False)


def set_rxor(slots: list[W_Root | None]) -> W_Root:
    return _set_xor(slots, True)


def set_ior(slots: list[W_Root | None]) -> W_Root:
    w_so = mutset_w(slots[0], "__ior__")
    w_other = _arg(slots, 1)
    if not isinstance(w_other, W_BaseSetObject):
        return w_NotImplemented
    set_update_internal(w_so, w_other)
    return w_so


def set_iand(slots: list[W_Root | None]) -> W_Root:
    w_so = mutset_w(slots[0], "__iand__")
    w_other = _arg(slots, 1)
    if not isinstance(w_other, W_BaseSetObject):
        return w_NotImplemented
    w_tmp = set_intersection(w_so, w_other)
    w_so.swap_bodies(w_tmp)
    return w_so


def set_isub(slots: list[W_Root | None]) -> W_Root:
    w_so = mutset_w(slots[0], "__isub__")
    w_other = _arg(slots, 1)
    if not isinstance(w_other, W_BaseSetObject):
        return w_NotImplemented
    set_difference_update_internal(w_so, w_other)
    return w_so


def set_ixor(slots: list[W_Root | None]) -> W_Root:
    w_so = mutset_w(slots[0], "__ixor__")
    w_other = _arg(slots, 1)
    if not isinstance(w_other, W_BaseSetObject):
        return w_NotImplemented
    set_symmetric_difference_update(w_so, w_other)
    return w_so


def _varargs(args: Arguments, name: str, mutable: bool) -> tuple[W_BaseSetObject, list[W_Root]]:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "unbound method set.%s() needs an argument" % name)
    if mutable:
        w_so = mutset_w(args.args_w[0], name)
    else:
        w_so = anyset_w(args.args_w[0], name)
    if args.has_keywords():
        raise operr(w_TypeError, "%s.%s() takes no keyword arguments" % (
            "set" if mutable or isinstance(w_so, W_SetObject) else "frozenset", name))
    return (w_so, args.args_w[1:])


def set_union(args: Arguments) -> W_Root:
    w_so, others_w = _varargs(args, "union", False)
    w_result = set_copy(w_so)
    for w_other in others_w:
        if w_other is w_so:
            continue
        set_update_internal(w_result, w_other)
    return w_result


def set_intersection_meth(args: Arguments) -> W_Root:
    w_so, others_w = _varargs(args, "intersection", False)
    return set_intersection_multi(w_so, others_w)


def set_difference_meth(args: Arguments) -> W_Root:
    w_so, others_w = _varargs(args, "difference", False)
    return set_difference_multi(w_so, others_w)


def set_update(args: Arguments) -> W_Root:
    w_so, others_w = _varargs(args, "update", True)
    for w_other in others_w:
        set_update_internal(w_so, w_other)
    return w_None


def set_intersection_update(args: Arguments) -> W_Root:
    w_so, others_w = _varargs(args, "intersection_update", True)
    w_tmp = set_intersection_multi(w_so, others_w)
    w_so.swap_bodies(w_tmp)
    return w_None


def set_difference_update(args: Arguments) -> W_Root:
    w_so, others_w = _varargs(args, "difference_update", True)
    for w_other in others_w:
        set_difference_update_internal(w_so, w_other)
    return w_None


def set_symmetric_difference_meth(slots: list[W_Root | None]) -> W_Root:
    return set_symmetric_difference(anyset_w(slots[0], "symmetric_difference"), _arg(slots, 1))


def set_symmetric_difference_update_meth(slots: list[W_Root | None]) -> W_Root:
    set_symmetric_difference_update(mutset_w(slots[0], "symmetric_difference_update"),
                                    _arg(slots, 1))
    return w_None


def set_issubset_meth(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(set_issubset(anyset_w(slots[0], "issubset"), _arg(slots, 1)))


def set_issuperset_meth(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(set_issuperset(anyset_w(slots[0], "issuperset"), _arg(slots, 1)))


def set_isdisjoint_meth(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(set_isdisjoint(anyset_w(slots[0], "isdisjoint"), _arg(slots, 1)))


def set_add(slots: list[W_Root | None]) -> W_Root:
    set_add_key(mutset_w(slots[0], "add"), _arg(slots, 1))
    return w_None


def set_remove(slots: list[W_Root | None]) -> W_Root:
    w_key = _arg(slots, 1)
    if not set_discard_key(mutset_w(slots[0], "remove"), w_key):
        raise key_error(w_key)
    return w_None


def set_discard(slots: list[W_Root | None]) -> W_Root:
    set_discard_key(mutset_w(slots[0], "discard"), _arg(slots, 1))
    return w_None


def set_pop(slots: list[W_Root | None]) -> W_Root:
    w_so = mutset_w(slots[0], "pop")
    if w_so.used == 0:
        raise operr(w_KeyError, "pop from an empty set")
    return w_so.pop_entry()


def set_clear(slots: list[W_Root | None]) -> W_Root:
    mutset_w(slots[0], "clear").clear()
    return w_None


def set_copy_meth(slots: list[W_Root | None]) -> W_Root:
    return set_copy(mutset_w(slots[0], "copy"))


def frozenset_copy(slots: list[W_Root | None]) -> W_Root:
    w_so = anyset_w(slots[0], "copy")
    if w_so.getclass() is w_frozenset_type:
        return w_so
    return set_copy(w_so)


def _register_common(w_t: W_TypeObject) -> None:
    register(w_t, "__repr__(self, /)", set_repr)
    register(w_t, "__len__(self, /)", set_len)
    register(w_t, "__iter__(self, /)", set_iter)
    register(w_t, "__contains__(self, key, /)", set_contains)
    register_comparisons(w_t, _set_compare)
    register(w_t, "__or__(self, value, /)", set_or)
    register(w_t, "__ror__(self, value, /)", set_ror)
    register(w_t, "__and__(self, value, /)", set_and)
    register(w_t, "__rand__(self, value, /)", set_rand)
    register(w_t, "__sub__(self, value, /)", set_sub)
    register(w_t, "__rsub__(self, value, /)", set_rsub)
    register(w_t, "__xor__(self, value, /)", set_xor)
    register(w_t, "__rxor__(self, value, /)", set_rxor)
    register_raw(w_t, "union", set_union)
    register_raw(w_t, "intersection", set_intersection_meth)
    register_raw(w_t, "difference", set_difference_meth)
    register(w_t, "symmetric_difference(self, other, /)", set_symmetric_difference_meth)
    register(w_t, "issubset(self, other, /)", set_issubset_meth)
    register(w_t, "issuperset(self, other, /)", set_issuperset_meth)
    register(w_t, "isdisjoint(self, other, /)", set_isdisjoint_meth)


_register_common(w_set_type)
_register_common(w_frozenset_type)
register_raw(w_set_type, "__new__", set_new)
register_raw(w_set_type, "__init__", set_init)
register(w_set_type, "__ior__(self, value, /)", set_ior)
register(w_set_type, "__iand__(self, value, /)", set_iand)
register(w_set_type, "__isub__(self, value, /)", set_isub)
register(w_set_type, "__ixor__(self, value, /)", set_ixor)
register_raw(w_set_type, "update", set_update)
register_raw(w_set_type, "intersection_update", set_intersection_update)
register_raw(w_set_type, "difference_update", set_difference_update)
register(w_set_type, "symmetric_difference_update(self, other, /)",
         set_symmetric_difference_update_meth)
register(w_set_type, "add(self, object, /)", set_add)
register(w_set_type, "remove(self, object, /)", set_remove)
register(w_set_type, "discard(self, object, /)", set_discard)
register(w_set_type, "pop(self, /)", set_pop)
register(w_set_type, "clear(self, /)", set_clear)
register(w_set_type, "copy(self, /)", set_copy_meth)
w_set_type.dict_w["__hash__"] = w_None
register_raw(w_frozenset_type, "__new__", frozenset_new)
register(w_frozenset_type, "copy(self, /)", frozenset_copy)
register(w_frozenset_type, "__hash__(self, /)", frozenset_hash)
