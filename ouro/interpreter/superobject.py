"""super(): W_Super, with the zero-argument form that finds the class in
the calling frame's `__class__` cell and the instance in its first
argument (CPython's super_init_without_args)."""
from __future__ import annotations

from ouro.interpreter import frame as framemod
from ouro.objspace import space
from ouro.objspace.descriptors import W_Cell, readonly_member
from ouro.objspace.exceptions import operr, w_RuntimeError, w_TypeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject

w_super_type = make_builtin_type("super", [w_object_type], LAYOUT_OTHER)


class W_Super(W_Root):
    w_starttype: W_TypeObject
    w_obj: W_Root | None          # None: unbound super
    w_objtype: W_TypeObject | None

    def __init__(self, w_starttype: W_TypeObject, w_obj: W_Root | None,
                 w_objtype: W_TypeObject | None) -> None:
        self.w_starttype = w_starttype
        self.w_obj = w_obj
        self.w_objtype = w_objtype

    def getclass(self) -> W_TypeObject:
        return w_super_type


def supercheck(w_starttype: W_TypeObject, w_obj: W_Root) -> W_TypeObject:
    """The type whose MRO super() searches (CPython's supercheck)."""
    if isinstance(w_obj, W_TypeObject) and w_obj.issubtype(w_starttype):
        return w_obj
    w_t = w_obj.getclass()
    if w_t.issubtype(w_starttype):
        return w_t
    w_class = space.getattr_or_none(w_obj, "__class__")
    if isinstance(w_class, W_TypeObject) and w_class is not w_t and w_class.issubtype(w_starttype):
        return w_class
    raise operr(w_TypeError, "super(type, obj): obj must be an instance or subtype of type")


def super_new(args: Arguments) -> W_Root:
    args_w = args.args_w[1:]
    if args.has_keywords():
        raise operr(w_TypeError, "super() takes no keyword arguments")
    if len(args_w) == 0:
        return super_without_args()
    w_type = args_w[0]
    if not isinstance(w_type, W_TypeObject):
        raise operr(w_TypeError, "super() argument 1 must be a type, not %s" % type_name(w_type))
    if len(args_w) == 1 or args_w[1] is w_None:
        return W_Super(w_type, None, None)
    w_obj = args_w[1]
    return W_Super(w_type, w_obj, supercheck(w_type, w_obj))


def super_without_args() -> W_Root:
    f = framemod.get_ec().topframe
    if f is None:
        raise operr(w_RuntimeError, "super(): no current frame")
    # the frame of the function calling super() is the innermost Python
    # frame: built-in functions have none
    co = f.pycode.co
    if co.co_argcount == 0 and (co.co_flags & 0x4) == 0:
        raise operr(w_RuntimeError, "super(): no arguments")
    w_obj = f.fast[0] if len(f.fast) > 0 else None
    cell_index = -1
    i = 0
    while i < len(co.co_cellvars):
        if co.co_cellvars[i] == co.co_varnames[0] and f.pycode.cell2arg[i] == 0:
            c = f.cells[i].w_value
            if c is not None:
                w_obj = c
        i += 1
    if w_obj is None:
        raise operr(w_RuntimeError, "super(): arg[0] deleted")
    i = 0
    while i < len(co.co_freevars):
        if co.co_freevars[i] == "__class__":
            cell_index = len(co.co_cellvars) + i
        i += 1
    if cell_index < 0:
        raise operr(w_RuntimeError, "super(): __class__ cell not found")
    w_class = f.cells[cell_index].w_value
    if w_class is None:
        raise operr(w_RuntimeError, "super(): empty __class__ cell")
    if not isinstance(w_class, W_TypeObject):
        raise operr(w_RuntimeError, "super(): __class__ is not a type (%s)" % type_name(w_class))
    return make_super(w_class, w_obj)


def make_super(w_class: W_TypeObject, w_obj: W_Root | None) -> W_Root:
    if w_obj is None:
        raise operr(w_RuntimeError, "super(): arg[0] deleted")
    return W_Super(w_class, w_obj, supercheck(w_class, w_obj))


def super_getattribute(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    w_name = slots[1]
    assert isinstance(w_self, W_Super) and isinstance(w_name, W_StrObject)
    name = w_name.as_str()
    w_objtype = w_self.w_objtype
    if w_objtype is not None and name != "__class__":
        mro = w_objtype.mro_w
        i = 0
        while i < len(mro) and mro[i] is not w_self.w_starttype:
            i += 1
        i += 1
        while i < len(mro):
            w_t = mro[i]
            if name in w_t.dict_w:
                w_descr = w_t.dict_w[name]
                w_obj = w_self.w_obj
                if w_obj is w_objtype:
                    return space.get(w_descr, None, w_objtype)
                return space.get(w_descr, w_obj, w_objtype)
            i += 1
    w_res = space.generic_getattr(w_self, name)
    if w_res is None:
        raise space.attribute_error(w_self, name)
    return w_res


def super_repr(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    assert isinstance(w_self, W_Super)
    w_objtype = w_self.w_objtype
    if w_objtype is not None:
        return space.wrap_str("<super: <class '%s'>, <%s object>>" % (
            w_self.w_starttype.name, w_objtype.name))
    return space.wrap_str("<super: <class '%s'>, NULL>" % w_self.w_starttype.name)


def super_init(args: Arguments) -> W_Root:
    return w_None


def _super(w: W_Root) -> W_Super:
    assert isinstance(w, W_Super)
    return w


def super_get_thisclass(w: W_Root) -> W_Root:
    return _super(w).w_starttype


def super_get_self(w: W_Root) -> W_Root:
    w_obj = _super(w).w_obj
    return w_obj if w_obj is not None else w_None


def super_get_self_class(w: W_Root) -> W_Root:
    w_t = _super(w).w_objtype
    return w_t if w_t is not None else w_None


def super_get(slots: list[W_Root | None]) -> W_Root:
    """An unbound super(C) stored on a class binds to the instance it is
    read through (CPython's super_descr_get); a bound one stays as is."""
    w_self = slots[0]
    assert isinstance(w_self, W_Super)
    w_obj = slots[1]
    if w_obj is None or w_obj is w_None or w_self.w_obj is not None:
        return w_self
    return W_Super(w_self.w_starttype, w_obj, supercheck(w_self.w_starttype, w_obj))


register(w_super_type, "__get__(self, instance, owner=, /)", super_get)
readonly_member(w_super_type, "__thisclass__", super_get_thisclass)
readonly_member(w_super_type, "__self__", super_get_self)
readonly_member(w_super_type, "__self_class__", super_get_self_class)
register_raw(w_super_type, "__new__", super_new)
register_raw(w_super_type, "__init__", super_init)
register(w_super_type, "__getattribute__(self, name, /)", super_getattribute)
register(w_super_type, "__repr__(self, /)", super_repr)

_unused = [W_Cell]
