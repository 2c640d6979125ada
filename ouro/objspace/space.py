"""The generic protocols of the object space: what `o.x`, `f(a)`, `a + b`,
`a < b`, `iter(o)`, `hash(o)`, `str(o)`... do for any objects, by looking
up the special methods on their types, as CPython's abstract.c, object.c
and typeobject.c do.

Built-in types implement their special methods as built-in functions in
their namespace (ouro/objspace/gateway.py), user classes as Python
functions; the protocols here do not care which.  Fast paths for the
common built-in cases live in the eval loop, not here.
"""
from __future__ import annotations

from typing import Callable

from rpy.rlib.objectmodel import compute_unique_id
from rpy.rlib.rbigint import rbigint

from ouro.compiler.opcodes import BINARY_OPS, NB_INPLACE
from ouro.objspace.boolobject import W_BoolObject, w_False, w_True
from ouro.objspace.descriptors import W_Cell, W_ClassMethod, W_StaticMethod
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, operr_noarg,
                                      w_AttributeError, w_IndexError, w_OverflowError,
                                      w_DeprecationWarning, w_StopIteration, w_TypeError,
                                      w_ValueError)
from ouro.objspace.gateway import Arguments, W_BuiltinFunction, positional, register
from ouro.objspace import intobject
from ouro.objspace.intobject import W_IntObject, wrap_int
from ouro.objspace.intobject import w_int_type as w_int_type_
from ouro.objspace.listobject import W_ListObject, float_of, int_of, is_plain_float, is_plain_int
from ouro.objspace.model import (BUILTIN_TYPES, LAYOUT_ARRAY, LAYOUT_BYTEARRAY, LAYOUT_BYTES, LAYOUT_COMPLEX,
                                 LAYOUT_DESCR,
                                 LAYOUT_DICT, LAYOUT_FLOAT, LAYOUT_FROZENSET, LAYOUT_INT,
                                 LAYOUT_LIST, LAYOUT_OTHER, LAYOUT_SET, LAYOUT_STR, LAYOUT_TUPLE,
                                 W_Root, W_TypeObject,
                                 make_builtin_type, tp_name, type_name, w_None, w_NotImplemented,
                                 w_object_type)
from ouro.objspace.strobject import W_StrObject, w_str_type
from ouro.objspace.tupleobject import W_TupleObject

# -- wrapping


def wrap_str(s: str) -> W_Root:
    return W_StrObject(s)


def wrap_bool(b: bool) -> W_Root:
    return w_True if b else w_False


def newtuple(items_w: list[W_Root]) -> W_Root:
    return W_TupleObject(items_w)


def str_of_w(w: W_Root) -> str:
    """The RPy string of a str object (TypeError otherwise)."""
    if isinstance(w, W_StrObject):
        return w.as_str()
    raise operr(w_TypeError, "expected str, got %s" % type_name(w))


def str_w_or_none(w: W_Root) -> str | None:
    """The RPy string of a str object, None for anything else."""
    if isinstance(w, W_StrObject):
        return w.as_str()
    return None


def int_of_w(w: W_Root) -> int:
    """A machine int from an int-like object (__index__); OverflowError as
    CPython's when it does not fit."""
    return intobject.int_w(w)


def is_w(w_a: W_Root, w_b: W_Root) -> bool:
    """`a is b`.  The numbers lists store unboxed (listobject.is_plain_int
    and is_plain_float: exact ints, exact floats but NaNs) are compared by
    value, as in PyPy, since the same number may come back as another box;
    0.0 is not -0.0."""
    if w_a is w_b:
        return True
    if is_plain_int(w_a) and is_plain_int(w_b):
        return int_of(w_a) == int_of(w_b)
    if is_plain_float(w_a) and is_plain_float(w_b):
        x = float_of(w_a)
        y = float_of(w_b)
        return x == y and floatobject.is_negative(x) == floatobject.is_negative(y)
    return False


def compare_ints(a: int, b: int, op: int) -> bool:
    if op == 0:
        return a < b
    if op == 1:
        return a <= b
    if op == 2:
        return a == b
    if op == 3:
        return a != b
    if op == 4:
        return a > b
    return a >= b


# -- types and lookups

def type_of(w: W_Root) -> W_TypeObject:
    return w.getclass()


def lookup(w_obj: W_Root, name: str) -> W_Root | None:
    """A special method: looked up on the type, never the instance."""
    return w_obj.getclass().lookup(name)


def isinstance_w(w_obj: W_Root, w_type: W_TypeObject) -> bool:
    return w_obj.getclass().issubtype(w_type)


# -- descriptors

def get(w_descr: W_Root, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root:
    """`w_descr.__get__(w_obj, w_type)` if it is a descriptor, else itself."""
    bound = w_descr.descr_get(w_obj, w_type)
    if bound is not None:
        return bound
    w_get = lookup(w_descr, "__get__")
    if w_get is None:
        return w_descr
    w_inst: W_Root = w_obj if w_obj is not None else w_None
    return call_function(w_get, [w_descr, w_inst, w_type])


def has_get(w_descr: W_Root) -> bool:
    """A data descriptor without __get__ lets the instance's __dict__ win."""
    return w_descr.getclass().lookup("__get__") is not None


def is_data_descr(w_descr: W_Root) -> bool:
    w_t = w_descr.getclass()
    return w_t.lookup("__set__") is not None or w_t.lookup("__delete__") is not None


# -- attributes

def attribute_error(w_obj: W_Root, name: str) -> OperationError:
    """CPython's AttributeError, with `name` and `obj` set (for the "Did
    you mean" suggestion of tracebacks)."""
    if isinstance(w_obj, W_TypeObject):
        e = operr(w_AttributeError, "type object '%s' has no attribute '%s'" % (
            w_obj.name, name))
    else:
        e = operr(w_AttributeError, "'%s' object has no attribute '%s'" % (type_name(w_obj), name))
    e.w_value.setattr_in_map("name", W_StrObject(name))
    e.w_value.setattr_in_map("obj", w_obj)
    return e


def getattr(w_obj: W_Root, name: str) -> W_Root:
    w_type = w_obj.getclass()
    if w_type.getattr_version is not w_type.version:
        # cached per version: most types have neither hook, and then two
        # lookups per getattr() are saved
        w_ga = w_type.lookup("__getattribute__")
        w_type.plain_getattr = (w_ga is None or is_default_getattribute(w_ga)) and \
            w_type.lookup("__getattr__") is None
        w_type.getattr_version = w_type.version
    if w_type.plain_getattr:
        w_res = generic_getattr(w_obj, name)
        if w_res is not None:
            return w_res
        raise attribute_error(w_obj, name)
    w_ga = w_type.lookup("__getattribute__")
    if w_ga is not None and not is_default_getattribute(w_ga):
        try:
            return call_function(w_ga, [w_obj, wrap_str(name)])
        except OperationError as e:
            if not e.match(w_AttributeError):
                raise
            w_getattr = w_type.lookup("__getattr__")
            if w_getattr is None:
                raise
            return call_function(w_getattr, [w_obj, wrap_str(name)])
    w_getattr = w_type.lookup("__getattr__")
    if w_getattr is None:
        w_res = generic_getattr(w_obj, name)
        if w_res is not None:
            return w_res
        raise attribute_error(w_obj, name)
    try:
        w_res = generic_getattr(w_obj, name)
        if w_res is not None:
            return w_res
    except OperationError as e:
        if not e.match(w_AttributeError):
            raise
    return call_function(w_getattr, [w_obj, wrap_str(name)])


DEFAULT_GETATTRIBUTE: list[W_Root] = []


def is_default_getattribute(w_ga: W_Root) -> bool:
    for w in DEFAULT_GETATTRIBUTE:
        if w is w_ga:
            return True
    return False


def generic_getattr(w_obj: W_Root, name: str) -> W_Root | None:
    """object.__getattribute__ (and type.__getattribute__ for types), or
    None where it would raise AttributeError."""
    if isinstance(w_obj, W_TypeObject):
        return type_getattr(w_obj, name)
    w_type = w_obj.getclass()
    w_descr = w_type.lookup(name)
    if w_descr is not None and is_data_descr(w_descr) and has_get(w_descr):
        return get(w_descr, w_obj, w_type)
    w_value = w_obj.getdictvalue(name)
    if w_value is not None:
        return w_value
    if w_descr is not None:
        return get(w_descr, w_obj, w_type)
    return None


def type_getattr(w_type: W_TypeObject, name: str) -> W_Root | None:
    w_meta = w_type.getclass()
    w_meta_attr = w_meta.lookup(name)
    if w_meta_attr is not None and is_data_descr(w_meta_attr):
        return get(w_meta_attr, w_type, w_meta)
    w_attr = w_type.lookup(name)
    if w_attr is not None:
        # functions stay functions on the class; other descriptors are asked
        return get_from_class(w_attr, w_type)
    if w_meta_attr is not None:
        return get(w_meta_attr, w_type, w_meta)
    return None


def get_from_class(w_attr: W_Root, w_type: W_TypeObject) -> W_Root:
    bound = w_attr.descr_get_class(w_type)
    if bound is not None:
        return bound
    w_get = lookup(w_attr, "__get__")
    if w_get is None:
        return w_attr
    return call_function(w_get, [w_attr, w_None, w_type])


def setattr(w_obj: W_Root, name: str, w_value: W_Root) -> None:
    w_type = w_obj.getclass()
    w_sa = w_type.lookup("__setattr__")
    if w_sa is not None and not is_default_setattr(w_sa):
        call_function(w_sa, [w_obj, wrap_str(name), w_value])
        return
    generic_setattr(w_obj, name, w_value)


DEFAULT_SETATTR: list[W_Root] = []


def is_default_setattr(w_sa: W_Root) -> bool:
    for w in DEFAULT_SETATTR:
        if w is w_sa:
            return True
    return False


def generic_setattr(w_obj: W_Root, name: str, w_value: W_Root) -> None:
    if isinstance(w_obj, W_TypeObject):
        type_setattr(w_obj, name, w_value)
        return
    w_type = w_obj.getclass()
    w_descr = w_type.lookup(name)
    if w_descr is not None:
        w_set = lookup(w_descr, "__set__")
        if w_set is not None:
            call_function(w_set, [w_descr, w_obj, w_value])
            return
    if w_type.hasdict and w_obj.setdictvalue(name, w_value):
        return
    if w_descr is None:
        raise operr(w_AttributeError, "'%s' object has no attribute '%s'" % (
            type_name(w_obj), name))
    raise operr(w_AttributeError, "'%s' object attribute '%s' is read-only" % (
        type_name(w_obj), name))


def type_setattr(w_type: W_TypeObject, name: str, w_value: W_Root) -> None:
    if not w_type.is_heaptype:
        raise operr(w_TypeError, "cannot set '%s' attribute of immutable type '%s'" % (
            name, w_type.name))
    w_meta = w_type.getclass()
    w_descr = w_meta.lookup(name)
    if w_descr is not None:
        w_set = lookup(w_descr, "__set__")
        if w_set is not None:
            call_function(w_set, [w_descr, w_type, w_value])
            return
    w_type.dict_w[name] = w_value
    w_type.mutated()


def delattr(w_obj: W_Root, name: str) -> None:
    w_type = w_obj.getclass()
    w_da = w_type.lookup("__delattr__")
    if w_da is not None and not is_default_delattr(w_da):
        call_function(w_da, [w_obj, wrap_str(name)])
        return
    generic_delattr(w_obj, name)


DEFAULT_DELATTR: list[W_Root] = []


def is_default_delattr(w_da: W_Root) -> bool:
    for w in DEFAULT_DELATTR:
        if w is w_da:
            return True
    return False


def generic_delattr(w_obj: W_Root, name: str) -> None:
    if isinstance(w_obj, W_TypeObject):
        if not w_obj.is_heaptype:
            raise operr(w_TypeError, "cannot delete '%s' attribute of immutable type '%s'" % (
                name, w_obj.name))
        if name not in w_obj.dict_w:
            raise operr(w_AttributeError, "type object '%s' has no attribute '%s'" % (
                w_obj.name, name))
        del w_obj.dict_w[name]
        w_obj.mutated()
        return
    w_type = w_obj.getclass()
    w_descr = w_type.lookup(name)
    if w_descr is not None:
        w_del = lookup(w_descr, "__delete__")
        if w_del is not None:
            call_function(w_del, [w_descr, w_obj])
            return
    if w_obj.deldictvalue(name):
        return
    if w_descr is not None and not w_type.hasdict:
        raise operr(w_AttributeError, "'%s' object attribute '%s' is read-only" % (
            type_name(w_obj), name))
    raise attribute_error(w_obj, name)


def newdict() -> W_Root:
    return W_DictObject()


def dict_getitem_str(w_dict: W_Root, name: str) -> W_Root | None:
    assert isinstance(w_dict, W_DictObject)
    return w_dict.getitem_str(name)


def dict_setitem_str(w_dict: W_Root, name: str, w_value: W_Root) -> None:
    assert isinstance(w_dict, W_DictObject)
    w_dict.setitem_str(name, w_value)


def dict_delitem_str(w_dict: W_Root, name: str) -> bool:
    assert isinstance(w_dict, W_DictObject)
    return w_dict.delitem(wrap_str(name))


# -- calls

def call_args(w_callable: W_Root, args: Arguments) -> W_Root:
    return w_callable.call_args(args)


def call_function(w_callable: W_Root, args_w: list[W_Root]) -> W_Root:
    return w_callable.call_args(positional(args_w))


def call_method(w_obj: W_Root, name: str, args_w: list[W_Root]) -> W_Root:
    w_meth = getattr(w_obj, name)
    return call_function(w_meth, args_w)


def call_special(w_obj: W_Root, name: str, args_w: list[W_Root]) -> W_Root | None:
    """Calls the special method `name` found on the type (bound to w_obj),
    or returns None if the type has none."""
    w_meth = lookup(w_obj, name)
    if w_meth is None:
        return None
    return call_found_special(w_meth, w_obj, args_w)


def call_found_special(w_meth: W_Root, w_obj: W_Root, args_w: list[W_Root]) -> W_Root:
    """Calls w_meth, which `lookup(w_obj, name)` found, bound to w_obj: a
    function gets w_obj first, anything else goes through its `__get__`
    (a staticmethod, a callable object, a descriptor that raises), as
    CPython's slot functions do (lookup_maybe_method)."""
    if not w_meth.binds_as_method():
        return call_function(get(w_meth, w_obj, w_obj.getclass()), args_w)
    full = [w_obj]
    for w in args_w:
        full.append(w)
    return call_function(w_meth, full)


def call_dunder_call(w_obj: W_Root, args: Arguments) -> W_Root:
    """Default `call_args`: the type's `__call__`."""
    w_call = lookup(w_obj, "__call__")
    if w_call is None:
        raise operr(w_TypeError, "'%s' object is not callable" % type_name(w_obj))
    if not w_call.binds_as_method():
        return get(w_call, w_obj, w_obj.getclass()).call_args(args)
    return w_call.call_args(args.prepend(w_obj))


# -- truth, hashing, equality, repr

def is_true(w: W_Root) -> bool:
    if isinstance(w, W_BoolObject):
        return w.intval != 0
    if w is w_None:
        return False
    if isinstance(w, W_IntObject) and w.getclass().name == "int":
        return w.intval != 0
    w_res = call_special(w, "__bool__", [])
    if w_res is not None:
        if not isinstance(w_res, W_BoolObject):
            raise operr(w_TypeError, "__bool__ should return bool, returned %s"
                        % type_name(w_res))
        return w_res.intval != 0
    w_len = call_special(w, "__len__", [])
    if w_len is not None:
        n = int_of_w(w_len)
        if n < 0:
            raise operr(w_ValueError, "__len__() should return >= 0")
        return n != 0
    return True


def hash_w(w: W_Root) -> int:
    if isinstance(w, W_StrObject) and w.getclass() is w_str_type:
        return w.hash_value()
    # the exact built-in types whose __hash__ is known: no call
    if isinstance(w, W_IntObject) and not isinstance(w, intobject.W_IntObjectUser):
        return intobject.hash_word(w.intval)
    if isinstance(w, floatobject.W_FloatObject) and not isinstance(w, floatobject.W_FloatObjectUser):
        h = floatobject.hash_of_float(w.floatval, w)
        return -2 if h == -1 else h
    if isinstance(w, W_TupleObject) and w.getclass() is tupleobject.w_tuple_type:
        return tupleobject.hash_items(w.items_w)
    w_hash = lookup(w, "__hash__")
    if w_hash is None or w_hash is w_None:
        raise operr(w_TypeError, "unhashable type: '%s'" % type_name(w))
    w_res = call_found_special(w_hash, w, [])
    if not intobject.is_int(w_res):
        raise operr(w_TypeError, "__hash__ method should return an integer")
    if isinstance(w_res, W_IntObject):
        h = w_res.intval          # a word-sized result is used as it is
    else:
        h = intobject.int_hash(w_res)
    return -2 if h == -1 else h


def eq_w(w_a: W_Root, w_b: W_Root) -> bool:
    if w_a is w_b:
        return True
    return is_true(richcompare(w_a, w_b, 2))


CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
CMP_REFLECTED = [4, 5, 2, 3, 0, 1]
CMP_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="]


def richcompare(w_a: W_Root, w_b: W_Root, op: int) -> W_Root:
    """CPython's do_richcompare: the reflected method first when b's type is
    a proper subclass of a's overriding it; identity for == and != last."""
    w_ta = w_a.getclass()
    w_tb = w_b.getclass()
    if w_ta is w_tb and not w_ta.is_heaptype and (
            isinstance(w_a, W_IntObject) or isinstance(w_a, W_StrObject)
            or isinstance(w_a, floatobject.W_FloatObject)):
        # two numbers or strs of a built-in type: no recursion to count
        # (the items of tuples compared: the count cost them 15-20%)
        return do_richcompare(w_a, w_b, w_ta, w_tb, op)
    enter_recursive_call(" in comparison")
    try:
        return do_richcompare(w_a, w_b, w_ta, w_tb, op)
    finally:
        leave_recursive_call()


def do_richcompare(w_a: W_Root, w_b: W_Root, w_ta: W_TypeObject, w_tb: W_TypeObject,
                   op: int) -> W_Root:
    name = CMP_NAMES[op]
    rname = CMP_NAMES[CMP_REFLECTED[op]]
    checked_reverse = False
    if w_ta is not w_tb and w_tb.issubtype(w_ta) and w_tb.lookup(rname) is not None:
        checked_reverse = True
        w_res = call_special(w_b, rname, [w_a])
        if w_res is not None and w_res is not w_NotImplemented:
            return w_res
    w_res = call_special(w_a, name, [w_b])
    if w_res is not None and w_res is not w_NotImplemented:
        return w_res
    if not checked_reverse:
        w_res = call_special(w_b, rname, [w_a])
        if w_res is not None and w_res is not w_NotImplemented:
            return w_res
    if op == 2:
        return wrap_bool(w_a is w_b)
    if op == 3:
        return wrap_bool(w_a is not w_b)
    raise operr(w_TypeError, "'%s' not supported between instances of '%s' and '%s'" % (
        CMP_SYMBOLS[op], tp_name(w_ta), tp_name(w_tb)))


class RecursionHooks:
    """Set by the interpreter: enter(where) counts a level of C recursion
    in the running thread's depth (as Python frames count), raising its
    RecursionError "maximum recursion depth exceeded" + where at the
    limit; leave() uncounts it.  CPython counts repr() and str() so: a
    __repr__ that recurses reaches the limit in half the calls."""
    enter: list[Callable[[str], None]]
    leave: list[Callable[[], None]]

    def __init__(self) -> None:
        self.enter = []
        self.leave = []


RECURSION = RecursionHooks()


def enter_recursive_call(where: str) -> None:
    for hook in RECURSION.enter:
        hook(where)


def leave_recursive_call() -> None:
    for hook in RECURSION.leave:
        hook()


def repr(w: W_Root) -> W_Root:
    w_meth = lookup(w, "__repr__")
    if w_meth is None:
        return wrap_str(default_repr(w))
    enter_recursive_call(" while getting the repr of an object")
    try:
        w_res = call_found_special(w_meth, w, [])
    finally:
        leave_recursive_call()
    if not isinstance(w_res, W_StrObject):
        raise operr(w_TypeError, "__repr__ returned non-string (type %s)" % type_name(w_res))
    return w_res


def repr_str(w: W_Root) -> str:
    w_res = repr(w)
    assert isinstance(w_res, W_StrObject)
    return w_res.as_str()


def str_obj(w: W_Root) -> W_Root:
    if isinstance(w, W_StrObject) and w.getclass() is w_str_type:
        return w
    if isinstance(w, W_IntObject) and w.getclass() is w_int_type_:
        # an exact int's __str__ is its repr (no lookup: str(i) in loops)
        return W_StrObject(str(w.intval))
    w_meth = lookup(w, "__str__")
    if w_meth is None:
        return repr(w)
    enter_recursive_call(" while getting the str of an object")
    try:
        w_res = call_found_special(w_meth, w, [])
    finally:
        leave_recursive_call()
    if not isinstance(w_res, W_StrObject):
        raise operr(w_TypeError, "__str__ returned non-string (type %s)" % type_name(w_res))
    return w_res


def str_str(w: W_Root) -> str:
    w_res = str_obj(w)
    assert isinstance(w_res, W_StrObject)
    return w_res.as_str()


def default_repr(w: W_Root) -> str:
    w_type = w.getclass()
    mod = module_name_of(w_type)
    name = w_type.qualname
    if mod != "" and mod != "builtins":
        name = mod + "." + name
    return "<%s object at 0x%x>" % (name, id_of(w))


def module_name_of(w_type: W_TypeObject) -> str:
    w_mod = w_type.w_module
    if w_mod is None:
        if "__module__" in w_type.dict_w:
            w_mod = w_type.dict_w["__module__"]
        else:
            return "builtins"
    if isinstance(w_mod, W_StrObject):
        return w_mod.as_str()
    return ""


def id_of(w: W_Root) -> int:
    """The GC's identity number (an old object's address, a recorded
    number, bit 62 set, for one that was young when first asked); keeps
    nothing alive."""
    return compute_unique_id(w)


ID_INT_LIMIT = 1 << 59
ID_FLOAT_BASE = rbigint.from_int(1).lshift(64)


def id_w(w: W_Root) -> W_Root:
    """id(): as `is` compares exact ints and floats by value (is_w), so
    does id, or an item read twice from an unboxed list would have two ids.
    Small ints get odd numbers below 2**62 (addresses are even, the GC's
    numbers have bit 62 set), unboxable floats 2**64 + their bits;
    anything else its identity number."""
    if is_plain_int(w):
        n = int_of(w)
        if -ID_INT_LIMIT < n < ID_INT_LIMIT:
            z = 2 * n if n >= 0 else -2 * n - 1
            return wrap_int(2 * z + 1)
    elif is_plain_float(w):
        bits = rbigint.from_uint(floatobject.float_bits(float_of(w)))
        return intobject.wrap_big(ID_FLOAT_BASE.add(bits))
    return wrap_int(compute_unique_id(w))


# -- numbers

BINOP_NAMES = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
               "rshift", "sub", "truediv", "xor"]
# their special method names, made once (a name built at each operation
# would be hashed again by every lookup)
BINOP_DUNDERS = ["__%s__" % _n for _n in BINOP_NAMES]
BINOP_RDUNDERS = ["__r%s__" % _n for _n in BINOP_NAMES]
BINOP_IDUNDERS = ["__i%s__" % _n for _n in BINOP_NAMES]


def binary_op(w_a: W_Root, w_b: W_Root, num: int) -> W_Root:
    """BINARY_OP `num` (ouro/compiler/opcodes.py's numbering)."""
    if num >= NB_INPLACE:
        base = num - NB_INPLACE
        w_res = call_special(w_a, BINOP_IDUNDERS[base], [w_b])
        if w_res is not None and w_res is not w_NotImplemented:
            return w_res
        return binop(w_a, w_b, base, BINARY_OPS[num])
    return binop(w_a, w_b, num, BINARY_OPS[num])


def binop(w_a: W_Root, w_b: W_Root, base: int, symbol: str) -> W_Root:
    name = BINOP_DUNDERS[base]
    rname = BINOP_RDUNDERS[base]
    w_ta = w_a.getclass()
    w_tb = w_b.getclass()
    w_lmeth = w_ta.lookup(name)
    w_rmeth: W_Root | None = None
    if w_ta is not w_tb:
        w_rmeth = w_tb.lookup(rname)
        if w_rmeth is not None and w_rmeth is w_ta.lookup(rname):
            w_rmeth = None
    if w_lmeth is not None:
        if w_rmeth is not None and w_tb.issubtype(w_ta):
            w_res = call_function(w_rmeth, [w_b, w_a])
            if w_res is not w_NotImplemented:
                return w_res
            w_rmeth = None
        w_res = call_function(w_lmeth, [w_a, w_b])
        if w_res is not w_NotImplemented:
            return w_res
    if w_rmeth is not None:
        w_res = call_function(w_rmeth, [w_b, w_a])
        if w_res is not w_NotImplemented:
            return w_res
    if symbol == "**":
        # CPython's message names both spellings (the in-place "**=" does not)
        symbol = "** or pow()"
    raise operr(w_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'" % (
        symbol, tp_name(w_ta), tp_name(w_tb)))


def unary_op(w: W_Root, name: str, symbol: str) -> W_Root:
    w_res = call_special(w, name, [])
    if w_res is None:
        if symbol.endswith("()"):
            raise operr(w_TypeError, "bad operand type for %s: '%s'" % (symbol, type_name(w)))
        raise operr(w_TypeError, "bad operand type for unary %s: '%s'" % (symbol, type_name(w)))
    return w_res


def index(w: W_Root) -> W_Root:
    """operator.index(w): an int object."""
    return intobject.index_w(w)


# -- containers

TYPE_GETITEM: list[W_Root] = []     # genericalias's class_getitem, for type[...]


def getitem(w_obj: W_Root, w_key: W_Root) -> W_Root:
    w_res = call_special(w_obj, "__getitem__", [w_key])
    if w_res is not None:
        return w_res
    if isinstance(w_obj, W_TypeObject):
        if len(TYPE_GETITEM) > 0 and w_obj is w_object_type.getclass():
            # type[int]: `type` itself has no __class_getitem__
            return call_function(TYPE_GETITEM[0], [w_obj, w_key])
        w_cgi = getattr_or_none(w_obj, "__class_getitem__")
        if w_cgi is not None:
            return call_function(w_cgi, [w_key])
        raise operr(w_TypeError, "type '%s' is not subscriptable" % w_obj.name)
    raise operr(w_TypeError, "'%s' object is not subscriptable" % type_name(w_obj))


def setitem(w_obj: W_Root, w_key: W_Root, w_value: W_Root) -> None:
    w_res = call_special(w_obj, "__setitem__", [w_key, w_value])
    if w_res is None:
        raise operr(w_TypeError, "'%s' object does not support item assignment"
                    % type_name(w_obj))


def delitem(w_obj: W_Root, w_key: W_Root) -> None:
    w_res = call_special(w_obj, "__delitem__", [w_key])
    if w_res is None:
        raise operr(w_TypeError, "'%s' object doesn't support item deletion"
                    % type_name(w_obj))


def len_w(w: W_Root) -> int:
    w_res = call_special(w, "__len__", [])
    if w_res is None:
        raise operr(w_TypeError, "object of type '%s' has no len()" % type_name(w))
    w_n = index(w_res)
    if not isinstance(w_n, W_IntObject):
        # beyond a machine word
        if is_true(richcompare(w_n, wrap_int(0), 0)):
            raise operr(w_ValueError, "__len__() should return >= 0")
        raise operr(w_OverflowError, "cannot fit 'int' into an index-sized integer")
    n = w_n.intval
    if n < 0:
        raise operr(w_ValueError, "__len__() should return >= 0")
    return n


def contains(w_container: W_Root, w_item: W_Root) -> bool:
    w_res = call_special(w_container, "__contains__", [w_item])
    if w_res is not None:
        return is_true(w_res)
    if lookup(w_container, "__iter__") is None and lookup(w_container, "__getitem__") is None:
        raise operr(w_TypeError, "argument of type '%s' is not iterable" % type_name(w_container))
    w_iter = iter(w_container)
    while True:
        w_next = next_or_none(w_iter)
        if w_next is None:
            return False
        if eq_w(w_next, w_item):
            return True


def iter(w: W_Root) -> W_Root:
    w_meth = lookup(w, "__iter__")
    if w_meth is None:
        if lookup(w, "__getitem__") is not None:
            return W_SeqIterObject(w)
        raise operr(w_TypeError, "'%s' object is not iterable" % type_name(w))
    if w_meth is w_None:
        # `__iter__ = None` says "not iterable" (typing's _NotIterable),
        # without the fallback to __getitem__
        raise operr(w_TypeError, "'%s' object is not iterable" % type_name(w))
    if w_meth.binds_as_method():
        w_res = call_function(w_meth, [w])
    else:
        w_res = call_function(get(w_meth, w, w.getclass()), [])
    if lookup(w_res, "__next__") is None:
        raise operr(w_TypeError, "iter() returned non-iterator of type '%s'" % type_name(w_res))
    return w_res


def next(w_iter: W_Root) -> W_Root:
    w_res = call_special(w_iter, "__next__", [])
    if w_res is None:
        raise operr(w_TypeError, "'%s' object is not an iterator" % type_name(w_iter))
    return w_res


def next_or_none(w_iter: W_Root) -> W_Root | None:
    """next(w_iter), or None when it raises StopIteration."""
    fast = w_iter.iter_next()
    if fast is not None:
        if fast is STOP:
            return None
        return fast
    try:
        return next(w_iter)
    except OperationError as e:
        if e.match(w_StopIteration):
            return None
        raise


class W_StopMarker(W_Root):
    pass


STOP = W_StopMarker()


def getattr_or_none(w_obj: W_Root, name: str) -> W_Root | None:
    try:
        return getattr(w_obj, name)
    except OperationError as e:
        if e.match(w_AttributeError):
            return None
        raise


def exception_message(w_exc: W_BaseException) -> W_Root:
    """The lazy message of operr, as a str object."""
    msg = w_exc.msg
    if msg is None:
        return wrap_str("")
    return wrap_str(msg)


class W_SeqIterObject(W_Root):
    """iter() of an object with only __getitem__: items 0, 1, ... until
    IndexError or StopIteration."""
    w_seq: W_Root | None
    index: int

    def __init__(self, w_seq: W_Root) -> None:
        self.w_seq = w_seq
        self.index = 0

    def getclass(self) -> W_TypeObject:
        return w_iterator_type

    def iter_next(self) -> W_Root | None:
        w_seq = self.w_seq
        if w_seq is None:
            return STOP
        try:
            w_item = w_seq.sq_item(self.index)
            if w_item is None:
                w_item = getitem(w_seq, wrap_int(self.index))
        except OperationError as e:
            if e.match(w_IndexError) or e.match(w_StopIteration):
                self.w_seq = None
                return STOP
            raise
        self.index += 1
        return w_item


w_iterator_type = make_builtin_type("iterator", [w_object_type], LAYOUT_OTHER)


# -- more protocols used by the builtins and the interpreter

def ascii(w: W_Root) -> W_Root:
    """repr() with non-ASCII characters escaped."""
    s = repr_str(w)
    return wrap_str(ascii_escape(s))


def ascii_escape(s: str) -> str:
    parts: list[str] = []
    for ch in s:
        c = ord(ch)
        if c < 128:
            parts.append(ch)
        elif c < 0x100:
            parts.append("\\x%02x" % c)
        elif c < 0x10000:
            parts.append("\\u%04x" % c)
        else:
            parts.append("\\U%08x" % c)
    return "".join(parts)


def callable_w(w: W_Root) -> bool:
    if isinstance(w, W_TypeObject):
        return True
    return lookup(w, "__call__") is not None


UNION_TYPE: list[W_TypeObject] = []     # types.UnionType (ouro/objspace/genericalias.py)


def is_union(w: W_Root) -> bool:
    for w_t in UNION_TYPE:
        if w.getclass() is w_t:
            return True
    return False


def isinstance_check(w_obj: W_Root, w_cls: W_Root) -> bool:
    if isinstance(w_cls, W_TypeObject):
        w_t = w_obj.getclass()
        if w_t is w_cls or w_t.issubtype(w_cls):
            return True
        w_meta = w_cls.getclass()
        w_check = w_meta.lookup("__instancecheck__")
        if w_check is not None and w_meta.is_heaptype:
            return is_true(call_function(w_check, [w_cls, w_obj]))
        return class_attr_isinstance(w_obj, w_t, w_cls)
    if isinstance(w_cls, W_TupleObject):
        for w_item in w_cls.items_w:
            if isinstance_check(w_obj, w_item):
                return True
        return False
    if is_union(w_cls):
        # as a tuple of its arguments (CPython 3.11's object_recursive_isinstance)
        return isinstance_check(w_obj, getattr(w_cls, "__args__"))
    w_check = lookup(w_cls, "__instancecheck__")
    if w_check is not None:
        return is_true(call_function(w_check, [w_cls, w_obj]))
    raise operr(w_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")


def class_attr_isinstance(w_obj: W_Root, w_t: W_TypeObject, w_cls: W_TypeObject) -> bool:
    """After a failed type check, CPython's object_isinstance asks the
    object's `__class__`: a type other than its own (a property of a
    proxy, a spec'd unittest.mock.Mock) that is a subclass counts.  A type
    that keeps object's `__class__` needs no attribute lookup."""
    w_descr = w_t.lookup("__class__")
    if w_descr is None or w_descr is w_object_type.dict_w["__class__"]:
        return False
    w_icls = getattr_or_none(w_obj, "__class__")
    if isinstance(w_icls, W_TypeObject) and w_icls is not w_t:
        return w_icls.issubtype(w_cls)
    return False


def issubclass_check(w_sub: W_Root, w_cls: W_Root) -> bool:
    if isinstance(w_cls, W_TypeObject):
        w_meta = w_cls.getclass()
        w_check = w_meta.lookup("__subclasscheck__")
        if w_check is not None and w_meta.is_heaptype:
            return is_true(call_function(w_check, [w_cls, w_sub]))
        if not isinstance(w_sub, W_TypeObject):
            raise operr(w_TypeError, "issubclass() arg 1 must be a class")
        return w_sub.issubtype(w_cls)
    if isinstance(w_cls, W_TupleObject):
        for w_item in w_cls.items_w:
            if issubclass_check(w_sub, w_item):
                return True
        return False
    if is_union(w_cls):
        return issubclass_check(w_sub, getattr(w_cls, "__args__"))
    w_check = lookup(w_cls, "__subclasscheck__")
    if w_check is not None:
        return is_true(call_function(w_check, [w_cls, w_sub]))
    raise operr(w_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")


class W_CallableIterator(W_Root):
    """iter(callable, sentinel)."""
    w_callable: W_Root | None
    w_sentinel: W_Root

    def __init__(self, w_callable: W_Root, w_sentinel: W_Root) -> None:
        self.w_callable = w_callable
        self.w_sentinel = w_sentinel

    def getclass(self) -> W_TypeObject:
        return w_callable_iterator_type

    def iter_next(self) -> W_Root | None:
        w_c = self.w_callable
        if w_c is None:
            return STOP
        w_v = call_function(w_c, [])
        if eq_w(w_v, self.w_sentinel):
            self.w_callable = None
            return STOP
        return w_v


w_callable_iterator_type = make_builtin_type("callable_iterator", [w_object_type], LAYOUT_OTHER)


def callable_iter(w_callable: W_Root, w_sentinel: W_Root) -> W_Root:
    if not callable_w(w_callable):
        raise operr(w_TypeError, "iter(v, w): v must be callable")
    return W_CallableIterator(w_callable, w_sentinel)


def iterator_iter(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    return w


def iterator_next(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    w_res = w.iter_next()
    if w_res is None or w_res is STOP:
        raise operr_noarg(w_StopIteration)
    return w_res


for _t in [w_iterator_type, w_callable_iterator_type]:
    register(_t, "__iter__(self, /)", iterator_iter)
    register(_t, "__next__(self, /)", iterator_next)


def format(w_v: W_Root, w_spec: W_Root | None) -> W_Root:
    if w_spec is None:
        w_spec = wrap_str("")
    w_meth = lookup(w_v, "__format__")
    if w_meth is None:
        raise operr(w_TypeError, "Type %s doesn't define __format__" % type_name(w_v))
    w_res = call_function(w_meth, [w_v, w_spec])
    if not isinstance(w_res, W_StrObject):
        raise operr(w_TypeError, "__format__ must return a str, not %s" % type_name(w_res))
    return w_res


def binop_named(w_a: W_Root, w_b: W_Root, name: str, symbol: str) -> W_Root:
    """A binary operation by its method names (`divmod` -> __divmod__ and
    __rdivmod__)."""
    w_ta = w_a.getclass()
    w_tb = w_b.getclass()
    w_lmeth = w_ta.lookup("__" + name + "__")
    w_rmeth: W_Root | None = None
    if w_ta is not w_tb:
        w_rmeth = w_tb.lookup("__r" + name + "__")
    if w_lmeth is not None:
        if w_rmeth is not None and w_tb.issubtype(w_ta):
            w_res = call_function(w_rmeth, [w_b, w_a])
            if w_res is not w_NotImplemented:
                return w_res
            w_rmeth = None
        w_res = call_function(w_lmeth, [w_a, w_b])
        if w_res is not w_NotImplemented:
            return w_res
    if w_rmeth is not None:
        w_res = call_function(w_rmeth, [w_b, w_a])
        if w_res is not w_NotImplemented:
            return w_res
    raise operr(w_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'" % (
        symbol, tp_name(w_ta), tp_name(w_tb)))


def ternary_pow(w_a: W_Root, w_b: W_Root, w_m: W_Root) -> W_Root:
    """pow(a, b, m): a's __pow__, then the power slot of b's type if that is
    a built-in one (CPython's ternary_op: `pow(2, 0.5, 3)` is refused by
    float's "3rd argument not allowed"); a class statement's __rpow__
    takes no part in three-argument pow."""
    w_meth = lookup(w_a, "__pow__")
    if w_meth is not None:
        w_res = call_function(w_meth, [w_a, w_b, w_m])
        if w_res is not w_NotImplemented:
            return w_res
    w_tb = w_b.getclass()
    if w_tb is not w_a.getclass() and not w_tb.is_heaptype:
        w_rmeth = w_tb.lookup("__rpow__")
        if w_rmeth is not None:
            w_res = call_function(w_rmeth, [w_b, w_a, w_m])
            if w_res is not w_NotImplemented:
                return w_res
    w_tm = w_m.getclass()
    if (w_tm is not w_a.getclass() and w_tm is not w_tb and not w_tm.is_heaptype
            and not w_tm.issubtype(w_int_type_)):
        # the modulus's slot last: float's and complex's refuse any modulus
        # (their __rpow__ checks it first, whatever the other operands)
        w_zmeth = w_tm.lookup("__rpow__")
        if w_zmeth is not None:
            w_res = call_function(w_zmeth, [w_m, w_a, w_m])
            if w_res is not w_NotImplemented:
                return w_res
    raise operr(w_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'" % (
        type_name(w_a), type_name(w_b), type_name(w_m)))


def resolve_mro_entries(bases_w: list[W_Root]) -> list[W_Root]:
    result: list[W_Root] = []
    changed = False
    for w_b in bases_w:
        if isinstance(w_b, W_TypeObject):
            result.append(w_b)
            continue
        w_me = getattr_or_none(w_b, "__mro_entries__")
        if w_me is None:
            result.append(w_b)
            continue
        changed = True
        w_entries = call_function(w_me, [W_TupleObject(list(bases_w))])
        if not isinstance(w_entries, W_TupleObject):
            raise operr(w_TypeError, "__mro_entries__ must return a tuple")
        for w_e in w_entries.items_w:
            result.append(w_e)
    if not changed:
        return bases_w
    return result


def builtin_name(w_f: W_Root) -> str:
    assert isinstance(w_f, W_BuiltinFunction)
    return w_f.name


def ord_other(w: W_Root) -> W_Root:
    raise operr(w_TypeError, "ord() expected string of length 1, but %s found" % type_name(w))


def default_dir(w_obj: W_Root) -> W_Root:
    names: dict[str, bool] = {}
    w_d = getattr_or_none(w_obj, "__dict__")
    if isinstance(w_d, W_DictObject):
        for w_k in w_d.keys():
            if isinstance(w_k, W_StrObject):
                names[w_k.as_str()] = True
    w_type = w_obj if isinstance(w_obj, W_TypeObject) else w_obj.getclass()
    for w_t in w_type.mro_w:
        for k in w_t.dict_w:
            # object's __dict__ descriptor is ouro's own (CPython's classes
            # get theirs in their namespace, object has none)
            if k != "__dict__" or w_t is not w_object_type:
                names[k] = True
    keys: list[str] = []
    for k in names:
        keys.append(k)
    keys.sort()
    return new_list([wrap_str(k) for k in keys])


def new_list(items_w: list[W_Root]) -> W_Root:
    return W_ListObject(items_w)


def sorted_keys(w_d: W_Root) -> W_Root:
    keys: list[str] = []
    if isinstance(w_d, W_DictObject):
        for w_k in w_d.keys():
            keys.append(str_of_w(w_k))
    keys.sort()
    return new_list([wrap_str(k) for k in keys])


def sorted_list(w_iterable: W_Root) -> W_Root:
    w_l = new_list(unpack_iterable(w_iterable))
    call_method(w_l, "sort", [])
    return w_l


def unpack_iterable(w_iterable: W_Root) -> list[W_Root]:
    w_it = iter(w_iterable)
    result: list[W_Root] = []
    while True:
        w_x = next_or_none(w_it)
        if w_x is None:
            return result
        result.append(w_x)


def is_builtin_method(w: W_Root) -> bool:
    return isinstance(w, W_BuiltinFunction) and w.binds_as_method()


def function_str(w_fn: W_Root) -> str:
    if isinstance(w_fn, W_BuiltinFunction):
        return w_fn.name + "()"
    w_q = getattr_or_none(w_fn, "__qualname__")
    if isinstance(w_q, W_StrObject):
        return w_q.as_str() + "()"
    return type_name(w_fn) + " object"


EXTRA_BUILTIN_NAMES = ["float", "complex", "bytes", "bytearray", "set", "frozenset", "range",
                       "slice", "enumerate", "zip", "map", "filter", "reversed", "memoryview",
                       "super", "staticmethod", "classmethod", "property"]
EXTRA_BUILTIN_TYPES: list[W_TypeObject] = []


class WarningHooks:
    """Set by the interpreter (ouro/modules/_warnings/core.py): its warn(),
    CPython's PyErr_WarnEx, for the object space's own warnings."""
    hooks: list[Callable[[W_TypeObject, str, int], None]]

    def __init__(self) -> None:
        self.hooks = []


WARNINGS = WarningHooks()


def warn(w_category: W_TypeObject, message: str) -> None:
    """A warning from the running Python code (stacklevel 1); raises if
    the filters turn it into an error."""
    for hook in WARNINGS.hooks:
        hook(w_category, message, 1)


STRICT_SUBCLASS = ("The ability to return an instance of a strict subclass of %s "
                   "is deprecated, and may be removed in a future version of Python.")


def warn_strict_subclass(what: str, base: str, w_res: W_Root) -> None:
    """CPython's DeprecationWarning for __int__, __index__, __float__ or
    __complex__ returning an instance of a subclass of `base`; `what` is
    the start of the message ("__int__ returned non-int")."""
    warn(w_DeprecationWarning, "%s (type %s).  %s" % (what, type_name(w_res),
                                                      STRICT_SUBCLASS % base))


class CallerHooks:
    """Set by the interpreter: the __name__ of the innermost frame's
    globals (what type() uses for __module__), or None."""
    hooks: list[Callable[[], W_Root | None]]

    def __init__(self) -> None:
        self.hooks = []


CALLER = CallerHooks()


def caller_module_name() -> W_Root | None:
    for hook in CALLER.hooks:
        return hook()
    return None


def make_classmethod(w_f: W_Root) -> W_Root:
    """type.__new__ makes `__init_subclass__` and `__class_getitem__`
    class methods when they are plain functions."""
    if isinstance(w_f, W_ClassMethod):
        return w_f
    return W_ClassMethod(w_f)


def make_staticmethod(w_f: W_Root) -> W_Root:
    if isinstance(w_f, W_StaticMethod):
        return w_f
    return W_StaticMethod(w_f)


def set_cell(w_cell: W_Root, w_value: W_Root) -> None:
    if not isinstance(w_cell, W_Cell):
        raise operr(w_TypeError, "__classcell__ must be a nonlocal cell, not %s" % type_name(w_cell))
    w_cell.w_value = w_value


SUBCLASSABLE_LAYOUTS = [LAYOUT_INT, LAYOUT_FLOAT, LAYOUT_COMPLEX, LAYOUT_STR, LAYOUT_BYTES,
                        LAYOUT_BYTEARRAY, LAYOUT_LIST, LAYOUT_TUPLE, LAYOUT_DICT, LAYOUT_SET,
                        LAYOUT_FROZENSET, LAYOUT_DESCR, LAYOUT_ARRAY]


def can_subclass_builtin(layout: int) -> bool:
    """The built-in layouts whose __new__ makes instances of subclasses."""
    return layout in SUBCLASSABLE_LAYOUTS


def collect_builtin_types() -> None:
    """Load time, after every type module is imported: the types the
    builtins module names."""
    for w_t in BUILTIN_TYPES:
        if w_t.name in EXTRA_BUILTIN_NAMES and w_t not in EXTRA_BUILTIN_TYPES:
            EXTRA_BUILTIN_TYPES.append(w_t)
        # every type has a __doc__ (its instances find it there)
        if "__doc__" not in w_t.dict_w:
            doc = w_t.doc
            w_t.dict_w["__doc__"] = wrap_str(doc) if doc is not None else w_None


from ouro.objspace import floatobject, tupleobject  # noqa: E402  (they import space)
