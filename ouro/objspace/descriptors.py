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
from ouro.objspace.exceptions import (OperationError, operr, w_AttributeError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.gateway import (BuiltinFn, W_BuiltinFunction, named_as, register, register_comparisons, register_raw,
                                   w_builtin_function_type, w_method_descriptor_type,
                                   w_method_wrapper_type, w_wrapper_descriptor_type)
from ouro.objspace.maps import W_ObjectWithMap, SLOT_PREFIX
from ouro.objspace.model import (LAYOUT_DESCR, LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 tp_name, type_name, w_None, w_NotImplemented, w_object_type)

Getter = Callable[[W_Root], W_Root]
Setter = Callable[[W_Root, W_Root], None]
Deleter = Callable[[W_Root], None]

w_getset_descriptor_type = make_builtin_type("getset_descriptor", [w_object_type], LAYOUT_OTHER)
w_member_descriptor_type = make_builtin_type("member_descriptor", [w_object_type], LAYOUT_OTHER)


class W_GetSetProperty(W_Root):
    name: str
    w_objclass: W_TypeObject
    fget: Getter
    fset: Setter              # no_set when read-only (function pointers are never None)
    fdel: Deleter             # no_del when not deletable
    writable: bool
    deletable: bool
    member: bool              # one of CPython's read-only members (a member_descriptor)
    doc: str | None           # __doc__ (a class's __dict__ and __weakref__ have one)

    def __init__(self, name: str, w_objclass: W_TypeObject, fget: Getter, fset: Setter,
                 fdel: Deleter, writable: bool, deletable: bool) -> None:
        self.name = name
        self.w_objclass = w_objclass
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.writable = writable
        self.deletable = deletable
        self.member = False
        self.doc = None

    def getclass(self) -> W_TypeObject:
        if self.member:
            return w_member_descriptor_type
        return w_getset_descriptor_type

    def readonly_error(self) -> OperationError:
        if self.member:
            return operr(w_AttributeError, "readonly attribute")
        return operr(w_AttributeError, "attribute '%s' of '%s' objects is not writable"
                     % (self.name, self.w_objclass.name))

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
            raise self.readonly_error()
        self.fset(w_obj, w_value)

    def delete(self, w_obj: W_Root) -> None:
        self.check(w_obj)
        if not self.deletable:
            if not self.writable:
                raise self.readonly_error()
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


def readonly_member(w_type: W_TypeObject, name: str, fget: Getter) -> W_GetSetProperty:
    """A read-only attribute that CPython makes a member_descriptor
    (setting it raises "readonly attribute")."""
    w_gs = getset(w_type, name, fget)
    w_gs.member = True
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


def getset_get(slots: list[W_Root | None]) -> W_Root:
    """`__get__(instance, owner=None)` of getset and member descriptors."""
    w_self = slots[0]
    assert w_self is not None
    w_obj = slots[1]
    w_owner = slots[2]
    if w_obj is w_None:
        w_obj = None
    if w_obj is None:
        if w_owner is None or w_owner is w_None:
            raise operr(w_TypeError, "__get__(None, None) is invalid")
        return w_self
    if isinstance(w_owner, W_TypeObject):
        w_type = w_owner
    else:
        w_type = w_obj.getclass()
    w_r = w_self.descr_get(w_obj, w_type)
    return w_r if w_r is not None else w_self


def _descr_name_and_class(w: W_Root) -> tuple[str, W_TypeObject]:
    if isinstance(w, W_GetSetProperty):
        return (w.name, w.w_objclass)
    assert isinstance(w, W_MemberDescr)
    return (w.name, w.w_objclass)


def descr_get_name(w: W_Root) -> W_Root:
    return space.wrap_str(_descr_name_and_class(w)[0])


def descr_get_qualname(w: W_Root) -> W_Root:
    name, w_cls = _descr_name_and_class(w)
    return space.wrap_str(w_cls.qualname + "." + name)


def descr_get_objclass(w: W_Root) -> W_Root:
    return _descr_name_and_class(w)[1]


def getset_repr(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    name, w_cls = _descr_name_and_class(w)
    kind = "member" if w.getclass() is w_member_descriptor_type else "attribute"
    return space.wrap_str("<%s '%s' of '%s' objects>" % (kind, name, tp_name(w_cls)))


register(w_getset_descriptor_type, "__set__(self, instance, value, /)", getset_set)
register(w_getset_descriptor_type, "__delete__(self, instance, /)", getset_delete)
register(w_getset_descriptor_type, "__get__(self, instance, owner=, /)", getset_get)
register(w_getset_descriptor_type, "__repr__(self, /)", getset_repr)


w_cell_type = make_builtin_type("cell", [w_object_type], LAYOUT_OTHER)
w_method_type = make_builtin_type("method", [w_object_type], LAYOUT_OTHER)
w_staticmethod_type = make_builtin_type("staticmethod", [w_object_type], LAYOUT_DESCR)
w_classmethod_type = make_builtin_type("classmethod", [w_object_type], LAYOUT_DESCR)
w_property_type = make_builtin_type("property", [w_object_type], LAYOUT_DESCR)
for _t in [w_staticmethod_type, w_classmethod_type]:
    _t.hasdict = True       # property objects have no __dict__ (its subclasses do)


def cell_get_contents(w: W_Root) -> W_Root:
    assert isinstance(w, W_Cell)
    w_v = w.w_value
    if w_v is None:
        raise operr(w_ValueError, "Cell is empty")
    return w_v


def cell_set_contents(w: W_Root, w_value: W_Root) -> None:
    assert isinstance(w, W_Cell)
    w.w_value = w_value


def cell_del_contents(w: W_Root) -> None:
    assert isinstance(w, W_Cell)
    w.w_value = None


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
        return self.w_function.call_with_self(self.w_self, args)


class W_DescrWithDict(W_ObjectWithMap):
    """staticmethod, classmethod and property objects: they have a
    __dict__ (functools.wraps copies attributes onto them) and can be
    subclassed (abc.abstractproperty...): w_type is their class."""
    w_type: W_TypeObject

    def __init__(self, w_type: W_TypeObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def overrides_get(self) -> bool:
        """A subclass defining its own __get__: the fast paths (descr_get)
        step aside so that the attribute protocol calls it."""
        w_type = self.w_type
        if not w_type.is_heaptype:
            return False
        w_get = w_type.lookup("__get__")
        return not (isinstance(w_get, W_BuiltinFunction) and w_get.w_objclass is not None
                    and not w_get.w_objclass.is_heaptype)

    def descr_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root | None:
        if self.overrides_get():
            return None
        return self.builtin_get(w_obj, w_type)

    def descr_get_class(self, w_type: W_TypeObject) -> W_Root | None:
        if self.overrides_get():
            return None
        return self.builtin_get(None, w_type)

    def builtin_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root:
        """The __get__ of staticmethod, classmethod, property."""
        raise NotImplementedError("builtin_get")


class W_StaticMethod(W_DescrWithDict):
    w_function: W_Root

    def __init__(self, w_function: W_Root) -> None:
        W_DescrWithDict.__init__(self, w_staticmethod_type)
        self.w_function = w_function

    def builtin_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root:
        return self.w_function


def register_staticmethod(w_type: W_TypeObject, spec: str, fn: BuiltinFn) -> None:
    """Load time: a static method of a built-in type (`str.maketrans`),
    a staticmethod in its namespace around a function that knows its
    type (W_BuiltinFunction.w_static_of)."""
    b = register(None, spec, fn)
    b.w_static_of = w_type
    w_type.dict_w[b.name] = W_StaticMethod(b)


class W_ClassMethod(W_DescrWithDict):
    w_function: W_Root

    def __init__(self, w_function: W_Root) -> None:
        W_DescrWithDict.__init__(self, w_classmethod_type)
        self.w_function = w_function

    def builtin_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root:
        # 3.9-3.12: a callable with a __get__ is bound by it, as
        # __get__(cls, cls) (classmethod over property, over another
        # classmethod...); built-in functions and bound methods have none
        w_f = self.w_function
        if isinstance(w_f, W_Method) or (isinstance(w_f, W_BuiltinFunction) and (
                w_f.w_objclass is None or w_f.w_self is not None)):
            return W_Method(w_f, w_type)
        w_res = w_f.descr_get(w_type, w_type)
        if w_res is not None:
            return w_res
        w_get = space.lookup(w_f, "__get__")
        if w_get is None:
            return W_Method(w_f, w_type)
        return space.call_function(w_get, [w_f, w_type, w_type])


class W_Property(W_DescrWithDict):
    w_fget: W_Root
    w_fset: W_Root
    w_fdel: W_Root
    w_doc: W_Root
    w_name: W_Root | None       # set by __set_name__, for the messages
    getter_doc: bool            # the doc is the getter's

    def __init__(self, w_fget: W_Root, w_fset: W_Root, w_fdel: W_Root, w_doc: W_Root) -> None:
        W_DescrWithDict.__init__(self, w_property_type)
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc
        self.w_name = None
        self.getter_doc = False

    def missing(self, w_obj: W_Root, what: str) -> OperationError:
        w_name = self.w_name
        if w_name is not None:
            return operr(w_AttributeError, "property %s of %s object has no %s" % (
                space.repr_str(w_name), space.repr_str(space.wrap_str(w_obj.getclass().qualname)),
                what))
        return operr(w_AttributeError, "property of %s object has no %s" % (
            space.repr_str(space.wrap_str(w_obj.getclass().qualname)), what))

    def builtin_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root:
        if w_obj is None:
            return self
        if self.w_fget is w_None:
            raise self.missing(w_obj, "getter")
        return space.call_function(self.w_fget, [w_obj])


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    return w if w is not None else w_None


def _cls(w: W_Root) -> W_TypeObject:
    assert isinstance(w, W_TypeObject)
    return w


def staticmethod_new(args: Arguments) -> W_Root:
    w_sm = W_StaticMethod(w_None)
    w_sm.w_type = _cls(args.args_w[0])
    return w_sm


def staticmethod_init(slots: list[W_Root | None]) -> W_Root:
    w_sm = slots[0]
    assert isinstance(w_sm, W_StaticMethod)
    w_sm.w_function = _arg(slots, 1)
    copy_wrapped_attrs(w_sm, w_sm.w_function)
    return w_None


def classmethod_new(args: Arguments) -> W_Root:
    w_cm = W_ClassMethod(w_None)
    w_cm.w_type = _cls(args.args_w[0])
    return w_cm


def classmethod_init(slots: list[W_Root | None]) -> W_Root:
    w_cm = slots[0]
    assert isinstance(w_cm, W_ClassMethod)
    w_cm.w_function = _arg(slots, 1)
    copy_wrapped_attrs(w_cm, w_cm.w_function)
    return w_None


def copy_wrapped_attrs(w_descr: W_DescrWithDict, w_f: W_Root) -> None:
    """3.10+: staticmethod/classmethod copy the function's __module__,
    __name__, __qualname__, __doc__ and __annotations__ into their
    __dict__ (functools.wraps' list; __wrapped__ is a member)."""
    for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]:
        w_v = space.getattr_or_none(w_f, name)
        if w_v is not None:
            w_descr.setattr_in_map(name, w_v)


def property_new(args: Arguments) -> W_Root:
    w_p = W_Property(w_None, w_None, w_None, w_None)
    w_p.w_type = _cls(args.args_w[0])
    return w_p


def property_init(slots: list[W_Root | None]) -> W_Root:
    w_p = slots[0]
    assert isinstance(w_p, W_Property)
    w_fget = _arg(slots, 1)
    w_doc = _arg(slots, 4)
    w_p.w_fget = w_fget
    w_p.w_fset = _arg(slots, 2)
    w_p.w_fdel = _arg(slots, 3)
    w_p.w_doc = w_doc
    w_p.getter_doc = False
    if w_doc is w_None and w_fget is not w_None:
        # no doc given: the getter's (CPython 3.11's property_init_impl)
        w_d = space.getattr_or_none(w_fget, "__doc__")
        if w_d is not None:
            if w_p.w_type is w_property_type:
                w_p.w_doc = w_d
            else:
                # a subclass's own __doc__ (its docstring, or None) would
                # shadow it: it goes to the instance's __dict__
                space.setattr(w_p, "__doc__", w_d)
            w_p.getter_doc = True
    return w_None


def property_set(slots: list[W_Root | None]) -> W_Root:
    w_prop = slots[0]
    assert isinstance(w_prop, W_Property)
    if w_prop.w_fset is w_None:
        raise w_prop.missing(_arg(slots, 1), "setter")
    return space.call_function(w_prop.w_fset, [_arg(slots, 1), _arg(slots, 2)])


def property_delete(slots: list[W_Root | None]) -> W_Root:
    w_prop = slots[0]
    assert isinstance(w_prop, W_Property)
    if w_prop.w_fdel is w_None:
        raise w_prop.missing(_arg(slots, 1), "deleter")
    return space.call_function(w_prop.w_fdel, [_arg(slots, 1)])


def _property_copy(slots: list[W_Root | None], which: int) -> W_Root:
    w_prop = slots[0]
    assert isinstance(w_prop, W_Property)
    w_f = _arg(slots, 1)
    w_get = w_f if which == 0 else w_prop.w_fget
    w_doc = w_prop.w_doc
    if w_prop.getter_doc and w_get is not w_None:
        w_doc = w_None      # the new getter's doc (CPython's property_copy)
    w_new = space.call_function(w_prop.getclass(), [w_get,
                                                    w_f if which == 1 else w_prop.w_fset,
                                                    w_f if which == 2 else w_prop.w_fdel,
                                                    w_doc])
    if isinstance(w_new, W_Property):
        w_new.w_name = w_prop.w_name
    return w_new


def property_getter(slots: list[W_Root | None]) -> W_Root:
    return _property_copy(slots, 0)


def property_setter(slots: list[W_Root | None]) -> W_Root:
    return _property_copy(slots, 1)


def property_deleter(slots: list[W_Root | None]) -> W_Root:
    return _property_copy(slots, 2)


register_raw(w_staticmethod_type, "__new__", staticmethod_new)
named_as(register(w_staticmethod_type, "__init__(self, function, /)", staticmethod_init),
         "staticmethod")
register_raw(w_classmethod_type, "__new__", classmethod_new)
named_as(register(w_classmethod_type, "__init__(self, function, /)", classmethod_init),
         "classmethod")
register_raw(w_property_type, "__new__", property_new)
named_as(register(w_property_type, "__init__(self, fget=, fset=, fdel=, doc=)", property_init),
         "property")


def sm_get_func(w: W_Root) -> W_Root:
    if isinstance(w, W_StaticMethod):
        return w.w_function
    assert isinstance(w, W_ClassMethod)
    return w.w_function


def sm_get_isabstract(w: W_Root) -> W_Root:
    w_f = sm_get_func(w)
    w_v = space.getattr_or_none(w_f, "__isabstractmethod__")
    return space.wrap_bool(w_v is not None and space.is_true(w_v))


def prop_get_fget(w: W_Root) -> W_Root:
    assert isinstance(w, W_Property)
    return w.w_fget


def prop_get_fset(w: W_Root) -> W_Root:
    assert isinstance(w, W_Property)
    return w.w_fset


def prop_get_fdel(w: W_Root) -> W_Root:
    assert isinstance(w, W_Property)
    return w.w_fdel


def prop_get_doc(w: W_Root) -> W_Root:
    assert isinstance(w, W_Property)
    return w.w_doc


def prop_set_doc(w: W_Root, w_value: W_Root) -> None:
    assert isinstance(w, W_Property)
    w.w_doc = w_value


def prop_get_isabstract(w: W_Root) -> W_Root:
    assert isinstance(w, W_Property)
    for w_f in [w.w_fget, w.w_fset, w.w_fdel]:
        w_v = space.getattr_or_none(w_f, "__isabstractmethod__")
        if w_v is not None and space.is_true(w_v):
            return space.wrap_bool(True)
    return space.wrap_bool(False)


def prop_set_name(slots: list[W_Root | None]) -> W_Root:
    w_p = slots[0]
    assert isinstance(w_p, W_Property)
    w_p.w_name = slots[2]
    return w_None


def descr_get_generic(slots: list[W_Root | None]) -> W_Root:
    """`__get__(instance, owner)` of staticmethod, classmethod, property."""
    w_d = slots[0]
    assert isinstance(w_d, W_DescrWithDict)
    w_obj = slots[1]
    w_owner = slots[2]
    if w_obj is w_None:
        w_obj = None
    w_type: W_TypeObject | None = None
    if isinstance(w_owner, W_TypeObject):
        w_type = w_owner
    elif w_obj is not None:
        w_type = w_obj.getclass()
    if w_type is None:
        raise operr(w_TypeError, "__get__(None, None) is invalid")
    return w_d.builtin_get(w_obj, w_type)


def sm_repr(slots: list[W_Root | None]) -> W_Root:
    """`<staticmethod(<function f at ...>)>` (CPython's sm_repr/cm_repr:
    the names are fixed, subclasses print them too)."""
    w = slots[0]
    assert w is not None
    kind = "staticmethod" if isinstance(w, W_StaticMethod) else "classmethod"
    return space.wrap_str("<%s(%s)>" % (kind, space.repr_str(sm_get_func(w))))


for _t in [w_staticmethod_type, w_classmethod_type]:
    readonly_member(_t, "__func__", sm_get_func)
    readonly_member(_t, "__wrapped__", sm_get_func)
    register(_t, "__repr__(self, /)", sm_repr)
    getset(_t, "__isabstractmethod__", sm_get_isabstract)
register(w_property_type, "__set_name__(self, owner, name, /)", prop_set_name)
for _t in [w_staticmethod_type, w_classmethod_type, w_property_type]:
    register(_t, "__get__(self, instance, owner=, /)", descr_get_generic)


def staticmethod_call(args: Arguments) -> W_Root:
    """3.10+: a staticmethod object is callable."""
    w_sm = args.args_w[0]
    assert isinstance(w_sm, W_StaticMethod)
    return w_sm.w_function.call_args(Arguments(args.args_w[1:], args.kw_names, args.kw_values_w))


def method_new(args: Arguments) -> W_Root:
    """types.MethodType(function, instance)."""
    if len(args.args_w) != 3:
        raise operr(w_TypeError, "method expected 2 arguments, got %d" % (len(args.args_w) - 1))
    w_f = args.args_w[1]
    if not space.callable_w(w_f):
        raise operr(w_TypeError, "first argument must be callable")
    w_self = args.args_w[2]
    if w_self is w_None:
        raise operr(w_TypeError, "instance must not be None")
    return W_Method(w_f, w_self)


register_raw(w_staticmethod_type, "__call__", staticmethod_call)
register_raw(w_method_type, "__new__", method_new)
readonly_member(w_property_type, "fget", prop_get_fget)
readonly_member(w_property_type, "fset", prop_get_fset)
readonly_member(w_property_type, "fdel", prop_get_fdel)
getset(w_property_type, "__doc__", prop_get_doc, prop_set_doc)
getset(w_property_type, "__isabstractmethod__", prop_get_isabstract)
register(w_property_type, "__set__(self, instance, value, /)", property_set)
register(w_property_type, "__delete__(self, instance, /)", property_delete)
register(w_property_type, "getter(self, function, /)", property_getter)
register(w_property_type, "setter(self, function, /)", property_setter)
register(w_property_type, "deleter(self, function, /)", property_deleter)


# -- bound methods and built-in functions: attributes

def _method(w: W_Root | None) -> W_Method:
    assert isinstance(w, W_Method)
    return w


def method_get_func(w: W_Root) -> W_Root:
    return _method(w).w_function


def method_get_self(w: W_Root) -> W_Root:
    return _method(w).w_self


def method_get_doc(w: W_Root) -> W_Root:
    """The function's docstring (CPython's method_get_doc): the type's own
    `__doc__` would hide it from method_getattr."""
    return space.getattr(_method(w).w_function, "__doc__")


def method_getattr(slots: list[W_Root | None]) -> W_Root:
    """Other attributes come from the function (CPython's method_getattro)."""
    m = _method(slots[0])
    w_name = slots[1]
    assert w_name is not None
    return space.getattr(m.w_function, space.str_of_w(w_name))


def method_repr(slots: list[W_Root | None]) -> W_Root:
    m = _method(slots[0])
    w_name = space.getattr_or_none(m.w_function, "__qualname__")
    if w_name is None:
        w_name = space.getattr_or_none(m.w_function, "__name__")
    name = space.str_str(w_name) if w_name is not None else "?"
    return space.wrap_str("<bound method %s of %s>" % (name, space.repr_str(m.w_self)))


def method_eq(slots: list[W_Root | None]) -> W_Root:
    a = _method(slots[0])
    w_b = slots[1]
    if not isinstance(w_b, W_Method):
        return w_NotImplemented
    return space.wrap_bool(a.w_self is w_b.w_self and space.eq_w(a.w_function, w_b.w_function))


def method_hash(slots: list[W_Root | None]) -> W_Root:
    m = _method(slots[0])
    return space.wrap_int(space.id_of(m.w_self) ^ space.hash_w(m.w_function))


def method_get(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    return w


def method_call(args: Arguments) -> W_Root:
    w_m = args.args_w[0]
    return w_m.call_args(Arguments(args.args_w[1:], args.kw_names, args.kw_values_w))


def cell_new(slots: list[W_Root | None]) -> W_Root:
    return W_Cell(slots[1])


def cell_repr(slots: list[W_Root | None]) -> W_Root:
    w_c = slots[0]
    assert isinstance(w_c, W_Cell)
    w_v = w_c.w_value
    if w_v is None:
        return space.wrap_str("<cell at 0x%x: empty>" % space.id_of(w_c))
    return space.wrap_str("<cell at 0x%x: %s object at 0x%x>" % (
        space.id_of(w_c), type_name(w_v), space.id_of(w_v)))


def _cell_compare(slots: list[W_Root | None], op: int) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    if not isinstance(w_a, W_Cell) or not isinstance(w_b, W_Cell):
        return w_NotImplemented
    w_x = w_a.w_value
    w_y = w_b.w_value
    if w_x is not None and w_y is not None:
        return space.richcompare(w_x, w_y, op)
    # an empty cell is less than a full one (CPython compares the pointers
    # against NULL)
    x = 0 if w_x is None else 1
    y = 0 if w_y is None else 1
    if op == 0:
        res = x < y
    elif op == 1:
        res = x <= y
    elif op == 2:
        res = x == y
    elif op == 3:
        res = x != y
    elif op == 4:
        res = x > y
    else:
        res = x >= y
    return space.wrap_bool(res)


getset(w_cell_type, "cell_contents", cell_get_contents, cell_set_contents, cell_del_contents)
register(w_cell_type, "__new__(cls, contents=, /)", cell_new)
register(w_cell_type, "__repr__(self, /)", cell_repr)
register_comparisons(w_cell_type, _cell_compare)
w_cell_type.dict_w["__hash__"] = w_None
readonly_member(w_method_type, "__func__", method_get_func)
readonly_member(w_method_type, "__self__", method_get_self)
getset(w_method_type, "__doc__", method_get_doc)
w_method_type.doc = "Create a bound instance method object."
register(w_method_type, "__getattr__(self, name, /)", method_getattr)
register(w_method_type, "__repr__(self, /)", method_repr)
register(w_method_type, "__eq__(self, other, /)", method_eq)
register(w_method_type, "__hash__(self, /)", method_hash)
register(w_method_type, "__get__(self, instance, owner=, /)", method_get)
register_raw(w_method_type, "__call__", method_call)


def _builtin(w: W_Root) -> W_BuiltinFunction:
    assert isinstance(w, W_BuiltinFunction)
    return w


def builtin_get_name(w: W_Root) -> W_Root:
    return space.wrap_str(_builtin(w).name)


def builtin_get_qualname(w: W_Root) -> W_Root:
    """A bound built-in method is named after its self's class (or its
    self, a class: `D.fromkeys`, `D().keys` are "D.fromkeys", "D.keys"),
    as CPython's meth_get__qualname__; a descriptor or a method-wrapper
    after the type that defines it."""
    b = _builtin(w)
    w_self = b.w_self
    if w_self is not None and b.getclass() is w_builtin_function_type:
        if isinstance(w_self, W_TypeObject):
            return space.wrap_str(w_self.qualname + "." + b.name)
        if b.w_objclass is not None:
            return space.wrap_str(w_self.getclass().qualname + "." + b.name)
    cls = b.w_objclass
    if cls is not None:
        return space.wrap_str(cls.name + "." + b.name)
    w_static_of = b.w_static_of
    if w_static_of is not None:
        return space.wrap_str(w_static_of.qualname + "." + b.name)
    return space.wrap_str(b.name)


def builtin_get_self(w: W_Root) -> W_Root:
    b = _builtin(w)
    w_self = b.w_self
    if w_self is None:
        w_self = b.w_module
    return w_self if w_self is not None else w_None


def builtin_get_module(w: W_Root) -> W_Root:
    b = _builtin(w)
    if b.w_objclass is None and b.w_self is None:
        w_mod = b.w_module
        if w_mod is not None:
            w_name = space.getattr_or_none(w_mod, "__name__")
            if w_name is not None:
                return w_name
        return space.wrap_str("builtins")
    return w_None


def builtin_get_objclass(w: W_Root) -> W_Root:
    cls = _builtin(w).w_objclass
    return cls if cls is not None else w_None


def builtin_repr(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    b = _builtin(w)
    cls = b.w_objclass
    w_self = b.w_self
    if w_self is None:
        w_self = b.w_static_of
    w_kind = b.getclass()
    if cls is not None and w_self is None:
        if w_kind is w_wrapper_descriptor_type:
            return space.wrap_str("<slot wrapper '%s' of '%s' objects>" % (b.name, tp_name(cls)))
        return space.wrap_str("<method '%s' of '%s' objects>" % (b.name, tp_name(cls)))
    if w_self is not None:
        if w_kind is w_method_wrapper_type:
            return space.wrap_str("<method-wrapper '%s' of %s object at 0x%x>" % (
                b.name, type_name(w_self), space.id_of(w_self)))
        return space.wrap_str("<built-in method %s of %s object at 0x%x>" % (
            b.name, type_name(w_self), space.id_of(w_self)))
    return space.wrap_str("<built-in function %s>" % b.name)


def builtin_call(args: Arguments) -> W_Root:
    w_b = args.args_w[0]
    return w_b.call_args(Arguments(args.args_w[1:], args.kw_names, args.kw_values_w))


def builtin_get(slots: list[W_Root | None]) -> W_Root:
    w_b = slots[0]
    w_obj = slots[1]
    assert w_b is not None
    w_t = slots[2]
    w_type = w_t if isinstance(w_t, W_TypeObject) else (w_obj.getclass() if w_obj is not None else None)
    if w_type is None:
        return w_b
    w_res = w_b.descr_get(w_obj if w_obj is not w_None else None, w_type)
    return w_res if w_res is not None else w_b


def _same_builtin(slots: list[W_Root | None]) -> W_Root | None:
    """Two built-ins are equal when they are the same one bound to the
    same self (CPython's meth_richcompare: `[].append`, `dict.fromkeys`
    are new objects at each access); None: NotImplemented."""
    w_a = slots[0]
    assert w_a is not None
    a = _builtin(w_a)
    w_b = slots[1]
    if not isinstance(w_b, W_BuiltinFunction):
        return None
    w_sa = a.w_self
    w_sb = w_b.w_self
    same_self = w_sa is w_sb or (w_sa is not None and w_sb is not None and space.is_w(w_sa, w_sb))
    return space.wrap_bool(same_self and a.definition is w_b.definition)


def builtin_eq(slots: list[W_Root | None]) -> W_Root:
    w_res = _same_builtin(slots)
    return w_res if w_res is not None else w_NotImplemented


def builtin_ne(slots: list[W_Root | None]) -> W_Root:
    w_res = _same_builtin(slots)
    if w_res is None:
        return w_NotImplemented
    return space.wrap_bool(w_res is space.wrap_bool(False))


def builtin_hash(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    b = _builtin(w)
    w_self = b.w_self
    h = space.id_of(w_self) if w_self is not None else 0
    return space.wrap_int(h ^ space.id_of(b.definition))


register(w_builtin_function_type, "__eq__(self, value, /)", builtin_eq)
register(w_builtin_function_type, "__ne__(self, value, /)", builtin_ne)
register(w_builtin_function_type, "__hash__(self, /)", builtin_hash)
for _t in [w_builtin_function_type, w_method_descriptor_type]:
    getset(_t, "__name__", builtin_get_name)
    getset(_t, "__qualname__", builtin_get_qualname)
    getset(_t, "__self__", builtin_get_self)
    getset(_t, "__module__", builtin_get_module)
    register(_t, "__repr__(self, /)", builtin_repr)
    register_raw(_t, "__call__", builtin_call)
getset(w_method_descriptor_type, "__objclass__", builtin_get_objclass)
getset(w_method_wrapper_type, "__objclass__", builtin_get_objclass)
register(w_method_descriptor_type, "__get__(self, instance, owner=, /)", builtin_get)


# -- __slots__: member descriptors


class W_MemberDescr(W_Root):
    """A name of __slots__: a data descriptor over the instance's map (the
    instances keep their attributes in maps either way, so slots cost
    nothing extra; what they change is that other names are refused).  The
    value is kept under `key` (maps.SLOT_PREFIX + name), apart from what
    `__dict__` shows."""
    name: str
    key: str
    w_objclass: W_TypeObject

    def __init__(self, name: str, w_objclass: W_TypeObject) -> None:
        self.name = name
        self.key = SLOT_PREFIX + name
        self.w_objclass = w_objclass

    def getclass(self) -> W_TypeObject:
        return w_member_descriptor_type

    def check(self, w_obj: W_Root) -> W_ObjectWithMap:
        if not w_obj.getclass().issubtype(self.w_objclass):
            raise operr(w_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object"
                        % (self.name, self.w_objclass.name, type_name(w_obj)))
        h = w_obj.get_attrs()
        assert isinstance(h, W_ObjectWithMap)
        return h

    def descr_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root | None:
        if w_obj is None:
            return self
        w_v = self.check(w_obj).getslotvalue(self.key)
        if w_v is None:
            raise operr(w_AttributeError, "'%s' object has no attribute '%s'"
                        % (type_name(w_obj), self.name))
        return w_v

    def descr_get_class(self, w_type: W_TypeObject) -> W_Root | None:
        return self


def member_set(slots: list[W_Root | None]) -> W_Root:
    w_d = slots[0]
    w_obj = slots[1]
    w_value = slots[2]
    if isinstance(w_d, W_GetSetProperty):
        return getset_set(slots)
    assert isinstance(w_d, W_MemberDescr) and w_obj is not None and w_value is not None
    w_d.check(w_obj).setslotvalue(w_d.key, w_value)
    return w_None


def member_delete(slots: list[W_Root | None]) -> W_Root:
    w_d = slots[0]
    w_obj = slots[1]
    if isinstance(w_d, W_GetSetProperty):
        return getset_delete(slots)
    assert isinstance(w_d, W_MemberDescr) and w_obj is not None
    if not w_d.check(w_obj).delslotvalue(w_d.key):
        # CPython's structmember.c: the bare name, for a slot already empty
        raise operr(w_AttributeError, w_d.name)
    return w_None


register(w_member_descriptor_type, "__set__(self, instance, value, /)", member_set)
register(w_member_descriptor_type, "__delete__(self, instance, /)", member_delete)
register(w_member_descriptor_type, "__repr__(self, /)", getset_repr)
register(w_member_descriptor_type, "__get__(self, instance, owner=, /)", getset_get)
for _t in [w_getset_descriptor_type, w_member_descriptor_type]:
    getset(_t, "__name__", descr_get_name)
    getset(_t, "__qualname__", descr_get_qualname)
    getset(_t, "__objclass__", descr_get_objclass)
