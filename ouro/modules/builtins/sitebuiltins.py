"""The builtins `exit` and `quit`: what CPython's site module installs
(Lib/_sitebuiltins.py's Quitter).  ouro never imports site, but scripts
call exit(1) and quit() as if it had.
"""
from __future__ import annotations

from ouro.interpreter import frame as framemod
from ouro.objspace import space
from ouro.objspace.exceptions import OperationError, W_BaseException, operr, w_SystemExit, \
    w_TypeError
from ouro.objspace.gateway import register
from ouro.objspace.model import W_Root, W_TypeObject, make_builtin_type, LAYOUT_OTHER, \
    type_name, w_None, w_object_type
from ouro.objspace.strobject import W_StrObject

EOF_HINT = "Ctrl-D (i.e. EOF)"

w_quitter_type = make_builtin_type("Quitter", [w_object_type], LAYOUT_OTHER)
w_quitter_type.dict_w["__module__"] = W_StrObject("_sitebuiltins")


class W_Quitter(W_Root):
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def getclass(self) -> W_TypeObject:
        return w_quitter_type


def _quitter(w: W_Root | None) -> W_Quitter:
    if not isinstance(w, W_Quitter):
        assert w is not None
        raise operr(w_TypeError, "descriptor requires a 'Quitter' object but received a '%s'"
                    % type_name(w))
    return w


def quitter_repr(slots: list[W_Root | None]) -> W_Root:
    q = _quitter(slots[0])
    return W_StrObject("Use %s() or %s to exit" % (q.name, EOF_HINT))


def quitter_call(slots: list[W_Root | None]) -> W_Root:
    """Closes sys.stdin (errors ignored), then raises SystemExit(code)."""
    _quitter(slots[0])
    w_stdin = framemod.REFS.w_sys_dict.getitem_str("stdin")
    if w_stdin is not None and w_stdin is not w_None:
        try:
            space.call_method(w_stdin, "close", [])
        except OperationError:
            pass
    w_code = slots[1]
    args_w: list[W_Root] = [w_code] if w_code is not None else [w_None]
    raise OperationError(W_BaseException(w_SystemExit, args_w))


register(w_quitter_type, "__repr__(self, /)", quitter_repr)
register(w_quitter_type, "__call__(self, code=)", quitter_call)


def install(w_builtins: W_Root) -> None:
    space.dict_setitem_str(w_builtins, "exit", W_Quitter("exit"))
    space.dict_setitem_str(w_builtins, "quit", W_Quitter("quit"))
