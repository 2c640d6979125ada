"""`_posixshmem` as CPython 3.11 has it: shm_open and shm_unlink, the
POSIX shared memory objects multiprocessing.shared_memory maps
(rpy.rlib.runix shm_*).  Errors are OSErrors naming the path."""
from __future__ import annotations

from rpy.rlib import ros, runix

from ouro.interpreter import signals
from ouro.interpreter.module import W_Module
from ouro.modules.posix.errors import EINTR, oserror
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.gateway import register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.strobject import W_StrObject, c_int_w, encode_text


def _path(w: W_Root | None, fname: str) -> bytes:
    assert w is not None
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s() argument 'path' must be str, not %s" % (fname, type_name(w)))
    # a NUL ends the name, as in CPython (it passes the UTF-8 as a C string)
    data = encode_text(w.as_str(), "utf-8", "strict")
    k = data.find(b"\x00")
    if k >= 0:
        data = data[:k]
    return data


def shm_open(slots: list[W_Root | None]) -> W_Root:
    w_path = slots[0]
    path = _path(w_path, "shm_open")
    assert slots[1] is not None
    flags = c_int_w(slots[1])
    mode = 0o777 if slots[2] is None else c_int_w(slots[2])
    while True:
        try:
            return wrap_int(runix.shm_open(path, flags, mode))
        except OSError:
            if ros.get_errno() != EINTR:
                raise oserror(w_path)
        signals.run_pending()


def shm_unlink(slots: list[W_Root | None]) -> W_Root:
    w_path = slots[0]
    try:
        runix.shm_unlink(_path(w_path, "shm_unlink"))
    except OSError:
        raise oserror(w_path)
    return w_None


FUNCTIONS = [
    register(None, "shm_open(path, flags, mode=)", shm_open),
    register(None, "shm_unlink(path)", shm_unlink),
]


def make_module() -> W_Module:
    w_mod = W_Module("_posixshmem", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    return w_mod


register_module("_posixshmem", make_module)
