"""The `errno` module: the E* constants of the platform and `errorcode`
(number -> name).  The table is the one of the CPython that imports this
module (a Linux CPython 3.11, like the translated program's platform),
taken at load time, in CPython's order."""
from __future__ import annotations

import errno as _errno

from ouro.interpreter.module import W_Module
from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.intobject import wrap_int


def _table() -> list[tuple[str, int]]:
    """Load time: (name, value) of every E* constant, aliases included."""
    result: list[tuple[str, int]] = []
    for name in list(_errno.__dict__):
        if name.startswith("E"):
            value = getattr(_errno, name)
            if isinstance(value, int):
                result.append((name, value))
    return result


CONSTANTS = _table()
# errorcode: CPython's own dict (for a value with aliases, the name it keeps)
ERRORCODE: list[tuple[int, str]] = list(_errno.errorcode.items())


def make_module() -> W_Module:
    w_mod = W_Module("errno", None)
    d = w_mod.w_dict
    w_errorcode = W_DictObject()
    for code, name in ERRORCODE:
        w_errorcode.setitem(wrap_int(code), space.wrap_str(name))
    d.setitem_str("errorcode", w_errorcode)
    for name, value in CONSTANTS:
        d.setitem_str(name, wrap_int(value))
    return w_mod
