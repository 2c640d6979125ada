"""The built-in iterator types enumerate, zip (strict=), map, filter and
reversed: types whose __new__ builds the iterator, with the iter_next
fast path (ouro/objspace/model.py) and CPython 3.11's messages.

They (and the itertools types) can be subclassed, as in CPython: an
instance of a Python subclass is a W_IterUser, which holds its class, its
instance attributes and the plain built-in iterator doing the work (so that
the plain iterators do not grow).  W_IterUser has no iter_next fast path:
the generic protocol calls its class's `__next__`, a Python override or
the built-in `builtin_next`, which steps the wrapped iterator (so
`super().__next__()` works too)."""
from __future__ import annotations

from rpy.rlib.rarithmetic import MAXINT

from ouro.objspace import intobject, space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (OperationError, operr, operr_noarg, w_IndexError,
                                      w_StopIteration, w_TypeError, w_ValueError)
from ouro.objspace.gateway import register, register_raw, too_many_error
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (Arguments, W_Root, W_TypeObject, make_builtin_type, type_name,
                                 w_None, w_object_type)
from ouro.objspace.tupleobject import W_TupleObject, iter_self


# -- subclasses of the built-in iterator types

class W_IterUser(W_Root):
    """An instance of a Python subclass of a built-in iterator type."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap
    w_iter: W_Root          # the plain built-in iterator

    def __init__(self, w_type: W_TypeObject, w_iter: W_Root) -> None:
        self.w_type = w_type
        self.attrs = W_ObjectWithMap()
        self.w_iter = w_iter

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

    # no iter_next: a subclass may override __next__


def unwrap_iter(w: W_Root) -> W_Root:
    """The built-in iterator of `self` of a built-in iterator type's method."""
    if isinstance(w, W_IterUser):
        return w.w_iter
    return w


def builtin_next(slots: list[W_Root | None]) -> W_Root:
    """__next__ of the subclassable built-in iterators: the iter_next of
    the (wrapped) built-in iterator."""
    w = slots[0]
    assert w is not None
    w_res = unwrap_iter(w).iter_next()
    if w_res is None or w_res is space.STOP:
        raise operr_noarg(w_StopIteration)
    return w_res


def subclassable_layout(w_t: W_TypeObject, layout: int) -> None:
    """Load time: w_t (a built-in iterator type) gets its own layout, which
    can be subclassed (and not combined with another's)."""
    w_t.layout = layout
    space.SUBCLASSABLE_LAYOUTS.append(layout)
    register(w_t, "__iter__(self, /)", iter_self)
    register(w_t, "__next__(self, /)", builtin_next)


def new_cls(args: Arguments, w_base: W_TypeObject, qualname: str) -> W_TypeObject:
    """The class (args.args_w[0]) a raw __new__ of w_base is asked to make
    an instance of; qualname names w_base in the messages."""
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "%s.__new__(): not enough arguments" % qualname)
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "%s.__new__(X): X is not a type object (%s)"
                    % (qualname, type_name(w_cls)))
    if not w_cls.issubtype(w_base):
        raise operr(w_TypeError, "%s.__new__(%s): %s is not a subtype of %s"
                    % (qualname, w_cls.name, w_cls.name, qualname))
    return w_cls


def checks_no_keywords(w_cls: W_TypeObject, w_base: W_TypeObject) -> bool:
    """CPython's `type == base || type->tp_init == base->tp_init` before
    _PyArg_NoKeywords: a subclass with its own __init__ may take keyword
    arguments (the built-in __new__ ignores them)."""
    return w_cls is w_base or w_cls.lookup("__init__") is w_base.lookup("__init__")


def new_instance(w_cls: W_TypeObject, w_base: W_TypeObject, w_iter: W_Root) -> W_Root:
    """The result of w_base's __new__ for class w_cls: the built-in
    iterator itself, or an instance of the subclass wrapping it."""
    if w_cls is w_base:
        return w_iter
    return W_IterUser(w_cls, w_iter)


LAYOUT_ENUMERATE = 150
LAYOUT_ZIP = 151
LAYOUT_MAP = 152
LAYOUT_FILTER = 153
LAYOUT_REVERSED = 154
w_enumerate_type = make_builtin_type("enumerate", [w_object_type], LAYOUT_ENUMERATE)
w_zip_type = make_builtin_type("zip", [w_object_type], LAYOUT_ZIP)
w_map_type = make_builtin_type("map", [w_object_type], LAYOUT_MAP)
w_filter_type = make_builtin_type("filter", [w_object_type], LAYOUT_FILTER)
w_reversed_type = make_builtin_type("reversed", [w_object_type], LAYOUT_REVERSED)


class W_Enumerate(W_Root):
    w_iter: W_Root
    index: int
    w_longindex: W_Root | None      # the index beyond a machine word (CPython's en_longindex)

    def __init__(self, w_iter: W_Root, index: int) -> None:
        self.w_iter = w_iter
        self.index = index
        self.w_longindex = None

    def getclass(self) -> W_TypeObject:
        return w_enumerate_type

    def iter_next(self) -> W_Root | None:
        w_item = space.next_or_none(self.w_iter)
        if w_item is None:
            return space.STOP
        i = self.index
        if self.w_longindex is not None or i == MAXINT:
            w_i = self.w_longindex
            if w_i is None:
                w_i = intobject.wrap_int(i)
            self.w_longindex = space.binary_op(w_i, intobject.wrap_int(1), 0)
            return W_TupleObject([w_i, w_item])
        self.index = i + 1
        return W_TupleObject([intobject.wrap_int(i), w_item])

    def w_index(self) -> W_Root:
        """The next index (enumerate's __reduce__)."""
        w_i = self.w_longindex
        if w_i is not None:
            return w_i
        return intobject.wrap_int(self.index)


class W_Zip(W_Root):
    iters_w: list[W_Root]
    strict: bool

    def __init__(self, iters_w: list[W_Root], strict: bool) -> None:
        self.iters_w = iters_w
        self.strict = strict

    def getclass(self) -> W_TypeObject:
        return w_zip_type

    def iter_next(self) -> W_Root | None:
        n = len(self.iters_w)
        if n == 0:
            return space.STOP
        items_w: list[W_Root] = []
        i = 0
        while i < n:
            w_item = space.next_or_none(self.iters_w[i])
            if w_item is None:
                if self.strict:
                    self.check_strict(i)
                return space.STOP
            items_w.append(w_item)
            i += 1
        return W_TupleObject(items_w)

    def check_strict(self, i: int) -> None:
        """Iterator i is exhausted: all the others must be too."""
        if i > 0:
            plural = " " if i == 1 else "s 1-"
            raise operr(w_ValueError, "zip() argument %d is shorter than argument%s%d"
                        % (i + 1, plural, i))
        k = 1
        while k < len(self.iters_w):
            w_item = space.next_or_none(self.iters_w[k])
            if w_item is not None:
                plural = " " if k == 1 else "s 1-"
                raise operr(w_ValueError, "zip() argument %d is longer than argument%s%d"
                            % (k + 1, plural, k))
            k += 1


class W_Map(W_Root):
    w_func: W_Root
    iters_w: list[W_Root]

    def __init__(self, w_func: W_Root, iters_w: list[W_Root]) -> None:
        self.w_func = w_func
        self.iters_w = iters_w

    def getclass(self) -> W_TypeObject:
        return w_map_type

    def iter_next(self) -> W_Root | None:
        args_w: list[W_Root] = []
        for w_it in self.iters_w:
            w_item = space.next_or_none(w_it)
            if w_item is None:
                return space.STOP
            args_w.append(w_item)
        return space.call_function(self.w_func, args_w)


class W_Filter(W_Root):
    w_func: W_Root
    w_iter: W_Root

    def __init__(self, w_func: W_Root, w_iter: W_Root) -> None:
        self.w_func = w_func
        self.w_iter = w_iter

    def getclass(self) -> W_TypeObject:
        return w_filter_type

    def iter_next(self) -> W_Root | None:
        while True:
            w_item = space.next_or_none(self.w_iter)
            if w_item is None:
                return space.STOP
            if self.w_func is w_None:
                ok = space.is_true(w_item)
            else:
                ok = space.is_true(space.call_function(self.w_func, [w_item]))
            if ok:
                return w_item


class W_Reversed(W_Root):
    """reversed() of a sequence without __reversed__."""
    w_seq: W_Root | None
    index: int

    def __init__(self, w_seq: W_Root, index: int) -> None:
        self.w_seq = w_seq
        self.index = index

    def getclass(self) -> W_TypeObject:
        return w_reversed_type

    def iter_next(self) -> W_Root | None:
        w_seq = self.w_seq
        if w_seq is not None and self.index >= 0:
            try:
                w_item = w_seq.sq_item(self.index)      # PySequence_GetItem
                if w_item is None:
                    w_item = space.getitem(w_seq, intobject.wrap_int(self.index))
            except OperationError as e:
                if not (e.match(w_IndexError) or e.match(w_StopIteration)):
                    raise
            else:
                self.index -= 1
                return w_item
        self.index = -1
        self.w_seq = None
        return space.STOP


def enumerate_new(args: Arguments) -> W_Root:
    w_cls = new_cls(args, w_enumerate_type, "enumerate")
    nargs = len(args.args_w) - 1
    nkw = len(args.kw_names)
    if nargs + nkw > 2:
        raise operr(w_TypeError, "enumerate() takes at most 2 arguments (%d given)"
                    % (nargs + nkw))
    w_iterable: W_Root | None = args.args_w[1] if nargs >= 1 else None
    w_start: W_Root | None = args.args_w[2] if nargs >= 2 else None
    k = 0
    while k < nkw:
        name = args.kw_names[k]
        if name == "iterable" and nargs == 0 and w_iterable is None:
            w_iterable = args.kw_values_w[k]
        elif name == "start" and w_start is None and (nargs + nkw == 2):
            w_start = args.kw_values_w[k]
        else:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for enumerate()" % name)
        k += 1
    if w_iterable is None:
        raise operr(w_TypeError, "enumerate() missing required argument 'iterable'")
    start = 0
    w_long: W_Root | None = None
    if w_start is not None:
        w_i = space.index(w_start)
        if isinstance(w_i, intobject.W_IntObject):
            start = w_i.intval
        else:
            w_long = w_i
    w_en = W_Enumerate(space.iter(w_iterable), start)
    w_en.w_longindex = w_long
    return new_instance(w_cls, w_enumerate_type, w_en)


def zip_new(args: Arguments) -> W_Root:
    w_cls = new_cls(args, w_zip_type, "zip")
    strict = False
    if len(args.kw_names) > 1:
        raise too_many_error("zip", 0, len(args.kw_names), 1)
    k = 0
    while k < len(args.kw_names):
        name = args.kw_names[k]
        if name != "strict":
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for zip()" % name)
        strict = space.is_true(args.kw_values_w[k])
        k += 1
    iters_w: list[W_Root] = []
    i = 1
    while i < len(args.args_w):
        iters_w.append(space.iter(args.args_w[i]))
        i += 1
    return new_instance(w_cls, w_zip_type, W_Zip(iters_w, strict))


def map_new(args: Arguments) -> W_Root:
    w_cls = new_cls(args, w_map_type, "map")
    if args.has_keywords() and checks_no_keywords(w_cls, w_map_type):
        raise operr(w_TypeError, "map() takes no keyword arguments")
    if len(args.args_w) < 3:
        raise operr(w_TypeError, "map() must have at least two arguments.")
    iters_w: list[W_Root] = []
    i = 2
    while i < len(args.args_w):
        iters_w.append(space.iter(args.args_w[i]))
        i += 1
    return new_instance(w_cls, w_map_type, W_Map(args.args_w[1], iters_w))


def filter_new(args: Arguments) -> W_Root:
    w_cls = new_cls(args, w_filter_type, "filter")
    if args.has_keywords() and checks_no_keywords(w_cls, w_filter_type):
        raise operr(w_TypeError, "filter() takes no keyword arguments")
    n = len(args.args_w) - 1
    if n != 2:
        raise operr(w_TypeError, "filter expected 2 arguments, got %d" % n)
    return new_instance(w_cls, w_filter_type, W_Filter(args.args_w[1], space.iter(args.args_w[2])))


def reversed_new(args: Arguments) -> W_Root:
    w_cls = new_cls(args, w_reversed_type, "reversed")
    if args.has_keywords() and checks_no_keywords(w_cls, w_reversed_type):
        raise operr(w_TypeError, "reversed() takes no keyword arguments")
    n = len(args.args_w) - 1
    if n != 1:
        raise operr(w_TypeError, "reversed expected 1 argument, got %d" % n)
    w_seq = args.args_w[1]
    w_meth = space.lookup(w_seq, "__reversed__")
    if w_meth is w_None:
        raise operr(w_TypeError, "'%s' object is not reversible" % type_name(w_seq))
    if w_meth is not None:
        return space.call_function(w_meth, [w_seq])
    if isinstance(w_seq, W_DictObject) or space.lookup(w_seq, "__getitem__") is None:
        raise operr(w_TypeError, "'%s' object is not reversible" % type_name(w_seq))
    n = space.len_w(w_seq)
    return new_instance(w_cls, w_reversed_type, W_Reversed(w_seq, n - 1))


def reversed_length_hint(slots: list[W_Root | None]) -> W_Root:
    w_r = slots[0]
    assert w_r is not None
    w_r = unwrap_iter(w_r)
    assert isinstance(w_r, W_Reversed)
    w_seq = w_r.w_seq
    if w_seq is None:
        return intobject.wrap_int(0)
    size = space.len_w(w_seq)
    position = w_r.index + 1
    return intobject.wrap_int(0 if size < position else position)


register_raw(w_enumerate_type, "__new__", enumerate_new)
register_raw(w_zip_type, "__new__", zip_new)
register_raw(w_map_type, "__new__", map_new)
register_raw(w_filter_type, "__new__", filter_new)
register_raw(w_reversed_type, "__new__", reversed_new)
register(w_reversed_type, "__length_hint__(self, /)", reversed_length_hint)
for _t, _layout in [(w_enumerate_type, LAYOUT_ENUMERATE), (w_zip_type, LAYOUT_ZIP),
                   (w_map_type, LAYOUT_MAP), (w_filter_type, LAYOUT_FILTER),
                   (w_reversed_type, LAYOUT_REVERSED)]:
    subclassable_layout(_t, _layout)
