"""list: a mutable sequence (W_ListObject) with storage strategies.

A list keeps its items in the representation its content allows (Bolz,
Diekmann, Tratt: "Storage strategies for collections in dynamically typed
languages"): no storage while empty, unboxed machine ints (`list[int]`)
while every item is an exact int, unboxed floats (`list[float]`) while
every item is an exact float (not a NaN), boxed objects otherwise.  Since
the same number may come back from an unboxed list in a new box, `is`
compares exact ints and floats by value (space.is_w), as PyPy does.  A list
switches to the object strategy for good when an item of another kind
arrives (it only goes back to empty when cleared).  The strategy objects
are stateless singletons; the storage lives in the list, in the field of
its strategy (the others are None).

Everything outside this module goes through W_ListObject's methods
(`length getitem setitem append insert pop getitems getitems_copy extend
clear`), never through the storage.  The Python-level methods follow
CPython 3.11's listobject.c: messages, the order of checks, and sort
(stable, on `<`: timsort's run detection and binary insertion, then
merges) with "list modified during sort".
"""
from __future__ import annotations

from typing import TypeVar

from rpy.rlib.rarithmetic import MAXINT

from ouro.objspace import floatobject, intobject, space, strobject
from ouro.objspace.boolobject import W_BoolObject
from ouro.objspace.exceptions import (OperationError, operr, w_IndexError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.gateway import descr_error, register, register_comparisons, register_raw, too_many_error
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_LIST, LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_NotImplemented,
                                 w_object_type)
from ouro.objspace.sliceobject import W_SliceObject, getindex_w, has_index, slice_indices
from ouro.objspace.unboxedsort import sort_unboxed
from ouro.objspace.tupleobject import (W_TupleObject, w_tuple_type, cant_multiply, cant_rmultiply,
                                       check_repeat_size, check_type_arg, compare_op_result,
                                       index_arg, iter_next_meth, iter_self, repeat_count,
                                       repr_enter, repr_leave, user_defines)

T = TypeVar("T")

w_list_type = make_builtin_type("list", [w_object_type], LAYOUT_LIST)
w_list_iterator_type = make_builtin_type("list_iterator", [w_object_type], LAYOUT_OTHER)
w_list_reverseiterator_type = make_builtin_type("list_reverseiterator", [w_object_type],
                                                LAYOUT_OTHER)


def is_plain_int(w: W_Root) -> bool:
    """An exact int: what the int strategy stores unboxed.  (Class checks,
    which compile to a type-id range test, instead of getclass(), which is
    a virtual call: bool and the user subclasses are the only subclasses.)"""
    return (isinstance(w, intobject.W_IntObject) and not isinstance(w, intobject.W_IntObjectUser)
            and not isinstance(w, W_BoolObject))


def int_of(w: W_Root) -> int:
    assert isinstance(w, intobject.W_IntObject)
    return w.intval


def all_plain_ints(items_w: list[W_Root]) -> bool:
    for w in items_w:
        if not is_plain_int(w):
            return False
    return True


def unbox_ints(items_w: list[W_Root]) -> list[int]:
    return [int_of(w) for w in items_w]


def is_plain_float(w: W_Root) -> bool:
    """An exact float other than a NaN: what the float strategy stores
    unboxed.  A NaN keeps its box (it goes to the object strategy), since
    CPython tells NaNs apart by identity only: `nan in [nan]` is true for
    the same object and false for two."""
    if isinstance(w, floatobject.W_FloatObject) and not isinstance(w, floatobject.W_FloatObjectUser):
        x = w.floatval
        return x == x
    return False


def float_of(w: W_Root) -> float:
    assert isinstance(w, floatobject.W_FloatObject)
    return w.floatval


def wrap_float(x: float) -> W_Root:
    return floatobject.wrap_float(x)


def all_plain_floats(items_w: list[W_Root]) -> bool:
    for w in items_w:
        if not is_plain_float(w):
            return False
    return True


def unbox_floats(items_w: list[W_Root]) -> list[float]:
    return [float_of(w) for w in items_w]


class W_ListObject(W_Root):
    strategy: ListStrategy
    ints: list[int] | None            # the int strategy's storage
    floats: list[float] | None        # the float strategy's storage
    objects: list[W_Root] | None      # the object strategy's storage

    def __init__(self, items_w: list[W_Root]) -> None:
        """A list of these items (the list takes items_w over)."""
        self.ints = None
        self.floats = None
        self.objects = None
        self.strategy = EMPTY
        if len(items_w) > 0:
            self.init_from(items_w)

    def getclass(self) -> W_TypeObject:
        return w_list_type

    def init_from(self, items_w: list[W_Root]) -> None:
        """Empty storage: the strategy that fits these items."""
        self.ints = None
        self.floats = None
        self.objects = None
        if all_plain_ints(items_w):
            self.strategy = INTS
            self.ints = unbox_ints(items_w)
        elif all_plain_floats(items_w):
            self.strategy = FLOATS
            self.floats = unbox_floats(items_w)
        else:
            self.strategy = OBJECTS
            self.objects = items_w

    def switch_to_objects(self) -> None:
        items_w = self.strategy.getitems_copy(self)
        self.strategy = OBJECTS
        self.objects = items_w
        self.ints = None
        self.floats = None

    def make_empty(self) -> None:
        self.strategy = EMPTY
        self.ints = None
        self.floats = None
        self.objects = None

    # -- the interface the rest of the interpreter uses

    def length(self) -> int:
        return self.strategy.length(self)

    def getitem(self, i: int) -> W_Root:
        """The item at 0 <= i < length()."""
        return self.strategy.getitem(self, i)

    def setitem(self, i: int, w_item: W_Root) -> None:
        self.strategy.setitem(self, i, w_item)

    def append(self, w_item: W_Root) -> None:
        self.strategy.append(self, w_item)

    def insert(self, i: int, w_item: W_Root) -> None:
        """Insert before 0 <= i <= length()."""
        self.strategy.insert(self, i, w_item)

    def pop(self, i: int) -> W_Root:
        """Remove and return the item at 0 <= i < length()."""
        return self.strategy.pop(self, i)

    def getitems(self) -> list[W_Root]:
        """The items: the storage itself for the object strategy (do not
        mutate it), a new list otherwise."""
        return self.strategy.getitems(self)

    def getitems_copy(self) -> list[W_Root]:
        """The items in a new list."""
        return self.strategy.getitems_copy(self)

    def clear(self) -> None:
        self.make_empty()

    def extend(self, w_iterable: W_Root) -> None:
        """list.extend: any iterable."""
        list_extend(self, w_iterable)

    def append_all(self, items_w: list[W_Root]) -> None:
        self.strategy.append_all(self, items_w)

    def copy(self) -> W_ListObject:
        """A new list (exact type) with the same items."""
        return self.strategy.getslice(self, 0, 1, self.length())


class W_ListObjectUser(W_ListObject):
    """An instance of a Python subclass of list."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap

    def __init__(self, w_type: W_TypeObject) -> None:
        W_ListObject.__init__(self, [])
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


def newlist(items_w: list[W_Root]) -> W_ListObject:
    return W_ListObject(items_w)


def newlist_ints(ints: list[int]) -> W_ListObject:
    w_list = W_ListObject([])
    if len(ints) > 0:
        w_list.strategy = INTS
        w_list.ints = ints
    return w_list


# -- generic helpers on typed storages

def _slice_of(items: list[T], start: int, step: int, n: int) -> list[T]:
    if step == 1:
        return items[start:start + n]
    result: list[T] = []
    i = 0
    while i < n:
        result.append(items[start + i * step])
        i += 1
    return result


def _delete_slice(items: list[T], start: int, step: int, n: int) -> None:
    """Delete the n items start, start+step, ... (step > 0)."""
    if n <= 0:
        return
    if step == 1:
        del items[start:start + n]
        return
    dst = start
    src = start
    k = 0
    length = len(items)
    while src < length:
        if k < n and src == start + k * step:
            k += 1
        else:
            items[dst] = items[src]
            dst += 1
        src += 1
    del items[dst:]


def _reverse(items: list[T]) -> None:
    i = 0
    j = len(items) - 1
    while i < j:
        tmp = items[i]
        items[i] = items[j]
        items[j] = tmp
        i += 1
        j -= 1


# -- the strategies

class ListStrategy:
    """How a W_ListObject stores its items; one stateless instance each."""

    def length(self, w_list: W_ListObject) -> int:
        raise NotImplementedError

    def getitem(self, w_list: W_ListObject, i: int) -> W_Root:
        raise NotImplementedError

    def setitem(self, w_list: W_ListObject, i: int, w_item: W_Root) -> None:
        raise NotImplementedError

    def append(self, w_list: W_ListObject, w_item: W_Root) -> None:
        raise NotImplementedError

    def append_all(self, w_list: W_ListObject, items_w: list[W_Root]) -> None:
        raise NotImplementedError

    def insert(self, w_list: W_ListObject, i: int, w_item: W_Root) -> None:
        raise NotImplementedError

    def pop(self, w_list: W_ListObject, i: int) -> W_Root:
        raise NotImplementedError

    def getitems(self, w_list: W_ListObject) -> list[W_Root]:
        return self.getitems_copy(w_list)

    def getitems_copy(self, w_list: W_ListObject) -> list[W_Root]:
        raise NotImplementedError

    def getslice(self, w_list: W_ListObject, start: int, step: int, n: int) -> W_ListObject:
        raise NotImplementedError

    def delslice(self, w_list: W_ListObject, start: int, step: int, n: int) -> None:
        raise NotImplementedError

    def replace_range(self, w_list: W_ListObject, lo: int, hi: int,
                      items_w: list[W_Root]) -> None:
        """items[lo:hi] = items_w (0 <= lo <= hi <= length)."""
        raise NotImplementedError

    def reverse(self, w_list: W_ListObject) -> None:
        raise NotImplementedError

    def repeat(self, w_list: W_ListObject, n: int) -> W_ListObject:
        raise NotImplementedError

    def inplace_repeat(self, w_list: W_ListObject, n: int) -> None:
        raise NotImplementedError

    def find_fast(self, w_list: W_ListObject, w_item: W_Root, start: int, stop: int) -> int:
        """The first index in [start, stop) of an item equal to w_item when
        the strategy can tell without running Python code: -1 if absent,
        -2 if it cannot tell."""
        return -2

    def extend_same(self, w_list: W_ListObject, w_other: W_ListObject) -> bool:
        """Extend by another list of the same strategy without boxing;
        False if that does not apply."""
        return False


class EmptyListStrategy(ListStrategy):

    def length(self, w_list: W_ListObject) -> int:
        return 0

    def getitem(self, w_list: W_ListObject, i: int) -> W_Root:
        raise IndexError("empty list")

    def setitem(self, w_list: W_ListObject, i: int, w_item: W_Root) -> None:
        raise IndexError("empty list")

    def append(self, w_list: W_ListObject, w_item: W_Root) -> None:
        if is_plain_int(w_item):
            w_list.strategy = INTS
            w_list.ints = [int_of(w_item)]
        elif is_plain_float(w_item):
            w_list.strategy = FLOATS
            w_list.floats = [float_of(w_item)]
        else:
            w_list.strategy = OBJECTS
            w_list.objects = [w_item]

    def append_all(self, w_list: W_ListObject, items_w: list[W_Root]) -> None:
        if len(items_w) > 0:
            w_list.init_from(list(items_w))

    def insert(self, w_list: W_ListObject, i: int, w_item: W_Root) -> None:
        self.append(w_list, w_item)

    def pop(self, w_list: W_ListObject, i: int) -> W_Root:
        raise IndexError("empty list")

    def getitems_copy(self, w_list: W_ListObject) -> list[W_Root]:
        return []

    def getslice(self, w_list: W_ListObject, start: int, step: int, n: int) -> W_ListObject:
        return W_ListObject([])

    def delslice(self, w_list: W_ListObject, start: int, step: int, n: int) -> None:
        pass

    def replace_range(self, w_list: W_ListObject, lo: int, hi: int,
                      items_w: list[W_Root]) -> None:
        self.append_all(w_list, items_w)

    def reverse(self, w_list: W_ListObject) -> None:
        pass

    def repeat(self, w_list: W_ListObject, n: int) -> W_ListObject:
        return W_ListObject([])

    def inplace_repeat(self, w_list: W_ListObject, n: int) -> None:
        pass

    def find_fast(self, w_list: W_ListObject, w_item: W_Root, start: int, stop: int) -> int:
        return -1


class IntListStrategy(ListStrategy):
    """Exact ints, unboxed."""

    def storage(self, w_list: W_ListObject) -> list[int]:
        ints = w_list.ints
        assert ints is not None
        return ints

    def length(self, w_list: W_ListObject) -> int:
        return len(self.storage(w_list))

    def getitem(self, w_list: W_ListObject, i: int) -> W_Root:
        return intobject.wrap_int(self.storage(w_list)[i])

    def setitem(self, w_list: W_ListObject, i: int, w_item: W_Root) -> None:
        if is_plain_int(w_item):
            self.storage(w_list)[i] = int_of(w_item)
            return
        w_list.switch_to_objects()
        w_list.strategy.setitem(w_list, i, w_item)

    def append(self, w_list: W_ListObject, w_item: W_Root) -> None:
        if is_plain_int(w_item):
            self.storage(w_list).append(int_of(w_item))
            return
        w_list.switch_to_objects()
        w_list.strategy.append(w_list, w_item)

    def append_all(self, w_list: W_ListObject, items_w: list[W_Root]) -> None:
        if all_plain_ints(items_w):
            ints = self.storage(w_list)
            for w in items_w:
                ints.append(int_of(w))
            return
        w_list.switch_to_objects()
        w_list.strategy.append_all(w_list, items_w)

    def insert(self, w_list: W_ListObject, i: int, w_item: W_Root) -> None:
        if is_plain_int(w_item):
            self.storage(w_list).insert(i, int_of(w_item))
            return
        w_list.switch_to_objects()
        w_list.strategy.insert(w_list, i, w_item)

    def pop(self, w_list: W_ListObject, i: int) -> W_Root:
        return intobject.wrap_int(self.storage(w_list).pop(i))

    def getitems_copy(self, w_list: W_ListObject) -> list[W_Root]:
        ints = self.storage(w_list)
        result: list[W_Root] = [intobject.wrap_int(0)] * len(ints)
        i = 0
        while i < len(ints):
            result[i] = intobject.wrap_int(ints[i])
            i += 1
        return result

    def getslice(self, w_list: W_ListObject, start: int, step: int, n: int) -> W_ListObject:
        return newlist_ints(_slice_of(self.storage(w_list), start, step, n))

    def delslice(self, w_list: W_ListObject, start: int, step: int, n: int) -> None:
        _delete_slice(self.storage(w_list), start, step, n)

    def replace_range(self, w_list: W_ListObject, lo: int, hi: int,
                      items_w: list[W_Root]) -> None:
        if all_plain_ints(items_w):
            ints = self.storage(w_list)
            ints[lo:hi] = unbox_ints(items_w)
            return
        w_list.switch_to_objects()
        w_list.strategy.replace_range(w_list, lo, hi, items_w)

    def reverse(self, w_list: W_ListObject) -> None:
        _reverse(self.storage(w_list))

    def repeat(self, w_list: W_ListObject, n: int) -> W_ListObject:
        return newlist_ints(self.storage(w_list) * n)

    def inplace_repeat(self, w_list: W_ListObject, n: int) -> None:
        w_list.ints = self.storage(w_list) * n

    def find_fast(self, w_list: W_ListObject, w_item: W_Root, start: int, stop: int) -> int:
        if not isinstance(w_item, intobject.W_IntObject):
            return -2
        w_t = w_item.getclass()
        if w_t is not intobject.w_int_type and w_t.lookup("__eq__") is not intobject.w_int_type.lookup("__eq__"):
            return -2
        x = w_item.intval
        ints = self.storage(w_list)
        if stop > len(ints):
            stop = len(ints)
        i = start
        while i < stop:
            if ints[i] == x:
                return i
            i += 1
        return -1

    def extend_same(self, w_list: W_ListObject, w_other: W_ListObject) -> bool:
        if w_other.strategy is not self:
            return False
        ints = self.storage(w_list)
        other = self.storage(w_other)
        if w_other is w_list:
            other = list(other)
        for x in other:
            ints.append(x)
        return True


class FloatListStrategy(ListStrategy):
    """Exact floats, unboxed."""

    def storage(self, w_list: W_ListObject) -> list[float]:
        floats = w_list.floats
        assert floats is not None
        return floats

    def length(self, w_list: W_ListObject) -> int:
        return len(self.storage(w_list))

    def getitem(self, w_list: W_ListObject, i: int) -> W_Root:
        return wrap_float(self.storage(w_list)[i])

    def setitem(self, w_list: W_ListObject, i: int, w_item: W_Root) -> None:
        if is_plain_float(w_item):
            self.storage(w_list)[i] = float_of(w_item)
            return
        w_list.switch_to_objects()
        w_list.strategy.setitem(w_list, i, w_item)

    def append(self, w_list: W_ListObject, w_item: W_Root) -> None:
        if is_plain_float(w_item):
            self.storage(w_list).append(float_of(w_item))
            return
        w_list.switch_to_objects()
        w_list.strategy.append(w_list, w_item)

    def append_all(self, w_list: W_ListObject, items_w: list[W_Root]) -> None:
        if all_plain_floats(items_w):
            floats = self.storage(w_list)
            for w in items_w:
                floats.append(float_of(w))
            return
        w_list.switch_to_objects()
        w_list.strategy.append_all(w_list, items_w)

    def insert(self, w_list: W_ListObject, i: int, w_item: W_Root) -> None:
        if is_plain_float(w_item):
            self.storage(w_list).insert(i, float_of(w_item))
            return
        w_list.switch_to_objects()
        w_list.strategy.insert(w_list, i, w_item)

    def pop(self, w_list: W_ListObject, i: int) -> W_Root:
        return wrap_float(self.storage(w_list).pop(i))

    def getitems_copy(self, w_list: W_ListObject) -> list[W_Root]:
        floats = self.storage(w_list)
        result: list[W_Root] = [intobject.wrap_int(0)] * len(floats)
        i = 0
        while i < len(floats):
            result[i] = wrap_float(floats[i])
            i += 1
        return result

    def getslice(self, w_list: W_ListObject, start: int, step: int, n: int) -> W_ListObject:
        w_res = W_ListObject([])
        if n > 0:
            w_res.strategy = FLOATS
            w_res.floats = _slice_of(self.storage(w_list), start, step, n)
        return w_res

    def delslice(self, w_list: W_ListObject, start: int, step: int, n: int) -> None:
        _delete_slice(self.storage(w_list), start, step, n)

    def replace_range(self, w_list: W_ListObject, lo: int, hi: int,
                      items_w: list[W_Root]) -> None:
        if all_plain_floats(items_w):
            floats = self.storage(w_list)
            floats[lo:hi] = unbox_floats(items_w)
            return
        w_list.switch_to_objects()
        w_list.strategy.replace_range(w_list, lo, hi, items_w)

    def reverse(self, w_list: W_ListObject) -> None:
        _reverse(self.storage(w_list))

    def repeat(self, w_list: W_ListObject, n: int) -> W_ListObject:
        w_res = W_ListObject([])
        if n > 0 and self.length(w_list) > 0:
            w_res.strategy = FLOATS
            w_res.floats = self.storage(w_list) * n
        return w_res

    def inplace_repeat(self, w_list: W_ListObject, n: int) -> None:
        w_list.floats = self.storage(w_list) * n

    def find_fast(self, w_list: W_ListObject, w_item: W_Root, start: int, stop: int) -> int:
        if not is_plain_float(w_item):
            return -2
        x = float_of(w_item)
        floats = self.storage(w_list)
        if stop > len(floats):
            stop = len(floats)
        i = start
        while i < stop:
            if floats[i] == x:
                return i
            i += 1
        return -1

    def extend_same(self, w_list: W_ListObject, w_other: W_ListObject) -> bool:
        if w_other.strategy is not self:
            return False
        floats = self.storage(w_list)
        other = self.storage(w_other)
        if w_other is w_list:
            other = list(other)
        for x in other:
            floats.append(x)
        return True


class ObjectListStrategy(ListStrategy):
    """Any objects, boxed."""

    def storage(self, w_list: W_ListObject) -> list[W_Root]:
        objects = w_list.objects
        assert objects is not None
        return objects

    def length(self, w_list: W_ListObject) -> int:
        return len(self.storage(w_list))

    def getitem(self, w_list: W_ListObject, i: int) -> W_Root:
        return self.storage(w_list)[i]

    def setitem(self, w_list: W_ListObject, i: int, w_item: W_Root) -> None:
        self.storage(w_list)[i] = w_item

    def append(self, w_list: W_ListObject, w_item: W_Root) -> None:
        self.storage(w_list).append(w_item)

    def append_all(self, w_list: W_ListObject, items_w: list[W_Root]) -> None:
        objects = self.storage(w_list)
        for w in items_w:
            objects.append(w)

    def insert(self, w_list: W_ListObject, i: int, w_item: W_Root) -> None:
        self.storage(w_list).insert(i, w_item)

    def pop(self, w_list: W_ListObject, i: int) -> W_Root:
        return self.storage(w_list).pop(i)

    def getitems(self, w_list: W_ListObject) -> list[W_Root]:
        return self.storage(w_list)

    def getitems_copy(self, w_list: W_ListObject) -> list[W_Root]:
        return list(self.storage(w_list))

    def getslice(self, w_list: W_ListObject, start: int, step: int, n: int) -> W_ListObject:
        w_res = W_ListObject([])
        if n > 0:
            w_res.strategy = OBJECTS
            w_res.objects = _slice_of(self.storage(w_list), start, step, n)
        return w_res

    def delslice(self, w_list: W_ListObject, start: int, step: int, n: int) -> None:
        _delete_slice(self.storage(w_list), start, step, n)

    def replace_range(self, w_list: W_ListObject, lo: int, hi: int,
                      items_w: list[W_Root]) -> None:
        objects = self.storage(w_list)
        objects[lo:hi] = items_w

    def reverse(self, w_list: W_ListObject) -> None:
        _reverse(self.storage(w_list))

    def repeat(self, w_list: W_ListObject, n: int) -> W_ListObject:
        w_res = W_ListObject([])
        if n > 0 and self.length(w_list) > 0:
            w_res.strategy = OBJECTS
            w_res.objects = self.storage(w_list) * n
        return w_res

    def inplace_repeat(self, w_list: W_ListObject, n: int) -> None:
        w_list.objects = self.storage(w_list) * n


EMPTY = EmptyListStrategy()
INTS = IntListStrategy()
FLOATS = FloatListStrategy()
OBJECTS = ObjectListStrategy()


# -- helpers for other modules

def exact_list(w: W_Root) -> bool:
    return isinstance(w, W_ListObject) and not isinstance(w, W_ListObjectUser)


def exact_tuple(w: W_Root) -> bool:
    return isinstance(w, W_TupleObject) and w.getclass() is w_tuple_type


def unpack_to_list(w_iterable: W_Root) -> list[W_Root]:
    """The items of any iterable, in a new RPy list (an exact list or tuple
    without iterating; a subclass through its __iter__, as CPython)."""
    if exact_list(w_iterable):
        assert isinstance(w_iterable, W_ListObject)
        return w_iterable.getitems_copy()
    if exact_tuple(w_iterable):
        assert isinstance(w_iterable, W_TupleObject)
        return list(w_iterable.items_w)
    w_it = space.iter(w_iterable)
    result: list[W_Root] = []
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            return result
        result.append(w_x)


def fixedview(w_iterable: W_Root) -> list[W_Root]:
    """The items of any iterable, for reading only (may be the storage of
    a tuple or of an object-strategy list)."""
    if exact_list(w_iterable):
        assert isinstance(w_iterable, W_ListObject)
        return w_iterable.getitems()
    if exact_tuple(w_iterable):
        assert isinstance(w_iterable, W_TupleObject)
        return w_iterable.items_w
    return unpack_to_list(w_iterable)


def sequence_fast(w_value: W_Root, message: str) -> list[W_Root]:
    """PySequence_Fast: the items of a list or tuple, or of any iterable;
    a TypeError from iter() becomes `message`."""
    if exact_list(w_value):
        assert isinstance(w_value, W_ListObject)
        return w_value.getitems_copy()
    if exact_tuple(w_value):
        assert isinstance(w_value, W_TupleObject)
        return w_value.items_w
    try:
        w_it = space.iter(w_value)
    except OperationError as e:
        if e.match(w_TypeError):
            raise operr(w_TypeError, message)
        raise
    result: list[W_Root] = []
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            return result
        result.append(w_x)


def list_extend(w_list: W_ListObject, w_iterable: W_Root) -> None:
    if exact_list(w_iterable):
        assert isinstance(w_iterable, W_ListObject)
        if w_list.strategy.extend_same(w_list, w_iterable):
            return
        w_list.append_all(w_iterable.getitems_copy())
        return
    if w_iterable is w_list:
        # a subclass extended by itself: its __iter__ runs to the end first
        # (CPython's PySequence_Fast), or the appends would never end
        w_list.append_all(unpack_to_list(w_iterable))
        return
    if exact_tuple(w_iterable):
        assert isinstance(w_iterable, W_TupleObject)
        w_list.append_all(w_iterable.items_w)
        return
    w_it = space.iter(w_iterable)
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            return
        w_list.append(w_x)


def list_find(w_list: W_ListObject, w_item: W_Root, start: int, stop: int) -> int:
    """The first index in [start, stop) whose item equals w_item, or -1
    (CPython's order: `item == w_item`, the list may change meanwhile)."""
    found = w_list.strategy.find_fast(w_list, w_item, start, stop)
    if found != -2:
        return found
    i = start
    while i < stop and i < w_list.length():
        if space.eq_w(w_list.getitem(i), w_item):
            return i
        i += 1
    return -1


# -- sorting: CPython's run detection and binary insertion (identical to
#    timsort below 64 items, so a failing comparison leaves the same order
#    behind), then stable merges of adjacent runs

NOT_EXACT_INT = (intobject.W_IntObjectUser, W_BoolObject)


def simple_cmp(w_a: W_Root, w_b: W_Root) -> int:
    """Two exact ints, strs or floats: 0 equal, 1 w_a < w_b, 2 w_a > w_b,
    3 unordered (a NaN); -1 for anything else."""
    # exact types by their RPy classes (type-id range checks, no getclass()
    # calls: this runs for each comparison of a sort)
    if isinstance(w_a, intobject.W_IntObject) and isinstance(w_b, intobject.W_IntObject):
        if not isinstance(w_a, NOT_EXACT_INT) and not isinstance(w_b, NOT_EXACT_INT):
            x = w_a.intval
            y = w_b.intval
            return 0 if x == y else (1 if x < y else 2)
    elif isinstance(w_a, strobject.W_StrObject) and isinstance(w_b, strobject.W_StrObject):
        if not isinstance(w_a, strobject.W_StrObjectUser) and \
                not isinstance(w_b, strobject.W_StrObjectUser):
            s = w_a.as_str()
            t = w_b.as_str()
            return 0 if s == t else (1 if s < t else 2)
    elif isinstance(w_a, floatobject.W_FloatObject) and \
            isinstance(w_b, floatobject.W_FloatObject):
        if not isinstance(w_a, floatobject.W_FloatObjectUser) and \
                not isinstance(w_b, floatobject.W_FloatObjectUser):
            f = w_a.floatval
            g = w_b.floatval
            if f == g:
                return 0
            if f < g:
                return 1
            return 2 if f > g else 3
    return -1


def tuple_lt(a_w: list[W_Root], b_w: list[W_Root]) -> int:
    """Tuple `<` as CPython's: the first items that differ (identical
    objects are equal) decide, else the lengths; 1 or 0, or -1 when it
    needs an item that simple_cmp does not know."""
    n = len(a_w) if len(a_w) < len(b_w) else len(b_w)
    for i in range(n):
        w_x = a_w[i]
        w_y = b_w[i]
        if w_x is w_y:
            continue
        c = simple_cmp(w_x, w_y)
        if c < 0:
            return -1
        if c != 0:
            return 1 if c == 1 else 0
    return 1 if len(a_w) < len(b_w) else 0


def lt(w_a: W_Root, w_b: W_Root) -> bool:
    """`w_a < w_b` as list.sort asks it (fast for exact ints, strs, floats
    and tuples of them)."""
    c = simple_cmp(w_a, w_b)
    if c >= 0:
        return c == 1
    if isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject):
        if w_a.getclass() is w_tuple_type and w_b.getclass() is w_tuple_type:
            r = tuple_lt(w_a.items_w, w_b.items_w)
            if r >= 0:
                return r == 1
    return space.is_true(space.richcompare(w_a, w_b, 0))


# The keys of a sort, as CPython's unsafe_*_compare choose them: when every
# key is an exact int (one word), float or str, they are sorted unboxed
# (sort_by_kind); exact non-empty tuples whose first items all are one of
# those compare their first items without dispatch (SortState.lt).  Keys
# cannot change type while sorted (exact, immutable types).
KEYS_ANY = 0
KEYS_INT = 1
KEYS_FLOAT = 2
KEYS_STR = 3


def _simple_kind(w: W_Root) -> int:
    if isinstance(w, intobject.W_IntObject):
        return KEYS_ANY if isinstance(w, NOT_EXACT_INT) else KEYS_INT
    if isinstance(w, strobject.W_StrObject):
        return KEYS_ANY if isinstance(w, strobject.W_StrObjectUser) else KEYS_STR
    if isinstance(w, floatobject.W_FloatObject):
        return KEYS_ANY if isinstance(w, floatobject.W_FloatObjectUser) else KEYS_FLOAT
    return KEYS_ANY


def _exact_tuple(w: W_Root) -> bool:
    return isinstance(w, W_TupleObject) and w.getclass() is w_tuple_type and \
        len(w.items_w) > 0


def keys_kind(keys: list[W_Root]) -> tuple[int, bool]:
    """The kind of all the keys (or of the first items of all of them,
    exact tuples: the bool), KEYS_ANY when mixed or other."""
    if len(keys) == 0:
        return (KEYS_ANY, False)
    w_first = keys[0]
    in_tuples = _exact_tuple(w_first)
    if in_tuples:
        assert isinstance(w_first, W_TupleObject)
        w_first = w_first.items_w[0]
    kind = _simple_kind(w_first)
    if kind == KEYS_ANY:
        return (KEYS_ANY, False)
    for w_key in keys:
        if in_tuples:
            if not _exact_tuple(w_key):
                return (KEYS_ANY, False)
            assert isinstance(w_key, W_TupleObject)
            w_key = w_key.items_w[0]
        if _simple_kind(w_key) != kind:
            return (KEYS_ANY, False)
    return (kind, in_tuples)


def compute_minrun(n: int) -> int:
    """merge_compute_minrun: n itself below 64, else between 32 and 64."""
    r = 0
    while n >= 64:
        r |= n & 1
        n >>= 1
    return n + r


class SortState:
    """keys and values sorted together (values is keys without key=).
    Every step keeps the arrays a permutation of themselves, so that an
    exception in a comparison leaves all the items in the list."""
    keys: list[W_Root]
    values: list[W_Root]
    has_values: bool
    in_tuples: bool             # the keys are exact tuples whose first items are of
                                # one kind (listobject.keys_kind)

    def __init__(self, keys: list[W_Root], values: list[W_Root], has_values: bool,
                 in_tuples: bool) -> None:
        self.keys = keys
        self.values = values
        self.has_values = has_values
        self.in_tuples = in_tuples

    def lt(self, w_a: W_Root, w_b: W_Root) -> bool:
        if not self.in_tuples:
            return lt(w_a, w_b)
        # CPython's unsafe_tuple_compare: the first items (of one simple
        # kind) decide unless they are equal
        assert isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject)
        w_x = w_a.items_w[0]
        w_y = w_b.items_w[0]
        if w_x is not w_y:
            c = simple_cmp(w_x, w_y)
            if c != 0:
                return c == 1
        r = tuple_lt(w_a.items_w, w_b.items_w)
        if r >= 0:
            return r == 1
        return space.is_true(space.richcompare(w_a, w_b, 0))

    def count_run(self, lo: int, hi: int) -> tuple[int, bool]:
        """The length of the run at lo, and whether it is strictly
        descending (count_run)."""
        keys = self.keys
        if lo + 1 == hi:
            return (1, False)
        n = 2
        i = lo + 1
        if self.lt(keys[i], keys[i - 1]):
            i += 1
            while i < hi and self.lt(keys[i], keys[i - 1]):
                i += 1
                n += 1
            return (n, True)
        i += 1
        while i < hi and not self.lt(keys[i], keys[i - 1]):
            i += 1
            n += 1
        return (n, False)

    def reverse_range(self, lo: int, hi: int) -> None:
        i = lo
        j = hi - 1
        while i < j:
            tmp = self.keys[i]
            self.keys[i] = self.keys[j]
            self.keys[j] = tmp
            if self.has_values:
                tmp = self.values[i]
                self.values[i] = self.values[j]
                self.values[j] = tmp
            i += 1
            j -= 1

    def binary_insertion(self, lo: int, hi: int, start: int) -> None:
        """binarysort: keys[lo:start] is sorted; insert the others."""
        keys = self.keys
        values = self.values
        i = start
        while i < hi:
            w_key = keys[i]
            left = lo
            right = i
            while left < right:
                mid = left + ((right - left) >> 1)
                if self.lt(w_key, keys[mid]):
                    right = mid
                else:
                    left = mid + 1
            if left < i:
                j = i
                while j > left:
                    keys[j] = keys[j - 1]
                    j -= 1
                keys[left] = w_key
                if self.has_values:
                    w_value = values[i]
                    j = i
                    while j > left:
                        values[j] = values[j - 1]
                        j -= 1
                    values[left] = w_value
            i += 1

    def sort(self) -> None:
        n = len(self.keys)
        if n < 2:
            return
        minrun = compute_minrun(n)
        bounds = [0]            # the runs: keys[bounds[k]:bounds[k + 1]]
        lo = 0
        while lo < n:
            run, descending = self.count_run(lo, n)
            if descending:
                self.reverse_range(lo, lo + run)
            if run < minrun:
                force = minrun if n - lo > minrun else n - lo
                self.binary_insertion(lo, lo + force, lo + run)
                run = force
            lo += run
            bounds.append(lo)
        if len(bounds) <= 2:
            return
        # passes of merges into a second pair of arrays (a copy, so that it
        # holds only items of the list; written by index: no growth), which
        # replaces the first only when complete: the two pairs alternate
        new_keys = self.keys[:]
        new_values = self.values[:] if self.has_values else new_keys
        while len(bounds) > 2:
            new_bounds = [0]
            k = 0
            while k + 2 < len(bounds):
                self.merge(bounds[k], bounds[k + 1], bounds[k + 2], new_keys, new_values)
                new_bounds.append(bounds[k + 2])
                k += 2
            if k + 1 < len(bounds):
                self.copy_range(bounds[k], bounds[k + 1], new_keys, new_values, bounds[k])
                new_bounds.append(bounds[k + 1])
            old_keys = self.keys
            old_values = self.values
            self.keys = new_keys
            if self.has_values:
                self.values = new_values
            else:
                self.values = new_keys
            new_keys = old_keys
            new_values = old_values
            bounds = new_bounds

    def copy_range(self, lo: int, hi: int, new_keys: list[W_Root],
                   new_values: list[W_Root], k: int) -> int:
        """keys[lo:hi] (and values) to new_keys[k:] (new_values); the
        position after them."""
        i = lo
        while i < hi:
            new_keys[k] = self.keys[i]
            if self.has_values:
                new_values[k] = self.values[i]
            i += 1
            k += 1
        return k

    def merge(self, lo: int, mid: int, hi: int, new_keys: list[W_Root],
              new_values: list[W_Root]) -> None:
        """keys[lo:mid] and keys[lo:hi] merged into new_keys[lo:hi]."""
        keys = self.keys
        values = self.values
        i = lo
        j = mid
        k = lo
        while i < mid and j < hi:
            if self.lt(keys[j], keys[i]):
                new_keys[k] = keys[j]
                if self.has_values:
                    new_values[k] = values[j]
                j += 1
            else:
                new_keys[k] = keys[i]
                if self.has_values:
                    new_values[k] = values[i]
                i += 1
            k += 1
        k = self.copy_range(i, mid, new_keys, new_values, k)
        self.copy_range(j, hi, new_keys, new_values, k)


def sort_list(w_list: W_ListObject, w_key: W_Root | None, reverse: bool) -> None:
    """list.sort: the list looks empty while it is sorted; mutations made
    meanwhile are discarded and reported."""
    strategy = w_list.strategy
    if strategy is INTS and w_key is None:
        ints = INTS.storage(w_list)
        ints.sort()
        if reverse:
            _reverse(ints)
        return
    if strategy is FLOATS and w_key is None:
        # no NaN (is_plain_float), so a total order: any stable sort gives
        # CPython's result (-0.0 and 0.0 are equal and keep their order,
        # reversed as CPython does)
        floats = FLOATS.storage(w_list)
        if reverse:
            _reverse(floats)
        floats.sort()
        if reverse:
            _reverse(floats)
        return

    saved_ints = w_list.ints
    saved_floats = w_list.floats
    saved_objects = w_list.objects
    values = strategy.getitems_copy(w_list)
    w_list.make_empty()
    has_values = w_key is not None
    keys = values
    if w_key is not None:
        keys = []
        try:
            for w_v in values:
                keys.append(space.call_function(w_key, [w_v]))
        except OperationError:
            # the key function failed: the list as it was
            w_list.strategy = strategy
            w_list.ints = saved_ints
            w_list.floats = saved_floats
            w_list.objects = saved_objects
            raise
    if reverse:
        _reverse(keys)
        if has_values:
            _reverse(values)
    kind, in_tuples = keys_kind(keys)
    modified = False
    if kind != KEYS_ANY and not in_tuples:
        # no comparison can raise (or run Python code)
        values = sort_by_kind(kind, keys, values)
        if reverse:
            _reverse(values)
        modified = w_list.strategy is not EMPTY
        _restore(w_list, strategy, values)
    else:
        state = SortState(keys, values, has_values, kind != KEYS_ANY and in_tuples)
        try:
            state.sort()
        finally:
            values = state.values
            if reverse:
                _reverse(values)
            modified = w_list.strategy is not EMPTY
            _restore(w_list, strategy, values)
    if modified:
        raise operr(w_ValueError, "list modified during sort")


def sort_by_kind(kind: int, keys: list[W_Root], values: list[W_Root]) -> list[W_Root]:
    """values sorted by keys, all of `kind` (not KEYS_ANY), compared
    unboxed (unboxedsort.py)."""
    minrun = compute_minrun(len(keys))
    if kind == KEYS_INT:
        ints: list[int] = [0] * len(keys)
        for i in range(len(keys)):
            w = keys[i]
            assert isinstance(w, intobject.W_IntObject)
            ints[i] = w.intval
        return sort_unboxed(ints, values, minrun)
    if kind == KEYS_FLOAT:
        floats: list[float] = [0.0] * len(keys)
        for i in range(len(keys)):
            w = keys[i]
            assert isinstance(w, floatobject.W_FloatObject)
            floats[i] = w.floatval
        return sort_unboxed(floats, values, minrun)
    strs: list[str] = [""] * len(keys)
    for i in range(len(keys)):
        w = keys[i]
        assert isinstance(w, strobject.W_StrObject)
        strs[i] = w.as_str()
    return sort_unboxed(strs, values, minrun)


def _restore(w_list: W_ListObject, strategy: ListStrategy, values: list[W_Root]) -> None:
    w_list.make_empty()
    if strategy is INTS:
        w_list.strategy = INTS
        w_list.ints = unbox_ints(values)
    elif strategy is FLOATS:
        w_list.strategy = FLOATS
        w_list.floats = unbox_floats(values)
    elif len(values) > 0:
        w_list.strategy = OBJECTS
        w_list.objects = values


# -- iterators

class W_ListIterObject(W_Root):
    w_seq: W_ListObject | None
    index: int

    def __init__(self, w_seq: W_ListObject) -> None:
        self.w_seq = w_seq
        self.index = 0

    def getclass(self) -> W_TypeObject:
        return w_list_iterator_type

    def iter_next(self) -> W_Root | None:
        w_seq = self.w_seq
        if w_seq is None:
            return space.STOP
        i = self.index
        if i < w_seq.length():
            self.index = i + 1
            return w_seq.getitem(i)
        self.w_seq = None
        return space.STOP

    def length_hint(self) -> int:
        w_seq = self.w_seq
        if w_seq is None:
            return 0
        n = w_seq.length() - self.index
        return n if n > 0 else 0


class W_ListRevIterObject(W_Root):
    w_seq: W_ListObject | None
    index: int

    def __init__(self, w_seq: W_ListObject) -> None:
        self.w_seq = w_seq
        self.index = w_seq.length() - 1

    def getclass(self) -> W_TypeObject:
        return w_list_reverseiterator_type

    def iter_next(self) -> W_Root | None:
        w_seq = self.w_seq
        if w_seq is None:
            return space.STOP
        i = self.index
        if 0 <= i < w_seq.length():
            self.index = i - 1
            return w_seq.getitem(i)
        self.index = -1
        self.w_seq = None
        return space.STOP

    def length_hint(self) -> int:
        w_seq = self.w_seq
        n = self.index + 1
        if w_seq is None or w_seq.length() < n:
            return 0
        return n


def listiter_length_hint(slots: list[W_Root | None]) -> W_Root:
    w_it = slots[0]
    if isinstance(w_it, W_ListIterObject):
        return intobject.wrap_int(w_it.length_hint())
    assert isinstance(w_it, W_ListRevIterObject)
    return intobject.wrap_int(w_it.length_hint())


for _t in [w_list_iterator_type, w_list_reverseiterator_type]:
    register(_t, "__iter__(self, /)", iter_self)
    register(_t, "__next__(self, /)", iter_next_meth)
    register(_t, "__length_hint__(self, /)", listiter_length_hint)


# -- the Python-level methods

def list_w(w: W_Root | None, name: str) -> W_ListObject:
    if isinstance(w, W_ListObject):
        return w
    assert w is not None
    raise descr_error(name, "list", w)


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def list_new(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "list.__new__(): not enough arguments")
    w_cls = check_type_arg(args.args_w[0], w_list_type)
    if w_cls is w_list_type:
        return W_ListObject([])
    return W_ListObjectUser(w_cls)


def list_init(args: Arguments) -> W_Root:
    w_list = list_w(args.args_w[0], "__init__")
    if args.has_keywords():
        w_cls = w_list.getclass()
        if w_cls is w_list_type or w_cls.lookup("__new__") is w_list_type.lookup("__new__"):
            raise operr(w_TypeError, "list() takes no keyword arguments")
    n = len(args.args_w) - 1
    if n > 1:
        raise operr(w_TypeError, "list expected at most 1 argument, got %d" % n)
    w_list.clear()
    if n == 1:
        list_extend(w_list, args.args_w[1])
    return w_None


def list_repr(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "__repr__")
    if w_list.length() == 0:
        return space.wrap_str("[]")
    if not repr_enter(w_list):
        return space.wrap_str("[...]")
    parts: list[str] = []
    try:
        i = 0
        while i < w_list.length():
            parts.append(space.repr_str(w_list.getitem(i)))
            i += 1
    finally:
        repr_leave(w_list)
    return space.wrap_str("[" + ", ".join(parts) + "]")


def list_len(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(list_w(slots[0], "__len__").length())


def list_getitem(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "__getitem__")
    w_index = _arg(slots, 1)
    if isinstance(w_index, W_SliceObject):
        return getslice(w_list, w_index)
    if not has_index(w_index):
        raise operr(w_TypeError, "list indices must be integers or slices, not %s"
                    % type_name(w_index))
    i = getindex_w(w_index)
    n = w_list.length()
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise operr(w_IndexError, "list index out of range")
    return w_list.getitem(i)


def getslice(w_list: W_ListObject, w_slice: W_SliceObject) -> W_ListObject:
    """w_list[w_slice], a new list."""
    start, stop, step, slicelength = slice_indices(w_slice, w_list.length())
    if slicelength <= 0:
        return W_ListObject([])
    return w_list.strategy.getslice(w_list, start, step, slicelength)


def list_setitem(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "__setitem__")
    w_index = _arg(slots, 1)
    w_value = _arg(slots, 2)
    if isinstance(w_index, W_SliceObject):
        setslice(w_list, w_index, w_value)
        return w_None
    if not has_index(w_index):
        raise operr(w_TypeError, "list indices must be integers or slices, not %s"
                    % type_name(w_index))
    i = getindex_w(w_index)
    n = w_list.length()
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise operr(w_IndexError, "list assignment index out of range")
    w_list.setitem(i, w_value)
    return w_None


def setslice(w_list: W_ListObject, w_slice: W_SliceObject, w_value: W_Root) -> None:
    n = w_list.length()
    start, stop, step, slicelength = slice_indices(w_slice, n)
    if step == 1 and w_list.strategy is INTS and isinstance(w_value, W_ListObject) and \
            w_value is not w_list and w_value.getclass() is w_list_type and \
            w_value.strategy is INTS:
        # ints into ints: no boxing
        src = w_value.ints
        ints = w_list.ints
        assert src is not None and ints is not None
        ints[start:max(start, stop)] = list(src)
        return
    if step == 1:
        if w_value is w_list:
            items_w = w_list.getitems_copy()
        else:
            items_w = sequence_fast(w_value, "can only assign an iterable")
        if w_list.length() != n:
            start, stop, step, slicelength = slice_indices(w_slice, w_list.length())
        lo = start
        hi = stop
        if hi < lo:
            hi = lo
        w_list.strategy.replace_range(w_list, lo, hi, items_w)
        return
    if w_value is w_list:
        items_w = w_list.getitems_copy()
    else:
        items_w = sequence_fast(w_value, "must assign iterable to extended slice")
    if w_list.length() != n:
        start, stop, step, slicelength = slice_indices(w_slice, w_list.length())
    if len(items_w) != slicelength:
        raise operr(w_ValueError, "attempt to assign sequence of size %d to extended slice "
                    "of size %d" % (len(items_w), slicelength))
    i = 0
    while i < slicelength:
        w_list.setitem(start + i * step, items_w[i])
        i += 1


def list_delitem(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "__delitem__")
    w_index = _arg(slots, 1)
    if isinstance(w_index, W_SliceObject):
        start, stop, step, slicelength = slice_indices(w_index, w_list.length())
        if slicelength <= 0:
            return w_None
        if step < 0:
            start = start + step * (slicelength - 1)
            step = -step
        if slicelength == w_list.length():
            w_list.clear()
        else:
            w_list.strategy.delslice(w_list, start, step, slicelength)
        return w_None
    if not has_index(w_index):
        raise operr(w_TypeError, "list indices must be integers or slices, not %s"
                    % type_name(w_index))
    i = getindex_w(w_index)
    n = w_list.length()
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise operr(w_IndexError, "list assignment index out of range")
    w_list.pop(i)
    return w_None


def list_contains(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "__contains__")
    return space.wrap_bool(list_find(w_list, _arg(slots, 1), 0, MAXINT) >= 0)


def list_iter(slots: list[W_Root | None]) -> W_Root:
    return W_ListIterObject(list_w(slots[0], "__iter__"))


def list_reversed(slots: list[W_Root | None]) -> W_Root:
    return W_ListRevIterObject(list_w(slots[0], "__reversed__"))


def list_add(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "__add__")
    w_other = _arg(slots, 1)
    if not isinstance(w_other, W_ListObject):
        if user_defines(w_other, "__radd__"):
            return w_NotImplemented
        raise operr(w_TypeError, 'can only concatenate list (not "%s") to list'
                    % type_name(w_other))
    w_res = w_list.copy()
    list_extend(w_res, w_other)
    return w_res


def list_iadd(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "__iadd__")
    w_other = _arg(slots, 1)
    if not isinstance(w_other, W_ListObject) and w_list.getclass() is w_list_type and \
            user_defines(w_other, "__radd__"):
        return w_NotImplemented
    list_extend(w_list, w_other)
    return w_list


def list_mul(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "__mul__")
    w_n = _arg(slots, 1)
    n = repeat_count(w_n)
    if n < 0:
        if user_defines(w_n, "__rmul__"):
            return w_NotImplemented
        raise cant_multiply(w_n)
    check_repeat_size(w_list.length(), n)
    return w_list.strategy.repeat(w_list, n)


def list_rmul(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "__rmul__")
    w_n = _arg(slots, 1)
    n = repeat_count(w_n)
    if n < 0:
        raise cant_rmultiply(w_list, w_n)
    check_repeat_size(w_list.length(), n)
    return w_list.strategy.repeat(w_list, n)


def list_imul(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "__imul__")
    w_n = _arg(slots, 1)
    n = repeat_count(w_n)
    if n < 0:
        if user_defines(w_n, "__rmul__"):
            return w_NotImplemented
        raise cant_multiply(w_n)
    if n == 0:
        w_list.clear()
    elif n > 1:
        check_repeat_size(w_list.length(), n)
        w_list.strategy.inplace_repeat(w_list, n)
    return w_list


def _list_compare(slots: list[W_Root | None], op: int) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    if not isinstance(w_a, W_ListObject) or not isinstance(w_b, W_ListObject):
        return w_NotImplemented
    if w_a.strategy is INTS and w_b.strategy is INTS:
        return _compare_ints(INTS.storage(w_a), INTS.storage(w_b), op)
    i = 0
    while i < w_a.length() and i < w_b.length():
        if not space.eq_w(w_a.getitem(i), w_b.getitem(i)):
            break
        i += 1
    n1 = w_a.length()
    n2 = w_b.length()
    if i >= n1 or i >= n2:
        return compare_op_result(n1, n2, op)
    if op == 2:
        return space.wrap_bool(False)
    if op == 3:
        return space.wrap_bool(True)
    return space.richcompare(w_a.getitem(i), w_b.getitem(i), op)


def _compare_ints(a: list[int], b: list[int], op: int) -> W_Root:
    i = 0
    while i < len(a) and i < len(b):
        if a[i] != b[i]:
            if op == 2:
                return space.wrap_bool(False)
            if op == 3:
                return space.wrap_bool(True)
            return compare_op_result(a[i], b[i], op)
        i += 1
    return compare_op_result(len(a), len(b), op)


def list_append(slots: list[W_Root | None]) -> W_Root:
    list_w(slots[0], "append").append(_arg(slots, 1))
    return w_None


def list_extend_meth(slots: list[W_Root | None]) -> W_Root:
    list_extend(list_w(slots[0], "extend"), _arg(slots, 1))
    return w_None


def list_insert(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "insert")
    where = getindex_w(_arg(slots, 1))
    n = w_list.length()
    if where < 0:
        where += n
        if where < 0:
            where = 0
    if where > n:
        where = n
    w_list.insert(where, _arg(slots, 2))
    return w_None


def list_pop(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "pop")
    w_index = slots[1]
    i = -1 if w_index is None else getindex_w(w_index)
    n = w_list.length()
    if n == 0:
        raise operr(w_IndexError, "pop from empty list")
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise operr(w_IndexError, "pop index out of range")
    w_item = w_list.pop(i)
    if w_list.length() == 0:
        w_list.clear()
    return w_item


def list_remove(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "remove")
    i = list_find(w_list, _arg(slots, 1), 0, MAXINT)
    if i < 0:
        raise operr(w_ValueError, "list.remove(x): x not in list")
    if i < w_list.length():
        w_list.pop(i)
    return w_None


def list_index(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "index")
    w_value = _arg(slots, 1)
    start = index_arg(slots[2], 0)
    stop = index_arg(slots[3], MAXINT)
    n = w_list.length()
    if start < 0:
        start += n
        if start < 0:
            start = 0
    if stop < 0:
        stop += n
        if stop < 0:
            stop = 0
    i = list_find(w_list, w_value, start, stop)
    if i < 0:
        raise operr(w_ValueError, "%s is not in list" % space.repr_str(w_value))
    return intobject.wrap_int(i)


def list_count(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "count")
    w_value = _arg(slots, 1)
    count = 0
    i = 0
    while i < w_list.length():
        if space.eq_w(w_list.getitem(i), w_value):
            count += 1
        i += 1
    return intobject.wrap_int(count)


def list_reverse(slots: list[W_Root | None]) -> W_Root:
    w_list = list_w(slots[0], "reverse")
    w_list.strategy.reverse(w_list)
    return w_None


def list_copy(slots: list[W_Root | None]) -> W_Root:
    return list_w(slots[0], "copy").copy()


def list_clear(slots: list[W_Root | None]) -> W_Root:
    list_w(slots[0], "clear").clear()
    return w_None


def list_sort(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "unbound method list.sort() needs an argument")
    w_list = list_w(args.args_w[0], "sort")
    if len(args.args_w) - 1 + len(args.kw_names) > 2:
        raise too_many_error("sort", len(args.args_w) - 1, len(args.kw_names), 2)
    if len(args.args_w) > 1:
        raise operr(w_TypeError, "sort() takes no positional arguments")
    w_key: W_Root | None = None
    reverse = False
    k = 0
    while k < len(args.kw_names):
        name = args.kw_names[k]
        w_v = args.kw_values_w[k]
        if name == "key":
            w_key = w_v if w_v is not w_None else None
        elif name == "reverse":
            reverse = space.int_of_w(w_v) != 0
        else:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for sort()" % name)
        k += 1
    sort_list(w_list, w_key, reverse)
    return w_None


register_raw(w_list_type, "__new__", list_new)
register_raw(w_list_type, "__init__", list_init)
register(w_list_type, "__repr__(self, /)", list_repr)
register(w_list_type, "__len__(self, /)", list_len)
register(w_list_type, "__getitem__(self, key, /)", list_getitem)
register(w_list_type, "__setitem__(self, key, value, /)", list_setitem)
register(w_list_type, "__delitem__(self, key, /)", list_delitem)
register(w_list_type, "__contains__(self, key, /)", list_contains)
register(w_list_type, "__iter__(self, /)", list_iter)
register(w_list_type, "__reversed__(self, /)", list_reversed)
register(w_list_type, "__add__(self, value, /)", list_add)
register(w_list_type, "__iadd__(self, value, /)", list_iadd)
register(w_list_type, "__mul__(self, value, /)", list_mul)
register(w_list_type, "__rmul__(self, value, /)", list_rmul)
register(w_list_type, "__imul__(self, value, /)", list_imul)
register_comparisons(w_list_type, _list_compare)
register(w_list_type, "append(self, object, /)", list_append)
register(w_list_type, "extend(self, iterable, /)", list_extend_meth)
register(w_list_type, "insert(self, index, object, /)", list_insert)
register(w_list_type, "pop(self, index=, /)", list_pop)
register(w_list_type, "remove(self, value, /)", list_remove)
register(w_list_type, "index(self, value, start=, stop=, /)", list_index)
register(w_list_type, "count(self, value, /)", list_count)
register(w_list_type, "reverse(self, /)", list_reverse)
register(w_list_type, "copy(self, /)", list_copy)
register(w_list_type, "clear(self, /)", list_clear)
register_raw(w_list_type, "sort", list_sort)
w_list_type.dict_w["__hash__"] = w_None
