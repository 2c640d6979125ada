"""The `fcntl` module, as CPython 3.11's Modules/fcntlmodule.c on Linux:
fcntl, ioctl, flock, lockf and the constants (this machine's, read from
the host CPython at load time); over rpy.rlib.runix.

Deviations: ioctl with a writable buffer and mutate_flag true returns 0
(not the C call's result) and refuses buffers longer than 1024 bytes
(CPython passes those to the call in place)."""
from __future__ import annotations

import fcntl as _host_fcntl

from rpy.rlib import runix
from rpy.rlib.rarithmetic import intmask

from ouro.interpreter.module import W_Module
from ouro.modules._io.iobase import buffer_bytes, fill_buffer
from ouro.modules.posix.errors import oserror
from ouro.modules.registry import register_module
from ouro.modules.select.module import as_fd
from ouro.objspace import space
from ouro.objspace.bytearrayobject import W_BytearrayObject
from ouro.objspace.bytesobject import W_BytesObject, wrap_bytes
from ouro.objspace.exceptions import operr, w_OSError, w_OverflowError, w_ValueError
from ouro.objspace.gateway import W_BuiltinSlots, register
from ouro.objspace.intobject import W_IntObject, bigint_of_w, index_w, wrap_int
from ouro.objspace.memoryobject import W_MemoryView
from ouro.objspace.model import W_Root, w_None
from ouro.objspace.strobject import W_StrObject, c_int_w

CONSTANTS: list[tuple[str, int]] = sorted(
    (_n, int(getattr(_host_fcntl, _n))) for _n in dir(_host_fcntl)
    if _n.isupper() and isinstance(getattr(_host_fcntl, _n), int))
LOCK_SH = _host_fcntl.LOCK_SH
LOCK_EX = _host_fcntl.LOCK_EX
LOCK_NB = _host_fcntl.LOCK_NB
LOCK_UN = _host_fcntl.LOCK_UN
BUF_MAX = 1024


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def readonly_bytes(w: W_Root) -> bytes | None:
    """The bytes of a str (UTF-8) or a read-only bytes-like object ("s#")."""
    if isinstance(w, W_StrObject):
        return w.as_str().encode()
    if isinstance(w, W_BytesObject):
        return w.value
    if isinstance(w, W_MemoryView) and w.readonly:
        return buffer_bytes(w)
    return None


def is_writable(w: W_Root) -> bool:
    if isinstance(w, W_BytearrayObject):
        return True
    if isinstance(w, W_MemoryView):
        return not w.readonly
    return w.buffer_itemsize() > 0 and not w.buffer_readonly()


def fcntl_fcntl(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    cmd = c_int_w(_req(slots, 1))
    w_arg = slots[2]
    arg = 0
    if w_arg is not None:
        data = readonly_bytes(w_arg)
        if data is not None:
            if len(data) > BUF_MAX:
                raise operr(w_ValueError, "fcntl string arg too long")
            try:
                res = runix.fcntl_buf(fd, cmd, data)
            except OSError:
                raise oserror()
            return wrap_bytes(res)
        arg = c_int_w(w_arg)
    try:
        r = runix.fcntl_int(fd, cmd, arg)
    except OSError:
        raise oserror()
    return wrap_int(r)


def fcntl_ioctl(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    w_req = index_w(_req(slots, 1))
    if isinstance(w_req, W_IntObject):
        request = w_req.intval & 0xffffffff
    else:
        request = intmask(bigint_of_w(w_req).uintmask()) & 0xffffffff
    w_arg = slots[2]
    mutate = True
    if slots[3] is not None:
        mutate = space.is_true(_req(slots, 3))
    arg = 0
    if w_arg is not None:
        if is_writable(w_arg):
            data = buffer_bytes(w_arg)
            if len(data) > BUF_MAX:
                raise operr(w_ValueError, "ioctl string arg too long")
            try:
                res = runix.ioctl_buf(fd, request, data)
            except OSError:
                raise oserror()
            if mutate:
                fill_buffer(w_arg, res)
                return wrap_int(0)
            return wrap_bytes(res)
        data2 = readonly_bytes(w_arg)
        if data2 is not None:
            if len(data2) > BUF_MAX:
                raise operr(w_ValueError, "ioctl string arg too long")
            try:
                res = runix.ioctl_buf(fd, request, data2)
            except OSError:
                raise oserror()
            return wrap_bytes(res)
        arg = c_int_w(w_arg)
    try:
        r = runix.ioctl_int(fd, request, arg)
    except OSError:
        raise oserror()
    return wrap_int(r)


def fcntl_flock(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    op = c_int_w(_req(slots, 1))
    try:
        runix.flock(fd, op)
    except OSError:
        raise oserror()
    return w_None


def _off(w: W_Root | None) -> int:
    if w is None:
        return 0
    w_i = index_w(w)
    if isinstance(w_i, W_IntObject):
        return w_i.intval
    raise operr(w_OverflowError, "Python int too large to convert to C long")


def fcntl_lockf(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    code = c_int_w(_req(slots, 1))
    length = _off(slots[2])
    start = _off(slots[3])
    whence = c_int_w(slots[4]) if slots[4] is not None else 0
    if code == LOCK_UN:
        kind = 0
    elif code & LOCK_SH:
        kind = 1
    elif code & LOCK_EX:
        kind = 2
    else:
        raise operr(w_ValueError, "unrecognized lockf argument")
    if code & LOCK_NB:
        kind += 4
    try:
        runix.lockf(fd, kind, length, start, whence)
    except OSError:
        raise oserror()
    return w_None


FUNCTIONS = [
    register(None, "fcntl(fd, cmd, arg=, /)", fcntl_fcntl),
    register(None, "ioctl(fd, request, arg=, mutate_flag=, /)", fcntl_ioctl),
    register(None, "flock(fd, operation, /)", fcntl_flock),
    register(None, "lockf(fd, cmd, len=, start=, whence=, /)", fcntl_lockf),
]

for _f in FUNCTIONS:        # CPython's METH_O/METH_NOARGS messages name the module
    assert isinstance(_f, W_BuiltinSlots)
    _f.sig.qualname = "fcntl." + _f.sig.name


def make_module() -> W_Module:
    w_mod = W_Module("fcntl", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    for name, value in CONSTANTS:
        d.setitem_str(name, wrap_int(value))
    return w_mod


register_module("fcntl", make_module)

_unused = [w_OSError]
