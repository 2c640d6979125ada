"""tuple: an immutable list of objects (W_TupleObject, `items_w`), with
CPython 3.11's methods, messages and hash (xxHash-based).

Also here, as the lowest of the container modules: the guard against
infinite recursion in reprs (`repr_enter`/`repr_leave`, CPython's
Py_ReprEnter), shared by list, dict, set and the dict views, and the
lexicographic comparison of sequences.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import MAXINT, intmask, r_uint

from ouro.objspace import intobject, space
from ouro.objspace.exceptions import (operr, operr_noarg, w_IndexError, w_MemoryError,
                                      w_StopIteration, w_TypeError, w_ValueError)
from ouro.objspace.gateway import W_BuiltinFunction, descr_error, register, register_comparisons, register_raw
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_OTHER, LAYOUT_TUPLE, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_NotImplemented,
                                 w_object_type)
from ouro.objspace.sliceobject import W_SliceObject, getindex_clipped, getindex_w, has_index, slice_indices

w_tuple_type = make_builtin_type("tuple", [w_object_type], LAYOUT_TUPLE)
w_tuple_iterator_type = make_builtin_type("tuple_iterator", [w_object_type], LAYOUT_OTHER)


class W_TupleObject(W_Root):
    items_w: list[W_Root]

    def __init__(self, items_w: list[W_Root]) -> None:
        self.items_w = items_w

    def getclass(self) -> W_TypeObject:
        return w_tuple_type


class W_TupleObjectUser(W_TupleObject):
    """An instance of a Python subclass of tuple: its class and its
    instance attributes (a map holder, ouro/objspace/maps.py)."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap

    def __init__(self, w_type: W_TypeObject, items_w: list[W_Root]) -> None:
        W_TupleObject.__init__(self, items_w)
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


EMPTY_TUPLE = W_TupleObject([])


def newtuple(items_w: list[W_Root]) -> W_TupleObject:
    return W_TupleObject(items_w)


# -- helpers shared by the container modules

class ReprStack:
    """The objects whose repr is being computed (Py_ReprEnter's list)."""
    objects_w: list[W_Root]

    def __init__(self) -> None:
        self.objects_w = []


REPR_STACK = ReprStack()


def repr_enter(w_obj: W_Root) -> bool:
    """False if w_obj's repr is already in progress (then do not leave)."""
    for w in REPR_STACK.objects_w:
        if w is w_obj:
            return False
    REPR_STACK.objects_w.append(w_obj)
    return True


def repr_leave(w_obj: W_Root) -> None:
    stack = REPR_STACK.objects_w
    i = len(stack) - 1
    while i >= 0:
        if stack[i] is w_obj:
            del stack[i]
            return
        i -= 1


def check_type_arg(w_cls: W_Root, w_base: W_TypeObject) -> W_TypeObject:
    """The `cls` argument of a built-in type's __new__."""
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "%s.__new__(X): X is not a type object (%s)"
                    % (w_base.name, type_name(w_cls)))
    if not w_cls.issubtype(w_base):
        raise operr(w_TypeError, "%s.__new__(%s): %s is not a subtype of %s"
                    % (w_base.name, w_cls.name, w_cls.name, w_base.name))
    return w_cls


def has_own_init(w_cls: W_TypeObject) -> bool:
    """The class (a subclass of a built-in type) defines __init__ below object."""
    return w_cls.lookup_where("__init__") is not w_object_type


def index_arg(w: W_Root | None, default: int) -> int:
    """_PyEval_SliceIndexNotNone, for the start/stop arguments of index()."""
    if w is None:
        return default
    if not has_index(w):
        raise operr(w_TypeError, "slice indices must be integers or have an __index__ method")
    return getindex_clipped(w)      # PyNumber_AsSsize_t(w, NULL): clipped


def compare_op_result(n1: int, n2: int, op: int) -> W_Root:
    return space.wrap_bool(space.compare_ints(n1, n2, op))


def compare_items(items1: list[W_Root], items2: list[W_Root], op: int) -> W_Root:
    """Lexicographic comparison of two immutable sequences (tuples)."""
    n1 = len(items1)
    n2 = len(items2)
    i = 0
    while i < n1 and i < n2:
        if not space.eq_w(items1[i], items2[i]):
            break
        i += 1
    if i >= n1 or i >= n2:
        return compare_op_result(n1, n2, op)
    if op == 2:
        return space.wrap_bool(False)
    if op == 3:
        return space.wrap_bool(True)
    return space.richcompare(items1[i], items2[i], op)


XXPRIME_1 = r_uint(11400714785074694791)
XXPRIME_2 = r_uint(14029467366897019727)
XXPRIME_5 = r_uint(2870177450012600261)
XXLEN_MANGLE = r_uint(2870177450012600261 ^ 3527539)


def hash_items(items_w: list[W_Root]) -> int:
    """CPython 3.11's tuplehash (xxHash lanes) of the items' hashes."""
    acc = XXPRIME_5
    for w_item in items_w:
        lane = r_uint(space.hash_w(w_item))
        acc = acc + lane * XXPRIME_2
        acc = (acc << 31) | (acc >> 33)
        acc = acc * XXPRIME_1
    acc = acc + (r_uint(len(items_w)) ^ XXLEN_MANGLE)
    h = intmask(acc)
    if h == -1:
        return 1546275796
    return h


# -- the iterator

class W_TupleIterObject(W_Root):
    w_seq: W_TupleObject | None
    index: int

    def __init__(self, w_seq: W_TupleObject) -> None:
        self.w_seq = w_seq
        self.index = 0

    def getclass(self) -> W_TypeObject:
        return w_tuple_iterator_type

    def iter_next(self) -> W_Root | None:
        w_seq = self.w_seq
        if w_seq is None:
            return space.STOP
        i = self.index
        if i < len(w_seq.items_w):
            self.index = i + 1
            return w_seq.items_w[i]
        self.w_seq = None
        return space.STOP

    def length_hint(self) -> int:
        w_seq = self.w_seq
        if w_seq is None:
            return 0
        return len(w_seq.items_w) - self.index


def iter_self(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    return w


def iter_next_meth(slots: list[W_Root | None]) -> W_Root:
    """__next__ of the built-in iterators: their iter_next fast path."""
    w = slots[0]
    assert w is not None
    w_res = w.iter_next()
    if w_res is None or w_res is space.STOP:
        raise operr_noarg(w_StopIteration)
    return w_res


def tupleiter_length_hint(slots: list[W_Root | None]) -> W_Root:
    w_it = slots[0]
    assert isinstance(w_it, W_TupleIterObject)
    return intobject.wrap_int(w_it.length_hint())


register(w_tuple_iterator_type, "__iter__(self, /)", iter_self)
register(w_tuple_iterator_type, "__next__(self, /)", iter_next_meth)
register(w_tuple_iterator_type, "__length_hint__(self, /)", tupleiter_length_hint)


# -- the methods

def tuple_w(w: W_Root | None, name: str) -> W_TupleObject:
    if isinstance(w, W_TupleObject):
        return w
    assert w is not None
    raise descr_error(name, "tuple", w)


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def tuple_new(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "tuple.__new__(): not enough arguments")
    w_cls = check_type_arg(args.args_w[0], w_tuple_type)
    if args.has_keywords() and (w_cls is w_tuple_type or not has_own_init(w_cls)):
        raise operr(w_TypeError, "tuple() takes no keyword arguments")
    n = len(args.args_w) - 1
    if n > 1:
        raise operr(w_TypeError, "tuple expected at most 1 argument, got %d" % n)
    if n == 0:
        if w_cls is w_tuple_type:
            return EMPTY_TUPLE
        return W_TupleObjectUser(w_cls, [])
    w_iterable = args.args_w[1]
    if w_cls is w_tuple_type:
        if isinstance(w_iterable, W_TupleObject) and w_iterable.getclass() is w_tuple_type:
            return w_iterable
        return W_TupleObject(listobject.unpack_to_list(w_iterable))
    return W_TupleObjectUser(w_cls, listobject.unpack_to_list(w_iterable))


def tuple_repr(slots: list[W_Root | None]) -> W_Root:
    w_t = tuple_w(slots[0], "__repr__")
    n = len(w_t.items_w)
    if n == 0:
        return space.wrap_str("()")
    if not repr_enter(w_t):
        return space.wrap_str("(...)")
    parts: list[str] = []
    try:
        for w in w_t.items_w:
            parts.append(space.repr_str(w))
    finally:
        repr_leave(w_t)
    if n == 1:
        return space.wrap_str("(" + parts[0] + ",)")
    return space.wrap_str("(" + ", ".join(parts) + ")")


def tuple_len(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(len(tuple_w(slots[0], "__len__").items_w))


def tuple_hash(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(hash_items(tuple_w(slots[0], "__hash__").items_w))


def tuple_getitem(slots: list[W_Root | None]) -> W_Root:
    w_t = tuple_w(slots[0], "__getitem__")
    w_index = _arg(slots, 1)
    items = w_t.items_w
    if isinstance(w_index, W_SliceObject):
        start, stop, step, slicelength = slice_indices(w_index, len(items))
        if slicelength <= 0:
            return EMPTY_TUPLE
        if start == 0 and step == 1 and slicelength == len(items) and \
                w_t.getclass() is w_tuple_type:
            return w_t
        if step == 1:
            return W_TupleObject(items[start:start + slicelength])
        result: list[W_Root] = []
        i = 0
        while i < slicelength:
            result.append(items[start + i * step])
            i += 1
        return W_TupleObject(result)
    if not has_index(w_index):
        raise operr(w_TypeError, "tuple indices must be integers or slices, not %s"
                    % type_name(w_index))
    i = getindex_w(w_index)
    if i < 0:
        i += len(items)
    if i < 0 or i >= len(items):
        raise operr(w_IndexError, "tuple index out of range")
    return items[i]


def tuple_contains(slots: list[W_Root | None]) -> W_Root:
    w_t = tuple_w(slots[0], "__contains__")
    w_value = _arg(slots, 1)
    for w_item in w_t.items_w:
        if space.eq_w(w_item, w_value):
            return space.wrap_bool(True)
    return space.wrap_bool(False)


def tuple_iter(slots: list[W_Root | None]) -> W_Root:
    return W_TupleIterObject(tuple_w(slots[0], "__iter__"))


def tuple_add(slots: list[W_Root | None]) -> W_Root:
    w_t = tuple_w(slots[0], "__add__")
    w_other = _arg(slots, 1)
    if not isinstance(w_other, W_TupleObject):
        if user_defines(w_other, "__radd__"):
            return w_NotImplemented
        raise operr(w_TypeError, 'can only concatenate tuple (not "%s") to tuple'
                    % type_name(w_other))
    if len(w_other.items_w) == 0 and w_t.getclass() is w_tuple_type:
        return w_t
    if len(w_t.items_w) == 0 and w_other.getclass() is w_tuple_type:
        return w_other
    return W_TupleObject(w_t.items_w + w_other.items_w)


def user_defines(w_other: W_Root, name: str) -> bool:
    """The other operand's class has a Python-level (not built-in) method
    `name`: a binary operation must then return NotImplemented so that it
    gets its turn, else the sequence raises CPython's own TypeError."""
    w_meth = space.lookup(w_other, name)
    if w_meth is None:
        return False
    return not isinstance(w_meth, W_BuiltinFunction)


def repeat_count(w_n: W_Root) -> int:
    """The count of `seq * n`, or -1 if n is not an index (the caller
    returns NotImplemented or raises)."""
    if not has_index(w_n):
        return -1
    n = getindex_w(w_n)
    return n if n > 0 else 0


def cant_multiply(w_n: W_Root) -> Exception:
    return operr(w_TypeError, "can't multiply sequence by non-int of type '%s'" % type_name(w_n))


def cant_rmultiply(w_seq: W_Root, w_n: W_Root) -> Exception:
    """`w_n * w_seq`, w_n not an index: when w_n is itself a built-in
    sequence, CPython reports its repeat failing on w_seq."""
    w_mul = space.lookup(w_n, "__mul__")
    if isinstance(w_mul, W_BuiltinFunction) and space.lookup(w_n, "__getitem__") is not None:
        return cant_multiply(w_seq)
    return cant_multiply(w_n)


def tuple_mul(slots: list[W_Root | None]) -> W_Root:
    w_t = tuple_w(slots[0], "__mul__")
    w_n = _arg(slots, 1)
    n = repeat_count(w_n)
    if n < 0:
        if user_defines(w_n, "__rmul__"):
            return w_NotImplemented
        raise cant_multiply(w_n)
    if n == 1 and w_t.getclass() is w_tuple_type:
        return w_t
    if n == 0 or len(w_t.items_w) == 0:
        return EMPTY_TUPLE
    check_repeat_size(len(w_t.items_w), n)
    return W_TupleObject(w_t.items_w * n)


def tuple_rmul(slots: list[W_Root | None]) -> W_Root:
    w_t = tuple_w(slots[0], "__rmul__")
    w_n = _arg(slots, 1)
    n = repeat_count(w_n)
    if n < 0:
        raise cant_rmultiply(w_t, w_n)
    if n == 1 and w_t.getclass() is w_tuple_type:
        return w_t
    if n == 0 or len(w_t.items_w) == 0:
        return EMPTY_TUPLE
    check_repeat_size(len(w_t.items_w), n)
    return W_TupleObject(w_t.items_w * n)


def check_repeat_size(length: int, n: int) -> None:
    if length > 0 and n > MAXINT // length:
        raise operr_noarg(w_MemoryError)


def tuple_count(slots: list[W_Root | None]) -> W_Root:
    w_t = tuple_w(slots[0], "count")
    w_value = _arg(slots, 1)
    count = 0
    for w_item in w_t.items_w:
        if space.eq_w(w_item, w_value):
            count += 1
    return intobject.wrap_int(count)


def tuple_index(slots: list[W_Root | None]) -> W_Root:
    w_t = tuple_w(slots[0], "index")
    w_value = _arg(slots, 1)
    n = len(w_t.items_w)
    start = index_arg(slots[2], 0)
    stop = index_arg(slots[3], MAXINT)
    if start < 0:
        start += n
        if start < 0:
            start = 0
    if stop < 0:
        stop += n
    elif stop > n:
        stop = n
    i = start
    while i < stop:
        if space.eq_w(w_t.items_w[i], w_value):
            return intobject.wrap_int(i)
        i += 1
    raise operr(w_ValueError, "tuple.index(x): x not in tuple")


def _tuple_compare(slots: list[W_Root | None], op: int) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    if not isinstance(w_a, W_TupleObject) or not isinstance(w_b, W_TupleObject):
        return w_NotImplemented
    return compare_items(w_a.items_w, w_b.items_w, op)


def tuple_getnewargs(slots: list[W_Root | None]) -> W_Root:
    w_t = tuple_w(slots[0], "__getnewargs__")
    return W_TupleObject([W_TupleObject(list(w_t.items_w))])


register_raw(w_tuple_type, "__new__", tuple_new)
register(w_tuple_type, "__repr__(self, /)", tuple_repr)
register(w_tuple_type, "__len__(self, /)", tuple_len)
register(w_tuple_type, "__hash__(self, /)", tuple_hash)
register(w_tuple_type, "__getitem__(self, key, /)", tuple_getitem)
register(w_tuple_type, "__contains__(self, key, /)", tuple_contains)
register(w_tuple_type, "__iter__(self, /)", tuple_iter)
register(w_tuple_type, "__add__(self, value, /)", tuple_add)
register(w_tuple_type, "__mul__(self, value, /)", tuple_mul)
register(w_tuple_type, "__rmul__(self, value, /)", tuple_rmul)
register(w_tuple_type, "count(self, value, /)", tuple_count)
register(w_tuple_type, "index(self, value, start=, stop=, /)", tuple_index)
register_comparisons(w_tuple_type, _tuple_compare)
register(w_tuple_type, "__getnewargs__(self, /)", tuple_getnewargs)


# at the end: listobject imports this module
from ouro.objspace import listobject  # noqa: E402
