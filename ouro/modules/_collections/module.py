"""The `_collections` module: deque, defaultdict, _count_elements and
_tuplegetter, as CPython 3.11's Modules/_collectionsmodule.c, and
OrderedDict (odict.py).

deque is a ring buffer (a list whose length is a power of two, a head index
and a length) instead of CPython's linked blocks; what is visible is the
same: the methods and their messages, maxlen trimming, and the `state`
counter that makes iterators (and count/index/__contains__) raise
"deque mutated during iteration" after an append, pop, rotate, clear...
(not after `d[i] = x` or reverse(), as in CPython).

defaultdict is a dict subclass (its instances are W_DictObjectUser with
one more field); dict's __getitem__ calls its __missing__.
"""
from __future__ import annotations

from ouro.compiler.opcodes import NB_ADD
from ouro.interpreter import iterreduce, reduce
from ouro.interpreter.module import W_Module
from ouro.modules._collections import odict
from ouro.modules.math.args import clinic_args, module_type, no_kwargs, one_arg
from ouro.objspace import dictobject, space
from ouro.objspace.descriptors import getset
from ouro.objspace.dictobject import W_DictObject, W_DictObjectUser, w_dict_type
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, w_AttributeError,
                                      w_IndexError, w_KeyError, w_MemoryError, w_OverflowError,
                                      w_RuntimeError, w_TypeError, w_ValueError)
from ouro.objspace.gateway import register, register_comparisons, register_raw
from ouro.objspace.intobject import W_IntObject, W_LongObject, int_w_clipped, wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_DICT, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_NotImplemented, w_object_type)
from ouro.objspace.sliceobject import has_index
from ouro.objspace.strobject import W_StrObject, ssize_w
from ouro.objspace.tupleobject import (W_TupleObject, iter_next_meth, iter_self, repr_enter,
                                       repr_leave)

# deque is subclassable: its instances carry their class and, for the
# classes of class statements, a __dict__ (the map-based attributes)
LAYOUT_DEQUE = 140
space.SUBCLASSABLE_LAYOUTS.append(LAYOUT_DEQUE)
w_deque_type = make_builtin_type("deque", [w_object_type], LAYOUT_DEQUE)
w_deque_type.dict_w["__module__"] = W_StrObject("collections")
w_deque_type.tp_prefix = "collections."
w_deque_iter_type = module_type("_collections", "_deque_iterator")
w_deque_reviter_type = module_type("_collections", "_deque_reverse_iterator")
w_deque_iter_type.tp_prefix = "_collections."        # CPython's tp_name
w_deque_reviter_type.tp_prefix = "_collections."
w_tuplegetter_type = module_type("_collections", "_tuplegetter")
w_defaultdict_type = make_builtin_type("defaultdict", [w_dict_type], LAYOUT_DICT)
w_defaultdict_type.tp_prefix = "collections."    # CPython's tp_name
w_defaultdict_type.dict_w["__module__"] = W_StrObject("collections")


# -- deque

class W_Deque(W_ObjectWithMap):
    w_type: W_TypeObject
    items_w: list[W_Root | None]     # the ring; its length is a power of two
    head: int
    length: int
    maxlen: int                      # -1: unbounded
    state: int                       # bumped by every mutation that moves items

    def __init__(self, w_type: W_TypeObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.items_w = [None] * 8
        self.head = 0
        self.length = 0
        self.maxlen = -1
        self.state = 0

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def pos(self, i: int) -> int:
        return (self.head + i) & (len(self.items_w) - 1)

    def get(self, i: int) -> W_Root:
        w = self.items_w[self.pos(i)]
        assert w is not None
        return w

    def set(self, i: int, w_item: W_Root) -> None:
        self.items_w[self.pos(i)] = w_item

    def grow(self) -> None:
        old = self.items_w
        n = len(old)
        new: list[W_Root | None] = [None] * (2 * n)
        i = 0
        while i < self.length:
            new[i] = old[(self.head + i) & (n - 1)]
            i += 1
        self.items_w = new
        self.head = 0

    def raw_append(self, w_item: W_Root) -> None:
        if self.length == len(self.items_w):
            self.grow()
        self.items_w[self.pos(self.length)] = w_item
        self.length += 1

    def raw_appendleft(self, w_item: W_Root) -> None:
        if self.length == len(self.items_w):
            self.grow()
        self.head = (self.head - 1) & (len(self.items_w) - 1)
        self.items_w[self.head] = w_item
        self.length += 1

    def append(self, w_item: W_Root) -> None:
        self.raw_append(w_item)
        if 0 <= self.maxlen < self.length:
            self.popleft()
        else:
            self.state += 1

    def appendleft(self, w_item: W_Root) -> None:
        self.raw_appendleft(w_item)
        if 0 <= self.maxlen < self.length:
            self.pop()
        else:
            self.state += 1

    def pop(self) -> W_Root:
        if self.length == 0:
            raise operr(w_IndexError, "pop from an empty deque")
        p = self.pos(self.length - 1)
        w_item = self.items_w[p]
        assert w_item is not None
        self.items_w[p] = None
        self.length -= 1
        self.state += 1
        return w_item

    def popleft(self) -> W_Root:
        if self.length == 0:
            raise operr(w_IndexError, "pop from an empty deque")
        w_item = self.items_w[self.head]
        assert w_item is not None
        self.items_w[self.head] = None
        self.head = (self.head + 1) & (len(self.items_w) - 1)
        self.length -= 1
        self.state += 1
        return w_item

    def clear(self) -> None:
        if self.length == 0:
            return
        self.items_w = [None] * 8
        self.head = 0
        self.length = 0
        self.state += 1

    def rotate(self, n: int) -> None:
        length = self.length
        halflen = length >> 1
        if length <= 1:
            return
        if n > halflen or n < -halflen:
            n = n % length
            if n > halflen:
                n -= length
            elif n < -halflen:
                n += length
        self.state += 1
        while n > 0:
            w_item = self.get(length - 1)
            self.items_w[self.pos(length - 1)] = None
            self.head = (self.head - 1) & (len(self.items_w) - 1)
            self.items_w[self.head] = w_item
            n -= 1
        while n < 0:
            w_item = self.get(0)
            self.items_w[self.head] = None
            self.head = (self.head + 1) & (len(self.items_w) - 1)
            self.items_w[self.pos(length - 1)] = w_item
            n += 1

    def to_list(self) -> list[W_Root]:
        return [self.get(i) for i in range(self.length)]

    def extend(self, w_iterable: W_Root) -> None:
        if w_iterable is self:
            w_iterable = W_ListObject(self.to_list())
        w_it = space.iter(w_iterable)
        if self.maxlen == 0:
            while space.next_or_none(w_it) is not None:
                pass
            return
        while True:
            w_item = space.next_or_none(w_it)
            if w_item is None:
                return
            self.append(w_item)

    def extendleft(self, w_iterable: W_Root) -> None:
        if w_iterable is self:
            w_iterable = W_ListObject(self.to_list())
        w_it = space.iter(w_iterable)
        if self.maxlen == 0:
            while space.next_or_none(w_it) is not None:
                pass
            return
        while True:
            w_item = space.next_or_none(w_it)
            if w_item is None:
                return
            self.appendleft(w_item)

    def copy(self) -> W_Deque:
        w_type = self.w_type
        if w_type is not w_deque_type:
            # a subclass: type(d)(d) or type(d)(d, maxlen), as CPython
            args_w: list[W_Root] = [self]
            if self.maxlen >= 0:
                args_w.append(wrap_int(self.maxlen))
            w_res = space.call_function(w_type, args_w)
            if not isinstance(w_res, W_Deque):
                raise operr(w_TypeError, "%s() must return a deque, not %s"
                            % (w_type.name, type_name(w_res)))
            return w_res
        w_new = W_Deque(w_deque_type)
        w_new.maxlen = self.maxlen
        if self.length == 1:
            w_new.append(self.get(0))
        else:
            w_new.extend(self)
        return w_new

    def inplace_repeat(self, n: int) -> None:
        size = self.length
        if size == 0 or n == 1:
            return
        if n <= 0:
            self.clear()
            return
        if size == 1:
            w_item = self.get(0)
            if 0 <= self.maxlen < n:
                n = self.maxlen
            self.state += 1
            i = 0
            while i < n - 1:
                self.raw_append(w_item)
                i += 1
            return
        if size > 9223372036854775807 // n:
            raise operr(w_MemoryError, "")
        w_seq = W_ListObject(self.to_list())
        if self.maxlen >= 0 and n * size > self.maxlen:
            n = (self.maxlen + size - 1) // size
        i = 0
        while i < n - 1:
            self.extend(w_seq)
            i += 1

    def delitem(self, i: int) -> None:
        self.rotate(-i)
        self.popleft()
        self.rotate(i)


def deque_w(w: W_Root | None) -> W_Deque:
    if isinstance(w, W_Deque):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a 'collections.deque' object but received a "
                "'%s'" % type_name(w))


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def deque_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "collections.deque.__new__(X): X is not a type object (%s)"
                    % type_name(w_cls))
    if not w_cls.issubtype(w_deque_type):
        raise operr(w_TypeError, "collections.deque.__new__(%s): %s is not a subtype of collections.deque"
                    % (w_cls.name, w_cls.name))
    return W_Deque(w_cls)


def deque_init(args: Arguments) -> W_Root:
    w_d = deque_w(args.args_w[0])
    pos_w = args.args_w[1:]
    if len(pos_w) > 2:
        raise operr(w_TypeError, "deque() takes at most 2 arguments (%d given)"
                    % (len(pos_w) + len(args.kw_names)))
    w_iterable: W_Root | None = pos_w[0] if len(pos_w) > 0 else None
    w_maxlen: W_Root | None = pos_w[1] if len(pos_w) > 1 else None
    k = 0
    while k < len(args.kw_names):
        name = args.kw_names[k]
        if name == "iterable":
            if w_iterable is not None:
                raise operr(w_TypeError, "argument for deque() given by name ('iterable') "
                            "and position (1)")
            w_iterable = args.kw_values_w[k]
        elif name == "maxlen":
            if w_maxlen is not None:
                raise operr(w_TypeError, "argument for deque() given by name ('maxlen') "
                            "and position (2)")
            w_maxlen = args.kw_values_w[k]
        else:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for deque()" % name)
        k += 1
    maxlen = -1
    if w_maxlen is not None and w_maxlen is not w_None:
        if isinstance(w_maxlen, W_IntObject):
            maxlen = w_maxlen.intval
        elif isinstance(w_maxlen, W_LongObject):
            raise operr(w_OverflowError, "Python int too large to convert to C ssize_t")
        else:
            raise operr(w_TypeError, "an integer is required")
        if maxlen < 0:
            raise operr(w_ValueError, "maxlen must be non-negative")
    w_d.maxlen = maxlen
    if w_d.length > 0:
        w_d.clear()
    if w_iterable is not None:
        w_d.extend(w_iterable)
    return w_None


def deque_append(slots: list[W_Root | None]) -> W_Root:
    deque_w(slots[0]).append(_arg(slots, 1))
    return w_None


def deque_appendleft(slots: list[W_Root | None]) -> W_Root:
    deque_w(slots[0]).appendleft(_arg(slots, 1))
    return w_None


def deque_pop(slots: list[W_Root | None]) -> W_Root:
    return deque_w(slots[0]).pop()


def deque_popleft(slots: list[W_Root | None]) -> W_Root:
    return deque_w(slots[0]).popleft()


def deque_extend(slots: list[W_Root | None]) -> W_Root:
    deque_w(slots[0]).extend(_arg(slots, 1))
    return w_None


def deque_extendleft(slots: list[W_Root | None]) -> W_Root:
    deque_w(slots[0]).extendleft(_arg(slots, 1))
    return w_None


def deque_clear(slots: list[W_Root | None]) -> W_Root:
    deque_w(slots[0]).clear()
    return w_None


def deque_copy(slots: list[W_Root | None]) -> W_Root:
    return deque_w(slots[0]).copy()


def deque_rotate(args: Arguments) -> W_Root:
    w_d = deque_w(args.args_w[0])
    no_kwargs(args, "rotate")
    n = len(args.args_w) - 1
    if n > 1:
        raise operr(w_TypeError, "deque.rotate expected at most 1 argument, got %d" % n)
    steps = 1
    if n == 1:
        steps = ssize_w(args.args_w[1], w_OverflowError)
    w_d.rotate(steps)
    return w_None


def deque_reverse(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    i = 0
    j = w_d.length - 1
    while i < j:
        w_a = w_d.get(i)
        w_d.set(i, w_d.get(j))
        w_d.set(j, w_a)
        i += 1
        j -= 1
    return w_None


def mutated() -> OperationError:
    return operr(w_RuntimeError, "deque mutated during iteration")


def deque_count(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    w_v = _arg(slots, 1)
    start_state = w_d.state
    count = 0
    i = 0
    n = w_d.length
    while i < n:
        if space.eq_w(w_d.get(i), w_v):
            count += 1
        if start_state != w_d.state:
            raise mutated()
        i += 1
    return wrap_int(count)


def deque_contains(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    w_v = _arg(slots, 1)
    start_state = w_d.state
    i = 0
    n = w_d.length
    while i < n:
        if space.eq_w(w_d.get(i), w_v):
            return space.wrap_bool(True)
        if start_state != w_d.state:
            raise mutated()
        i += 1
    return space.wrap_bool(False)


def slice_index(w: W_Root) -> int:
    """_PyEval_SliceIndexNotNone."""
    if not has_index(w):
        raise operr(w_TypeError, "slice indices must be integers or have an __index__ method")
    return int_w_clipped(w)


def deque_index(args: Arguments) -> W_Root:
    w_d = deque_w(args.args_w[0])
    no_kwargs(args, "index")
    rest_w = args.args_w[1:]
    if len(rest_w) < 1:
        raise operr(w_TypeError, "index() takes at least 1 argument (%d given)" % len(rest_w))
    if len(rest_w) > 3:
        raise operr(w_TypeError, "index() takes at most 3 arguments (%d given)" % len(rest_w))
    w_v = rest_w[0]
    size = w_d.length
    start = 0
    stop = size
    if len(rest_w) > 1:
        start = slice_index(rest_w[1])
    if len(rest_w) > 2:
        stop = slice_index(rest_w[2])
    if start < 0:
        start += size
        if start < 0:
            start = 0
    if stop < 0:
        stop += size
        if stop < 0:
            stop = 0
    if stop > size:
        stop = size
    if start > stop:
        start = stop
    start_state = w_d.state
    i = start
    while i < stop:
        if space.eq_w(w_d.get(i), w_v):
            return wrap_int(i)
        if start_state != w_d.state:
            raise mutated()
        i += 1
    raise operr(w_ValueError, "%s is not in deque" % space.repr_str(w_v))


def deque_insert(args: Arguments) -> W_Root:
    w_d = deque_w(args.args_w[0])
    no_kwargs(args, "insert")
    rest_w = args.args_w[1:]
    if len(rest_w) != 2:
        raise operr(w_TypeError, "insert() takes exactly 2 arguments (%d given)" % len(rest_w))
    index = ssize_w(rest_w[0], w_OverflowError)
    w_value = rest_w[1]
    n = w_d.length
    if w_d.maxlen == n:
        raise operr(w_IndexError, "deque already at its maximum size")
    if index >= n:
        w_d.append(w_value)
        return w_None
    if index <= -n or index == 0:
        w_d.appendleft(w_value)
        return w_None
    w_d.rotate(-index)
    if index < 0:
        w_d.append(w_value)
    else:
        w_d.appendleft(w_value)
    w_d.rotate(index)
    return w_None


def deque_remove(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    w_value = _arg(slots, 1)
    n = w_d.length
    start_state = w_d.state
    i = 0
    while i < n:
        equal = space.eq_w(w_d.get(i), w_value)
        if start_state != w_d.state:
            raise operr(w_IndexError, "deque mutated during iteration")
        if equal:
            w_d.delitem(i)
            return w_None
        i += 1
    raise operr(w_ValueError, "%s is not in deque" % space.repr_str(w_value))


def seq_index(w_d: W_Deque, w_index: W_Root) -> int:
    if not has_index(w_index):
        raise operr(w_TypeError, "sequence index must be integer, not '%s'"
                    % type_name(w_index))
    i = ssize_w(w_index, w_IndexError)
    if i < 0:
        i += w_d.length
    if i < 0 or i >= w_d.length:
        raise operr(w_IndexError, "deque index out of range")
    return i


def deque_getitem(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    return w_d.get(seq_index(w_d, _arg(slots, 1)))


def deque_setitem(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    w_d.set(seq_index(w_d, _arg(slots, 1)), _arg(slots, 2))
    return w_None


def deque_delitem(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    w_d.delitem(seq_index(w_d, _arg(slots, 1)))
    return w_None


def deque_len(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(deque_w(slots[0]).length)


def deque_bool(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(deque_w(slots[0]).length != 0)


def deque_repr(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    if not repr_enter(w_d):
        return space.wrap_str("[...]")
    try:
        items = space.repr_str(W_ListObject(w_d.to_list()))
    finally:
        repr_leave(w_d)
    name = w_d.getclass().name
    if w_d.maxlen >= 0:
        return space.wrap_str("%s(%s, maxlen=%d)" % (name, items, w_d.maxlen))
    return space.wrap_str("%s(%s)" % (name, items))


def deque_maxlen(w: W_Root) -> W_Root:
    w_d = deque_w(w)
    if w_d.maxlen < 0:
        return w_None
    return wrap_int(w_d.maxlen)


def _compare(slots: list[W_Root | None], op: int) -> W_Root:
    w_v = _arg(slots, 0)
    w_w = _arg(slots, 1)
    if not isinstance(w_v, W_Deque) or not isinstance(w_w, W_Deque):
        return w_NotImplemented
    vs = w_v.length
    ws = w_w.length
    if op == 2:
        if w_v is w_w:
            return space.wrap_bool(True)
        if vs != ws:
            return space.wrap_bool(False)
    if op == 3:
        if w_v is w_w:
            return space.wrap_bool(False)
        if vs != ws:
            return space.wrap_bool(True)
    w_it1 = space.iter(w_v)
    w_it2 = space.iter(w_w)
    while True:
        w_x = space.next_or_none(w_it1)
        w_y = space.next_or_none(w_it2)
        if w_x is None or w_y is None:
            break
        if not space.eq_w(w_x, w_y):
            return space.richcompare(w_x, w_y, op)
    if op == 0:
        res = w_y is not None
    elif op == 1:
        res = w_x is None
    elif op == 2:
        res = w_x is None and w_y is None
    elif op == 3:
        res = not (w_x is None and w_y is None)
    elif op == 4:
        res = w_x is not None
    else:
        res = w_y is None
    return space.wrap_bool(res)


def deque_add(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    w_other = _arg(slots, 1)
    if not isinstance(w_other, W_Deque):
        if user_defines(w_other, "__radd__"):
            return w_NotImplemented
        raise operr(w_TypeError, "can only concatenate deque (not \"%s\") to deque"
                    % type_name(w_other))
    w_new = w_d.copy()
    w_new.extend(w_other)
    return w_new


def deque_iadd(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    w_d.extend(_arg(slots, 1))
    return w_d


def repeat_count(w_n: W_Root) -> int:
    """The count of `d * n`, or -1 for NotImplemented."""
    return ssize_w(w_n, w_OverflowError)


def user_defines(w: W_Root, name: str) -> bool:
    """A class statement of w's type defines `name` (CPython's sequence
    concat/repeat come after the number slots, which only such classes and
    the numbers have)."""
    w_where = w.getclass().lookup_where(name)
    return w_where is not None and w_where.is_heaptype


def _not_int(w_n: W_Root, rname: str) -> W_Root:
    if user_defines(w_n, rname):
        return w_NotImplemented
    raise operr(w_TypeError, "can't multiply sequence by non-int of type '%s'" % type_name(w_n))


def deque_mul(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    w_n = _arg(slots, 1)
    if not has_index(w_n):
        return _not_int(w_n, "__rmul__")
    n = repeat_count(w_n)
    w_new = w_d.copy()
    w_new.inplace_repeat(n)
    return w_new


def deque_rmul(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    w_n = _arg(slots, 1)
    if not has_index(w_n):
        return _not_int(w_n, "__mul__")
    n = repeat_count(w_n)
    w_new = w_d.copy()
    w_new.inplace_repeat(n)
    return w_new


def deque_imul(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    w_n = _arg(slots, 1)
    if not has_index(w_n):
        return _not_int(w_n, "__rmul__")
    w_d.inplace_repeat(repeat_count(w_n))
    return w_d


def deque_reduce(slots: list[W_Root | None]) -> W_Root:
    w_d = deque_w(slots[0])
    w_state = reduce.getstate(w_d, False)
    w_it = space.iter(w_d)
    if w_d.maxlen < 0:
        return W_TupleObject([w_d.getclass(), W_TupleObject([]), w_state, w_it])
    return W_TupleObject([w_d.getclass(),
                          W_TupleObject([W_TupleObject([]), wrap_int(w_d.maxlen)]),
                          w_state, w_it])


class W_DequeIter(W_Root):
    w_deque: W_Deque
    index: int
    counter: int
    state: int
    reverse: bool

    def __init__(self, w_deque: W_Deque, reverse: bool) -> None:
        self.w_deque = w_deque
        self.index = w_deque.length - 1 if reverse else 0
        self.counter = w_deque.length
        self.state = w_deque.state
        self.reverse = reverse

    def getclass(self) -> W_TypeObject:
        if self.reverse:
            return w_deque_reviter_type
        return w_deque_iter_type

    def iter_next(self) -> W_Root | None:
        w_d = self.w_deque
        if w_d.state != self.state:
            self.counter = 0
            raise mutated()
        if self.counter == 0:
            return space.STOP
        w_item = w_d.get(self.index)
        if self.reverse:
            self.index -= 1
        else:
            self.index += 1
        self.counter -= 1
        return w_item


def deque_iter(slots: list[W_Root | None]) -> W_Root:
    return W_DequeIter(deque_w(slots[0]), False)


def deque_reversed(slots: list[W_Root | None]) -> W_Root:
    return W_DequeIter(deque_w(slots[0]), True)


def dequeiter_length_hint(slots: list[W_Root | None]) -> W_Root:
    w_it = _arg(slots, 0)
    assert isinstance(w_it, W_DequeIter)
    return wrap_int(w_it.counter)


def dequeiter_reduce_of(slots: list[W_Root | None], w_type: W_TypeObject) -> W_Root:
    """(type, (deque, number of items already given)), as CPython's."""
    w_it = iterreduce.check_self(slots, "__reduce__", w_type)
    assert isinstance(w_it, W_DequeIter)
    w_d = w_it.w_deque
    return W_TupleObject([w_type, W_TupleObject([w_d, wrap_int(w_d.length - w_it.counter)])])


def dequeiter_reduce(slots: list[W_Root | None]) -> W_Root:
    return dequeiter_reduce_of(slots, w_deque_iter_type)


def dequereviter_reduce(slots: list[W_Root | None]) -> W_Root:
    return dequeiter_reduce_of(slots, w_deque_reviter_type)


def dequeiter_new_of(args: Arguments, reverse: bool) -> W_Root:
    """_deque_iterator(deque, index=0): an iterator past its first index
    items (keyword arguments are ignored, as there)."""
    args_w = args.args_w[1:]
    iterreduce.parse_count(args_w, 1, 2)
    w_d = args_w[0]
    iterreduce.must_be(w_d, w_deque_type, 1, "")
    assert isinstance(w_d, W_Deque)
    index = 0
    if len(args_w) == 2:
        index = space.int_of_w(args_w[1])
    w_it = W_DequeIter(w_d, reverse)
    i = 0
    while i < index:
        w_item = w_it.iter_next()
        if w_item is None or w_item is space.STOP:
            break
        i += 1
    return w_it


def dequeiter_new(args: Arguments) -> W_Root:
    return dequeiter_new_of(args, False)


def dequereviter_new(args: Arguments) -> W_Root:
    return dequeiter_new_of(args, True)


register_raw(w_deque_type, "__new__", deque_new)
register_raw(w_deque_type, "__init__", deque_init)
register(w_deque_type, "append(self, x, /)", deque_append)
register(w_deque_type, "appendleft(self, x, /)", deque_appendleft)
register(w_deque_type, "pop(self, /)", deque_pop)
register(w_deque_type, "popleft(self, /)", deque_popleft)
register(w_deque_type, "extend(self, iterable, /)", deque_extend)
register(w_deque_type, "extendleft(self, iterable, /)", deque_extendleft)
register(w_deque_type, "clear(self, /)", deque_clear)
register(w_deque_type, "copy(self, /)", deque_copy)
register(w_deque_type, "__copy__(self, /)", deque_copy)
register_raw(w_deque_type, "rotate", deque_rotate)
register(w_deque_type, "reverse(self, /)", deque_reverse)
register(w_deque_type, "count(self, value, /)", deque_count)
register_raw(w_deque_type, "index", deque_index)
register_raw(w_deque_type, "insert", deque_insert)
register(w_deque_type, "remove(self, value, /)", deque_remove)
register(w_deque_type, "__contains__(self, key, /)", deque_contains)
register(w_deque_type, "__getitem__(self, key, /)", deque_getitem)
register(w_deque_type, "__setitem__(self, key, value, /)", deque_setitem)
register(w_deque_type, "__delitem__(self, key, /)", deque_delitem)
register(w_deque_type, "__len__(self, /)", deque_len)
register(w_deque_type, "__bool__(self, /)", deque_bool)
register(w_deque_type, "__repr__(self, /)", deque_repr)
register_comparisons(w_deque_type, _compare)
register(w_deque_type, "__add__(self, value, /)", deque_add)
register(w_deque_type, "__iadd__(self, value, /)", deque_iadd)
register(w_deque_type, "__mul__(self, value, /)", deque_mul)
register(w_deque_type, "__rmul__(self, value, /)", deque_rmul)
register(w_deque_type, "__imul__(self, value, /)", deque_imul)
register(w_deque_type, "__iter__(self, /)", deque_iter)
register(w_deque_type, "__reversed__(self, /)", deque_reversed)
register(w_deque_type, "__reduce__(self, /)", deque_reduce)
getset(w_deque_type, "maxlen", deque_maxlen)
w_deque_type.dict_w["__hash__"] = w_None
for _t in [w_deque_iter_type, w_deque_reviter_type]:
    register(_t, "__iter__(self, /)", iter_self)
    register(_t, "__next__(self, /)", iter_next_meth)
    register(_t, "__length_hint__(self, /)", dequeiter_length_hint)
register(w_deque_iter_type, "__reduce__(self, /)", dequeiter_reduce)
register(w_deque_reviter_type, "__reduce__(self, /)", dequereviter_reduce)
register_raw(w_deque_iter_type, "__new__", dequeiter_new)
register_raw(w_deque_reviter_type, "__new__", dequereviter_new)


# -- defaultdict

class W_DefaultDict(W_DictObjectUser):
    w_default_factory: W_Root          # w_None: none

    def __init__(self, w_type: W_TypeObject) -> None:
        W_DictObjectUser.__init__(self, w_type)
        self.w_default_factory = w_None


def defaultdict_w(w: W_Root | None) -> W_DefaultDict:
    if isinstance(w, W_DefaultDict):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a 'collections.defaultdict' object but "
                "received a '%s'" % type_name(w))


def defaultdict_new(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "defaultdict.__new__(): not enough arguments")
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "defaultdict.__new__(X): X is not a type object (%s)"
                    % type_name(w_cls))
    if not w_cls.issubtype(w_defaultdict_type):
        raise operr(w_TypeError, "defaultdict.__new__(%s): %s is not a subtype of defaultdict"
                    % (w_cls.name, w_cls.name))
    return W_DefaultDict(w_cls)


def defaultdict_init(args: Arguments) -> W_Root:
    w_dd = defaultdict_w(args.args_w[0])
    w_factory: W_Root = w_None
    rest_w = args.args_w[1:]
    if len(rest_w) > 0:
        w_factory = rest_w[0]
        if w_factory is not w_None and not space.callable_w(w_factory):
            raise operr(w_TypeError, "first argument must be callable or None")
        rest_w = rest_w[1:]
    w_dd.w_default_factory = w_factory
    all_w: list[W_Root] = [w_dd]
    for w_a in rest_w:
        all_w.append(w_a)
    return dictobject.dict_init(Arguments(all_w, args.kw_names, args.kw_values_w))


def defaultdict_missing(slots: list[W_Root | None]) -> W_Root:
    w_dd = defaultdict_w(slots[0])
    w_key = _arg(slots, 1)
    w_factory = w_dd.w_default_factory
    if w_factory is w_None:
        raise OperationError(W_BaseException(w_KeyError, [w_key]))
    w_value = space.call_function(w_factory, [])
    space.setitem(w_dd, w_key, w_value)
    return w_value


def defaultdict_repr(slots: list[W_Root | None]) -> W_Root:
    w_dd = defaultdict_w(slots[0])
    base = space.str_of_w(dictobject.dict_repr([w_dd]))
    w_factory = w_dd.w_default_factory
    if w_factory is w_None:
        defrepr = "None"
    elif not repr_enter(w_factory):
        defrepr = "..."
    else:
        try:
            defrepr = space.repr_str(w_factory)
        finally:
            repr_leave(w_factory)
    return space.wrap_str("%s(%s, %s)" % (w_dd.getclass().name, defrepr, base))


def new_defaultdict(w_dd: W_DefaultDict, w_arg: W_Root) -> W_Root:
    return space.call_function(w_dd.getclass(), [w_dd.w_default_factory, w_arg])


def defaultdict_copy(slots: list[W_Root | None]) -> W_Root:
    w_dd = defaultdict_w(slots[0])
    return new_defaultdict(w_dd, w_dd)


def defaultdict_reduce(slots: list[W_Root | None]) -> W_Root:
    w_dd = defaultdict_w(slots[0])
    if w_dd.w_default_factory is w_None:
        w_args = W_TupleObject([])
    else:
        w_args = W_TupleObject([w_dd.w_default_factory])
    w_items = space.iter(space.call_method(w_dd, "items", []))
    return W_TupleObject([w_dd.getclass(), w_args, w_None, w_None, w_items])


def _defaultdict_or(w_left: W_Root, w_right: W_Root) -> W_Root:
    if isinstance(w_left, W_DefaultDict):
        w_self = w_left
        w_other = w_right
    else:
        assert isinstance(w_right, W_DefaultDict)
        w_self = w_right
        w_other = w_left
    if not isinstance(w_other, W_DictObject):
        return w_NotImplemented
    w_new = new_defaultdict(w_self, w_left)
    space.call_method(w_new, "update", [w_right])
    return w_new


def defaultdict_or(slots: list[W_Root | None]) -> W_Root:
    defaultdict_w(slots[0])
    return _defaultdict_or(_arg(slots, 0), _arg(slots, 1))


def defaultdict_ror(slots: list[W_Root | None]) -> W_Root:
    defaultdict_w(slots[0])
    return _defaultdict_or(_arg(slots, 1), _arg(slots, 0))


def defaultdict_get_factory(w: W_Root) -> W_Root:
    return defaultdict_w(w).w_default_factory


def defaultdict_set_factory(w: W_Root, w_value: W_Root) -> None:
    defaultdict_w(w).w_default_factory = w_value


def defaultdict_del_factory(w: W_Root) -> None:
    defaultdict_w(w).w_default_factory = w_None


register_raw(w_defaultdict_type, "__new__", defaultdict_new)
register_raw(w_defaultdict_type, "__init__", defaultdict_init)
register(w_defaultdict_type, "__missing__(self, key, /)", defaultdict_missing)
register(w_defaultdict_type, "__repr__(self, /)", defaultdict_repr)
register(w_defaultdict_type, "copy(self, /)", defaultdict_copy)
register(w_defaultdict_type, "__copy__(self, /)", defaultdict_copy)
register(w_defaultdict_type, "__reduce__(self, /)", defaultdict_reduce)
register(w_defaultdict_type, "__reduce_ex__(self, protocol, /)", defaultdict_reduce)
register(w_defaultdict_type, "__or__(self, value, /)", defaultdict_or)
register(w_defaultdict_type, "__ror__(self, value, /)", defaultdict_ror)
getset(w_defaultdict_type, "default_factory", defaultdict_get_factory, defaultdict_set_factory,
       defaultdict_del_factory)


# -- _count_elements, _tuplegetter

def count_elements(args: Arguments) -> W_Root:
    args_w = clinic_args(args, "_count_elements", "_count_elements", 2, 2)
    w_mapping = args_w[0]
    w_it = space.iter(args_w[1])
    w_type = w_mapping.getclass()
    if (isinstance(w_mapping, W_DictObject) and
            w_type.lookup("get") is w_dict_type.lookup("get") and
            w_type.lookup("__setitem__") is w_dict_type.lookup("__setitem__")):
        # dict's own get and __setitem__ (a Counter): the dict directly,
        # as CPython's fast path
        while True:
            w_key = space.next_or_none(w_it)
            if w_key is None:
                return w_None
            w_mapping.count_key(w_key)
    w_get = space.getattr(w_mapping, "get")
    w_zero = wrap_int(0)
    w_one = wrap_int(1)
    while True:
        w_key = space.next_or_none(w_it)
        if w_key is None:
            return w_None
        w_old = space.call_function(w_get, [w_key, w_zero])
        space.setitem(w_mapping, w_key, space.binary_op(w_old, w_one, NB_ADD))


class W_TupleGetter(W_Root):
    index: int
    w_doc: W_Root

    def __init__(self, index: int, w_doc: W_Root) -> None:
        self.index = index
        self.w_doc = w_doc

    def getclass(self) -> W_TypeObject:
        return w_tuplegetter_type

    def descr_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root | None:
        if w_obj is None or w_obj is w_None:
            return self
        if not isinstance(w_obj, W_TupleObject):
            raise operr(w_TypeError, "descriptor for index '%d' for tuple subclasses doesn't "
                        "apply to '%s' object" % (self.index, type_name(w_obj)))
        if self.index >= len(w_obj.items_w):
            raise operr(w_IndexError, "tuple index out of range")
        return w_obj.items_w[self.index]


def tuplegetter_new(slots: list[W_Root | None]) -> W_Root:
    index = ssize_w(_arg(slots, 1), w_OverflowError)
    return W_TupleGetter(index, _arg(slots, 2))


def tuplegetter_get(slots: list[W_Root | None]) -> W_Root:
    w_self = _arg(slots, 0)
    assert isinstance(w_self, W_TupleGetter)
    w_obj = slots[1]
    w_res = w_self.descr_get(w_obj, w_tuplegetter_type)
    assert w_res is not None
    return w_res


def tuplegetter_set(slots: list[W_Root | None]) -> W_Root:
    raise operr(w_AttributeError, "can't set attribute")


def tuplegetter_delete(slots: list[W_Root | None]) -> W_Root:
    raise operr(w_AttributeError, "can't delete attribute")


def tuplegetter_get_doc(w: W_Root) -> W_Root:
    assert isinstance(w, W_TupleGetter)
    return w.w_doc


def tuplegetter_set_doc(w: W_Root, w_value: W_Root) -> None:
    assert isinstance(w, W_TupleGetter)
    w.w_doc = w_value


def tuplegetter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = _arg(slots, 0)
    assert isinstance(w_self, W_TupleGetter)
    return W_TupleObject([w_tuplegetter_type,
                          W_TupleObject([wrap_int(w_self.index), w_self.w_doc])])


register(w_tuplegetter_type, "__new__(cls, index, doc, /)", tuplegetter_new)
register(w_tuplegetter_type, "__get__(self, instance, owner=, /)", tuplegetter_get)
register(w_tuplegetter_type, "__set__(self, instance, value, /)", tuplegetter_set)
register(w_tuplegetter_type, "__delete__(self, instance, /)", tuplegetter_delete)
register(w_tuplegetter_type, "__reduce__(self, /)", tuplegetter_reduce)
getset(w_tuplegetter_type, "__doc__", tuplegetter_get_doc, tuplegetter_set_doc)

W_COUNT_ELEMENTS = register_raw(None, "_count_elements", count_elements)
_unused = [one_arg, W_StrObject]


def make_module() -> W_Module:
    w_mod = W_Module("_collections", None)
    d = w_mod.w_dict
    d.setitem_str("deque", w_deque_type)
    d.setitem_str("defaultdict", w_defaultdict_type)
    d.setitem_str("OrderedDict", odict.w_odict_type)
    d.setitem_str("_deque_iterator", w_deque_iter_type)
    d.setitem_str("_deque_reverse_iterator", w_deque_reviter_type)
    d.setitem_str("_tuplegetter", w_tuplegetter_type)
    d.setitem_str("_count_elements", W_COUNT_ELEMENTS)
    return w_mod
