"""The `pwd` module, as CPython 3.11's Modules/pwdmodule.c: getpwuid,
getpwnam, getpwall and struct_passwd (a structseq), over the C library's
password database (rpy.rlib.runix).  Strings are decoded from UTF-8 with
surrogateescape (the file system encoding)."""
from __future__ import annotations

from rpy.rlib import runix

from ouro.interpreter.module import W_Module
from ouro.modules.posix.procinfo import id_w
from ouro.modules.posix.structseq import StructSeqDesc, make_structseq, new_structseq
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import OperationError, operr, w_KeyError, w_OverflowError, w_TypeError, w_ValueError
from ouro.objspace.gateway import W_BuiltinSlots, register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import newlist
from ouro.objspace.model import W_Root, type_name
from ouro.objspace.strobject import W_StrObject, decode_bytes

PASSWD = make_structseq("struct_passwd", "pwd", ["pw_name", "pw_passwd", "pw_uid", "pw_gid",
                                                 "pw_gecos", "pw_dir", "pw_shell"], 7)
PASSWD.w_type.doc = ("pwd.struct_passwd: Results from getpw*() routines.\n\n"
                     "This object may be accessed either as a tuple of\n"
                     "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n"
                     "or via the object attributes as named in the above tuple.")


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def fs_str(b: bytes) -> W_Root:
    return space.wrap_str(decode_bytes(b, "utf-8", "surrogateescape"))


def id_text(v: int) -> str:
    """A uid/gid as CPython's messages print it: the C uid_t through %d
    (2**32-1 is -1)."""
    if v >= 0x80000000:
        return str(v - 0x100000000)
    return str(v)


def name_arg(w: W_Root, fname: str, argname: str) -> bytes:
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s() argument %smust be str, not %s"
                    % (fname, argname, type_name(w)))
    s = w.as_str()
    if "\x00" in s:
        raise operr(w_ValueError, "embedded null byte")
    return s.encode()


def make_entry() -> W_Root:
    values_w: list[W_Root] = [fs_str(runix.pw_str(runix.PW_NAME)),
                              fs_str(runix.pw_str(runix.PW_PASSWD)),
                              wrap_int(runix.pw_int(runix.PW_UID)),
                              wrap_int(runix.pw_int(runix.PW_GID)),
                              fs_str(runix.pw_str(runix.PW_GECOS)),
                              fs_str(runix.pw_str(runix.PW_DIR)),
                              fs_str(runix.pw_str(runix.PW_SHELL))]
    return new_structseq(PASSWD, values_w)


def pwd_getpwuid(slots: list[W_Root | None]) -> W_Root:
    w_uid = _req(slots, 0)
    try:
        uid = id_w(w_uid, "uid")
    except OperationError as e:
        if e.match(w_OverflowError):
            raise operr(w_KeyError, "getpwuid(): uid not found")
        raise
    if not runix.pw_by_uid(uid & 0xffffffff):
        raise operr(w_KeyError, "getpwuid(): uid not found: %s" % id_text(uid))
    return make_entry()


def pwd_getpwnam(slots: list[W_Root | None]) -> W_Root:
    w_name = _req(slots, 0)
    name = name_arg(w_name, "getpwnam", "")
    if not runix.pw_by_name(name):
        raise operr(w_KeyError, "getpwnam(): name not found: %s" % space.repr_str(w_name))
    return make_entry()


def pwd_getpwall(slots: list[W_Root | None]) -> W_Root:
    items_w: list[W_Root] = []
    runix.pw_start()
    while runix.pw_next():
        items_w.append(make_entry())
    runix.pw_end()
    return newlist(items_w)


FUNCTIONS = [
    register(None, "getpwuid(uidobj, /)", pwd_getpwuid),
    register(None, "getpwnam(name, /)", pwd_getpwnam),
    register(None, "getpwall(/)", pwd_getpwall),
]

for _f in FUNCTIONS:        # CPython's METH_O/METH_NOARGS messages name the module
    assert isinstance(_f, W_BuiltinSlots)
    _f.sig.qualname = "pwd." + _f.sig.name


def make_module() -> W_Module:
    w_mod = W_Module("pwd", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("struct_passwd", PASSWD.w_type)
    return w_mod


register_module("pwd", make_module)

_unused: list[StructSeqDesc] = []
