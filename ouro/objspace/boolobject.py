"""bool: the two instances of int's subclass, w_True and w_False.

bool cannot be subclassed: the class statement refuses it ("type 'bool' is
not an acceptable base type", ouro/objspace/objectobject.py; the test there
can be `is_acceptable_base` below).  &, | and ^ of two bools give a bool;
everything else is int's.
"""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.gateway import register
from ouro.objspace.intobject import (OP_AND, OP_OR, OP_XOR, W_IntObject, check_new_cls,
                                     int_binop, is_int, register_new, w_int_type)
from ouro.objspace.model import (LAYOUT_INT, W_Root, W_TypeObject, make_builtin_type, type_name,
                                 w_None, w_NotImplemented)

w_bool_type = make_builtin_type("bool", [w_int_type], LAYOUT_INT)


def is_acceptable_base(w_type: W_TypeObject) -> bool:
    """Whether a class statement may derive from this built-in type."""
    return w_type is not w_bool_type


class W_BoolObject(W_IntObject):

    def getclass(self) -> W_TypeObject:
        return w_bool_type


w_True = W_BoolObject(1)
w_False = W_BoolObject(0)


def _self(slots: list[W_Root | None], name: str) -> W_BoolObject:
    w = slots[0]
    if not isinstance(w, W_BoolObject):
        raise operr(w_TypeError, "descriptor '%s' requires a 'bool' object but received a '%s'"
                    % (name, type_name(w if w is not None else w_None)))
    return w


def bool_descr_repr(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "__repr__")
    return space.wrap_str("True" if w.intval != 0 else "False")


def _logical(slots: list[W_Root | None], op: int, name: str) -> W_Root:
    w_a = _self(slots, name)
    w_b = slots[1]
    assert w_b is not None
    if isinstance(w_b, W_BoolObject):
        a = w_a.intval != 0
        b = w_b.intval != 0
        if op == OP_AND:
            return space.wrap_bool(a and b)
        if op == OP_OR:
            return space.wrap_bool(a or b)
        return space.wrap_bool(a != b)
    if not is_int(w_b):
        return w_NotImplemented
    return int_binop(op, w_a, w_b)


def bool_descr_and(slots: list[W_Root | None]) -> W_Root:
    return _logical(slots, OP_AND, "__and__")


def bool_descr_rand(slots: list[W_Root | None]) -> W_Root:
    return _logical(slots, OP_AND, "__rand__")


def bool_descr_or(slots: list[W_Root | None]) -> W_Root:
    return _logical(slots, OP_OR, "__or__")


def bool_descr_ror(slots: list[W_Root | None]) -> W_Root:
    return _logical(slots, OP_OR, "__ror__")


def bool_descr_xor(slots: list[W_Root | None]) -> W_Root:
    return _logical(slots, OP_XOR, "__xor__")


def bool_descr_rxor(slots: list[W_Root | None]) -> W_Root:
    return _logical(slots, OP_XOR, "__rxor__")


def bool_descr_new(slots: list[W_Root | None]) -> W_Root:
    w_cls = slots[0]
    assert w_cls is not None
    check_new_cls(w_cls, w_bool_type)
    w_x = slots[1]
    if w_x is None:
        return w_False
    return space.wrap_bool(space.is_true(w_x))


register_new(w_bool_type, "bool(self, x=, /)", bool_descr_new)
register(w_bool_type, "__repr__(self, /)", bool_descr_repr)
register(w_bool_type, "__and__(self, value, /)", bool_descr_and)
register(w_bool_type, "__rand__(self, value, /)", bool_descr_rand)
register(w_bool_type, "__or__(self, value, /)", bool_descr_or)
register(w_bool_type, "__ror__(self, value, /)", bool_descr_ror)
register(w_bool_type, "__xor__(self, value, /)", bool_descr_xor)
register(w_bool_type, "__rxor__(self, value, /)", bool_descr_rxor)
