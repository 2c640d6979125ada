"""The functions of rpy.rlib and math that translate to C runtime calls.

One table: the Python object a program calls, its argument and result
types, and the C function (or inline expression) that implements it.
"""
from __future__ import annotations

import math
import sys
from typing import Any

from rpy.annotate.model import (SomeBool, SomeBytes, SomeFloat, SomeInt, SomeNone, SomeStr,
                                SomeType, SomeUInt, s_bool, s_bytes, s_float, s_int, s_none,
                                s_str, s_uint)
from rpy.annotate.model import (ListDef, SomeConst, SomeFuncPtr, SomeGCRef, SomeInstance, SomeList,
                                SomeWeakRef)
from rpy.rlib import (jit, objectmodel, rarithmetic, rgc, rgcref, rjitmem, rmath, ros, rsignal,
                      rtime, rweakref)
from rpy.rlib import (rbytebuf, rbz2, rexpat, rlocale, rlzma, rmmap, rposix, rprocess, rsocket,
                      rsqlite, rthread, runix, rzlib)


class Ext:
    def __init__(self, pyobj: Any, args: list, result: SomeType, c: str,
                 canraise: bool = False, canmalloc: bool = False,
                 checks: list[tuple[str, str, str]] | None = None,
                 annotate_fn: Any = None) -> None:
        self.pyobj = pyobj
        # annotate_fn(annotator, types) -> SomeType | error message: for the
        # functions whose result type depends on the arguments' (rweakref, rgc)
        self.annotate_fn = annotate_fn
        # inline argument checks (C condition on {0}..., exception kind, message):
        # the C code then needs no call that could raise
        self.checks = checks or []
        self.args = args          # SomeTypes; s_float also accepts ints
        self.result = result
        self.c = c                # C function name, or a template with {0}, {1}...
        self.canraise = canraise
        self.canmalloc = canmalloc
        self.name = getattr(pyobj, '__name__', str(pyobj))

    def annotate(self, types: list[SomeType], ann: Any = None) -> SomeType | str:
        if self.annotate_fn is not None:
            if len(types) != len(self.args):
                return "%s() takes %d arguments but %d were given" % (
                    self.name, len(self.args), len(types))
            return self.annotate_fn(ann, types)  # type: ignore[no-any-return]
        if len(types) != len(self.args):
            return "%s() takes %d arguments but %d were given" % (self.name, len(self.args), len(types))
        for i, (want, got) in enumerate(zip(self.args, types)):
            if want is None:
                if self.pyobj is rgcref.cast_instance_to_gcref and (
                        not isinstance(got, SomeInstance) or got.nullable):
                    return "cast_instance_to_gcref() needs an instance (not None), not %s" % got.name()
                continue
            if isinstance(want, SomeFloat) and isinstance(got, (SomeInt, SomeBool, SomeFloat)):
                continue
            if isinstance(want, SomeFuncPtr):
                if isinstance(got, SomeConst) and ann is not None:
                    ann.funcptr_desc(got.value, want)   # annotates it; error if it does not match
                    continue
                if isinstance(got, SomeFuncPtr) and got.key() == want.key():
                    continue
            if isinstance(want, SomeInt) and isinstance(got, (SomeInt, SomeBool)):
                continue
            if isinstance(want, SomeUInt) and isinstance(got, (SomeInt, SomeBool, SomeUInt)):
                continue
            if type(want) is type(got) and (want.nullable or not got.nullable):
                continue
            if isinstance(got, SomeNone) and want.nullable:
                continue
            return "argument %d of %s() must be %s, not %s" % (i + 1, self.name, want.name(), got.name())
        return self.result


class SiteExt(Ext):
    """An external whose result type depends on the call site (a class
    argument): the annotator calls at_site(annotator, types) for an Ext of
    that site (or an error message)."""

    def at_site(self, ann: Any, types: list[SomeType]) -> 'Ext | str':
        raise NotImplementedError


class GCRefCast(SiteExt):
    """rgcref.cast_gcref_to_instance(Cls, ref): the result is an instance
    of Cls, checked at run time by Cls's type id range (known only after
    rtype, hence the C code is made when it is read)."""

    def at_site(self, ann: Any, types: list[SomeType]) -> 'Ext | str':
        if len(types) != 2:
            return "cast_gcref_to_instance() takes 2 arguments"
        cls_t, ref_t = types
        cls = getattr(cls_t, 'value', None)
        if not isinstance(cls, type):
            return "cast_gcref_to_instance(): the first argument must be a class"
        if not isinstance(ref_t, SomeGCRef):
            return "cast_gcref_to_instance(): the second argument must be a GCRef, not %s" % ref_t.name()
        cd = ann.getclassdef(cls)
        return _GCRefCastSite(self.pyobj, SomeInstance(cd, ref_t.nullable), cd)


class _GCRefCastSite(Ext):
    def __init__(self, pyobj: Any, result: SomeType, cd: Any) -> None:
        Ext.__init__(self, pyobj, [None, s_gcref_or_none], result, '')
        self.cd = cd

    def __getattribute__(self, name: str) -> Any:
        if name == 'c':
            cd = object.__getattribute__(self, 'cd')
            return 'rpy_jit_gcref_cast({1}, %d, %d, "%s")' % (cd.tid, cd.tid_max, cd.name)
        return object.__getattribute__(self, name)


class GCRefIsInstance(SiteExt):
    """rgcref.gcref_isinstance(Cls, ref): a test of ref's type id against
    Cls's range (known after rtype, as for GCRefCast)."""

    def at_site(self, ann: Any, types: list[SomeType]) -> 'Ext | str':
        if len(types) != 2:
            return "gcref_isinstance() takes 2 arguments"
        cls = getattr(types[0], 'value', None)
        if not isinstance(cls, type):
            return "gcref_isinstance(): the first argument must be a class"
        if not isinstance(types[1], SomeGCRef) or types[1].nullable:
            return "gcref_isinstance(): the second argument must be a GCRef (not None), not %s" % (
                types[1].name())
        return _GCRefIsInstanceSite(self.pyobj, ann.getclassdef(cls))


class _GCRefIsInstanceSite(Ext):
    def __init__(self, pyobj: Any, cd: Any) -> None:
        Ext.__init__(self, pyobj, [None, s_gcref], s_bool, '')
        self.cd = cd

    def __getattribute__(self, name: str) -> Any:
        if name == 'c':
            cd = object.__getattribute__(self, 'cd')
            return '((Signed)RPY_TID({1}) >= %d && (Signed)RPY_TID({1}) <= %d)' % (cd.tid, cd.tid_max)
        return object.__getattribute__(self, name)


class ThreadLocalCast(SiteExt):
    """rthread.get_local_instance(Cls): the thread's slot as a `Cls | None`,
    unchecked (the program stores only Cls instances there)."""

    def at_site(self, ann: Any, types: list[SomeType]) -> 'Ext | str':
        if len(types) != 1:
            return "get_local_instance() takes 1 argument"
        cls = getattr(types[0], 'value', None)
        if not isinstance(cls, type):
            return "get_local_instance(): the argument must be a class"
        cd = ann.getclassdef(cls)
        return Ext(self.pyobj, [None], SomeInstance(cd, True), '((void *)rpy_thread_local)')


s_optstr = s_str.with_nullable(True)
FLOAT_TO_INT = [
    ('isnan({0})', 'RPY_EXC_ValueError', 'cannot convert float NaN to integer'),
    ('!({0} >= -9223372036854775808.0 && {0} < 9223372036854775808.0)', 'RPY_EXC_OverflowError',
     'cannot convert float infinity to integer'),
]
F = s_float
s_gcref = SomeGCRef()
s_gcref_or_none = SomeGCRef(True)

MAX_FINALIZER_QUEUES = 8     # the GC tags registrations with the queue in 3 low bits


def _ann_unique_id(ann: Any, types: list[SomeType]) -> SomeType | str:
    if not isinstance(types[0], SomeInstance):
        return "compute_unique_id() needs an instance of an RPy class, not %s" % types[0].name()
    return s_int


def _ann_weakref_create(ann: Any, types: list[SomeType]) -> SomeType | str:
    t = types[0]
    if not isinstance(t, SomeInstance):
        return "weakref_create() needs an instance of an RPy class, not %s" % t.name()
    return SomeWeakRef(t.classdef)


def _ann_weakref_get(ann: Any, types: list[SomeType]) -> SomeType | str:
    t = types[0]
    if not isinstance(t, SomeWeakRef):
        return "weakref_get() needs a WeakRef, not %s" % t.name()
    return SomeInstance(t.classdef, True)


def finalizer_queue_index(ann: Any, fq: Any) -> int:
    """The number of a FinalizerQueue in this program (0..7)."""
    queues = ann.__dict__.setdefault('finalizer_queues', [])
    for i, q in enumerate(queues):
        if q is fq:
            return i
    queues.append(fq)
    return len(queues) - 1


def _queue_of(ann: Any, t: SomeType, fname: str) -> Any:
    if not (isinstance(t, SomeConst) and isinstance(t.value, rgc.FinalizerQueue)):
        return "the first argument of %s() must be a module-level FinalizerQueue" % fname
    if finalizer_queue_index(ann, t.value) >= MAX_FINALIZER_QUEUES:
        return "a program may have at most %d finalizer queues" % MAX_FINALIZER_QUEUES
    return t.value


def _ann_register_finalizer(ann: Any, types: list[SomeType]) -> SomeType | str:
    fq = _queue_of(ann, types[0], 'register_finalizer')
    if isinstance(fq, str):
        return fq
    cd = ann.getclassdef(fq.cls)
    t = types[1]
    if not (isinstance(t, SomeInstance) and t.classdef.issubclass(cd)):
        return "register_finalizer(): the queue holds %s, not %s" % (cd.name, t.name())
    return s_none


def _ann_enqueue_all(ann: Any, types: list[SomeType]) -> SomeType | str:
    fq = _queue_of(ann, types[0], 'enqueue_all')
    if isinstance(fq, str):
        return fq
    return s_none


def _ann_gcref_list(ann: Any, types: list[SomeType]) -> SomeType | str:
    """rgc.all_objects/referents/referrers: a new list of GCRefs (the
    argument of referrers too)."""
    for t in types:
        if isinstance(t, SomeList):
            if not isinstance(t.item, SomeGCRef) or t.nullable:
                return "referrers() needs a list of GCRefs, not %s" % t.name()
        elif not isinstance(t, SomeGCRef) or t.nullable:
            return "referents() needs a GCRef (not None), not %s" % t.name()
    return SomeList(ListDef(s_gcref))


def _ann_next_dead(ann: Any, types: list[SomeType]) -> SomeType | str:
    fq = _queue_of(ann, types[0], 'next_dead')
    if isinstance(fq, str):
        return fq
    cd = ann.getclassdef(fq.cls)
    cd.instantiated = True
    return SomeInstance(cd, True)


s_optbytes = s_bytes.with_nullable(True)
R = True      # canraise, canmalloc
# sockets, select/poll/epoll (rpy/c/runtime/sockets.c), processes (procs.c)
SOCKET_TABLE = [
    Ext(rsocket.set_blocking, [s_int, s_bool], s_none, 'rpy_sock_set_blocking', R, R),
    Ext(rsocket.get_blocking, [s_int], s_bool, 'rpy_sock_get_blocking', R, R),
    Ext(rsocket.set_inheritable, [s_int, s_bool], s_none, 'rpy_sock_set_inheritable', R, R),
    Ext(rsocket.get_inheritable, [s_int], s_bool, 'rpy_sock_get_inheritable', R, R),
    Ext(rsocket.select_clear, [], s_none, 'rpy_sock_select_clear()'),
    Ext(rsocket.select_add, [s_int, s_int], s_none, 'rpy_sock_select_add({0}, {1})'),
    Ext(rsocket.select_wait, [s_int, s_int], s_int, 'rpy_sock_select_wait', R, R),
    Ext(rsocket.select_isset, [s_int, s_int], s_bool, 'rpy_sock_select_isset({0}, {1})'),
    Ext(rsocket.poll_clear, [], s_none, 'rpy_sock_poll_clear()'),
    Ext(rsocket.poll_add, [s_int, s_int], s_none, 'rpy_sock_poll_add', R, R),
    Ext(rsocket.poll_wait, [s_int], s_int, 'rpy_sock_poll_wait', R, R),
    Ext(rsocket.poll_revents, [s_int], s_int, 'rpy_sock_poll_revents({0})'),
    Ext(rsocket.wait_fd, [s_int, s_bool, s_int], s_bool, 'rpy_sock_wait_fd', R, R),
    Ext(rsocket.epoll_create, [], s_int, 'rpy_sock_epoll_create', R, R),
    Ext(rsocket.epoll_ctl, [s_int, s_int, s_int, s_int], s_none, 'rpy_sock_epoll_ctl', R, R),
    Ext(rsocket.epoll_wait, [s_int, s_int, s_int], s_int, 'rpy_sock_epoll_wait', R, R),
    Ext(rsocket.epoll_fd, [s_int], s_int, 'rpy_sock_epoll_fd({0})'),
    Ext(rsocket.epoll_events, [s_int], s_int, 'rpy_sock_epoll_events({0})'),
    Ext(rsocket.gai_error, [], s_int, 'rpy_sock_gai_error()'),
    Ext(rsocket.gai_strerror, [s_int], s_str, 'rpy_sock_gai_strerror', R, R),
    Ext(rsocket.addr_inet, [s_str, s_int], s_none, 'rpy_sock_addr_inet', R, R),
    Ext(rsocket.addr_inet6, [s_str, s_int, s_int, s_int], s_none, 'rpy_sock_addr_inet6', R, R),
    Ext(rsocket.addr_unix, [s_bytes], s_none, 'rpy_sock_addr_unix', R, R),
    Ext(rsocket.res_family, [], s_int, 'rpy_sock_res_family()'),
    Ext(rsocket.res_host, [], s_str, 'rpy_sock_res_host', R, R),
    Ext(rsocket.res_port, [], s_int, 'rpy_sock_res_port()'),
    Ext(rsocket.res_flowinfo, [], s_int, 'rpy_sock_res_flowinfo()'),
    Ext(rsocket.res_scope_id, [], s_int, 'rpy_sock_res_scope_id()'),
    Ext(rsocket.res_path, [], s_bytes, 'rpy_sock_res_path', R, R),
    Ext(rsocket.socket, [s_int, s_int, s_int], s_int, 'rpy_sock_socket', R, R),
    Ext(rsocket.socketpair, [s_int, s_int, s_int], s_int, 'rpy_sock_socketpair', R, R),
    Ext(rsocket.bind, [s_int], s_none, 'rpy_sock_bind', R, R),
    Ext(rsocket.listen, [s_int, s_int], s_none, 'rpy_sock_listen', R, R),
    Ext(rsocket.connect, [s_int], s_int, 'rpy_sock_connect({0})', False, True),
    Ext(rsocket.accept, [s_int], s_int, 'rpy_sock_accept', R, R),
    Ext(rsocket.getsockname, [s_int], s_none, 'rpy_sock_getsockname', R, R),
    Ext(rsocket.getpeername, [s_int], s_none, 'rpy_sock_getpeername', R, R),
    Ext(rsocket.send, [s_int, s_bytes, s_int], s_int, 'rpy_sock_send', R, R),
    Ext(rsocket.sendto, [s_int, s_bytes, s_int], s_int, 'rpy_sock_sendto', R, R),
    Ext(rsocket.recv, [s_int, s_int, s_int], s_bytes, 'rpy_sock_recv', R, R),
    Ext(rsocket.recvfrom, [s_int, s_int, s_int], s_bytes, 'rpy_sock_recvfrom', R, R),
    Ext(rsocket.sendmsg, [s_int, s_bytes, s_bytes, s_int], s_int, 'rpy_sock_sendmsg', R, R),
    Ext(rsocket.recvmsg, [s_int, s_int, s_int, s_int], s_bytes, 'rpy_sock_recvmsg', R, R),
    Ext(rsocket.recvmsg_anc, [], s_bytes, 'rpy_sock_recvmsg_anc', R, R),
    Ext(rsocket.recvmsg_flags, [], s_int, 'rpy_sock_recvmsg_flags()'),
    Ext(rsocket.cmsg_len, [s_int], s_int, 'rpy_sock_cmsg_len({0})'),
    Ext(rsocket.cmsg_space, [s_int], s_int, 'rpy_sock_cmsg_space({0})'),
    Ext(rsocket.shutdown, [s_int, s_int], s_none, 'rpy_sock_shutdown', R, R),
    Ext(rsocket.setsockopt_int, [s_int] * 4, s_none, 'rpy_sock_setsockopt_int', R, R),
    Ext(rsocket.setsockopt_bytes, [s_int, s_int, s_int, s_bytes], s_none,
        'rpy_sock_setsockopt_bytes', R, R),
    Ext(rsocket.getsockopt_int, [s_int] * 3, s_int, 'rpy_sock_getsockopt_int', R, R),
    Ext(rsocket.getsockopt_bytes, [s_int] * 4, s_bytes, 'rpy_sock_getsockopt_bytes', R, R),
    Ext(rsocket.inet_pton, [s_int, s_str], s_bytes, 'rpy_sock_inet_pton', R, R),
    Ext(rsocket.inet_aton, [s_str], s_bytes, 'rpy_sock_inet_aton', R, R),
    Ext(rsocket.inet_ntop, [s_int, s_bytes], s_str, 'rpy_sock_inet_ntop', R, R),
    Ext(rsocket.gethostname, [], s_str, 'rpy_sock_gethostname', R, R),
    Ext(rsocket.getaddrinfo, [s_optstr, s_optstr, s_int, s_int, s_int, s_int], s_int,
        'rpy_sock_getaddrinfo', R, R),
    Ext(rsocket.ai_field, [s_int, s_int], s_int, 'rpy_sock_ai_field({0}, {1})'),
    Ext(rsocket.ai_canonname, [s_int], s_str, 'rpy_sock_ai_canonname', R, R),
    Ext(rsocket.ai_select, [s_int], s_none, 'rpy_sock_ai_select({0})'),
    Ext(rsocket.h_error, [], s_int, 'rpy_sock_h_error()'),
    Ext(rsocket.h_strerror, [s_int], s_str, 'rpy_sock_h_strerror', R, R),
    Ext(rsocket.gethostbyaddr, [s_str], s_str, 'rpy_sock_gethostbyaddr', R, R),
    Ext(rsocket.gethostbyname_ex, [s_str], s_str, 'rpy_sock_gethostbyname_ex', R, R),
    Ext(rsocket.getnameinfo, [s_int], s_str, 'rpy_sock_getnameinfo', R, R),
    Ext(rsocket.getservbyname, [s_str, s_optstr], s_int, 'rpy_sock_getservbyname', R, R),
    Ext(rsocket.getservbyport, [s_int, s_optstr], s_optstr, 'rpy_sock_getservbyport', R, R),
    Ext(rsocket.getprotobyname, [s_str], s_int, 'rpy_sock_getprotobyname', R, R),
    Ext(rprocess.pipe, [], s_int, 'rpy_proc_pipe', R, R),
    Ext(rprocess.execv, [s_bytes, s_bytes, s_bytes, s_bool], s_none, 'rpy_proc_execv', R, R),
    Ext(rprocess.waitpid, [s_int, s_int], s_int, 'rpy_proc_waitpid', R, R),
    Ext(rprocess.wait_status, [], s_int, 'rpy_proc_wait_status()'),
    Ext(rprocess.system, [s_bytes], s_int, 'rpy_proc_system', R, R),
    Ext(rprocess.fork, [], s_int, 'rpy_proc_fork', R, R),
    Ext(rprocess.setsid, [], s_int, 'rpy_proc_setsid', R, R),
    Ext(rprocess.getsid, [s_int], s_int, 'rpy_proc_getsid', R, R),
    Ext(rprocess.setpgid, [s_int, s_int], s_none, 'rpy_proc_setpgid', R, R),
    Ext(rprocess.getpgid, [s_int], s_int, 'rpy_proc_getpgid', R, R),
    Ext(rprocess.pidfd_open, [s_int, s_int], s_int, 'rpy_proc_pidfd_open', R, R),
    Ext(rprocess.preexec_failed, [s_int], s_none, 'rpy_proc_preexec_failed({0})'),
    Ext(rprocess.fork_exec, [s_bytes, s_bytes, s_bytes, s_bool, s_bytes, s_bool, s_str, s_bool]
        + [s_int] * 8 + [s_bool, s_bool, s_int, s_int, s_int, s_int, s_str, s_bool, s_int],
        s_int, 'rpy_proc_fork_exec', R, R),
]

# threads and the GIL (rpy/c/runtime/threads.c)
THREAD_TABLE = [
    Ext(rthread.start_new_thread, [SomeFuncPtr([], s_none), s_gcref_or_none], s_int,
        'rpy_thread_start'),
    Ext(rthread.get_local, [], s_gcref_or_none, '(rpy_thread_local)'),
    Ext(rthread.set_local, [s_gcref_or_none], s_none, '(rpy_thread_local = (void *){0})'),
    ThreadLocalCast(rthread.get_local_instance, [None], s_none, ''),
    Ext(rthread.gil_yield_requested, [], s_bool, '(rpy_gil_drop_request != 0)'),
    # the other threads run meanwhile: they allocate, collect and raise
    Ext(rthread.gil_yield, [], s_none, 'rpy_gil_yield()', False, True),
    Ext(rthread.clear_pending_flag, [], s_none, 'rpy_thread_clear_pending_flag()'),
    Ext(rthread.lock_seq, [], s_int, 'rpy_thread_lock_seq()'),
    Ext(rthread.lock_changed, [], s_none, 'rpy_thread_lock_changed()'),
    Ext(rthread.wait_change, [s_int, s_int], s_int, 'rpy_thread_wait_change', False, True),
    Ext(rthread.get_ident, [], s_int, 'rpy_thread_get_ident()'),
    Ext(rthread.get_native_id, [], s_int, 'rpy_thread_get_native_id()'),
    Ext(rthread.is_main_thread, [], s_bool, 'rpy_thread_is_main()'),
    Ext(rthread.count, [], s_int, 'rpy_thread_count()'),
    Ext(rthread.set_stack_size, [s_int], s_int, 'rpy_thread_set_stack_size({0})'),
    Ext(rthread.set_switch_interval, [s_int], s_none, 'rpy_thread_set_switch_interval({0})'),
    Ext(rthread.get_switch_interval, [], s_int, 'rpy_thread_get_switch_interval()'),
    Ext(rthread.finalize, [], s_none, 'rpy_thread_finalize()'),
    Ext(rthread.release_gil, [], s_bool, '0'),
    Ext(rthread.acquire_gil, [s_bool], s_none, '((void){0})'),
]

# zlib streams and checksums (rpy/c/runtime/zlibs.c)
ZLIB_TABLE = [
    Ext(rzlib.error, [], s_int, 'rpy_zlib_error()'),
    Ext(rzlib.error_msg, [], s_str, 'rpy_zlib_error_msg', R, R),
    Ext(rzlib.avail_in, [], s_int, 'rpy_zlib_avail_in()'),
    Ext(rzlib.eof, [], s_bool, 'rpy_zlib_eof()'),
    Ext(rzlib.version, [], s_str, 'rpy_zlib_version', R, R),
    Ext(rzlib.runtime_version, [], s_str, 'rpy_zlib_runtime_version', R, R),
    Ext(rzlib.deflate_init, [s_int, s_int, s_int, s_int, s_int, s_optbytes], s_int,
        'rpy_zlib_deflate_init', R, R),
    Ext(rzlib.inflate_init, [s_int, s_optbytes], s_int, 'rpy_zlib_inflate_init', R, R),
    Ext(rzlib.set_dictionary, [s_int, s_bytes], s_int, 'rpy_zlib_set_dictionary'),
    Ext(rzlib.end, [s_int], s_none, 'rpy_zlib_end'),
    Ext(rzlib.copy, [s_int], s_int, 'rpy_zlib_copy', R, R),
    Ext(rzlib.deflate, [s_int, s_bytes, s_int], s_bytes, 'rpy_zlib_deflate', R, R),
    Ext(rzlib.inflate, [s_int, s_bytes, s_int, s_int], s_bytes, 'rpy_zlib_inflate', R, R),
    Ext(rzlib.crc32, [s_bytes, s_int], s_int, 'rpy_zlib_crc32'),
    Ext(rzlib.adler32, [s_bytes, s_int], s_int, 'rpy_zlib_adler32'),
]

# bzip2 and xz/lzma streams (rpy/c/runtime/bz2s.c, lzmas.c)
BZ2_TABLE = [
    Ext(rbz2.error, [], s_int, 'rpy_bz2_error()'),
    Ext(rbz2.compressor_new, [s_int], s_int, 'rpy_bz2_compressor_new', R, R),
    Ext(rbz2.decompressor_new, [], s_int, 'rpy_bz2_decompressor_new', R, R),
    Ext(rbz2.free, [s_int], s_none, 'rpy_bz2_free'),
    Ext(rbz2.compress, [s_int, s_bytes, s_bool], s_bytes, 'rpy_bz2_compress', R, R),
    Ext(rbz2.decompress, [s_int, s_bytes, s_int], s_bytes, 'rpy_bz2_decompress', R, R),
    Ext(rbz2.eof, [s_int], s_bool, 'rpy_bz2_eof({0})'),
    Ext(rbz2.needs_input, [s_int], s_bool, 'rpy_bz2_needs_input({0})'),
    Ext(rbz2.unused_data, [s_int], s_bytes, 'rpy_bz2_unused_data', R, R),
]
LZMA_TABLE = [
    Ext(rlzma.error, [], s_int, 'rpy_lzma_error()'),
    Ext(rlzma.compressor_new, [s_int, s_int, s_int, s_optbytes], s_int,
        'rpy_lzma_compressor_new', R, R),
    Ext(rlzma.decompressor_new, [s_int, s_int, s_optbytes], s_int,
        'rpy_lzma_decompressor_new', R, R),
    Ext(rlzma.free, [s_int], s_none, 'rpy_lzma_free'),
    Ext(rlzma.memusage, [s_int], s_int, 'rpy_lzma_memusage({0})'),
    Ext(rlzma.compress, [s_int, s_bytes, s_bool], s_bytes, 'rpy_lzma_compress', R, R),
    Ext(rlzma.decompress, [s_int, s_bytes, s_int], s_bytes, 'rpy_lzma_decompress', R, R),
    Ext(rlzma.eof, [s_int], s_bool, 'rpy_lzma_eof({0})'),
    Ext(rlzma.needs_input, [s_int], s_bool, 'rpy_lzma_needs_input({0})'),
    Ext(rlzma.check, [s_int], s_int, 'rpy_lzma_check({0})'),
    Ext(rlzma.unused_data, [s_int], s_bytes, 'rpy_lzma_unused_data', R, R),
    Ext(rlzma.is_check_supported, [s_int], s_bool, 'rpy_lzma_is_check_supported({0})'),
    Ext(rlzma.encode_props, [s_bytes], s_bytes, 'rpy_lzma_encode_props', R, R),
    Ext(rlzma.decode_props, [s_int, s_bytes], s_bytes, 'rpy_lzma_decode_props', R, R),
]

# XML parsers (rpy/c/runtime/expats.c); parse() calls back into the program
s_expat_callback = SomeFuncPtr([s_int, s_int], s_int)
EXPAT_TABLE = [
    Ext(rexpat.create, [s_optstr, s_optstr], s_int, 'rpy_expat_create'),
    Ext(rexpat.external_create, [s_int, s_optstr, s_optstr], s_int, 'rpy_expat_external_create'),
    Ext(rexpat.free, [s_int], s_none, 'rpy_expat_free'),
    Ext(rexpat.set_handler, [s_int, s_int, s_bool], s_none, 'rpy_expat_set_handler'),
    Ext(rexpat.parse, [s_int, s_bytes, s_bool, s_expat_callback], s_int, 'rpy_expat_parse', R, R),
    Ext(rexpat.set_encoding, [s_int, s_str], s_int, 'rpy_expat_set_encoding'),
    Ext(rexpat.error_code, [s_int], s_int, 'rpy_expat_error_code'),
    Ext(rexpat.position, [s_int, s_int], s_int, 'rpy_expat_position'),
    Ext(rexpat.error_string, [s_int], s_optstr, 'rpy_expat_error_string', R, R),
    Ext(rexpat.ev_count, [s_int], s_int, 'rpy_expat_ev_count'),
    Ext(rexpat.ev_isnull, [s_int, s_int], s_bool, 'rpy_expat_ev_isnull'),
    Ext(rexpat.ev_str, [s_int, s_int], s_optstr, 'rpy_expat_ev_str', R, R),
    Ext(rexpat.ev_len, [s_int, s_int], s_int, 'rpy_expat_ev_len'),
    Ext(rexpat.ev_int, [s_int, s_int], s_int, 'rpy_expat_ev_int'),
    Ext(rexpat.set_encoding_map, [s_int, s_int, s_int], s_none, 'rpy_expat_set_encoding_map'),
    Ext(rexpat.set_ns_triplet, [s_int, s_bool], s_none, 'rpy_expat_set_ns_triplet'),
    Ext(rexpat.set_param_entity_parsing, [s_int, s_int], s_int,
        'rpy_expat_set_param_entity_parsing'),
    Ext(rexpat.use_foreign_dtd, [s_int, s_bool], s_int, 'rpy_expat_use_foreign_dtd'),
    Ext(rexpat.set_base, [s_int, s_str], s_bool, 'rpy_expat_set_base'),
    Ext(rexpat.get_base, [s_int], s_optstr, 'rpy_expat_get_base', R, R),
    Ext(rexpat.input_context, [s_int], s_optbytes, 'rpy_expat_input_context', R, R),
    Ext(rexpat.in_callback, [s_int], s_bool, 'rpy_expat_in_callback'),
    Ext(rexpat.version, [], s_str, 'rpy_expat_version', R, R),
    Ext(rexpat.version_part, [s_int], s_int, 'rpy_expat_version_part'),
    Ext(rexpat.feature_count, [], s_int, 'rpy_expat_feature_count'),
    Ext(rexpat.feature_name, [s_int], s_str, 'rpy_expat_feature_name', R, R),
    Ext(rexpat.feature_value, [s_int], s_int, 'rpy_expat_feature_value'),
]

# SQLite (rpy/c/runtime/sqlites.c); what may run callbacks or allocate is R, R
s_sqlite_cb = SomeFuncPtr([s_int, s_int], s_int)
SQLITE_TABLE = [
    Ext(rsqlite.open, [s_str, s_int], s_int, 'rpy_sqlite_open', R, R),
    Ext(rsqlite.close, [s_int], s_int, 'rpy_sqlite_close', R, R),
    Ext(rsqlite.errcode, [s_int], s_int, 'rpy_sqlite_errcode({0})'),
    Ext(rsqlite.errmsg, [s_int], s_str, 'rpy_sqlite_errmsg', R, R),
    Ext(rsqlite.errstr, [s_int], s_str, 'rpy_sqlite_errstr', R, R),
    Ext(rsqlite.busy_timeout, [s_int, s_int], s_int, 'rpy_sqlite_busy_timeout({0}, {1})'),
    Ext(rsqlite.get_autocommit, [s_int], s_bool, 'rpy_sqlite_get_autocommit({0})'),
    Ext(rsqlite.changes, [s_int], s_int, 'rpy_sqlite_changes({0})'),
    Ext(rsqlite.total_changes, [s_int], s_int, 'rpy_sqlite_total_changes({0})'),
    Ext(rsqlite.last_insert_rowid, [s_int], s_int, 'rpy_sqlite_last_insert_rowid({0})'),
    Ext(rsqlite.interrupt, [s_int], s_none, 'rpy_sqlite_interrupt({0})'),
    Ext(rsqlite.limit, [s_int, s_int, s_int], s_int, 'rpy_sqlite_limit({0}, {1}, {2})'),
    Ext(rsqlite.prepare, [s_int, s_str], s_int, 'rpy_sqlite_prepare', R, R),
    Ext(rsqlite.last_rc, [], s_int, 'rpy_sqlite_last_rc()'),
    Ext(rsqlite.prepare_tail, [], s_str, 'rpy_sqlite_prepare_tail', R, R),
    Ext(rsqlite.finalize, [s_int], s_int, 'rpy_sqlite_finalize', R, R),
    Ext(rsqlite.reset, [s_int], s_int, 'rpy_sqlite_reset', R, R),
    Ext(rsqlite.step, [s_int], s_int, 'rpy_sqlite_step', R, R),
    Ext(rsqlite.clear_bindings, [s_int], s_int, 'rpy_sqlite_clear_bindings({0})'),
    Ext(rsqlite.stmt_readonly, [s_int], s_bool, 'rpy_sqlite_stmt_readonly({0})'),
    Ext(rsqlite.bind_parameter_count, [s_int], s_int, 'rpy_sqlite_bind_parameter_count({0})'),
    Ext(rsqlite.bind_parameter_name, [s_int, s_int], s_optstr, 'rpy_sqlite_bind_parameter_name',
        R, R),
    Ext(rsqlite.bind_null, [s_int, s_int], s_int, 'rpy_sqlite_bind_null({0}, {1})'),
    Ext(rsqlite.bind_int64, [s_int, s_int, s_int], s_int, 'rpy_sqlite_bind_int64({0}, {1}, {2})'),
    Ext(rsqlite.bind_double, [s_int, s_int, F], s_int, 'rpy_sqlite_bind_double({0}, {1}, {2})'),
    Ext(rsqlite.bind_text, [s_int, s_int, s_str], s_int, 'rpy_sqlite_bind_text({0}, {1}, {2})'),
    Ext(rsqlite.bind_blob, [s_int, s_int, s_bytes], s_int, 'rpy_sqlite_bind_blob({0}, {1}, {2})'),
    Ext(rsqlite.column_count, [s_int], s_int, 'rpy_sqlite_column_count({0})'),
    Ext(rsqlite.data_count, [s_int], s_int, 'rpy_sqlite_data_count({0})'),
    Ext(rsqlite.column_name, [s_int, s_int], s_str, 'rpy_sqlite_column_name', R, R),
    Ext(rsqlite.column_decltype, [s_int, s_int], s_optstr, 'rpy_sqlite_column_decltype', R, R),
    Ext(rsqlite.column_type, [s_int, s_int], s_int, 'rpy_sqlite_column_type({0}, {1})'),
    Ext(rsqlite.column_int64, [s_int, s_int], s_int, 'rpy_sqlite_column_int64({0}, {1})'),
    Ext(rsqlite.column_double, [s_int, s_int], F, 'rpy_sqlite_column_double({0}, {1})'),
    Ext(rsqlite.column_bytes, [s_int, s_int], s_bytes, 'rpy_sqlite_column_bytes', R, R),
    Ext(rsqlite.libversion, [], s_str, 'rpy_sqlite_libversion', R, R),
    Ext(rsqlite.libversion_number, [], s_int, 'rpy_sqlite_libversion_number()'),
    Ext(rsqlite.threadsafe, [], s_int, 'rpy_sqlite_threadsafe()'),
    Ext(rsqlite.enable_shared_cache, [s_bool], s_int, 'rpy_sqlite_enable_shared_cache({0})'),
    Ext(rsqlite.busy_statements, [s_int], s_int, 'rpy_sqlite_busy_statements({0})'),
    Ext(rsqlite.complete, [s_str], s_bool, 'rpy_sqlite_complete({0})'),
    Ext(rsqlite.backup_init, [s_int, s_int, s_str], s_int, 'rpy_sqlite_backup_init', R, R),
    Ext(rsqlite.backup_step, [s_int, s_int], s_int, 'rpy_sqlite_backup_step', R, R),
    Ext(rsqlite.backup_remaining, [s_int], s_int, 'rpy_sqlite_backup_remaining({0})'),
    Ext(rsqlite.backup_pagecount, [s_int], s_int, 'rpy_sqlite_backup_pagecount({0})'),
    Ext(rsqlite.backup_finish, [s_int], s_int, 'rpy_sqlite_backup_finish', R, R),
    Ext(rsqlite.sleep, [s_int], s_none, 'rpy_sqlite_sleep({0})'),
    Ext(rsqlite.blob_open, [s_int, s_str, s_str, s_str, s_int, s_bool], s_int,
        'rpy_sqlite_blob_open', R, R),
    Ext(rsqlite.blob_close, [s_int], s_int, 'rpy_sqlite_blob_close', R, R),
    Ext(rsqlite.blob_bytes, [s_int], s_int, 'rpy_sqlite_blob_bytes({0})'),
    Ext(rsqlite.blob_read, [s_int, s_int, s_int], s_bytes, 'rpy_sqlite_blob_read', R, R),
    Ext(rsqlite.blob_write, [s_int, s_bytes, s_int], s_int, 'rpy_sqlite_blob_write', R, R),
    Ext(rsqlite.serialize, [s_int, s_str], s_optbytes, 'rpy_sqlite_serialize', R, R),
    Ext(rsqlite.deserialize, [s_int, s_str, s_bytes], s_int, 'rpy_sqlite_deserialize', R, R),
    Ext(rsqlite.set_callback, [s_sqlite_cb], s_none, 'rpy_sqlite_set_callback({0})'),
    Ext(rsqlite.create_function, [s_int, s_str, s_int, s_int, s_int, s_bool], s_int,
        'rpy_sqlite_create_function', R, R),
    Ext(rsqlite.create_window_function, [s_int, s_str, s_int, s_int, s_int], s_int,
        'rpy_sqlite_create_window_function', R, R),
    Ext(rsqlite.create_collation, [s_int, s_str, s_int], s_int, 'rpy_sqlite_create_collation',
        R, R),
    Ext(rsqlite.set_authorizer, [s_int, s_int], s_int, 'rpy_sqlite_set_authorizer', R, R),
    Ext(rsqlite.set_progress_handler, [s_int, s_int, s_int], s_none,
        'rpy_sqlite_set_progress_handler', R, R),
    Ext(rsqlite.set_trace, [s_int, s_int], s_int, 'rpy_sqlite_set_trace', R, R),
    Ext(rsqlite.auth_action, [], s_int, 'rpy_sqlite_auth_action()'),
    Ext(rsqlite.call_str, [s_int], s_optstr, 'rpy_sqlite_call_str', R, R),
    Ext(rsqlite.value_count, [], s_int, 'rpy_sqlite_value_count()'),
    Ext(rsqlite.value_type, [s_int], s_int, 'rpy_sqlite_value_type({0})'),
    Ext(rsqlite.value_int64, [s_int], s_int, 'rpy_sqlite_value_int64({0})'),
    Ext(rsqlite.value_double, [s_int], F, 'rpy_sqlite_value_double({0})'),
    Ext(rsqlite.value_bytes, [s_int], s_bytes, 'rpy_sqlite_value_bytes', R, R),
    Ext(rsqlite.collation_arg, [s_int], s_bytes, 'rpy_sqlite_collation_arg', R, R),
    Ext(rsqlite.agg_id, [], s_int, 'rpy_sqlite_agg_id()'),
    Ext(rsqlite.agg_set_id, [s_int], s_none, 'rpy_sqlite_agg_set_id({0})'),
    Ext(rsqlite.result_null, [], s_none, 'rpy_sqlite_result_null()'),
    Ext(rsqlite.result_int64, [s_int], s_none, 'rpy_sqlite_result_int64({0})'),
    Ext(rsqlite.result_double, [F], s_none, 'rpy_sqlite_result_double({0})'),
    Ext(rsqlite.result_text, [s_str], s_none, 'rpy_sqlite_result_text({0})'),
    Ext(rsqlite.result_blob, [s_bytes], s_none, 'rpy_sqlite_result_blob({0})'),
    Ext(rsqlite.result_error, [s_str], s_none, 'rpy_sqlite_result_error({0})'),
    Ext(rsqlite.result_error_nomem, [], s_none, 'rpy_sqlite_result_error_nomem()'),
    Ext(rsqlite.result_error_toobig, [], s_none, 'rpy_sqlite_result_error_toobig()'),
]

# passwd/group entries, resource limits, fcntl (rpy/c/runtime/unix.c)
UNIX_TABLE = [
    Ext(runix.pw_by_name, [s_bytes], s_bool, 'rpy_unix_pw_by_name'),
    Ext(runix.pw_by_uid, [s_int], s_bool, 'rpy_unix_pw_by_uid'),
    Ext(runix.pw_start, [], s_none, 'rpy_unix_pw_start'),
    Ext(runix.pw_next, [], s_bool, 'rpy_unix_pw_next'),
    Ext(runix.pw_end, [], s_none, 'rpy_unix_pw_end'),
    Ext(runix.pw_str, [s_int], s_bytes, 'rpy_unix_pw_str', R, R),
    Ext(runix.pw_int, [s_int], s_int, 'rpy_unix_pw_int'),
    Ext(runix.gr_by_name, [s_bytes], s_bool, 'rpy_unix_gr_by_name'),
    Ext(runix.gr_by_gid, [s_int], s_bool, 'rpy_unix_gr_by_gid'),
    Ext(runix.gr_start, [], s_none, 'rpy_unix_gr_start'),
    Ext(runix.gr_next, [], s_bool, 'rpy_unix_gr_next'),
    Ext(runix.gr_end, [], s_none, 'rpy_unix_gr_end'),
    Ext(runix.gr_str, [s_int], s_bytes, 'rpy_unix_gr_str', R, R),
    Ext(runix.gr_gid, [], s_int, 'rpy_unix_gr_gid'),
    Ext(runix.gr_members, [], s_bytes, 'rpy_unix_gr_members', R, R),
    Ext(runix.getrlimit, [s_int], s_none, 'rpy_unix_getrlimit', R, R),
    Ext(runix.rlimit, [s_int], s_int, 'rpy_unix_rlimit'),
    Ext(runix.setrlimit, [s_int, s_int, s_int], s_none, 'rpy_unix_setrlimit', R, R),
    Ext(runix.prlimit, [s_int, s_int, s_bool, s_int, s_int], s_none, 'rpy_unix_prlimit', R, R),
    Ext(runix.getrusage, [s_int], s_none, 'rpy_unix_getrusage', R, R),
    Ext(runix.rusage_time, [s_int], s_float, 'rpy_unix_rusage_time'),
    Ext(runix.rusage_int, [s_int], s_int, 'rpy_unix_rusage_int'),
    Ext(runix.getpagesize, [], s_int, 'rpy_unix_getpagesize'),
    Ext(runix.fcntl_int, [s_int, s_int, s_int], s_int, 'rpy_unix_fcntl_int', R, R),
    Ext(runix.fcntl_buf, [s_int, s_int, s_bytes], s_bytes, 'rpy_unix_fcntl_buf', R, R),
    Ext(runix.ioctl_int, [s_int, s_int, s_int], s_int, 'rpy_unix_ioctl_int', R, R),
    Ext(runix.ioctl_buf, [s_int, s_int, s_bytes], s_bytes, 'rpy_unix_ioctl_buf', R, R),
    Ext(runix.flock, [s_int, s_int], s_none, 'rpy_unix_flock', R, R),
    Ext(runix.lockf, [s_int, s_int, s_int, s_int, s_int], s_none, 'rpy_unix_lockf', R, R),
    Ext(runix.tcgetattr, [s_int], s_none, 'rpy_unix_tcgetattr', R, R),
    Ext(runix.tc_field, [s_int], s_int, 'rpy_unix_tc_field'),
    Ext(runix.tc_cc, [], s_bytes, 'rpy_unix_tc_cc', R, R),
    Ext(runix.tcsetattr, [s_int, s_int, s_int, s_int, s_int, s_int, s_int, s_int, s_bytes],
        s_none, 'rpy_unix_tcsetattr', R, R),
    Ext(runix.tcsendbreak, [s_int, s_int], s_none, 'rpy_unix_tcsendbreak', R, R),
    Ext(runix.tcdrain, [s_int], s_none, 'rpy_unix_tcdrain', R, R),
    Ext(runix.tcflush, [s_int, s_int], s_none, 'rpy_unix_tcflush', R, R),
    Ext(runix.tcflow, [s_int, s_int], s_none, 'rpy_unix_tcflow', R, R),
    Ext(runix.tcgetwinsize, [s_int], s_int, 'rpy_unix_tcgetwinsize', R, R),
    Ext(runix.tcsetwinsize, [s_int, s_int, s_int], s_none, 'rpy_unix_tcsetwinsize', R, R),
    Ext(runix.termios_constant, [s_bytes], s_int, 'rpy_unix_termios_constant'),
    Ext(runix.openpty, [], s_int, 'rpy_unix_openpty', R, R),
    Ext(rmmap.mmap, [s_int, s_int, s_int, s_int, s_int], s_int, 'rpy_mmap_mmap', R, R),
    Ext(rmmap.munmap, [s_int, s_int], s_none, 'rpy_mmap_munmap({0}, {1})'),
    Ext(rmmap.msync, [s_int, s_int], s_none, 'rpy_mmap_msync', R, R),
    Ext(rmmap.madvise, [s_int, s_int, s_int], s_none, 'rpy_mmap_madvise', R, R),
    Ext(rmmap.mremap, [s_int, s_int, s_int], s_int, 'rpy_mmap_mremap', R, R),
    Ext(rmmap.read, [s_int, s_int], s_bytes, 'rpy_mmap_read', R, R),
    Ext(rmmap.write, [s_int, s_bytes], s_none, 'rpy_mmap_write({0}, {1})'),
    Ext(rmmap.get_byte, [s_int], s_int, '((Signed)*(unsigned char *){0})'),
    Ext(rmmap.set_byte, [s_int, s_int], s_none, '(*(unsigned char *){0} = (unsigned char){1})'),
    Ext(rmmap.move, [s_int, s_int, s_int], s_none, 'rpy_mmap_move({0}, {1}, {2})'),
    Ext(rmmap.find, [s_int, s_int, s_bytes, s_bool], s_int, 'rpy_mmap_find({0}, {1}, {2}, {3})'),
    Ext(rmmap.find_byte, [s_int, s_int, s_int], s_int, 'rpy_mmap_find_byte({0}, {1}, {2})'),
    Ext(rmmap.pagesize, [], s_int, 'rpy_mmap_pagesize()'),
    Ext(rmmap.constant, [s_bytes], s_int, 'rpy_mmap_constant({0})'),
    Ext(runix.ttyname, [s_int], s_bytes, 'rpy_unix_ttyname', R, R),
    Ext(runix.sem_open, [s_bytes, s_bool, s_int], s_int, 'rpy_unix_sem_open', R, R),
    Ext(runix.sem_unlink, [s_bytes], s_none, 'rpy_unix_sem_unlink', R, R),
    Ext(runix.sem_close, [s_int], s_none, 'rpy_unix_sem_close({0})'),
    Ext(runix.sem_trywait, [s_int], s_bool, 'rpy_unix_sem_trywait', R, R),
    Ext(runix.sem_wait, [s_int, s_int], s_bool, 'rpy_unix_sem_wait', R, R),
    Ext(runix.sem_post, [s_int], s_none, 'rpy_unix_sem_post', R, R),
    Ext(runix.sem_getvalue, [s_int], s_int, 'rpy_unix_sem_getvalue', R, R),
    Ext(runix.sem_value_max, [], s_int, 'rpy_unix_sem_value_max()'),
    Ext(runix.shm_open, [s_bytes, s_int, s_int], s_int, 'rpy_unix_shm_open', R, R),
    Ext(runix.shm_unlink, [s_bytes], s_none, 'rpy_unix_shm_unlink', R, R),
]

# the less common POSIX calls of os (rpy/c/runtime/posixs.c)
POSIX_TABLE = [
    Ext(rposix.statvfs, [s_bytes], s_none, 'rpy_posix_statvfs', R, R),
    Ext(rposix.fstatvfs, [s_int], s_none, 'rpy_posix_fstatvfs', R, R),
    Ext(rposix.statvfs_field, [s_int], s_int, 'rpy_posix_statvfs_field'),
    Ext(rposix.pathconf, [s_bytes, s_int], s_int, 'rpy_posix_pathconf', R, R),
    Ext(rposix.fpathconf, [s_int, s_int], s_int, 'rpy_posix_fpathconf', R, R),
    Ext(rposix.sysconf, [s_int], s_int, 'rpy_posix_sysconf', R, R),
    Ext(rposix.confstr, [s_int], s_bytes, 'rpy_posix_confstr', R, R),
    Ext(rposix.fchdir, [s_int], s_none, 'rpy_posix_fchdir', R, R),
    Ext(rposix.fchmod, [s_int, s_int], s_none, 'rpy_posix_fchmod', R, R),
    Ext(rposix.fdatasync, [s_int], s_none, 'rpy_posix_fdatasync', R, R),
    Ext(rposix.sync, [], s_none, 'rpy_posix_sync', R, R),
    Ext(rposix.chroot, [s_bytes], s_none, 'rpy_posix_chroot', R, R),
    Ext(rposix.mkfifo, [s_bytes, s_int], s_none, 'rpy_posix_mkfifo', R, R),
    Ext(rposix.mknod, [s_bytes, s_int, s_int], s_none, 'rpy_posix_mknod', R, R),
    Ext(rposix.pread, [s_int, s_int, s_int], s_bytes, 'rpy_posix_pread', R, R),
    Ext(rposix.pwrite, [s_int, s_bytes, s_int], s_int, 'rpy_posix_pwrite', R, R),
    Ext(rposix.preadv, [s_int, s_int, s_int, s_int], s_bytes, 'rpy_posix_preadv', R, R),
    Ext(rposix.pwritev, [s_int, s_bytes, s_int, s_int], s_int, 'rpy_posix_pwritev', R, R),
    Ext(rposix.sendfile, [s_int, s_int, s_int, s_int], s_int, 'rpy_posix_sendfile', R, R),
    Ext(rposix.copy_file_range, [s_int, s_int, s_int, s_int, s_int],
        s_int, 'rpy_posix_copy_file_range', R, R),
    Ext(rposix.splice, [s_int, s_int, s_int, s_int, s_int, s_int],
        s_int, 'rpy_posix_splice', R, R),
    Ext(rposix.posix_fallocate, [s_int, s_int, s_int], s_int, 'rpy_posix_fallocate', R, R),
    Ext(rposix.posix_fadvise, [s_int, s_int, s_int, s_int], s_int, 'rpy_posix_fadvise', R, R),
    Ext(rposix.lockf, [s_int, s_int, s_int], s_none, 'rpy_posix_lockf', R, R),
    Ext(rposix.pipe2, [s_int], s_int, 'rpy_posix_pipe2', R, R),
    Ext(rposix.memfd_create, [s_bytes, s_int], s_int, 'rpy_posix_memfd_create', R, R),
    Ext(rposix.eventfd, [s_int, s_int], s_int, 'rpy_posix_eventfd', R, R),
    Ext(rposix.eventfd_read, [s_int], s_int, 'rpy_posix_eventfd_read', R, R),
    Ext(rposix.eventfd_write, [s_int, s_int], s_none, 'rpy_posix_eventfd_write', R, R),
    Ext(rposix.getrandom, [s_int, s_int], s_bytes, 'rpy_posix_getrandom', R, R),
    Ext(rposix.getxattr, [s_bytes, s_int, s_bytes, s_bool], s_bytes, 'rpy_posix_getxattr', R, R),
    Ext(rposix.setxattr, [s_bytes, s_int, s_bytes, s_bytes, s_int, s_bool],
        s_none, 'rpy_posix_setxattr', R, R),
    Ext(rposix.listxattr, [s_bytes, s_int, s_bool], s_bytes, 'rpy_posix_listxattr', R, R),
    Ext(rposix.removexattr, [s_bytes, s_int, s_bytes, s_bool],
        s_none, 'rpy_posix_removexattr', R, R),
    Ext(rposix.tcgetpgrp, [s_int], s_int, 'rpy_posix_tcgetpgrp', R, R),
    Ext(rposix.tcsetpgrp, [s_int, s_int], s_none, 'rpy_posix_tcsetpgrp', R, R),
    Ext(rposix.ctermid, [], s_bytes, 'rpy_posix_ctermid', R, R),
    Ext(rposix.login_tty, [s_int], s_none, 'rpy_posix_login_tty', R, R),
    Ext(rposix.forkpty, [], s_int, 'rpy_posix_forkpty', R, R),
    Ext(rposix.getgroups, [], s_int, 'rpy_posix_getgroups', R, R),
    Ext(rposix.getgrouplist, [s_bytes, s_int], s_int, 'rpy_posix_getgrouplist', R, R),
    Ext(rposix.group, [s_int], s_int, 'rpy_posix_group'),
    Ext(rposix.setgroups, [s_bytes], s_none, 'rpy_posix_setgroups', R, R),
    Ext(rposix.initgroups, [s_bytes, s_int], s_none, 'rpy_posix_initgroups', R, R),
    Ext(rposix.getresuid, [], s_none, 'rpy_posix_getresuid', R, R),
    Ext(rposix.getresgid, [], s_none, 'rpy_posix_getresgid', R, R),
    Ext(rposix.three_int, [s_int], s_int, 'rpy_posix_three_int'),
    Ext(rposix.three_float, [s_int], s_float, 'rpy_posix_three_float'),
    Ext(rposix.getloadavg, [], s_none, 'rpy_posix_getloadavg', R, R),
    Ext(rposix.setuid, [s_int], s_none, 'rpy_posix_setuid', R, R),
    Ext(rposix.setgid, [s_int], s_none, 'rpy_posix_setgid', R, R),
    Ext(rposix.seteuid, [s_int], s_none, 'rpy_posix_seteuid', R, R),
    Ext(rposix.setegid, [s_int], s_none, 'rpy_posix_setegid', R, R),
    Ext(rposix.setreuid, [s_int, s_int], s_none, 'rpy_posix_setreuid', R, R),
    Ext(rposix.setregid, [s_int, s_int], s_none, 'rpy_posix_setregid', R, R),
    Ext(rposix.setresuid, [s_int, s_int, s_int], s_none, 'rpy_posix_setresuid', R, R),
    Ext(rposix.setresgid, [s_int, s_int, s_int], s_none, 'rpy_posix_setresgid', R, R),
    Ext(rposix.getlogin, [], s_bytes, 'rpy_posix_getlogin', R, R),
    Ext(rposix.abort, [], s_none, 'rpy_posix_abort'),
    Ext(rposix.killpg, [s_int, s_int], s_none, 'rpy_posix_killpg', R, R),
    Ext(rposix.nice, [s_int], s_int, 'rpy_posix_nice', R, R),
    Ext(rposix.getpriority, [s_int, s_int], s_int, 'rpy_posix_getpriority', R, R),
    Ext(rposix.setpriority, [s_int, s_int, s_int], s_none, 'rpy_posix_setpriority', R, R),
    Ext(rposix.wait4, [s_int, s_int], s_int, 'rpy_posix_wait4', R, R),
    Ext(rposix.wait4_status, [], s_int, 'rpy_posix_wait4_status'),
    Ext(rposix.waitid, [s_int, s_int, s_int], s_bool, 'rpy_posix_waitid', R, R),
    Ext(rposix.waitid_field, [s_int], s_int, 'rpy_posix_waitid_field'),
    Ext(rposix.sched_yield, [], s_none, 'rpy_posix_sched_yield'),
    Ext(rposix.sched_get_priority_max, [s_int], s_int, 'rpy_posix_sched_get_priority_max', R, R),
    Ext(rposix.sched_get_priority_min, [s_int], s_int, 'rpy_posix_sched_get_priority_min', R, R),
    Ext(rposix.sched_getscheduler, [s_int], s_int, 'rpy_posix_sched_getscheduler', R, R),
    Ext(rposix.sched_getparam, [s_int], s_int, 'rpy_posix_sched_getparam', R, R),
    Ext(rposix.sched_setparam, [s_int, s_int], s_none, 'rpy_posix_sched_setparam', R, R),
    Ext(rposix.sched_setscheduler, [s_int, s_int, s_int],
        s_none, 'rpy_posix_sched_setscheduler', R, R),
    Ext(rposix.sched_rr_get_interval, [s_int], s_float, 'rpy_posix_sched_rr_get_interval', R, R),
    Ext(rposix.sched_getaffinity, [s_int], s_bytes, 'rpy_posix_sched_getaffinity', R, R),
    Ext(rposix.sched_setaffinity, [s_int, s_bytes], s_none, 'rpy_posix_sched_setaffinity', R, R),
    Ext(rposix.clock_settime_ns, [s_int, s_int], s_none, 'rpy_posix_clock_settime_ns', R, R),
    Ext(rposix.pthread_getcpuclockid, [s_int], s_int, 'rpy_posix_pthread_getcpuclockid', R, R),
]

# mutable byte buffers' storage (rpy/c/runtime/bytebufs.c)
BYTEBUF_TABLE = [
    Ext(rbytebuf.alloc, [s_int], s_bytes, 'rpy_bytebuf_alloc', R, R),
    Ext(rbytebuf.get, [s_bytes, s_int], s_int, 'RPY_BYTEBUF_GET({0}, {1})'),
    Ext(rbytebuf.put, [s_bytes, s_int, s_int], s_none, 'RPY_BYTEBUF_PUT({0}, {1}, {2})'),
    Ext(rbytebuf.move, [s_bytes, s_int, s_bytes, s_int, s_int], s_none,
        'rpy_bytebuf_move({0}, {1}, {2}, {3}, {4})'),
    Ext(rbytebuf.fill, [s_bytes, s_int, s_int, s_int], s_none,
        'rpy_bytebuf_fill({0}, {1}, {2}, {3})'),
    Ext(rbytebuf.extract, [s_bytes, s_int, s_int], s_bytes, 'rpy_bytebuf_extract', R, R),
]

TABLE = [
    Ext(rarithmetic.intmask, [None], s_int, 'RPY_INTMASK({0})'),
    Ext(rarithmetic.r_uint, [s_uint], s_uint, '((Unsigned){0})'),
    Ext(rgc.collect, [], s_none, 'rpy_gc_collect()', canmalloc=True),
    Ext(rgc.get_stat, [s_int], s_int, 'rpy_gc_get_stat({0})'),
    Ext(rgc.all_objects, [], s_none, 'rpy_gc_all_objects', True, True, annotate_fn=_ann_gcref_list),
    Ext(rgc.referents, [None], s_none, 'rpy_gc_referents', True, True, annotate_fn=_ann_gcref_list),
    Ext(rgc.referrers, [None], s_none, 'rpy_gc_referrers', True, True, annotate_fn=_ann_gcref_list),
    Ext(rgc.prebuilt_count, [], s_int, 'rpy_gc_prebuilt_count()'),
    Ext(rgc.prebuilt_object, [s_int], s_gcref, '((void *)rpy_prebuilt_roots[{0}])'),
    Ext(rgc.add_memory_pressure, [s_int], s_none, 'rpy_gc_add_memory_pressure({0})',
        canmalloc=True),
    Ext(rgc.register_finalizer, [None, None], s_none, 'rpy_fq_register', True,
        annotate_fn=_ann_register_finalizer),
    Ext(rgc.next_dead, [None], s_none, 'rpy_fq_next_dead', annotate_fn=_ann_next_dead),
    Ext(rgc.finalizers_pending, [], s_bool, '(rpy_fq_pending != 0)'),
    Ext(rgc.enqueue_all, [None], s_none, 'rpy_fq_enqueue_all', False, True,
        annotate_fn=_ann_enqueue_all),
    # the weak reference object is allocated (canmalloc); get is a load
    Ext(rweakref.weakref_create, [None], s_none, 'rpy_weakref_create', True, True,
        annotate_fn=_ann_weakref_create),
    Ext(rweakref.weakref_get, [None], s_none, '((void *)({0})->target)',
        annotate_fn=_ann_weakref_get),
    Ext(ros.open, [s_str, s_int, s_int], s_int, 'rpy_os_open', True, True),
    Ext(ros.read, [s_int, s_int], s_bytes, 'rpy_os_read', True, True),
    Ext(ros.write, [s_int, s_bytes], s_int, 'rpy_os_write', True, True),
    Ext(ros.close, [s_int], s_none, 'rpy_os_close', True, True),
    Ext(ros.getenv, [s_str], s_optstr, 'rpy_os_getenv', False, True),
    Ext(ros.read_file, [s_str], s_bytes, 'rpy_read_file', True, True),
    Ext(ros.write_file, [s_str, s_bytes], s_none, 'rpy_write_file', True, True),
    Ext(ros.readline, [], s_bytes, 'rpy_readline_stdin', True, True),
    Ext(ros.stat, [s_str, s_int], s_int, 'rpy_os_stat', True, True),
    Ext(ros.mkdir, [s_str, s_int], s_none, 'rpy_os_mkdir', True, True),
    Ext(ros.rmdir, [s_str], s_none, 'rpy_os_rmdir', True, True),
    Ext(ros.unlink, [s_str], s_none, 'rpy_os_unlink', True, True),
    Ext(ros.rename, [s_str, s_str], s_none, 'rpy_os_rename', True, True),
    Ext(ros.getpid, [], s_int, 'rpy_os_getpid()'),
    Ext(ros.getcwd, [], s_str, 'rpy_os_getcwd', True, True),
    Ext(ros.isatty, [s_int], s_bool, 'isatty({0})'),
    Ext(ros.write_stderr, [s_str], s_none, 'rpy_write_stderr'),
    Ext(ros.exit, [s_int], s_none, 'rpy_exit'),
    Ext(ros.get_errno, [], s_int, 'rpy_os_get_errno()'),
    Ext(ros.strerror, [s_int], s_str, 'rpy_os_strerror', True, True),
    Ext(ros.lseek, [s_int, s_int, s_int], s_int, 'rpy_os_lseek', True, True),
    Ext(ros.ftruncate, [s_int, s_int], s_none, 'rpy_os_ftruncate', True, True),
    Ext(ros.fsync, [s_int], s_none, 'rpy_os_fsync', True, True),
    Ext(ros.dup, [s_int], s_int, 'rpy_os_dup', True, True),
    Ext(ros.dup2, [s_int, s_int], s_int, 'rpy_os_dup2', True, True),
    Ext(ros.stat_into, [s_str, s_bool], s_none, 'rpy_os_stat_into', True, True),
    Ext(ros.fstat_into, [s_int], s_none, 'rpy_os_fstat_into', True, True),
    Ext(ros.stat_field, [s_int], s_int, 'rpy_os_stat_field({0})'),
    Ext(ros.access, [s_str, s_int], s_bool, 'rpy_os_access({0}, {1})'),
    Ext(ros.listdir, [s_str], s_bytes, 'rpy_os_listdir', True, True),
    Ext(ros.chdir, [s_str], s_none, 'rpy_os_chdir', True, True),
    Ext(ros.chmod, [s_str, s_int], s_none, 'rpy_os_chmod', True, True),
    Ext(ros.chown, [s_str, s_int, s_int, s_bool], s_none, 'rpy_os_chown', True, True),
    Ext(ros.fchown, [s_int, s_int, s_int], s_none, 'rpy_os_fchown', True, True),
    Ext(ros.readlink, [s_str], s_str, 'rpy_os_readlink', True, True),
    Ext(ros.symlink, [s_str, s_str], s_none, 'rpy_os_symlink', True, True),
    Ext(ros.link, [s_str, s_str], s_none, 'rpy_os_link', True, True),
    Ext(ros.utime, [s_str, s_int, s_int], s_none, 'rpy_os_utime', True, True),
    Ext(ros.umask, [s_int], s_int, 'rpy_os_umask({0})'),
    Ext(ros.environ, [], s_bytes, 'rpy_os_environ', True, True),
    Ext(ros.putenv, [s_str, s_str], s_none, 'rpy_os_putenv', True, True),
    Ext(ros.unsetenv, [s_str], s_none, 'rpy_os_unsetenv', True, True),
    Ext(ros.getppid, [], s_int, 'rpy_os_getppid()'),
    Ext(ros.getuid, [], s_int, 'rpy_os_getuid()'),
    Ext(ros.geteuid, [], s_int, 'rpy_os_geteuid()'),
    Ext(ros.getgid, [], s_int, 'rpy_os_getgid()'),
    Ext(ros.getegid, [], s_int, 'rpy_os_getegid()'),
    Ext(ros.kill, [s_int, s_int], s_none, 'rpy_os_kill', True, True),
    Ext(rsignal.install, [s_int], s_none, 'rpy_signal_install', True, True),
    Ext(rsignal.default, [s_int], s_none, 'rpy_signal_default', True, True),
    Ext(rsignal.ignore, [s_int], s_none, 'rpy_signal_ignore', True, True),
    Ext(rsignal.disposition, [s_int], s_int, 'rpy_signal_disposition({0})'),
    Ext(rsignal.pending, [], s_bool, '(rpy_signal_pending_flag != 0)'),
    Ext(rsignal.take, [], s_int, 'rpy_signal_take()'),
    Ext(rsignal.is_valid, [s_int], s_bool, 'rpy_signal_is_valid({0})'),
    Ext(rsignal.alarm, [s_int], s_int, 'rpy_signal_alarm({0})'),
    Ext(rsignal.pause, [], s_none, 'rpy_signal_pause()'),
    Ext(rsignal.raise_signal, [s_int], s_none, 'rpy_signal_raise', True, True),
    Ext(rsignal.strsignal, [s_int], s_str, 'rpy_signal_strsignal', True, True),
    Ext(rsignal.set_wakeup_fd, [s_int], s_none, 'rpy_signal_set_wakeup_fd({0})'),
    Ext(ros.os_exit, [s_int], s_none, 'rpy_os_exit'),
    Ext(ros.urandom, [s_int], s_bytes, 'rpy_os_urandom', True, True),
    Ext(ros.uname, [], s_str, 'rpy_os_uname', True, True),
    Ext(ros.terminal_size, [s_int], s_int, 'rpy_os_terminal_size', True, True),
    Ext(ros.cpu_count, [], s_int, 'rpy_os_cpu_count()'),
    Ext(ros.sysconf_clk_tck, [], s_int, 'rpy_os_sysconf_clk_tck()'),
    Ext(ros.time_ns, [], s_int, 'rpy_time_time_ns()'),
    Ext(ros.monotonic_ns, [], s_int, 'rpy_time_monotonic_ns()'),
    Ext(ros.process_time_ns, [], s_int, 'rpy_time_process_time_ns()'),
    Ext(ros.thread_time_ns, [], s_int, 'rpy_time_thread_time_ns()'),
    Ext(ros.clock_gettime_ns, [s_int], s_int, 'rpy_time_clock_gettime_ns', R, R),
    Ext(ros.clock_getres_ns, [s_int], s_int, 'rpy_time_clock_getres_ns', R, R),
    Ext(ros.sleep, [s_float], s_none, 'rpy_time_sleep({0})', False, True),
    Ext(ros.tm_into, [s_int, s_bool], s_none, 'rpy_time_tm_into', True, True),
    Ext(ros.tm_field, [s_int], s_int, 'rpy_time_tm_field({0})'),
    Ext(ros.tm_zone, [], s_str, 'rpy_time_tm_zone', True, True),
    Ext(ros.mktime, [s_int] * 9, s_int, 'rpy_time_mktime', True, True),
    Ext(ros.strftime, [s_str] + [s_int] * 10 + [s_str], s_str, 'rpy_time_strftime', True, True),
    Ext(ros.tzset, [], s_none, 'rpy_time_tzset()'),
    Ext(sys.exit, [s_int], s_none, 'rpy_exit'),
    Ext(rtime.time, [], s_float, 'rpy_time_time()'),
    Ext(rtime.monotonic, [], s_float, 'rpy_time_monotonic()'),
    Ext(rtime.clock, [], s_float, 'rpy_time_clock()'),
    Ext(objectmodel.we_are_translated, [], s_bool, '1'),
    Ext(objectmodel.compute_unique_id, [None], s_int, 'rpy_unique_id((void *){0})',
        annotate_fn=_ann_unique_id),
    # the JIT's low-level access to objects (rpy/rlib/rgcref.py); the
    # argument of cast_instance_to_gcref is checked to be an instance below
    Ext(rgcref.cast_instance_to_gcref, [None], s_gcref, '((void *){0})'),
    Ext(rgcref.cast_gcref_to_int, [s_gcref], s_int, '((Signed){0})'),
    GCRefCast(rgcref.cast_gcref_to_instance, [None, None], s_none, ''),
    GCRefIsInstance(rgcref.gcref_isinstance, [None, None], s_none, ''),
    Ext(rgcref.gcref_typeid, [s_gcref], s_int, '((Signed)RPY_TID({0}))'),
    Ext(rgcref.malloc_fixed, [s_int, s_int], s_gcref, 'rpy_jit_malloc_fixed', True, True),
    Ext(rgcref.malloc_array, [s_int, s_int], s_gcref, 'rpy_jit_malloc_array', True, True),
    Ext(rgcref.read_int_at, [s_gcref, s_int], s_int, '(*(Signed *)((char *){0} + {1}))'),
    Ext(rgcref.read_float_at, [s_gcref, s_int], s_float, '(*(double *)((char *){0} + {1}))'),
    Ext(rgcref.read_ref_at, [s_gcref, s_int], s_gcref_or_none, '(*(void **)((char *){0} + {1}))'),
    Ext(rgcref.write_int_at, [s_gcref, s_int, s_int], s_none,
        '(*(Signed *)((char *){0} + {1}) = {2})'),
    Ext(rgcref.write_float_at, [s_gcref, s_int, F], s_none,
        '(*(double *)((char *){0} + {1}) = {2})'),
    Ext(rgcref.write_ref_at, [s_gcref, s_int, s_gcref_or_none], s_none,
        # the GC's write barrier (RPY_WB) as an expression, then the store
        '((RPY_HDR({0})->gcflags & RPY_GCFLAG_TRACK_YOUNG) ? rpy_gc_wb_slowpath((void *){0}) '
        ': (void)0, *(void **)((char *){0} + {1}) = (void *){2})'),
    # machine code of the translated JIT (rpy/rlib/rjitmem.py, runtime/jitmem.c)
    Ext(rjitmem.mmap_rw, [s_int], s_int, 'rpy_jit_mmap_rw'),
    Ext(rjitmem.protect_rx, [s_int, s_int], s_int, 'rpy_jit_protect_rx'),
    Ext(rjitmem.protect_rw, [s_int, s_int], s_int, 'rpy_jit_protect_rw'),
    Ext(rjitmem.munmap, [s_int, s_int], s_none, 'rpy_jit_munmap'),
    Ext(rjitmem.write_byte, [s_int, s_int], s_none,
        '(*(unsigned char *){0} = (unsigned char){1})'),
    # the loop may call functions that collect; exceptions stay in the frame
    Ext(rjitmem.call_raw, [s_int, s_int], s_int, 'rpy_jit_call_raw', False, True),
    Ext(rjitmem.call_frame, [s_int, s_gcref], s_int, 'rpy_jit_call_frame', False, True),
    Ext(rjitmem.frame_new, [s_int], s_gcref, 'rpy_jit_frame_new', True, True),
    Ext(rjitmem.frame_length, [s_gcref], s_int, '(RPY_JITFRAME({0})->length)'),
    Ext(rjitmem.frame_get_int, [s_gcref, s_int], s_int, '(RPY_JITFRAME({0})->words[{1}])'),
    Ext(rjitmem.frame_set_int, [s_gcref, s_int, s_int], s_none,
        '(RPY_JITFRAME({0})->words[{1}] = {2})'),
    Ext(rjitmem.frame_get_float, [s_gcref, s_int], s_float,
        '(*(double *)&RPY_JITFRAME({0})->words[{1}])'),
    Ext(rjitmem.frame_set_float, [s_gcref, s_int, F], s_none,
        '(*(double *)&RPY_JITFRAME({0})->words[{1}] = {2})'),
    Ext(rjitmem.frame_get_ref, [s_gcref, s_int], s_gcref_or_none,
        '((void *)RPY_JITFRAME({0})->words[{1}])'),
    Ext(rjitmem.frame_set_ref, [s_gcref, s_int, s_gcref_or_none], s_none,
        'rpy_jit_frame_set_ref({0}, {1}, (void *){2})'),
    Ext(rjitmem.frame_set_gcmap, [s_gcref, s_int], s_none,
        '(RPY_JITFRAME({0})->gcmap = (const Signed *){1})'),
    Ext(rjitmem.frame_reset, [s_gcref], s_none, 'rpy_jit_frame_reset({0})'),
    Ext(rjitmem.frame_take_exc, [s_gcref], s_gcref_or_none, 'rpy_jit_frame_take_exc({0})'),
    Ext(rjitmem.gcref_is_old, [s_gcref], s_bool, '((RPY_HDR({0})->gcflags & RPY_GCFLAG_OLD) != 0)'),
    Ext(rjitmem.collect_minor, [], s_none, 'rpy_gc_collect_minor()', canmalloc=True),
    Ext(rjitmem.ss_top_addr, [], s_int, '((Signed)&rpy_ss_top)'),
    Ext(rjitmem.exc_value_addr, [], s_int, '((Signed)&rpy_exc_value)'),
    Ext(rjitmem.nursery_free_addr, [], s_int, '((Signed)&rpy_nursery_free)'),
    Ext(rjitmem.nursery_top_addr, [], s_int, '((Signed)&rpy_nursery_top)'),
    Ext(rjitmem.wb_slowpath_addr, [], s_int, '((Signed)rpy_gc_wb_slowpath)'),
    Ext(rjitmem.malloc_slowpath_addr, [], s_int, '((Signed)rpy_gc_malloc_slowpath)'),
    Ext(rjitmem.malloc_varsize_addr, [], s_int, '((Signed)rpy_gc_malloc_varsize)'),
    Ext(rjitmem.function_address, [s_int], s_int, '((Signed)rpy_jit_functions[{0}])'),
    # the JIT's codewriter sees this call and makes it True in traces
    Ext(jit.we_are_jitted, [], s_bool, '0'),
    Ext(math.sqrt, [F], F, 'sqrt({0})', checks=[
        ('{0} < 0.0', 'RPY_EXC_ValueError', 'math domain error')]),
    Ext(math.log, [F], F, 'log({0})', checks=[
        ('{0} <= 0.0', 'RPY_EXC_ValueError', 'math domain error')]),
    Ext(math.exp, [F], F, 'exp({0})'),
    Ext(math.sin, [F], F, 'sin({0})'),
    Ext(math.cos, [F], F, 'cos({0})'),
    Ext(math.tan, [F], F, 'tan({0})'),
    Ext(math.atan, [F], F, 'atan({0})'),
    Ext(math.atan2, [F, F], F, 'atan2({0}, {1})'),
    Ext(math.fabs, [F], F, 'fabs({0})'),
    Ext(math.pow, [F, F], F, 'pow({0}, {1})'),
    Ext(math.copysign, [F, F], F, 'copysign({0}, {1})'),
    Ext(math.floor, [F], s_int, '(Signed)floor({0})', checks=FLOAT_TO_INT),
    Ext(math.ceil, [F], s_int, '(Signed)ceil({0})', checks=FLOAT_TO_INT),
    Ext(math.isnan, [F], s_bool, 'isnan({0})'),
    Ext(math.isinf, [F], s_bool, 'isinf({0})'),
    # libm with C semantics (rpy.rlib.rmath.c_*: never raise)
    Ext(rmath.c_sin, [F], F, 'sin({0})'),
    Ext(rmath.c_cos, [F], F, 'cos({0})'),
    Ext(rmath.c_tan, [F], F, 'tan({0})'),
    Ext(rmath.c_asin, [F], F, 'asin({0})'),
    Ext(rmath.c_acos, [F], F, 'acos({0})'),
    Ext(rmath.c_atan, [F], F, 'atan({0})'),
    Ext(rmath.c_atan2, [F, F], F, 'atan2({0}, {1})'),
    Ext(rmath.c_sinh, [F], F, 'sinh({0})'),
    Ext(rmath.c_cosh, [F], F, 'cosh({0})'),
    Ext(rmath.c_tanh, [F], F, 'tanh({0})'),
    Ext(rmath.c_asinh, [F], F, 'asinh({0})'),
    Ext(rmath.c_acosh, [F], F, 'acosh({0})'),
    Ext(rmath.c_atanh, [F], F, 'atanh({0})'),
    Ext(rmath.c_exp, [F], F, 'exp({0})'),
    Ext(rmath.c_exp2, [F], F, 'exp2({0})'),
    Ext(rmath.c_expm1, [F], F, 'expm1({0})'),
    Ext(rmath.c_log, [F], F, 'log({0})'),
    Ext(rmath.c_log2, [F], F, 'log2({0})'),
    Ext(rmath.c_log10, [F], F, 'log10({0})'),
    Ext(rmath.c_log1p, [F], F, 'log1p({0})'),
    Ext(rmath.c_sqrt, [F], F, 'sqrt({0})'),
    Ext(rmath.c_cbrt, [F], F, 'cbrt({0})'),
    Ext(rmath.c_pow, [F, F], F, 'pow({0}, {1})'),
    Ext(rmath.c_fmod, [F, F], F, 'fmod({0}, {1})'),
    Ext(rmath.c_erf, [F], F, 'erf({0})'),
    Ext(rmath.c_erfc, [F], F, 'erfc({0})'),
    Ext(rmath.c_nextafter, [F, F], F, 'nextafter({0}, {1})'),
    Ext(rmath.c_ldexp, [F, s_int], F, 'ldexp({0}, (int){1})'),
]
TABLE += SOCKET_TABLE
TABLE += BYTEBUF_TABLE
TABLE += ZLIB_TABLE
TABLE += EXPAT_TABLE
TABLE += SQLITE_TABLE
TABLE += BZ2_TABLE
TABLE += LZMA_TABLE
TABLE += UNIX_TABLE

TABLE += POSIX_TABLE

# locales (rpy/c/runtime/locales.c)
TABLE += [
    Ext(rlocale.setlocale, [s_int, s_bytes], s_bytes, 'rpy_locale_set', R, R),
    Ext(rlocale.querylocale, [s_int], s_bytes, 'rpy_locale_query', R, R),
    Ext(rlocale.localeconv_load, [], s_none, 'rpy_locale_conv_load()'),
    Ext(rlocale.lconv_str, [s_int], s_bytes, 'rpy_locale_conv_str', R, R),
    Ext(rlocale.lconv_int, [s_int], s_int, 'rpy_locale_conv_int({0})'),
    Ext(rlocale.nl_langinfo, [s_int], s_bytes, 'rpy_locale_langinfo', R, R),
    Ext(rlocale.strcoll, [s_str, s_str], s_int, 'rpy_locale_strcoll', R, R),
    Ext(rlocale.strxfrm, [s_str], s_str, 'rpy_locale_strxfrm', R, R),
]
TABLE += THREAD_TABLE
_BY_ID = {id(e.pyobj): e for e in TABLE}


def lookup(pyobj: Any) -> Ext | None:
    return _BY_ID.get(id(pyobj))
