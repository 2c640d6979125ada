"""The `grp` module, as CPython 3.11's Modules/grpmodule.c: getgrgid,
getgrnam, getgrall; entries are grp.struct_group structseqs, over rpy.rlib.runix."""
from __future__ import annotations

from rpy.rlib import runix

from ouro.interpreter.module import W_Module
from ouro.modules.posix.structseq import make_structseq, new_structseq
from ouro.modules.posix.procinfo import id_w
from ouro.modules.pwd.module import fs_str, id_text, name_arg
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_KeyError
from ouro.objspace.gateway import W_BuiltinSlots, register, register_raw
from ouro.modules.math.args import clinic_kw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import newlist
from ouro.objspace.model import Arguments, W_Root

GROUP = make_structseq("struct_group", "grp", ["gr_name", "gr_passwd", "gr_gid", "gr_mem"], 4)
GROUP.w_type.doc = ("grp.struct_group: Results from getgr*() routines.\n\n"
                    "This object may be accessed either as a tuple of\n"
                    "  (gr_name,gr_passwd,gr_gid,gr_mem)\n"
                    "or via the object attributes as named in the above tuple.\n")


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def make_entry() -> W_Root:
    members_w: list[W_Root] = []
    raw = runix.gr_members()
    start = 0
    for i in range(len(raw)):
        if raw[i] == 0:
            members_w.append(fs_str(raw[start:i]))
            start = i + 1
    values_w: list[W_Root] = [fs_str(runix.gr_str(runix.GR_NAME)),
                              fs_str(runix.gr_str(runix.GR_PASSWD)),
                              wrap_int(runix.gr_gid()), newlist(members_w)]
    return new_structseq(GROUP, values_w)


def grp_getgrgid(args: Arguments) -> W_Root:
    slots = clinic_kw(args, "getgrgid", ["id"], 0, 1, 1)
    gid = id_w(_req(slots, 0), "gid")
    if not runix.gr_by_gid(gid & 0xffffffff):
        raise operr(w_KeyError, "getgrgid(): gid not found: %s" % id_text(gid))
    return make_entry()


def grp_getgrnam(args: Arguments) -> W_Root:
    slots = clinic_kw(args, "getgrnam", ["name"], 0, 1, 1)
    w_name = _req(slots, 0)
    name = name_arg(w_name, "getgrnam", "'name' ")
    if not runix.gr_by_name(name):
        raise operr(w_KeyError, "getgrnam(): name not found: %s" % space.repr_str(w_name))
    return make_entry()


def grp_getgrall(slots: list[W_Root | None]) -> W_Root:
    items_w: list[W_Root] = []
    runix.gr_start()
    while runix.gr_next():
        items_w.append(make_entry())
    runix.gr_end()
    return newlist(items_w)


FUNCTIONS = [
    register(None, "getgrall(/)", grp_getgrall),
]
RAW_FUNCTIONS = [
    register_raw(None, "getgrgid", grp_getgrgid),
    register_raw(None, "getgrnam", grp_getgrnam),
]

for _f in FUNCTIONS:        # CPython's METH_O/METH_NOARGS messages name the module
    assert isinstance(_f, W_BuiltinSlots)
    _f.sig.qualname = "grp." + _f.sig.name


def make_module() -> W_Module:
    w_mod = W_Module("grp", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS + RAW_FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("struct_group", GROUP.w_type)
    return w_mod


register_module("grp", make_module)
