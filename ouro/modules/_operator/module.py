"""The `_operator` module: the function forms of the operators and the
itemgetter / attrgetter / methodcaller types, as CPython 3.11's
Modules/_operator.c.  operator.py does `from _operator import *`, so these
replace its pure-Python definitions (the names not defined here keep
them)."""
from __future__ import annotations

from typing import Callable

from ouro.compiler.opcodes import (NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_INPLACE, NB_LSHIFT,
                                   NB_MATRIX_MULTIPLY, NB_MULTIPLY, NB_OR, NB_POWER,
                                   NB_REMAINDER, NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR)
from ouro.interpreter import importing
from ouro.interpreter.module import W_Module
from ouro.modules.math.args import clinic_args, module_type, no_kwargs
from ouro.objspace import intobject, space
from ouro.objspace.bytesobject import buffer_or_none
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import OperationError, operr, w_TypeError, w_ValueError
from ouro.objspace.gateway import W_BuiltinFunction, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name, w_None, \
    w_NotImplemented
from ouro.objspace.strobject import W_StrObject, is_ascii
from ouro.objspace.tupleobject import W_TupleObject, repr_enter, repr_leave

FUNCTIONS: list[W_BuiltinFunction] = []


class W_BinaryOp(W_BuiltinFunction):
    """operator.add and friends: a BINARY_OP number."""
    num: int

    def __init__(self, name: str, num: int) -> None:
        W_BuiltinFunction.__init__(self, name, None)
        self.num = num

    def call_unbound(self, args: Arguments) -> W_Root:
        args_w = clinic_args(args, "_operator." + self.name, self.name, 2, 2)
        return space.binary_op(args_w[0], args_w[1], self.num)

    def copy(self) -> W_BuiltinFunction:
        return W_BinaryOp(self.name, self.num)


class W_CompareOp(W_BuiltinFunction):
    op: int

    def __init__(self, name: str, op: int) -> None:
        W_BuiltinFunction.__init__(self, name, None)
        self.op = op

    def call_unbound(self, args: Arguments) -> W_Root:
        args_w = clinic_args(args, "_operator." + self.name, self.name, 2, 2)
        return space.richcompare(args_w[0], args_w[1], self.op)

    def copy(self) -> W_BuiltinFunction:
        return W_CompareOp(self.name, self.op)


BINARY = [("add", NB_ADD), ("sub", NB_SUBTRACT), ("mul", NB_MULTIPLY),
          ("truediv", NB_TRUE_DIVIDE), ("floordiv", NB_FLOOR_DIVIDE), ("mod", NB_REMAINDER),
          ("pow", NB_POWER), ("lshift", NB_LSHIFT), ("rshift", NB_RSHIFT), ("and_", NB_AND),
          ("or_", NB_OR), ("xor", NB_XOR), ("matmul", NB_MATRIX_MULTIPLY)]
for _name, _num in BINARY:
    FUNCTIONS.append(W_BinaryOp(_name, _num))
    _iname = "i" + (_name[:-1] if _name.endswith("_") else _name)
    FUNCTIONS.append(W_BinaryOp(_iname, NB_INPLACE + _num))
for _name, _op in [("lt", 0), ("le", 1), ("eq", 2), ("ne", 3), ("gt", 4), ("ge", 5)]:
    FUNCTIONS.append(W_CompareOp(_name, _op))


def fn(name: str, raw: Callable[[Arguments], W_Root]) -> None:
    FUNCTIONS.append(register_raw(None, name, raw))


def one(args: Arguments, name: str) -> W_Root:
    return clinic_args(args, "_operator." + name, name, 1, 1)[0]


def two(args: Arguments, name: str) -> list[W_Root]:
    return clinic_args(args, "_operator." + name, name, 2, 2)


def op_neg(args: Arguments) -> W_Root:
    return space.unary_op(one(args, "neg"), "__neg__", "-")


def op_pos(args: Arguments) -> W_Root:
    return space.unary_op(one(args, "pos"), "__pos__", "+")


def op_invert(args: Arguments) -> W_Root:
    return space.unary_op(one(args, "invert"), "__invert__", "~")


def op_inv(args: Arguments) -> W_Root:
    return space.unary_op(one(args, "inv"), "__invert__", "~")


def op_abs(args: Arguments) -> W_Root:
    w_a = one(args, "abs")
    w_res = space.call_special(w_a, "__abs__", [])
    if w_res is None:
        raise operr(w_TypeError, "bad operand type for abs(): '%s'" % type_name(w_a))
    return w_res


def op_not(args: Arguments) -> W_Root:
    return space.wrap_bool(not space.is_true(one(args, "not_")))


def op_truth(args: Arguments) -> W_Root:
    return space.wrap_bool(space.is_true(one(args, "truth")))


def op_is(args: Arguments) -> W_Root:
    args_w = two(args, "is_")
    return space.wrap_bool(space.is_w(args_w[0], args_w[1]))


def op_is_not(args: Arguments) -> W_Root:
    args_w = two(args, "is_not")
    return space.wrap_bool(not space.is_w(args_w[0], args_w[1]))


def op_index(args: Arguments) -> W_Root:
    return intobject.exact_int(space.index(one(args, "index")))


def is_sequence(w: W_Root) -> bool:
    """PySequence_Check."""
    if isinstance(w, W_DictObject):
        return False
    return space.lookup(w, "__getitem__") is not None


def op_concat(args: Arguments) -> W_Root:
    args_w = two(args, "concat")
    w_a = args_w[0]
    if not is_sequence(w_a):
        raise operr(w_TypeError, "'%s' object can't be concatenated" % type_name(w_a))
    return space.binary_op(w_a, args_w[1], NB_ADD)


def op_iconcat(args: Arguments) -> W_Root:
    args_w = two(args, "iconcat")
    w_a = args_w[0]
    if not is_sequence(w_a):
        raise operr(w_TypeError, "'%s' object can't be concatenated" % type_name(w_a))
    return space.binary_op(w_a, args_w[1], NB_INPLACE + NB_ADD)


def op_contains(args: Arguments) -> W_Root:
    args_w = two(args, "contains")
    w_a = args_w[0]
    if space.lookup(w_a, "__contains__") is None and space.lookup(w_a, "__iter__") is None \
            and space.lookup(w_a, "__getitem__") is None:
        raise operr(w_TypeError, "argument of type '%s' is not iterable" % type_name(w_a))
    return space.wrap_bool(space.contains(w_a, args_w[1]))


def op_countOf(args: Arguments) -> W_Root:
    args_w = two(args, "countOf")
    w_it = space.iter(args_w[0])
    n = 0
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            return wrap_int(n)
        if space.eq_w(w_x, args_w[1]):
            n += 1


def op_indexOf(args: Arguments) -> W_Root:
    args_w = two(args, "indexOf")
    w_it = space.iter(args_w[0])
    n = 0
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            raise operr(w_ValueError, "sequence.index(x): x not in sequence")
        if space.eq_w(w_x, args_w[1]):
            return wrap_int(n)
        n += 1


def op_getitem(args: Arguments) -> W_Root:
    args_w = two(args, "getitem")
    return space.getitem(args_w[0], args_w[1])


def op_setitem(args: Arguments) -> W_Root:
    args_w = clinic_args(args, "_operator.setitem", "setitem", 3, 3)
    space.setitem(args_w[0], args_w[1], args_w[2])
    return w_None


def op_delitem(args: Arguments) -> W_Root:
    args_w = two(args, "delitem")
    space.delitem(args_w[0], args_w[1])
    return w_None


def op_length_hint(args: Arguments) -> W_Root:
    args_w = clinic_args(args, "_operator.length_hint", "length_hint", 1, 2)
    w_obj = args_w[0]
    default = 0
    if len(args_w) == 2:
        w_d = args_w[1]
        if not intobject.is_int(w_d):
            raise operr(w_TypeError, "'%s' object cannot be interpreted as an integer"
                        % type_name(w_d))
        default = intobject.int_w(w_d)
    if space.lookup(w_obj, "__len__") is not None:
        try:
            return wrap_int(space.len_w(w_obj))
        except OperationError as e:
            if not e.match(w_TypeError):
                raise
    w_hint = space.lookup(w_obj, "__length_hint__")
    if w_hint is None:
        return wrap_int(default)
    try:
        w_res = space.call_function(w_hint, [w_obj])
    except OperationError as e:
        if not e.match(w_TypeError):
            raise
        return wrap_int(default)
    if w_res is w_NotImplemented:
        return wrap_int(default)
    if not intobject.is_int(w_res):
        raise operr(w_TypeError, "__length_hint__ must be an integer, not %s"
                    % type_name(w_res))
    n = intobject.int_w(w_res)
    if n < 0:
        raise operr(w_ValueError, "__length_hint__() should return >= 0")
    return wrap_int(n)


def op_call(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "call() missing 1 required positional argument: 'obj'")
    return space.call_args(args.args_w[0], Arguments(args.args_w[1:], args.kw_names,
                                                     args.kw_values_w))


def op_compare_digest(args: Arguments) -> W_Root:
    """`_compare_digest(a, b)` (hmac.compare_digest): two ASCII strs or two
    bytes-like objects, compared in time independent of where they differ."""
    a_w = two(args, "_compare_digest")
    w_a = a_w[0]
    w_b = a_w[1]
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        if not (is_ascii(w_a.as_str()) and is_ascii(w_b.as_str())):
            raise operr(w_TypeError, "comparing strings with non-ASCII characters is not supported")
        a = bytes([ord(c) for c in w_a.as_str()])
        b = bytes([ord(c) for c in w_b.as_str()])
    else:
        buf_a = buffer_or_none(w_a)
        buf_b = buffer_or_none(w_b)
        if buf_a is None and buf_b is None:
            raise operr(w_TypeError, "unsupported operand types(s) or combination of types: "
                        "'%s' and '%s'" % (type_name(w_a), type_name(w_b)))
        if buf_a is None:
            raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w_a))
        if buf_b is None:
            raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w_b))
        a = buf_a
        b = buf_b
    # every byte of b is looked at, whatever the length of a
    result = 0 if len(a) == len(b) else 1
    left = a if len(a) == len(b) else b
    for i in range(len(b)):
        result |= left[i] ^ b[i]
    return space.wrap_bool(result == 0)


fn("neg", op_neg)
fn("pos", op_pos)
fn("invert", op_invert)
fn("inv", op_inv)
fn("abs", op_abs)
fn("not_", op_not)
fn("truth", op_truth)
fn("is_", op_is)
fn("is_not", op_is_not)
fn("index", op_index)
fn("concat", op_concat)
fn("iconcat", op_iconcat)
fn("contains", op_contains)
fn("countOf", op_countOf)
fn("indexOf", op_indexOf)
fn("getitem", op_getitem)
fn("setitem", op_setitem)
fn("delitem", op_delitem)
fn("length_hint", op_length_hint)
fn("call", op_call)
fn("_compare_digest", op_compare_digest)


# -- itemgetter, attrgetter, methodcaller

w_itemgetter_type = module_type("operator", "itemgetter")
w_attrgetter_type = module_type("operator", "attrgetter")
w_methodcaller_type = module_type("operator", "methodcaller")


class W_ItemGetter(W_Root):
    items_w: list[W_Root]

    def __init__(self, items_w: list[W_Root]) -> None:
        self.items_w = items_w

    def getclass(self) -> W_TypeObject:
        return w_itemgetter_type

    def call_args(self, args: Arguments) -> W_Root:
        w_obj = clinic_args(args, "itemgetter", "itemgetter", 1, 1)[0]
        if len(self.items_w) == 1:
            return space.getitem(w_obj, self.items_w[0])
        return W_TupleObject([space.getitem(w_obj, w_i) for w_i in self.items_w])


class W_AttrGetter(W_Root):
    attrs: list[list[str]]        # each name split at the dots
    attrs_w: list[W_Root]         # as given, for repr

    def __init__(self, attrs: list[list[str]], attrs_w: list[W_Root]) -> None:
        self.attrs = attrs
        self.attrs_w = attrs_w

    def getclass(self) -> W_TypeObject:
        return w_attrgetter_type

    def call_args(self, args: Arguments) -> W_Root:
        w_obj = clinic_args(args, "attrgetter", "attrgetter", 1, 1)[0]
        if len(self.attrs) == 1:
            return dotted_getattr(w_obj, self.attrs[0])
        return W_TupleObject([dotted_getattr(w_obj, names) for names in self.attrs])


def dotted_getattr(w_obj: W_Root, names: list[str]) -> W_Root:
    for name in names:
        w_obj = space.getattr(w_obj, name)
    return w_obj


class W_MethodCaller(W_Root):
    w_name: W_Root
    name: str
    args_w: list[W_Root]
    kw_names: list[str]
    kw_values_w: list[W_Root]

    def __init__(self, w_name: W_Root, name: str, args_w: list[W_Root], kw_names: list[str],
                 kw_values_w: list[W_Root]) -> None:
        self.w_name = w_name
        self.name = name
        self.args_w = args_w
        self.kw_names = kw_names
        self.kw_values_w = kw_values_w

    def getclass(self) -> W_TypeObject:
        return w_methodcaller_type

    def call_args(self, args: Arguments) -> W_Root:
        w_obj = clinic_args(args, "methodcaller", "methodcaller", 1, 1)[0]
        w_meth = space.getattr(w_obj, self.name)
        return space.call_args(w_meth, Arguments(list(self.args_w), self.kw_names,
                                                 self.kw_values_w))


def itemgetter_new(args: Arguments) -> W_Root:
    no_kwargs(args, "itemgetter")
    items_w = args.args_w[1:]
    if len(items_w) == 0:
        raise operr(w_TypeError, "itemgetter expected 1 argument, got 0")
    return W_ItemGetter(items_w)


def attrgetter_new(args: Arguments) -> W_Root:
    no_kwargs(args, "attrgetter")
    attrs_w = args.args_w[1:]
    if len(attrs_w) == 0:
        raise operr(w_TypeError, "attrgetter expected 1 argument, got 0")
    attrs: list[list[str]] = []
    for w_a in attrs_w:
        if not isinstance(w_a, W_StrObject):
            raise operr(w_TypeError, "attribute name must be a string")
        attrs.append(w_a.as_str().split("."))
    return W_AttrGetter(attrs, attrs_w)


def methodcaller_new(args: Arguments) -> W_Root:
    if len(args.args_w) < 2:
        raise operr(w_TypeError, "methodcaller needs at least one argument, the method name")
    w_name = args.args_w[1]
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "method name must be a string")
    return W_MethodCaller(w_name, w_name.as_str(), args.args_w[2:], args.kw_names,
                          args.kw_values_w)


def _self(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "descriptor '__call__' needs an argument")
    return args.args_w[0]


def getter_call(args: Arguments) -> W_Root:
    w_self = _self(args)
    return w_self.call_args(Arguments(args.args_w[1:], args.kw_names, args.kw_values_w))


def _repr_args(items_w: list[W_Root]) -> str:
    return ", ".join([space.repr_str(w) for w in items_w])


def itemgetter_repr(args: Arguments) -> W_Root:
    w_self = _self(args)
    assert isinstance(w_self, W_ItemGetter)
    if not repr_enter(w_self):
        return space.wrap_str("operator.itemgetter(...)")
    try:
        s = "operator.itemgetter(%s)" % _repr_args(w_self.items_w)
    finally:
        repr_leave(w_self)
    return space.wrap_str(s)


def attrgetter_repr(args: Arguments) -> W_Root:
    w_self = _self(args)
    assert isinstance(w_self, W_AttrGetter)
    return space.wrap_str("operator.attrgetter(%s)" % _repr_args(w_self.attrs_w))


def methodcaller_repr(args: Arguments) -> W_Root:
    w_self = _self(args)
    assert isinstance(w_self, W_MethodCaller)
    if not repr_enter(w_self):
        return space.wrap_str("operator.methodcaller(...)")
    try:
        parts = [space.repr_str(w_self.w_name)]
        for w_a in w_self.args_w:
            parts.append(space.repr_str(w_a))
        k = 0
        while k < len(w_self.kw_names):
            parts.append("%s=%s" % (w_self.kw_names[k], space.repr_str(w_self.kw_values_w[k])))
            k += 1
        s = "operator.methodcaller(%s)" % ", ".join(parts)
    finally:
        repr_leave(w_self)
    return space.wrap_str(s)


def itemgetter_reduce(args: Arguments) -> W_Root:
    w_self = _self(args)
    assert isinstance(w_self, W_ItemGetter)
    return W_TupleObject([w_itemgetter_type, W_TupleObject(list(w_self.items_w))])


def attrgetter_reduce(args: Arguments) -> W_Root:
    w_self = _self(args)
    assert isinstance(w_self, W_AttrGetter)
    return W_TupleObject([w_attrgetter_type, W_TupleObject(list(w_self.attrs_w))])


def methodcaller_reduce(args: Arguments) -> W_Root:
    """(methodcaller, (name, *args)), or without keyword arguments
    (functools.partial(methodcaller, name, **kwargs), args), as CPython's."""
    w_self = _self(args)
    if not isinstance(w_self, W_MethodCaller):
        raise operr(w_TypeError, "descriptor '__reduce__' for 'operator.methodcaller' objects "
                    "doesn't apply to a '%s' object" % type_name(w_self))
    if len(w_self.kw_names) == 0:
        newargs_w: list[W_Root] = [w_self.w_name]
        for w_a in w_self.args_w:
            newargs_w.append(w_a)
        return W_TupleObject([w_methodcaller_type, W_TupleObject(newargs_w)])
    w_partial = space.getattr(importing.import_one("functools"), "partial")
    w_constructor = space.call_args(w_partial, Arguments(
        [w_methodcaller_type, w_self.w_name], list(w_self.kw_names), list(w_self.kw_values_w)))
    return W_TupleObject([w_constructor, W_TupleObject(list(w_self.args_w))])


register_raw(w_itemgetter_type, "__new__", itemgetter_new)
register_raw(w_attrgetter_type, "__new__", attrgetter_new)
register_raw(w_methodcaller_type, "__new__", methodcaller_new)
for _t in [w_itemgetter_type, w_attrgetter_type, w_methodcaller_type]:
    register_raw(_t, "__call__", getter_call)
register_raw(w_itemgetter_type, "__repr__", itemgetter_repr)
register_raw(w_attrgetter_type, "__repr__", attrgetter_repr)
register_raw(w_methodcaller_type, "__repr__", methodcaller_repr)
register_raw(w_itemgetter_type, "__reduce__", itemgetter_reduce)
register_raw(w_attrgetter_type, "__reduce__", attrgetter_reduce)
register_raw(w_methodcaller_type, "__reduce__", methodcaller_reduce)


def make_module() -> W_Module:
    w_mod = W_Module("_operator", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(w_f.name, w_f)
    d.setitem_str("itemgetter", w_itemgetter_type)
    d.setitem_str("attrgetter", w_attrgetter_type)
    d.setitem_str("methodcaller", w_methodcaller_type)
    d.setitem_str("__doc__", space.wrap_str(
        "Operator interface.\n\nThis module exports a set of functions implemented in C "
        "corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)"
        "\nis equivalent to the expression x+y.  The function names are those\nused for "
        "special methods; variants without leading and trailing\n'__' are also provided for "
        "convenience."))
    return w_mod
