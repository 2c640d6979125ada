"""The process, user/group id and scheduling functions of posix beyond
procs.py's: abort, killpg, nice, get/setpriority, getgroups/setgroups/
getgrouplist/initgroups, getresuid/getresgid and the set*id family,
getloadavg, getlogin, ctermid, tcgetpgrp/tcsetpgrp, login_tty, forkpty,
wait3/wait4/waitid (posix.waitid_result) and the sched_* functions
(posix.sched_param), with CPython 3.11's signatures, conversions and
messages, over rpy.rlib.rposix.  The waits run without the GIL and are
retried after a signal whose handler did not raise (PEP 475)."""
from __future__ import annotations

from rpy.rlib import ros, rposix

from ouro.interpreter import signals
from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (operr, w_OSError, w_OverflowError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.floatobject import wrap_float
from ouro.objspace.gateway import W_BuiltinFunction, named_as, register
from ouro.objspace import intobject
from ouro.objspace.intobject import W_IntObject, bigint_of_w, is_int, wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.setobject import W_SetObject, set_add_key
from ouro.objspace.strobject import (W_StrObject, c_int_w, decode_bytes, encode_text, has_index,
                                     index_w)
from ouro.objspace.tupleobject import W_TupleObject
from ouro.modules.posix.errors import fs_bytes, oserror, oserror_errno
from ouro.modules.posix.fileops import interrupted
from ouro.modules.select.module import as_fd
from ouro.modules.posix.procs import after_fork_child, after_fork_parent, before_fork
from ouro.modules.posix.structseq import W_StructSeq, make_structseq, new_structseq
from ouro.modules.resource.module import rusage_from_record

WAITID_RESULT = make_structseq("waitid_result", "posix", [
    "si_pid", "si_uid", "si_signo", "si_status", "si_code"], 5)
SCHED_PARAM = make_structseq("sched_param", "posix", ["sched_priority"], 1)


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def id_w(w: W_Root, kind: str) -> int:
    """_Py_Uid_Converter / _Py_Gid_Converter: -1, or 0..2**32-1 (2**32-1
    is (uid_t)-1 too), else CPython's OverflowErrors (a value beyond 32
    bits that fits a long is "less than minimum")."""
    if not has_index(w):
        raise operr(w_TypeError, "%s should be integer, not %s" % (kind, type_name(w)))
    w_i = intobject.index_w(w)
    if isinstance(w_i, W_IntObject):
        v = w_i.intval
        if v == -1:
            return -1
        if v < 0 or v > 0xffffffff:
            raise operr(w_OverflowError, "%s is less than minimum" % kind)
        return v
    if bigint_of_w(w_i).sign < 0:
        raise operr(w_OverflowError, "%s is less than minimum" % kind)
    raise operr(w_OverflowError, "%s is greater than maximum" % kind)


def _fs_text(raw: bytes) -> W_Root:
    return space.wrap_str(decode_bytes(raw, "utf-8", "surrogateescape"))


# -- processes

def posix_abort(slots: list[W_Root | None]) -> W_Root:
    rposix.abort()
    return w_None


def posix_killpg(slots: list[W_Root | None]) -> W_Root:
    pgid = c_int_w(_req(slots, 0))
    sig = c_int_w(_req(slots, 1))
    try:
        rposix.killpg(pgid, sig)
    except OSError:
        raise oserror()
    signals.run_pending()      # a signal sent to our own group, as kill does
    return w_None


def posix_nice(slots: list[W_Root | None]) -> W_Root:
    inc = c_int_w(_req(slots, 0))
    try:
        return wrap_int(rposix.nice(inc))
    except OSError:
        raise oserror()


def posix_getpriority(slots: list[W_Root | None]) -> W_Root:
    which = c_int_w(_req(slots, 0))
    who = c_int_w(_req(slots, 1))
    try:
        return wrap_int(rposix.getpriority(which, who))
    except OSError:
        raise oserror()


def posix_setpriority(slots: list[W_Root | None]) -> W_Root:
    which = c_int_w(_req(slots, 0))
    who = c_int_w(_req(slots, 1))
    prio = c_int_w(_req(slots, 2))
    try:
        rposix.setpriority(which, who, prio)
    except OSError:
        raise oserror()
    return w_None


def posix_getloadavg(slots: list[W_Root | None]) -> W_Root:
    try:
        rposix.getloadavg()
    except OSError:
        raise operr(w_OSError, "Load averages are unobtainable")
    return W_TupleObject([wrap_float(rposix.three_float(0)), wrap_float(rposix.three_float(1)),
                          wrap_float(rposix.three_float(2))])


def posix_getlogin(slots: list[W_Root | None]) -> W_Root:
    try:
        return _fs_text(rposix.getlogin())
    except OSError:
        if ros.get_errno() == 0:
            raise operr(w_OSError, "unable to determine login name")
        raise oserror()


def posix_ctermid(slots: list[W_Root | None]) -> W_Root:
    return _fs_text(rposix.ctermid())


# -- users and groups

def _groups_list(n: int) -> W_Root:
    items_w: list[W_Root] = []
    for i in range(n):
        items_w.append(wrap_int(rposix.group(i)))
    return W_ListObject(items_w)


def posix_getgroups(slots: list[W_Root | None]) -> W_Root:
    try:
        n = rposix.getgroups()
    except OSError:
        raise oserror()
    return _groups_list(n)


def posix_getgrouplist(slots: list[W_Root | None]) -> W_Root:
    w_user = _req(slots, 0)
    if not isinstance(w_user, W_StrObject):
        raise operr(w_TypeError, "getgrouplist() argument 1 must be str, not %s"
                    % type_name(w_user))
    user = encode_text(w_user.as_str(), "utf-8", "strict")
    if b"\x00" in user:
        raise operr(w_ValueError, "embedded null character")
    group = id_w(_req(slots, 1), "gid")
    try:
        n = rposix.getgrouplist(user, group)
    except OSError:
        raise oserror()
    return _groups_list(n)


def posix_setgroups(slots: list[W_Root | None]) -> W_Root:
    w_seq = _req(slots, 0)
    if isinstance(w_seq, W_DictObject) or space.lookup(w_seq, "__getitem__") is None \
            or space.lookup(w_seq, "__len__") is None:
        raise operr(w_TypeError, "setgroups argument must be a sequence")
    parts: list[str] = []
    for w_g in space.unpack_iterable(w_seq):
        if not is_int(w_g):
            raise operr(w_TypeError, "groups must be integers")
        gid = id_w(w_g, "gid")
        parts.append("%d\x00" % (gid & 0xffffffff))
    try:
        rposix.setgroups(encode_text("".join(parts), "utf-8", "strict"))
    except OSError:
        raise oserror()
    return w_None


def posix_initgroups(slots: list[W_Root | None]) -> W_Root:
    user = fs_bytes(_req(slots, 0))
    gid = id_w(_req(slots, 1), "gid")
    try:
        rposix.initgroups(user, gid)
    except OSError:
        raise oserror()
    return w_None


def _three_ids() -> W_Root:
    return W_TupleObject([wrap_int(rposix.three_int(0)), wrap_int(rposix.three_int(1)),
                          wrap_int(rposix.three_int(2))])


def posix_getresuid(slots: list[W_Root | None]) -> W_Root:
    try:
        rposix.getresuid()
    except OSError:
        raise oserror()
    return _three_ids()


def posix_getresgid(slots: list[W_Root | None]) -> W_Root:
    try:
        rposix.getresgid()
    except OSError:
        raise oserror()
    return _three_ids()


def _one_id(slots: list[W_Root | None], kind: str, which: int) -> W_Root:
    v = id_w(_req(slots, 0), kind)
    try:
        if which == 0:
            rposix.setuid(v)
        elif which == 1:
            rposix.setgid(v)
        elif which == 2:
            rposix.seteuid(v)
        else:
            rposix.setegid(v)
    except OSError:
        raise oserror()
    return w_None


def posix_setuid(slots: list[W_Root | None]) -> W_Root:
    return _one_id(slots, "uid", 0)


def posix_setgid(slots: list[W_Root | None]) -> W_Root:
    return _one_id(slots, "gid", 1)


def posix_seteuid(slots: list[W_Root | None]) -> W_Root:
    return _one_id(slots, "uid", 2)


def posix_setegid(slots: list[W_Root | None]) -> W_Root:
    return _one_id(slots, "gid", 3)


def posix_setreuid(slots: list[W_Root | None]) -> W_Root:
    r = id_w(_req(slots, 0), "uid")
    e = id_w(_req(slots, 1), "uid")
    try:
        rposix.setreuid(r, e)
    except OSError:
        raise oserror()
    return w_None


def posix_setregid(slots: list[W_Root | None]) -> W_Root:
    r = id_w(_req(slots, 0), "gid")
    e = id_w(_req(slots, 1), "gid")
    try:
        rposix.setregid(r, e)
    except OSError:
        raise oserror()
    return w_None


def posix_setresuid(slots: list[W_Root | None]) -> W_Root:
    r = id_w(_req(slots, 0), "uid")
    e = id_w(_req(slots, 1), "uid")
    s = id_w(_req(slots, 2), "uid")
    try:
        rposix.setresuid(r, e, s)
    except OSError:
        raise oserror()
    return w_None


def posix_setresgid(slots: list[W_Root | None]) -> W_Root:
    r = id_w(_req(slots, 0), "gid")
    e = id_w(_req(slots, 1), "gid")
    s = id_w(_req(slots, 2), "gid")
    try:
        rposix.setresgid(r, e, s)
    except OSError:
        raise oserror()
    return w_None


# -- terminals

def posix_tcgetpgrp(slots: list[W_Root | None]) -> W_Root:
    try:
        return wrap_int(rposix.tcgetpgrp(c_int_w(_req(slots, 0))))
    except OSError:
        raise oserror()


def posix_tcsetpgrp(slots: list[W_Root | None]) -> W_Root:
    fd = c_int_w(_req(slots, 0))
    pgid = c_int_w(_req(slots, 1))
    try:
        rposix.tcsetpgrp(fd, pgid)
    except OSError:
        raise oserror()
    return w_None


def posix_login_tty(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    try:
        rposix.login_tty(fd)
    except OSError:
        raise oserror()
    return w_None


def posix_forkpty(slots: list[W_Root | None]) -> W_Root:
    before_fork()
    try:
        both = rposix.forkpty()
    except OSError:
        after_fork_parent()
        raise oserror()
    pid = both >> 32
    fd = both & 0xffffffff
    if fd == 0xffffffff:
        fd = -1
    if pid == 0:
        after_fork_child()
    else:
        after_fork_parent()
    return W_TupleObject([wrap_int(pid), wrap_int(fd)])


# -- waits

def _wait4(pid: int, options: int) -> W_Root:
    while True:
        try:
            r = rposix.wait4(pid, options)
            break
        except OSError:
            interrupted()
    return W_TupleObject([wrap_int(r), wrap_int(rposix.wait4_status()), rusage_from_record()])


def posix_wait3(slots: list[W_Root | None]) -> W_Root:
    return _wait4(-1, c_int_w(_req(slots, 0)))


def posix_wait4(slots: list[W_Root | None]) -> W_Root:
    return _wait4(c_int_w(_req(slots, 0)), c_int_w(_req(slots, 1)))


def posix_waitid(slots: list[W_Root | None]) -> W_Root:
    idtype = c_int_w(_req(slots, 0))
    ident = index_w(_req(slots, 1))
    options = c_int_w(_req(slots, 2))
    while True:
        try:
            found = rposix.waitid(idtype, ident, options)
            break
        except OSError:
            interrupted()
    if not found:
        return w_None
    values_w: list[W_Root] = []
    for i in range(5):
        values_w.append(wrap_int(rposix.waitid_field(i)))
    return new_structseq(WAITID_RESULT, values_w)


# -- scheduling

def sched_param_new(slots: list[W_Root | None]) -> W_Root:
    return new_structseq(SCHED_PARAM, [_req(slots, 1)])


def _priority_of(w: W_Root) -> int:
    """convert_sched_param: a sched_param's priority as a C int."""
    if not isinstance(w, W_StructSeq) or w.desc is not SCHED_PARAM:
        raise operr(w_TypeError, "must have a sched_param object")
    w_p = w.items_w[0]
    w_i = intobject.index_w(w_p) if is_int(w_p) else None
    if w_i is None:
        raise operr(w_TypeError, "'%s' object cannot be interpreted as an integer"
                    % type_name(w_p))
    if not isinstance(w_i, W_IntObject):
        raise operr(w_OverflowError, "Python int too large to convert to C long")
    if not -2147483648 <= w_i.intval <= 2147483647:
        raise operr(w_OverflowError, "sched_priority out of range")
    return w_i.intval


def posix_sched_yield(slots: list[W_Root | None]) -> W_Root:
    rposix.sched_yield()
    return w_None


def posix_sched_get_priority_max(slots: list[W_Root | None]) -> W_Root:
    try:
        return wrap_int(rposix.sched_get_priority_max(c_int_w(_req(slots, 0))))
    except OSError:
        raise oserror()


def posix_sched_get_priority_min(slots: list[W_Root | None]) -> W_Root:
    try:
        return wrap_int(rposix.sched_get_priority_min(c_int_w(_req(slots, 0))))
    except OSError:
        raise oserror()


def posix_sched_getscheduler(slots: list[W_Root | None]) -> W_Root:
    try:
        return wrap_int(rposix.sched_getscheduler(c_int_w(_req(slots, 0))))
    except OSError:
        raise oserror()


def posix_sched_getparam(slots: list[W_Root | None]) -> W_Root:
    try:
        prio = rposix.sched_getparam(c_int_w(_req(slots, 0)))
    except OSError:
        raise oserror()
    return new_structseq(SCHED_PARAM, [wrap_int(prio)])


def posix_sched_setparam(slots: list[W_Root | None]) -> W_Root:
    pid = c_int_w(_req(slots, 0))
    prio = _priority_of(_req(slots, 1))
    try:
        rposix.sched_setparam(pid, prio)
    except OSError:
        raise oserror()
    return w_None


def posix_sched_setscheduler(slots: list[W_Root | None]) -> W_Root:
    pid = c_int_w(_req(slots, 0))
    policy = c_int_w(_req(slots, 1))
    prio = _priority_of(_req(slots, 2))
    try:
        rposix.sched_setscheduler(pid, policy, prio)
    except OSError:
        raise oserror()
    return w_None


def posix_sched_rr_get_interval(slots: list[W_Root | None]) -> W_Root:
    try:
        return wrap_float(rposix.sched_rr_get_interval(c_int_w(_req(slots, 0))))
    except OSError:
        raise oserror()


def posix_sched_getaffinity(slots: list[W_Root | None]) -> W_Root:
    try:
        mask = rposix.sched_getaffinity(c_int_w(_req(slots, 0)))
    except OSError:
        raise oserror()
    w_set = W_SetObject()
    for i in range(len(mask) * 8):
        if (mask[i >> 3] >> (i & 7)) & 1:
            set_add_key(w_set, wrap_int(i))
    return w_set


def posix_sched_setaffinity(slots: list[W_Root | None]) -> W_Root:
    pid = c_int_w(_req(slots, 0))
    w_it = space.iter(_req(slots, 1))
    cpus: list[int] = []
    top = -1
    while True:
        w_cpu = space.next_or_none(w_it)
        if w_cpu is None:
            break
        if not is_int(w_cpu):
            raise operr(w_TypeError, "expected an iterator of ints, but iterator yielded %s"
                        % space.repr_str(space.type_of(w_cpu)))
        w_i = intobject.index_w(w_cpu)
        if intobject.int_sign(w_i) < 0:
            raise operr(w_ValueError, "negative CPU number")
        if not isinstance(w_i, W_IntObject) or w_i.intval > 2147483646:
            raise operr(w_OverflowError, "unsupported CPU number")
        cpu = w_i.intval
        if cpu >= 1 << 20:
            # beyond any CPU set the kernel takes
            raise oserror_errno(22)
        cpus.append(cpu)
        if cpu > top:
            top = cpu
    size = ((top + 64) // 64) * 8 if top >= 0 else 8
    mask = [0] * size
    for cpu in cpus:
        mask[cpu >> 3] |= 1 << (cpu & 7)
    try:
        rposix.sched_setaffinity(pid, bytes(mask))
    except OSError:
        raise oserror()
    return w_None


FUNCTIONS: list[W_BuiltinFunction] = [
    register(None, "abort()", posix_abort),
    register(None, "killpg(pgid, signal, /)", posix_killpg),
    register(None, "nice(increment, /)", posix_nice),
    register(None, "getpriority(which, who)", posix_getpriority),
    register(None, "setpriority(which, who, priority)", posix_setpriority),
    register(None, "getloadavg()", posix_getloadavg),
    register(None, "getlogin()", posix_getlogin),
    register(None, "ctermid()", posix_ctermid),
    register(None, "getgroups()", posix_getgroups),
    register(None, "getgrouplist(user, group, /)", posix_getgrouplist),
    register(None, "setgroups(groups, /)", posix_setgroups),
    register(None, "initgroups(username, gid, /)", posix_initgroups),
    register(None, "getresuid()", posix_getresuid),
    register(None, "getresgid()", posix_getresgid),
    register(None, "setuid(uid, /)", posix_setuid),
    register(None, "setgid(gid, /)", posix_setgid),
    register(None, "seteuid(euid, /)", posix_seteuid),
    register(None, "setegid(egid, /)", posix_setegid),
    register(None, "setreuid(ruid, euid, /)", posix_setreuid),
    register(None, "setregid(rgid, egid, /)", posix_setregid),
    register(None, "setresuid(ruid, euid, suid, /)", posix_setresuid),
    register(None, "setresgid(rgid, egid, sgid, /)", posix_setresgid),
    register(None, "tcgetpgrp(fd, /)", posix_tcgetpgrp),
    register(None, "tcsetpgrp(fd, pgid, /)", posix_tcsetpgrp),
    register(None, "login_tty(fd, /)", posix_login_tty),
    register(None, "forkpty()", posix_forkpty),
    register(None, "wait3(options)", posix_wait3),
    register(None, "wait4(pid, options)", posix_wait4),
    register(None, "waitid(idtype, id, options, /)", posix_waitid),
    register(None, "sched_yield()", posix_sched_yield),
    register(None, "sched_get_priority_max(policy)", posix_sched_get_priority_max),
    register(None, "sched_get_priority_min(policy)", posix_sched_get_priority_min),
    register(None, "sched_getscheduler(pid, /)", posix_sched_getscheduler),
    register(None, "sched_getparam(pid, /)", posix_sched_getparam),
    register(None, "sched_setparam(pid, param, /)", posix_sched_setparam),
    register(None, "sched_setscheduler(pid, policy, param, /)", posix_sched_setscheduler),
    register(None, "sched_rr_get_interval(pid, /)", posix_sched_rr_get_interval),
    register(None, "sched_getaffinity(pid, /)", posix_sched_getaffinity),
    register(None, "sched_setaffinity(pid, mask, /)", posix_sched_setaffinity),
]

# sched_param(sched_priority): one field, given by position or keyword
named_as(register(SCHED_PARAM.w_type, "__new__(cls, sched_priority)", sched_param_new),
         "sched_param")


def add_to(d: W_DictObject) -> None:
    """Put the functions and the struct sequence types in posix's namespace."""
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("waitid_result", WAITID_RESULT.w_type)
    d.setitem_str("sched_param", SCHED_PARAM.w_type)
