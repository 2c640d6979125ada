"""Descriptors: staticmethod, classmethod, property, closure cells, and
W_GetSetProperty, an attribute
computed by RPy functions (`int.real`, `function.__name__`,
`BaseException.args`, `type.__mro__`, ...).

    getset(w_type, "real", int_get_real)               read-only
    getset(w_type, "__doc__", get_doc, set_doc)        writable
    getset(w_type, "__dict__", get_dict, None, del_fn) deletable too

A getset is a data descriptor (it has `__set__`): it wins over instance
attributes, as in CPython.  Setting a read-only one raises CPython's
AttributeError "attribute 'x' of 'T' objects is not writable".
"""
from __future__ import annotations

from typing import Callable

from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_AttributeError, w_TypeError
from ouro.objspace.gateway import register
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_object_type)

Getter = Callable[[W_Root], W_Root]
Setter = Callable[[W_Root, W_Root], None]
Deleter = Callable[[W_Root], None]

w_getset_descriptor_type = make_builtin_type("getset_descriptor", [w_object_type], LAYOUT_OTHER)


class W_GetSetProperty(W_Root):
    name: str
    w_objclass: W_TypeObject
    fget: Getter
    fset: Setter              # no_set when read-only (function pointers are never None)
    fdel: Deleter             # no_del when not deletable
    writable: bool
    deletable: bool

    def __init__(self, name: str, w_objclass: W_TypeObject, fget: Getter, fset: Setter,
                 fdel: Deleter, writable: bool, deletable: bool) -> None:
        self.name = name
        self.w_objclass = w_objclass
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.writable = writable
        self.deletable = deletable

    def getclass(self) -> W_TypeObject:
        return w_getset_descriptor_type

    def descr_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root | None:
        if w_obj is None:
            return self
        self.check(w_obj)
        return self.fget(w_obj)

    def descr_get_class(self, w_type: W_TypeObject) -> W_Root | None:
        return self

    def check(self, w_obj: W_Root) -> None:
        if not w_obj.getclass().issubtype(self.w_objclass):
            raise operr(w_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object"
                        % (self.name, self.w_objclass.name, type_name(w_obj)))

    def set(self, w_obj: W_Root, w_value: W_Root) -> None:
        self.check(w_obj)
        if not self.writable:
            raise operr(w_AttributeError, "attribute '%s' of '%s' objects is not writable"
                        % (self.name, self.w_objclass.name))
        self.fset(w_obj, w_value)

    def delete(self, w_obj: W_Root) -> None:
        self.check(w_obj)
        if not self.deletable:
            if not self.writable:
                raise operr(w_AttributeError, "attribute '%s' of '%s' objects is not writable"
                            % (self.name, self.w_objclass.name))
            raise operr(w_TypeError, "cannot delete attribute '%s'" % self.name)
        self.fdel(w_obj)


def no_set(w_obj: W_Root, w_value: W_Root) -> None:
    pass


def no_del(w_obj: W_Root) -> None:
    pass


def getset(w_type: W_TypeObject, name: str, fget: Getter, fset: Setter | None = None,
           fdel: Deleter | None = None) -> W_GetSetProperty:
    w_gs = W_GetSetProperty(name, w_type, fget, fset if fset is not None else no_set,
                            fdel if fdel is not None else no_del, fset is not None,
                            fdel is not None)
    w_type.dict_w[name] = w_gs
    return w_gs


def getset_set(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    w_obj = slots[1]
    w_value = slots[2]
    assert isinstance(w_self, W_GetSetProperty) and w_obj is not None and w_value is not None
    w_self.set(w_obj, w_value)
    return w_None


def getset_delete(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    w_obj = slots[1]
    assert isinstance(w_self, W_GetSetProperty) and w_obj is not None
    w_self.delete(w_obj)
    return w_None


register(w_getset_descriptor_type, "__set__(self, instance, value, /)", getset_set)
register(w_getset_descriptor_type, "__delete__(self, instance, /)", getset_delete)


w_cell_type = make_builtin_type("cell", [w_object_type], LAYOUT_OTHER)
w_method_type = make_builtin_type("method", [w_object_type], LAYOUT_OTHER)
w_staticmethod_type = make_builtin_type("staticmethod", [w_object_type], LAYOUT_OTHER)
w_classmethod_type = make_builtin_type("classmethod", [w_object_type], LAYOUT_OTHER)
w_property_type = make_builtin_type("property", [w_object_type], LAYOUT_OTHER)


class W_Cell(W_Root):
    w_value: W_Root | None

    def __init__(self, w_value: W_Root | None) -> None:
        self.w_value = w_value

    def getclass(self) -> W_TypeObject:
        return w_cell_type


# -- staticmethod, classmethod, property

class W_Method(W_Root):
    w_function: W_Root
    w_self: W_Root

    def __init__(self, w_function: W_Root, w_self: W_Root) -> None:
        self.w_function = w_function
        self.w_self = w_self

    def getclass(self) -> W_TypeObject:
        return w_method_type

    def call_args(self, args: Arguments) -> W_Root:
        return self.w_function.call_args(args.prepend(self.w_self))


class W_StaticMethod(W_Root):
    w_function: W_Root

    def __init__(self, w_function: W_Root) -> None:
        self.w_function = w_function

    def getclass(self) -> W_TypeObject:
        return w_staticmethod_type

    def descr_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root | None:
        return self.w_function

    def descr_get_class(self, w_type: W_TypeObject) -> W_Root | None:
        return self.w_function


class W_ClassMethod(W_Root):
    w_function: W_Root

    def __init__(self, w_function: W_Root) -> None:
        self.w_function = w_function

    def getclass(self) -> W_TypeObject:
        return w_classmethod_type

    def descr_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root | None:
        return W_Method(self.w_function, w_type)

    def descr_get_class(self, w_type: W_TypeObject) -> W_Root | None:
        return W_Method(self.w_function, w_type)


class W_Property(W_Root):
    w_fget: W_Root
    w_fset: W_Root
    w_fdel: W_Root
    w_doc: W_Root

    def __init__(self, w_fget: W_Root, w_fset: W_Root, w_fdel: W_Root, w_doc: W_Root) -> None:
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc

    def getclass(self) -> W_TypeObject:
        return w_property_type

    def descr_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root | None:
        if w_obj is None:
            return self
        if self.w_fget is w_None:
            raise operr(w_AttributeError, "unreadable attribute")
        return space.call_function(self.w_fget, [w_obj])

    def descr_get_class(self, w_type: W_TypeObject) -> W_Root | None:
        return self


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    return w if w is not None else w_None


def staticmethod_new(slots: list[W_Root | None]) -> W_Root:
    return W_StaticMethod(_arg(slots, 1))


def classmethod_new(slots: list[W_Root | None]) -> W_Root:
    return W_ClassMethod(_arg(slots, 1))


def property_new(slots: list[W_Root | None]) -> W_Root:
    w_fget = _arg(slots, 1)
    w_doc = _arg(slots, 4)
    if w_doc is w_None and w_fget is not w_None:
        w_d = space.getattr_or_none(w_fget, "__doc__")
        if w_d is not None:
            w_doc = w_d
    return W_Property(w_fget, _arg(slots, 2), _arg(slots, 3), w_doc)


def property_set(slots: list[W_Root | None]) -> W_Root:
    w_prop = slots[0]
    assert isinstance(w_prop, W_Property)
    if w_prop.w_fset is w_None:
        raise operr(w_AttributeError, "can't set attribute")
    return space.call_function(w_prop.w_fset, [_arg(slots, 1), _arg(slots, 2)])


def property_delete(slots: list[W_Root | None]) -> W_Root:
    w_prop = slots[0]
    assert isinstance(w_prop, W_Property)
    if w_prop.w_fdel is w_None:
        raise operr(w_AttributeError, "can't delete attribute")
    return space.call_function(w_prop.w_fdel, [_arg(slots, 1)])


def _property_copy(slots: list[W_Root | None], which: int) -> W_Root:
    w_prop = slots[0]
    assert isinstance(w_prop, W_Property)
    w_f = _arg(slots, 1)
    return W_Property(w_f if which == 0 else w_prop.w_fget, w_f if which == 1 else w_prop.w_fset,
                      w_f if which == 2 else w_prop.w_fdel, w_prop.w_doc)


def property_getter(slots: list[W_Root | None]) -> W_Root:
    return _property_copy(slots, 0)


def property_setter(slots: list[W_Root | None]) -> W_Root:
    return _property_copy(slots, 1)


def property_deleter(slots: list[W_Root | None]) -> W_Root:
    return _property_copy(slots, 2)


register(w_staticmethod_type, "__new__(cls, function, /)", staticmethod_new)
register(w_classmethod_type, "__new__(cls, function, /)", classmethod_new)
register(w_property_type, "__new__(cls, fget=, fset=, fdel=, doc=)", property_new)
register(w_property_type, "__set__(self, instance, value, /)", property_set)
register(w_property_type, "__delete__(self, instance, /)", property_delete)
register(w_property_type, "getter(self, function, /)", property_getter)
register(w_property_type, "setter(self, function, /)", property_setter)
register(w_property_type, "deleter(self, function, /)", property_deleter)
