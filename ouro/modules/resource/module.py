"""The `resource` module, as CPython 3.11's Modules/resource.c on Linux:
getrlimit, setrlimit, getrusage (struct_rusage, a structseq),
getpagesize, the RLIMIT_*/RUSAGE_* constants (this machine's, read from
the host CPython at load time), RLIM_INFINITY (-1), error (OSError) and
prlimit; over rpy.rlib.runix."""
from __future__ import annotations

import resource as _host_resource

from rpy.rlib import ros, runix

from ouro.interpreter.module import W_Module
from ouro.modules.posix.errors import oserror
from ouro.modules.posix.structseq import make_structseq, new_structseq
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import (OperationError, operr, w_OSError, w_OverflowError,
                                      w_TypeError, w_ValueError)
from ouro.objspace.floatobject import wrap_float
from ouro.objspace.gateway import W_BuiltinSlots, register, register_raw
from ouro.objspace.intobject import W_IntObject, index_w, wrap_int
from ouro.objspace.model import Arguments, W_Root, w_None
from ouro.objspace.strobject import c_int_w
from ouro.objspace.tupleobject import W_TupleObject

RUSAGE = make_structseq("struct_rusage", "resource",
                        ["ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
                         "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock",
                         "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"], 16)
RUSAGE.w_type.doc = ("struct_rusage: Result from getrusage.\n\n"
                     "This object may be accessed either as a tuple of\n"
                     "    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n"
                     "    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\n"
                     "or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.")

CONSTANTS: list[tuple[str, int]] = sorted(
    (_n, int(getattr(_host_resource, _n))) for _n in dir(_host_resource)
    if _n.startswith("RLIMIT_") or _n.startswith("RUSAGE_") or _n == "RLIM_INFINITY")
RLIM_NLIMITS = 16
EINVAL = 22
EPERM = 1


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def _resource_arg(w: W_Root) -> int:
    r = c_int_w(w)
    if r < 0 or r >= RLIM_NLIMITS:
        raise operr(w_ValueError, "invalid resource specified")
    return r


def _limit(w: W_Root) -> int:
    w_i = index_w(w)
    if isinstance(w_i, W_IntObject):
        return w_i.intval
    raise operr(w_OverflowError, "Python int too large to convert to C long")


def res_getrlimit(slots: list[W_Root | None]) -> W_Root:
    r = _resource_arg(_req(slots, 0))
    try:
        runix.getrlimit(r)
    except OSError:
        raise oserror()
    return W_TupleObject([wrap_int(runix.rlimit(0)), wrap_int(runix.rlimit(1))])


def res_setrlimit(slots: list[W_Root | None]) -> W_Root:
    r = _resource_arg(_req(slots, 0))
    w_limits = _req(slots, 1)
    cur, mx = _limits(w_limits)
    try:
        runix.setrlimit(r, cur, mx)
    except OSError:
        e = oserror()
        if e.match(w_OSError):
            code = ros.get_errno()
            if code == EINVAL:
                raise operr(w_ValueError, "current limit exceeds maximum limit")
            if code == EPERM:
                raise operr(w_ValueError, "not allowed to raise maximum limit")
        raise e
    return w_None


def _limits(w_limits: W_Root) -> tuple[int, int]:
    items_w: list[W_Root] = []
    w_it = space.iter(w_limits)
    while True:
        w_item = space.next_or_none(w_it)
        if w_item is None:
            break
        items_w.append(w_item)
    if len(items_w) != 2:
        raise operr(w_ValueError, "expected a tuple of 2 integers")
    return (_limit(items_w[0]), _limit(items_w[1]))


def res_prlimit(args: Arguments) -> W_Root:
    if args.has_keywords():
        raise operr(w_TypeError, "prlimit() takes no keyword arguments")
    n = len(args.args_w)
    if n < 2 or n > 3:
        raise operr(w_TypeError, "resource.prlimit requires 2 to 3 arguments")
    pid = c_int_w(args.args_w[0])
    r = _resource_arg(args.args_w[1])
    cur = 0
    mx = 0
    if n == 3:
        cur, mx = _limits(args.args_w[2])
    try:
        runix.prlimit(pid, r, n == 3, cur, mx)
    except OSError:
        e = oserror()
        if ros.get_errno() == EINVAL:
            raise operr(w_ValueError, "current limit exceeds maximum limit")
        raise e
    return W_TupleObject([wrap_int(runix.rlimit(0)), wrap_int(runix.rlimit(1))])


def res_getrusage(slots: list[W_Root | None]) -> W_Root:
    who = c_int_w(_req(slots, 0))
    try:
        runix.getrusage(who)
    except OSError:
        raise operr(w_ValueError, "invalid who parameter")
    return rusage_from_record()


def rusage_from_record() -> W_Root:
    """A struct_rusage of runix's rusage record (getrusage, and posix's
    wait3/wait4)."""
    values_w: list[W_Root] = [wrap_float(runix.rusage_time(0)), wrap_float(runix.rusage_time(1))]
    for i in range(2, 16):
        values_w.append(wrap_int(runix.rusage_int(i)))
    return new_structseq(RUSAGE, values_w)


def res_getpagesize(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(runix.getpagesize())


FUNCTIONS = [
    register(None, "getrlimit(resource, /)", res_getrlimit),
    register(None, "setrlimit(resource, limits, /)", res_setrlimit),
    register(None, "getrusage(who, /)", res_getrusage),
    register(None, "getpagesize(/)", res_getpagesize),
]

for _f in FUNCTIONS:        # CPython's METH_O/METH_NOARGS messages name the module
    assert isinstance(_f, W_BuiltinSlots)
    _f.sig.qualname = "resource." + _f.sig.name


W_PRLIMIT = register_raw(None, "prlimit", res_prlimit)


def make_module() -> W_Module:
    w_mod = W_Module("resource", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("prlimit", W_PRLIMIT)
    for name, value in CONSTANTS:
        d.setitem_str(name, wrap_int(value))
    d.setitem_str("struct_rusage", RUSAGE.w_type)
    d.setitem_str("error", w_OSError)
    return w_mod


register_module("resource", make_module)

_unused = [OperationError]
