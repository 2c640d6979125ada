"""The `_stat` module, as CPython 3.11's Modules/_stat.c on Linux: the
S_IF*/S_I* mode bits, ST_* indexes, UF_*/SF_* flags (and what else the
platform's _stat has), the S_IS*() predicates, S_IMODE, S_IFMT and
filemode().  The constants are the host CPython's (a Linux CPython 3.11,
like the translated program's platform), taken at load time as
ouro/modules/errno takes its table; the docstrings come from it through
ouro/objspace/textsig.py."""
from __future__ import annotations

import _stat as _host_stat

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_OverflowError, w_TypeError
from ouro.objspace.gateway import BuiltinFn, W_BuiltinSlots, register
from ouro.objspace.intobject import W_IntObject, W_LongObject, wrap_int
from ouro.objspace.model import W_Root


def _constants() -> list[tuple[str, int]]:
    """Load time: (name, value) of every int constant, in CPython's order."""
    result: list[tuple[str, int]] = []
    for name, value in vars(_host_stat).items():
        if not name.startswith("_") and isinstance(value, int):
            result.append((name, value))
    return result


CONSTANTS = _constants()
DOC: str = _host_stat.__doc__ or ""

S_IFMT = _host_stat.S_IFMT(0xFFFFFFFF)     # the file type bits (0o170000)
S_IFDIR = _host_stat.S_IFDIR
S_IFCHR = _host_stat.S_IFCHR
S_IFBLK = _host_stat.S_IFBLK
S_IFREG = _host_stat.S_IFREG
S_IFIFO = _host_stat.S_IFIFO
S_IFLNK = _host_stat.S_IFLNK
S_IFSOCK = _host_stat.S_IFSOCK
S_ISUID = _host_stat.S_ISUID
S_ISGID = _host_stat.S_ISGID
S_ISVTX = _host_stat.S_ISVTX

MODE_T_MAX = 0xFFFFFFFF         # mode_t is a 32-bit unsigned int on Linux


def mode_w(w: W_Root | None) -> int:
    """CPython's _PyLong_AsMode_t: an int (no __index__) in mode_t's range."""
    if isinstance(w, W_IntObject):
        v = w.intval
        if v < 0:
            raise operr(w_OverflowError, "can't convert negative value to unsigned int")
        if v > MODE_T_MAX:
            raise operr(w_OverflowError, "mode out of range")
        return v
    if isinstance(w, W_LongObject):
        if w.num.sign < 0:
            raise operr(w_OverflowError, "can't convert negative value to unsigned int")
        if w.num.bit_length() <= 64:
            raise operr(w_OverflowError, "mode out of range")
        raise operr(w_OverflowError, "Python int too large to convert to C unsigned long")
    raise operr(w_TypeError, "an integer is required")


def _file_type(mode: int) -> str:
    """filemode()'s first character."""
    kind = mode & S_IFMT
    if kind == S_IFREG:
        return "-"
    if kind == S_IFDIR:
        return "d"
    if kind == S_IFLNK:
        return "l"
    if kind == S_IFBLK:
        return "b"
    if kind == S_IFCHR:
        return "c"
    if kind == S_IFIFO:
        return "p"
    if kind == S_IFSOCK:
        return "s"
    return "?"      # (no doors, event ports or whiteouts on Linux)


def _triple(mode: int, shift: int, special: int, on: str, off: str) -> str:
    """rwx of one class (user, group, other: shift 6, 3, 0), the execute
    letter replaced by `on` (executable) or `off` when `special` is set."""
    r = "r" if mode & (4 << shift) else "-"
    w = "w" if mode & (2 << shift) else "-"
    x_set = mode & (1 << shift) != 0
    if mode & special:
        x = on if x_set else off
    else:
        x = "x" if x_set else "-"
    return r + w + x


def filemode(mode: int) -> str:
    return (_file_type(mode) + _triple(mode, 6, S_ISUID, "s", "S")
            + _triple(mode, 3, S_ISGID, "s", "S") + _triple(mode, 0, S_ISVTX, "t", "T"))


def stat_filemode(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(filemode(mode_w(slots[0])))


def stat_imode(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(mode_w(slots[0]) & 0o7777)


def stat_ifmt(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(mode_w(slots[0]) & S_IFMT)


def _make_is(kind: int) -> BuiltinFn:
    """Load time: S_ISxxx(mode): whether the file type bits are `kind` (-1:
    a type Linux has not, always False)."""
    def fn(slots: list[W_Root | None]) -> W_Root:
        mode = mode_w(slots[0])
        return space.wrap_bool(kind >= 0 and mode & S_IFMT == kind)
    return fn


PREDICATES = [("S_ISDIR", S_IFDIR), ("S_ISCHR", S_IFCHR), ("S_ISBLK", S_IFBLK),
              ("S_ISREG", S_IFREG), ("S_ISFIFO", S_IFIFO), ("S_ISLNK", S_IFLNK),
              ("S_ISSOCK", S_IFSOCK), ("S_ISDOOR", -1), ("S_ISPORT", -1), ("S_ISWHT", -1)]

FUNCTIONS = [register(None, "%s(mode, /)" % name, _make_is(kind)) for name, kind in PREDICATES]
FUNCTIONS.append(register(None, "S_IMODE(mode, /)", stat_imode))
FUNCTIONS.append(register(None, "S_IFMT(mode, /)", stat_ifmt))
FUNCTIONS.append(register(None, "filemode(mode, /)", stat_filemode))

for _f in FUNCTIONS:        # CPython's METH_O messages name the module
    assert isinstance(_f, W_BuiltinSlots)
    _f.sig.qualname = "_stat." + _f.sig.name


def make_module() -> W_Module:
    w_mod = W_Module("_stat", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str(DOC))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    for name, value in CONSTANTS:
        d.setitem_str(name, wrap_int(value))
    return w_mod


register_module("_stat", make_module)
