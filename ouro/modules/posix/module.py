"""The `posix` module: what os.py imports (`from posix import *`, _exit,
_have_functions, environ), with CPython 3.11's behaviour and messages, on
top of rpy.rlib.ros.

Paths are str, bytes or os.PathLike (`__fspath__`); stat, chdir... accept
a file descriptor where CPython does.  A bytes path gives bytes results
(listdir, readlink, DirEntry.name/path).  Names reach the C library as
UTF-8 (bytes paths are decoded with surrogateescape first), the surrogate
escapes of undecodable bytes turned back into those bytes by the runtime
(os.c's fs_path), as os.fsencode does.  dir_fd is
accepted only as None and follow_symlinks=False only where lstat-like
behaviour exists (stat): `_have_functions` is just HAVE_LSTAT, so
os.supports_follow_symlinks is {os.stat}, os.supports_dir_fd and
supports_fd are empty and the standard library does not use them.

Errors: OSError(errno, strerror, filename[, None, filename2]) made by
calling OSError, so that errno picks the subclass (errors.py).

scandir() and DirEntry: dirent.py; the struct sequences: structseq.py.
"""
from __future__ import annotations

import posix as _posix

from rpy.rlib import ros, rposix

from ouro.interpreter import signals
from ouro.interpreter.module import W_Module
from ouro.objspace import space
from ouro.objspace.bytearrayobject import W_BytearrayObject
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (operr, w_NotImplementedError, w_OSError, w_OverflowError,
                                      w_TypeError, w_ValueError)
from ouro.objspace.floatobject import wrap_float
from ouro.objspace.gateway import W_BuiltinFunction, W_BuiltinSlots, register
from ouro.objspace import intobject
from ouro.objspace.intobject import W_IntObject, bigint_of_w, float_of_w, is_int, wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.memoryobject import W_MemoryView
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.strobject import c_int_w, encode_text, has_index, index_w
from ouro.objspace.tupleobject import W_TupleObject
from ouro.modules.posix import dirent, fileops, procinfo, procs
from ouro.modules.posix.errors import (EINTR, EINVAL, fd_arg, fs_name, fspath, oserror,
                                       oserror_errno, path_arg)
from ouro.modules.posix.procinfo import id_w
from ouro.modules.posix.statresult import STAT_RESULT, do_stat, stat_from_record
from ouro.modules.posix.structseq import make_structseq, new_structseq

# -- struct sequences

UNAME_RESULT = make_structseq("uname_result", "posix", [
    "sysname", "nodename", "release", "version", "machine"], 5)
TERMINAL_SIZE = make_structseq("terminal_size", "os", ["columns", "lines"], 2)
TIMES_RESULT = make_structseq("times_result", "posix", [
    "user", "system", "children_user", "children_system", "elapsed"], 5)


def _no_dir_fd(w: W_Root | None, fname: str) -> None:
    if w is not None and w is not w_None:
        raise operr(w_NotImplementedError, "dir_fd unavailable on this platform")


def _bool_arg(w: W_Root | None, default: bool) -> bool:
    if w is None:
        return default
    return space.is_true(w)


# -- file status

def posix_stat(slots: list[W_Root | None]) -> W_Root:
    _no_dir_fd(slots[1], "stat")
    p = path_arg(slots[0], "stat", "path", True, False)
    return do_stat(p, _bool_arg(slots[2], True))


def posix_lstat(slots: list[W_Root | None]) -> W_Root:
    _no_dir_fd(slots[1], "lstat")
    p = path_arg(slots[0], "lstat", "path", False, False)
    return do_stat(p, False)


def posix_fstat(slots: list[W_Root | None]) -> W_Root:
    fd = fd_arg(slots[0])
    try:
        ros.fstat_into(fd)
    except OSError:
        raise oserror()
    return stat_from_record()


def posix_access(slots: list[W_Root | None]) -> W_Root:
    _no_dir_fd(slots[2], "access")
    p = path_arg(slots[0], "access", "path", False, False)
    mode = c_int_w(_req(slots, 1))
    return space.wrap_bool(ros.access(p.path, mode))


def posix_isatty(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(ros.isatty(fd_arg(slots[0])))


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


# -- directories

def posix_getcwd(slots: list[W_Root | None]) -> W_Root:
    try:
        return space.wrap_str(ros.getcwd())
    except OSError:
        raise oserror()


def posix_getcwdb(slots: list[W_Root | None]) -> W_Root:
    try:
        return W_BytesObject(encode_text(ros.getcwd(), "utf-8", "surrogateescape"))
    except OSError:
        raise oserror()


def posix_chdir(slots: list[W_Root | None]) -> W_Root:
    p = path_arg(slots[0], "chdir", "path", True, False)
    try:
        if p.fd >= 0:
            rposix.fchdir(p.fd)
        else:
            ros.chdir(p.path)
    except OSError:
        raise oserror(p.w_path)
    return w_None


def posix_mkdir(slots: list[W_Root | None]) -> W_Root:
    _no_dir_fd(slots[2], "mkdir")
    p = path_arg(slots[0], "mkdir", "path", False, False)
    mode = 0o777
    if slots[1] is not None:
        mode = c_int_w(_req(slots, 1))
    try:
        ros.mkdir(p.path, mode)
    except OSError:
        raise oserror(p.w_path)
    return w_None


def posix_rmdir(slots: list[W_Root | None]) -> W_Root:
    _no_dir_fd(slots[1], "rmdir")
    p = path_arg(slots[0], "rmdir", "path", False, False)
    try:
        ros.rmdir(p.path)
    except OSError:
        raise oserror(p.w_path)
    return w_None


def _unlink(slots: list[W_Root | None], fname: str) -> W_Root:
    _no_dir_fd(slots[1], fname)
    p = path_arg(slots[0], fname, "path", False, False)
    try:
        ros.unlink(p.path)
    except OSError:
        raise oserror(p.w_path)
    return w_None


def posix_unlink(slots: list[W_Root | None]) -> W_Root:
    return _unlink(slots, "unlink")


def posix_remove(slots: list[W_Root | None]) -> W_Root:
    return _unlink(slots, "remove")


def _rename(slots: list[W_Root | None], fname: str) -> W_Root:
    _no_dir_fd(slots[2], fname)
    _no_dir_fd(slots[3], fname)
    src = path_arg(slots[0], fname, "src", False, False)
    dst = path_arg(slots[1], fname, "dst", False, False)
    if src.is_bytes != dst.is_bytes:
        raise operr(w_TypeError, "%s: src and dst must be the same type" % fname)
    try:
        ros.rename(src.path, dst.path)
    except OSError:
        raise oserror(src.w_path, dst.w_path)
    return w_None


def posix_rename(slots: list[W_Root | None]) -> W_Root:
    return _rename(slots, "rename")


def posix_replace(slots: list[W_Root | None]) -> W_Root:
    return _rename(slots, "replace")


def posix_listdir(slots: list[W_Root | None]) -> W_Root:
    p = path_arg(slots[0], "listdir", "path", True, True)
    if p.fd >= 0:
        raise operr(w_NotImplementedError, "listdir of a file descriptor is not supported")
    names_w: list[W_Root] = []
    for name, kind in dirent.read_dir(p):
        names_w.append(fs_name(name, p.is_bytes))
    return W_ListObject(names_w)


def posix_chmod(slots: list[W_Root | None]) -> W_Root:
    _no_dir_fd(slots[2], "chmod")
    p = path_arg(slots[0], "chmod", "path", True, False)
    mode = c_int_w(_req(slots, 1))
    if p.fd >= 0:
        while True:
            try:
                rposix.fchmod(p.fd, mode)
                return w_None
            except OSError:
                fileops.interrupted(p.w_path)
    try:
        ros.chmod(p.path, mode)
    except OSError:
        raise oserror(p.w_path)
    return w_None


def posix_chown(slots: list[W_Root | None]) -> W_Root:
    _no_dir_fd(slots[3], "chown")
    p = path_arg(slots[0], "chown", "path", True, False)
    uid = id_w(_req(slots, 1), "uid")
    gid = id_w(_req(slots, 2), "gid")
    follow = _bool_arg(slots[4], True)
    try:
        if p.fd >= 0:
            ros.fchown(p.fd, uid, gid)
        else:
            ros.chown(p.path, uid, gid, follow)
    except OSError:
        raise oserror(p.w_path)
    return w_None


def posix_lchown(slots: list[W_Root | None]) -> W_Root:
    p = path_arg(slots[0], "lchown", "path", False, False)
    uid = id_w(_req(slots, 1), "uid")
    gid = id_w(_req(slots, 2), "gid")
    try:
        ros.chown(p.path, uid, gid, False)
    except OSError:
        raise oserror(p.w_path)
    return w_None


def posix_fchown(slots: list[W_Root | None]) -> W_Root:
    fd = fd_arg(slots[0])
    uid = id_w(_req(slots, 1), "uid")
    gid = id_w(_req(slots, 2), "gid")
    try:
        ros.fchown(fd, uid, gid)
    except OSError:
        raise oserror()
    return w_None


def posix_readlink(slots: list[W_Root | None]) -> W_Root:
    _no_dir_fd(slots[1], "readlink")
    p = path_arg(slots[0], "readlink", "path", False, False)
    try:
        target = ros.readlink(p.path)
    except OSError:
        raise oserror(p.w_path)
    if p.is_bytes:
        return W_BytesObject(encode_text(target, "utf-8", "surrogateescape"))
    return space.wrap_str(target)


def posix_symlink(slots: list[W_Root | None]) -> W_Root:
    _no_dir_fd(slots[3], "symlink")
    src = path_arg(slots[0], "symlink", "src", False, False)
    dst = path_arg(slots[1], "symlink", "dst", False, False)
    try:
        ros.symlink(src.path, dst.path)
    except OSError:
        raise oserror(src.w_path, dst.w_path)
    return w_None


def posix_link(slots: list[W_Root | None]) -> W_Root:
    _no_dir_fd(slots[2], "link")
    _no_dir_fd(slots[3], "link")
    src = path_arg(slots[0], "link", "src", False, False)
    dst = path_arg(slots[1], "link", "dst", False, False)
    try:
        ros.link(src.path, dst.path)
    except OSError:
        raise oserror(src.w_path, dst.w_path)
    return w_None


def _ns_of_time(w: W_Root) -> int:
    """A time in seconds (int or float) as nanoseconds: CPython's
    _PyTime_ObjectToTimespec with ROUND_FLOOR (seconds and the fraction
    converted apart)."""
    if is_int(w):
        return index_w(w) * 1000000000
    x = float_of_w(w)
    if x != x:
        raise operr(w_ValueError, "Invalid value NaN (not a number)")
    if not (-9.2e9 < x < 9.2e9):
        raise operr(w_OverflowError, "timestamp out of range for platform time_t")
    sec = int(x)                       # modf: toward zero
    frac = (x - float(sec)) * 1e9
    nsec = int(frac)
    if float(nsec) > frac:
        nsec -= 1
    if nsec >= 1000000000:
        nsec -= 1000000000
        sec += 1
    elif nsec < 0:
        nsec += 1000000000
        sec -= 1
    return sec * 1000000000 + nsec


def posix_utime(slots: list[W_Root | None]) -> W_Root:
    _no_dir_fd(slots[3], "utime")
    p = path_arg(slots[0], "utime", "path", True, False)
    w_times = slots[1]
    w_ns = slots[2]
    if w_times is not None and w_times is not w_None and w_ns is not None:
        raise operr(w_ValueError, "utime: you may specify either 'times' or 'ns' but not both")
    if w_times is not None and w_times is not w_None:
        if not isinstance(w_times, W_TupleObject) or len(w_times.items_w) != 2:
            raise operr(w_TypeError, "utime: 'times' must be either a tuple of two ints or None")
        atime = _ns_of_time(w_times.items_w[0])
        mtime = _ns_of_time(w_times.items_w[1])
    elif w_ns is not None:
        if not isinstance(w_ns, W_TupleObject) or len(w_ns.items_w) != 2:
            raise operr(w_TypeError, "utime: 'ns' must be a tuple of two ints")
        atime = index_w(w_ns.items_w[0])
        mtime = index_w(w_ns.items_w[1])
    else:
        atime = ros.time_ns()
        mtime = atime
    if p.fd >= 0:
        raise operr(w_NotImplementedError, "futimens is not supported")
    try:
        ros.utime(p.path, atime, mtime)
    except OSError:
        raise oserror(p.w_path)
    return w_None


def posix_umask(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(ros.umask(c_int_w(_req(slots, 0))))


def posix_truncate(slots: list[W_Root | None]) -> W_Root:
    p = path_arg(slots[0], "truncate", "path", True, False)
    length = index_w(_req(slots, 1))
    if p.fd >= 0:
        return _ftruncate(p.fd, length)
    try:
        fd = ros.open(p.path, ros.O_WRONLY, 0)
    except OSError:
        raise oserror(p.w_path)
    try:
        ros.ftruncate(fd, length)
    except OSError:
        code = ros.get_errno()
        ros.close(fd)
        raise oserror_errno(code, p.w_path)
    ros.close(fd)
    return w_None


# -- file descriptors

def posix_open(slots: list[W_Root | None]) -> W_Root:
    _no_dir_fd(slots[3], "open")
    p = path_arg(slots[0], "open", "path", False, False)
    flags = c_int_w(_req(slots, 1))
    mode = 0o777
    if slots[2] is not None:
        mode = c_int_w(_req(slots, 2))
    try:
        return wrap_int(ros.open(p.path, flags, mode))
    except OSError:
        raise oserror(p.w_path)


def posix_close(slots: list[W_Root | None]) -> W_Root:
    fd = fd_arg(slots[0])
    try:
        ros.close(fd)
    except OSError:
        raise oserror()
    return w_None


def posix_closerange(slots: list[W_Root | None]) -> W_Root:
    lo = fd_arg(slots[0])
    hi = fd_arg(slots[1])
    fd = lo
    while fd < hi:
        try:
            ros.close(fd)
        except OSError:
            pass
        fd += 1
    return w_None


def posix_read(slots: list[W_Root | None]) -> W_Root:
    fd = fd_arg(slots[0])
    n = index_w(_req(slots, 1))
    if n < 0:
        raise oserror_errno(EINVAL)
    while True:
        try:
            return W_BytesObject(ros.read(fd, n))
        except OSError:
            if ros.get_errno() != EINTR:
                raise oserror()
        # interrupted by a signal: its handler runs, then the call is
        # retried unless the handler raised (PEP 475)
        signals.run_pending()


def bytes_like(w: W_Root) -> bytes:
    """The bytes of a bytes-like argument (TypeError as CPython's clinic)."""
    if isinstance(w, W_BytesObject):
        return w.value
    if isinstance(w, W_BytearrayObject):
        return w.data_bytes()
    if isinstance(w, W_MemoryView):
        w.check()
        return w.tobytes()
    data = w.buffer_bytes()         # other exporters (array, mmap)
    if data is not None:
        return data
    raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w))


def posix_write(slots: list[W_Root | None]) -> W_Root:
    fd = fd_arg(slots[0])
    data = bytes_like(_req(slots, 1))
    while True:
        try:
            n = ros.write(fd, data)
            break
        except OSError:
            if ros.get_errno() != EINTR:
                raise oserror()
        signals.run_pending()
    if n < len(data):
        signals.after_partial_write()
    return wrap_int(n)


def posix_lseek(slots: list[W_Root | None]) -> W_Root:
    fd = fd_arg(slots[0])
    pos = index_w(_req(slots, 1))
    how = c_int_w(_req(slots, 2))
    try:
        return wrap_int(ros.lseek(fd, pos, how))
    except OSError:
        raise oserror()


def _ftruncate(fd: int, length: int) -> W_Root:
    try:
        ros.ftruncate(fd, length)
    except OSError:
        raise oserror()
    return w_None


def posix_ftruncate(slots: list[W_Root | None]) -> W_Root:
    return _ftruncate(fd_arg(slots[0]), index_w(_req(slots, 1)))


def posix_fsync(slots: list[W_Root | None]) -> W_Root:
    w = _req(slots, 0)
    if not is_int(w):
        w_fileno = space.lookup(w, "fileno")
        if w_fileno is not None:
            w = space.call_function(w_fileno, [w])
    try:
        ros.fsync(c_int_w(w))
    except OSError:
        raise oserror()
    return w_None


def posix_dup(slots: list[W_Root | None]) -> W_Root:
    try:
        return wrap_int(ros.dup(fd_arg(slots[0])))
    except OSError:
        raise oserror()


def posix_dup2(slots: list[W_Root | None]) -> W_Root:
    try:
        return wrap_int(ros.dup2(fd_arg(slots[0]), fd_arg(slots[1])))
    except OSError:
        raise oserror()


def posix_device_encoding(slots: list[W_Root | None]) -> W_Root:
    if ros.isatty(fd_arg(slots[0])):
        return space.wrap_str("UTF-8")
    return w_None


# -- process, environment

def posix_getpid(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(ros.getpid())


def posix_getppid(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(ros.getppid())


def posix_getuid(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(ros.getuid())


def posix_geteuid(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(ros.geteuid())


def posix_getgid(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(ros.getgid())


def posix_getegid(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(ros.getegid())


def posix_kill(slots: list[W_Root | None]) -> W_Root:
    pid = index_w(_req(slots, 0))
    sig = c_int_w(_req(slots, 1))
    try:
        ros.kill(pid, sig)
    except OSError:
        raise oserror()
    # a signal sent to ourselves is handled now, as CPython does
    signals.run_pending()
    return w_None


def posix_exit(slots: list[W_Root | None]) -> W_Root:
    ros.os_exit(c_int_w(_req(slots, 0)))
    return w_None


def posix_strerror(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(ros.strerror(c_int_w(_req(slots, 0))))


def posix_urandom(slots: list[W_Root | None]) -> W_Root:
    n = index_w(_req(slots, 0))
    if n < 0:
        raise operr(w_ValueError, "negative argument not allowed")
    try:
        return W_BytesObject(ros.urandom(n))
    except OSError:
        raise oserror()


def posix_uname(slots: list[W_Root | None]) -> W_Root:
    try:
        parts = ros.uname().split("\x00")
    except OSError:
        raise oserror()
    values_w: list[W_Root] = []
    i = 0
    while i < 5:
        values_w.append(space.wrap_str(parts[i] if i < len(parts) else ""))
        i += 1
    return new_structseq(UNAME_RESULT, values_w)


def posix_cpu_count(slots: list[W_Root | None]) -> W_Root:
    n = ros.cpu_count()
    if n <= 0:
        return w_None
    return wrap_int(n)


def posix_times(slots: list[W_Root | None]) -> W_Root:
    cpu = float(ros.process_time_ns()) * 1e-9
    elapsed = float(ros.monotonic_ns()) * 1e-9
    return new_structseq(TIMES_RESULT, [wrap_float(cpu), wrap_float(0.0), wrap_float(0.0),
                                        wrap_float(0.0), wrap_float(elapsed)])


def _env_str(w: W_Root, fname: str) -> str:
    """putenv/unsetenv arguments: str, bytes or PathLike (PyUnicode_FSConverter)."""
    p = path_arg(w, fname, "name", False, False)
    return p.path


def posix_putenv(slots: list[W_Root | None]) -> W_Root:
    name = _env_str(_req(slots, 0), "putenv")
    value = _env_str(_req(slots, 1), "putenv")
    if name == "" or "=" in name:
        raise operr(w_ValueError, "illegal environment variable name")
    try:
        ros.putenv(name, value)
    except OSError:
        raise oserror()
    return w_None


def posix_unsetenv(slots: list[W_Root | None]) -> W_Root:
    name = _env_str(_req(slots, 0), "unsetenv")
    if name == "" or "=" in name:
        raise operr(w_ValueError, "illegal environment variable name")
    try:
        ros.unsetenv(name)
    except OSError:
        raise oserror()
    return w_None


def make_environ() -> W_DictObject:
    """posix.environ: bytes -> bytes, read at start-up."""
    w_env = W_DictObject()
    for entry in ros.environ().split(b"\x00"):
        eq = entry.find(b"=")
        if eq <= 0:
            continue
        w_key = W_BytesObject(entry[:eq])
        if w_env.getitem(w_key) is None:
            w_env.setitem(w_key, W_BytesObject(entry[eq + 1:]))
    return w_env


def posix_fspath(slots: list[W_Root | None]) -> W_Root:
    return fspath(_req(slots, 0))


def posix_get_terminal_size(slots: list[W_Root | None]) -> W_Root:
    fd = 1
    if slots[0] is not None:
        fd = fd_arg(slots[0])
    try:
        size = ros.terminal_size(fd)
    except OSError:
        raise oserror()
    return new_structseq(TERMINAL_SIZE, [wrap_int(size >> 32), wrap_int(size & 0xffffffff)])


def posix_waitstatus_to_exitcode(slots: list[W_Root | None]) -> W_Root:
    status = c_int_w(_req(slots, 0))
    if status & 0x7f == 0:
        return wrap_int((status >> 8) & 0xff)
    if ((status & 0x7f) + 1) >> 1 > 0 and status & 0xff != 0x7f:
        return wrap_int(-(status & 0x7f))
    raise operr(w_ValueError, "invalid wait status: %d" % status)


# -- the table

FUNCTIONS: list[W_BuiltinFunction] = [
    register(None, "stat(path, *, dir_fd=, follow_symlinks=)", posix_stat),
    register(None, "lstat(path, *, dir_fd=)", posix_lstat),
    register(None, "fstat(fd)", posix_fstat),
    register(None, "access(path, mode, *, dir_fd=, effective_ids=, follow_symlinks=)",
             posix_access),
    register(None, "isatty(fd, /)", posix_isatty),
    register(None, "getcwd()", posix_getcwd),
    register(None, "getcwdb()", posix_getcwdb),
    register(None, "chdir(path)", posix_chdir),
    register(None, "mkdir(path, mode=, *, dir_fd=)", posix_mkdir),
    register(None, "rmdir(path, *, dir_fd=)", posix_rmdir),
    register(None, "unlink(path, *, dir_fd=)", posix_unlink),
    register(None, "remove(path, *, dir_fd=)", posix_remove),
    register(None, "rename(src, dst, *, src_dir_fd=, dst_dir_fd=)", posix_rename),
    register(None, "replace(src, dst, *, src_dir_fd=, dst_dir_fd=)", posix_replace),
    register(None, "listdir(path=)", posix_listdir),
    register(None, "scandir(path=)", dirent.posix_scandir),
    register(None, "chmod(path, mode, *, dir_fd=, follow_symlinks=)", posix_chmod),
    register(None, "chown(path, uid, gid, *, dir_fd=, follow_symlinks=)", posix_chown),
    register(None, "lchown(path, uid, gid)", posix_lchown),
    register(None, "fchown(fd, uid, gid)", posix_fchown),
    register(None, "readlink(path, *, dir_fd=)", posix_readlink),
    register(None, "symlink(src, dst, target_is_directory=, *, dir_fd=)", posix_symlink),
    register(None, "link(src, dst, *, src_dir_fd=, dst_dir_fd=, follow_symlinks=)", posix_link),
    register(None, "utime(path, times=, *, ns=, dir_fd=, follow_symlinks=)", posix_utime),
    register(None, "umask(mask, /)", posix_umask),
    register(None, "truncate(path, length)", posix_truncate),
    register(None, "open(path, flags, mode=, *, dir_fd=)", posix_open),
    register(None, "close(fd)", posix_close),
    register(None, "closerange(fd_low, fd_high, /)", posix_closerange),
    register(None, "read(fd, length, /)", posix_read),
    register(None, "write(fd, data, /)", posix_write),
    register(None, "lseek(fd, position, how, /)", posix_lseek),
    register(None, "ftruncate(fd, length, /)", posix_ftruncate),
    register(None, "fsync(fd)", posix_fsync),
    register(None, "dup(fd, /)", posix_dup),
    register(None, "dup2(fd, fd2, inheritable=)", posix_dup2),
    register(None, "device_encoding(fd)", posix_device_encoding),
    register(None, "getpid()", posix_getpid),
    register(None, "getppid()", posix_getppid),
    register(None, "getuid()", posix_getuid),
    register(None, "geteuid()", posix_geteuid),
    register(None, "getgid()", posix_getgid),
    register(None, "getegid()", posix_getegid),
    register(None, "kill(pid, signal, /)", posix_kill),
    register(None, "_exit(status)", posix_exit),
    register(None, "strerror(code, /)", posix_strerror),
    register(None, "urandom(size, /)", posix_urandom),
    register(None, "uname()", posix_uname),
    register(None, "cpu_count()", posix_cpu_count),
    register(None, "times()", posix_times),
    register(None, "putenv(name, value, /)", posix_putenv),
    register(None, "unsetenv(name, /)", posix_unsetenv),
    register(None, "fspath(path)", posix_fspath),
    register(None, "get_terminal_size(fd=, /)", posix_get_terminal_size),
    register(None, "waitstatus_to_exitcode(status)", posix_waitstatus_to_exitcode),
]


def _int_constants() -> list[tuple[str, int]]:
    """Load time: the int constants of the CPython posix module (O_*, F_OK,
    SEEK_*, EX_*, W*...)."""
    result: list[tuple[str, int]] = []
    for name, value in _posix.__dict__.items():
        if name.isupper() and isinstance(value, int) and not isinstance(value, bool):
            result.append((name, value))
    return result


CONSTANTS = _int_constants()


for _f in FUNCTIONS + procs.FUNCTIONS + fileops.FUNCTIONS + procinfo.FUNCTIONS:
    # CPython's METH_NOARGS/METH_O messages name the module ("posix.getpid()
    # takes no arguments (1 given)")
    if isinstance(_f, W_BuiltinSlots):
        _f.sig.qualname = "posix." + _f.sig.name


HAVE_FUNCTIONS = ["HAVE_EVENTFD", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHOWN", "HAVE_FPATHCONF",
                  "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_LSTAT", "HAVE_MEMFD_CREATE"]


def make_module() -> W_Module:
    w_mod = W_Module("posix", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    for w_f in procs.FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    fileops.add_to(d)
    procinfo.add_to(d)
    for name, value in CONSTANTS:
        d.setitem_str(name, wrap_int(value))
    d.setitem_str("environ", make_environ())
    d.setitem_str("error", w_OSError)
    d.setitem_str("stat_result", STAT_RESULT.w_type)
    d.setitem_str("uname_result", UNAME_RESULT.w_type)
    d.setitem_str("terminal_size", TERMINAL_SIZE.w_type)
    d.setitem_str("times_result", TIMES_RESULT.w_type)
    d.setitem_str("DirEntry", dirent.w_direntry_type)
    # HAVE_LSTAT: os.supports_follow_symlinks is {os.stat} (stat takes
    # follow_symlinks=False; shutil.copystat/copy2/copytree(symlinks=True)
    # look the function up there); the descriptor variants that work make
    # os.supports_fd {chdir, chmod, chown, truncate, pathconf, statvfs};
    # no dir_fd variants
    d.setitem_str("_have_functions", W_ListObject([
        space.wrap_str(name) for name in HAVE_FUNCTIONS]))
    return w_mod


