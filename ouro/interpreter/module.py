"""Module objects: a namespace dict with a name (W_Module), and the
module-level `__getattr__` of PEP 562."""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import operr, w_AttributeError, w_TypeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.model import (LAYOUT_OBJECT, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject

w_module_type = make_builtin_type("module", [w_object_type], LAYOUT_OBJECT)
w_module_type.hasdict = True


class W_Module(W_Root):
    w_dict: W_DictObject
    w_type: W_TypeObject
    builtin: bool           # made by the interpreter (sys, builtins, the registry's)

    def __init__(self, name: str, w_dict: W_DictObject | None) -> None:
        if w_dict is None:
            w_dict = W_DictObject()
        self.w_dict = w_dict
        self.w_type = w_module_type
        self.builtin = False
        if w_dict.getitem_str("__name__") is None:
            w_dict.setitem_str("__name__", W_StrObject(name))
            w_dict.setitem_str("__doc__", w_None)
            w_dict.setitem_str("__package__", w_None)
            w_dict.setitem_str("__loader__", w_None)
            w_dict.setitem_str("__spec__", w_None)

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def getdictvalue(self, name: str) -> W_Root | None:
        return self.w_dict.getitem_str(name)

    def setdictvalue(self, name: str, w_value: W_Root) -> bool:
        self.w_dict.setitem_str(name, w_value)
        return True

    def deldictvalue(self, name: str) -> bool:
        return self.w_dict.delitem(W_StrObject(name))

    def name(self) -> str:
        w_name = self.w_dict.getitem_str("__name__")
        if isinstance(w_name, W_StrObject):
            return w_name.as_str()
        return "?"


def module_getattr(slots: list[W_Root | None]) -> W_Root:
    """Called when the normal lookup failed: PEP 562's __getattr__, else
    CPython's AttributeError."""
    w_mod = slots[0]
    w_name = slots[1]
    assert isinstance(w_mod, W_Module) and w_name is not None
    w_ga = w_mod.w_dict.getitem_str("__getattr__")
    if w_ga is not None:
        return space.call_function(w_ga, [w_name])
    name = space.str_of_w(w_name)
    e = operr(w_AttributeError, "module '%s' has no attribute '%s'" % (w_mod.name(), name))
    # name and obj: what the "Did you mean" of a traceback searches
    e.w_value.setattr_in_map("name", W_StrObject(name))
    e.w_value.setattr_in_map("obj", w_mod)
    raise e


def module_repr(slots: list[W_Root | None]) -> W_Root:
    """CPython's importlib._bootstrap._module_repr: from __spec__ (its
    name, origin, loader, has_location) when there is one, else from
    __name__, __file__ and __loader__."""
    w_mod = slots[0]
    assert w_mod is not None
    w_spec = space.getattr_or_none(w_mod, "__spec__")
    if w_spec is not None and w_spec is not w_None:
        return space.wrap_str(_repr_from_spec(w_spec))
    w_loader = space.getattr_or_none(w_mod, "__loader__")
    w_name = space.getattr_or_none(w_mod, "__name__")
    name = "'?'" if w_name is None else space.repr_str(w_name)
    w_file = space.getattr_or_none(w_mod, "__file__")
    if w_file is None:
        if isinstance(w_mod, W_Module) and w_mod.builtin and \
                (w_loader is None or w_loader is w_None):
            # the spec importlib gives it once imported (origin 'built-in')
            return space.wrap_str("<module %s (built-in)>" % name)
        if w_loader is None or w_loader is w_None:
            return space.wrap_str("<module %s>" % name)
        return space.wrap_str("<module %s (%s)>" % (name, space.repr_str(w_loader)))
    return space.wrap_str("<module %s from %s>" % (name, space.repr_str(w_file)))


def _repr_from_spec(w_spec: W_Root) -> str:
    w_name = space.getattr(w_spec, "name")
    name = "'?'" if w_name is w_None else space.repr_str(w_name)
    w_origin = space.getattr(w_spec, "origin")
    if w_origin is w_None:
        w_loader = space.getattr(w_spec, "loader")
        if w_loader is w_None:
            return "<module %s>" % name
        return "<module %s (%s)>" % (name, space.repr_str(w_loader))
    if space.is_true(space.getattr(w_spec, "has_location")):
        return "<module %s from %s>" % (name, space.repr_str(w_origin))
    return "<module %s (%s)>" % (space.repr_str(w_name), space.str_of_w(w_origin))


def module_dir(slots: list[W_Root | None]) -> W_Root:
    """dir(module): the module's own __dir__ function if its namespace has
    one, else the names of its namespace (not the module type's)."""
    w_mod = slots[0]
    assert w_mod is not None
    if not isinstance(w_mod, W_Module):
        raise operr(w_TypeError, "descriptor '__dir__' for 'module' objects doesn't apply to a '%s' object"
                    % type_name(w_mod))
    w_f = w_mod.w_dict.getitem_str("__dir__")
    if w_f is not None:
        return space.call_function(w_f, [])
    return space.new_list(w_mod.w_dict.keys())


def module_new(args: Arguments) -> W_Root:
    if len(args.args_w) < 2:
        raise operr(w_TypeError, "module.__new__() missing required argument 'name' (pos 1)")
    w_name = args.args_w[1]
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "module.__init__() argument 'name' must be str, not %s"
                    % type_name(w_name))
    w_mod = W_Module(w_name.as_str(), None)
    w_cls = args.args_w[0]
    if isinstance(w_cls, W_TypeObject):
        w_mod.w_type = w_cls
    if len(args.args_w) > 2:
        w_mod.w_dict.setitem_str("__doc__", args.args_w[2])
    return w_mod


def module_init(args: Arguments) -> W_Root:
    return w_None


def module_get_dict(w: W_Root) -> W_Root:
    assert isinstance(w, W_Module)
    return w.w_dict


register(w_module_type, "__getattr__(self, name, /)", module_getattr)
register(w_module_type, "__repr__(self, /)", module_repr)
register(w_module_type, "__dir__(self, /)", module_dir)
register_raw(w_module_type, "__new__", module_new)
register_raw(w_module_type, "__init__", module_init)
getset(w_module_type, "__dict__", module_get_dict)
