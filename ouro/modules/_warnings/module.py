"""The `_warnings` module, reduced to `warn`: the warnings machinery is the
pure-Python one of Lib/warnings.py (which falls back to its own filters,
defaults and registries when `_warnings` lacks them, as here).  `warn`
hands over to warnings.warn; importlib's bootstrap calls it.
"""
from __future__ import annotations

from ouro.interpreter import importing
from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.gateway import register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import W_Root, w_None


def warnings_warn(slots: list[W_Root | None]) -> W_Root:
    w_message = slots[0]
    assert w_message is not None
    w_category: W_Root = w_None
    w_stacklevel: W_Root = wrap_int(1)
    w_source: W_Root = w_None
    w_a = slots[1]
    if w_a is not None:
        w_category = w_a
    w_b = slots[2]
    if w_b is not None:
        w_stacklevel = w_b
    w_c = slots[3]
    if w_c is not None:
        w_source = w_c
    w_warnings = importing.import_one("warnings")
    w_warn = space.getattr(w_warnings, "warn")
    return space.call_function(w_warn, [w_message, w_category, w_stacklevel, w_source])


FUNCTIONS = [
    register(None, "warn(message, category=, stacklevel=, source=)", warnings_warn),
]


def make_module() -> W_Module:
    w_mod = W_Module("_warnings", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    return w_mod


register_module("_warnings", make_module)
