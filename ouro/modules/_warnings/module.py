"""The `_warnings` module: CPython 3.11's C warnings API, which
Lib/warnings.py imports and builds on (`filters`, `_defaultaction`,
`_onceregistry`, `_filters_mutated`, `warn`, `warn_explicit`).  The
machinery itself is in core.py, shared with the interpreter's own
warnings; here are the Python-level entry points and their argument
checks.
"""
from __future__ import annotations

import _warnings as _cpython_warnings

from ouro.interpreter.iterreduce import c_int
from ouro.interpreter.module import W_Module
from ouro.modules._warnings import core
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.gateway import W_BuiltinSlots, register
from ouro.objspace.intobject import int_w, wrap_int
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.strobject import W_StrObject, clinic_type_name, w_str_type

DOC: str = _cpython_warnings.__doc__ or ""


def warnings_warn(slots: list[W_Root | None]) -> W_Root:
    w_message = slots[0]
    assert w_message is not None
    w_category = slots[1]
    w_stacklevel = slots[2]
    w_source = slots[3]
    stacklevel = 1 if w_stacklevel is None else int_w(w_stacklevel)
    w_category = core.get_category(w_message, w_None if w_category is None else w_category)
    core.do_warn(w_message, w_category, stacklevel, w_None if w_source is None else w_source)
    return w_None


def source_line(w_globals: W_DictObject, lineno: int) -> W_Root | None:
    """Line `lineno` of the module's source, from its __loader__'s
    get_source(__name__) (None when there is no such loader or source);
    the plain writer shows it when the warnings module is not there."""
    w_loader = w_globals.getitem_str("__loader__")
    if w_loader is None:
        return None
    w_name = w_globals.getitem_str("__name__")
    if w_name is None:
        return None
    w_get_source = space.getattr_or_none(w_loader, "get_source")
    if w_get_source is None:
        return None
    w_source = space.call_function(w_get_source, [w_name])
    if w_source is w_None:
        return None
    if not isinstance(w_source, W_StrObject):
        raise operr(w_TypeError, "must be str, not %s" % type_name(w_source))
    # str's own splitlines, not one a str subclass redefines
    w_lines = space.call_function(space.getattr(w_str_type, "splitlines"), [w_source])
    return space.getitem(w_lines, wrap_int(lineno - 1))


def warnings_warn_explicit(slots: list[W_Root | None]) -> W_Root:
    w_message = slots[0]
    w_category = slots[1]
    w_filename = slots[2]
    w_lineno = slots[3]
    assert w_message is not None and w_category is not None
    assert w_filename is not None and w_lineno is not None
    if not isinstance(w_filename, W_StrObject):
        raise operr(w_TypeError, "warn_explicit() argument 3 must be str, not %s"
                    % clinic_type_name(w_filename))
    lineno = c_int(w_lineno)
    w_globals = slots[6]
    w_sourceline: W_Root | None = None
    if w_globals is not None and w_globals is not w_None:
        if not isinstance(w_globals, W_DictObject):
            raise operr(w_TypeError, "module_globals must be a dict, not '%s'"
                        % type_name(w_globals))
        w_sourceline = source_line(w_globals, lineno)
    w_source = slots[7]
    core.warn_explicit(w_category, w_message, w_filename, lineno, slots[4], slots[5],
                       w_sourceline, w_None if w_source is None else w_source)
    return w_None


def warnings_filters_mutated(slots: list[W_Root | None]) -> W_Root:
    core.filters_mutated()
    return w_None


FUNCTIONS = [
    register(None, "warn(message, category=, stacklevel=, source=)", warnings_warn),
    register(None, "warn_explicit(message, category, filename, lineno, module=, registry=, "
             "module_globals=, source=)", warnings_warn_explicit),
    register(None, "_filters_mutated()", warnings_filters_mutated),
]

for _f in FUNCTIONS:
    assert isinstance(_f, W_BuiltinSlots)
    _f.doc = getattr(_cpython_warnings, _f.sig.name).__doc__


def make_module() -> W_Module:
    w_mod = W_Module("_warnings", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str(DOC))
    d.setitem_str("filters", core.state_filters())
    d.setitem_str("_onceregistry", core.state_onceregistry())
    d.setitem_str("_defaultaction", core.state_defaultaction())
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    return w_mod


register_module("_warnings", make_module)
