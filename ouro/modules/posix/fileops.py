"""The file, file-system and descriptor functions of posix beyond the
basic ones of module.py: statvfs/fstatvfs (os.statvfs_result), sysconf/
confstr/pathconf/fpathconf and their names dicts, fchdir, fchmod,
fdatasync, sync, chroot, mkfifo, mknod, major/minor/makedev, pread/
pwrite/readv/writev/preadv/pwritev, sendfile, copy_file_range, splice,
posix_fallocate/posix_fadvise, lockf, pipe2, memfd_create, eventfd*,
getrandom and the extended attribute functions, with CPython 3.11's
signatures, conversions and messages, over rpy.rlib.rposix.

Calls that can block run without the GIL (the runtime's side); one
interrupted by a signal runs the handler and is retried unless it
raised (PEP 475), as read/write do.  The names dicts and the constants
are the host CPython's, like the rest of posix's constants."""
from __future__ import annotations

import posix as _posix

from rpy.rlib import ros, rposix
from rpy.rlib.rarithmetic import intmask

from ouro.interpreter import signals
from ouro.objspace import space
from ouro.objspace.bytearrayobject import W_BytearrayObject
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (operr, w_BufferError, w_NotImplementedError,
                                      w_OverflowError, w_TypeError, w_ValueError)
from ouro.objspace.gateway import W_BuiltinFunction, register
from ouro.objspace.intobject import W_IntObject, bigint_of_w, is_int, wrap_int, wrap_unsigned
from ouro.objspace import intobject
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.memoryobject import W_MemoryView
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.strobject import W_StrObject, c_int_w, decode_bytes, encode_text, index_w
from ouro.objspace.tupleobject import W_TupleObject
from ouro.modules._io.iobase import buffer_bytes, fill_buffer
from ouro.modules.select.module import as_fd
from ouro.modules.posix.errors import (EINTR, EINVAL, PathArg, fd_arg, fs_bytes, oserror,
                                       oserror_errno, path_arg)
from ouro.modules.posix.structseq import make_structseq, new_structseq

STATVFS_RESULT = make_structseq("statvfs_result", "os", [
    "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
    "f_favail", "f_flag", "f_namemax", "f_fsid"], 10)


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def interrupted(w_filename: W_Root | None = None) -> None:
    """After a failed call: its OSError, unless it was interrupted by a
    signal whose handler (run now) did not raise: the caller retries."""
    code = ros.get_errno()
    if code != EINTR:
        raise oserror_errno(code, w_filename)
    signals.run_pending()


def path_bytes(p: PathArg) -> bytes:
    """The bytes the system gets for a converted path."""
    w = p.w_path
    if isinstance(w, W_BytesObject):
        return w.value
    return encode_text(p.path, "utf-8", "surrogateescape")


def u64_w(w_i: W_Root, what: str) -> int:
    """A non-negative int below 2**64 (index_w'ed), its bits in a word
    (PyLong_AsUnsignedLongLong's OverflowErrors)."""
    if isinstance(w_i, W_IntObject):
        if w_i.intval < 0:
            raise operr(w_OverflowError, "can't convert negative int to unsigned")
        return w_i.intval
    big = bigint_of_w(w_i)
    if big.sign < 0:
        raise operr(w_OverflowError, "can't convert negative int to unsigned")
    if big.bit_length() > 64:
        raise operr(w_OverflowError, what)
    return intmask(big.uintmask())


def dev_w(w: W_Root) -> int:
    """_Py_Dev_Converter: an unsigned 64-bit dev_t."""
    if not is_int(w):
        raise operr(w_TypeError, "an integer is required")
    return u64_w(intobject.index_w(w), "int too big to convert")


def unsigned_int_w(w: W_Root) -> int:
    """Argument Clinic's unsigned_int (bitwise=False): ValueError for a
    negative value."""
    if not is_int(w):
        raise operr(w_TypeError, "an integer is required")
    v = index_w(w)
    if v < 0:
        raise operr(w_ValueError, "value must be positive")
    if v > 0xffffffff:
        raise operr(w_OverflowError, "Python int too large for C unsigned int")
    return v


# -- file systems

def _statvfs_result() -> W_Root:
    values_w: list[W_Root] = []
    for i in range(11):
        values_w.append(wrap_unsigned(rposix.statvfs_field(i)))
    return new_structseq(STATVFS_RESULT, values_w)


def posix_statvfs(slots: list[W_Root | None]) -> W_Root:
    p = path_arg(slots[0], "statvfs", "path", True, False)
    while True:
        try:
            if p.fd >= 0:
                rposix.fstatvfs(p.fd)
            else:
                rposix.statvfs(path_bytes(p))
            break
        except OSError:
            interrupted(p.w_path)
    return _statvfs_result()


def posix_fstatvfs(slots: list[W_Root | None]) -> W_Root:
    fd = fd_arg(slots[0])
    while True:
        try:
            rposix.fstatvfs(fd)
            break
        except OSError:
            interrupted()
    return _statvfs_result()


# -- configuration names

def _names_dict(name: str) -> list[tuple[str, int]]:
    """Load time: one of the host's names dicts (sysconf_names...)."""
    result: list[tuple[str, int]] = []
    d = getattr(_posix, name)
    for k in sorted(d):
        result.append((k, int(d[k])))
    return result


SYSCONF_NAMES = _names_dict("sysconf_names")
CONFSTR_NAMES = _names_dict("confstr_names")
PATHCONF_NAMES = _names_dict("pathconf_names")


def conf_name(w: W_Root, table: list[tuple[str, int]]) -> int:
    """conv_confname: an int, or a name of the table."""
    if is_int(w):
        w_i = intobject.index_w(w)
        if not isinstance(w_i, W_IntObject) or not -2147483648 <= w_i.intval <= 2147483647:
            raise operr(w_OverflowError, "Python int too large to convert to C int")
        return w_i.intval
    if isinstance(w, W_StrObject):
        s = w.as_str()
        for name, value in table:
            if name == s:
                return value
        raise operr(w_ValueError, "unrecognized configuration name")
    raise operr(w_TypeError, "configuration names must be strings or integers")


def names_dict(table: list[tuple[str, int]]) -> W_DictObject:
    w_d = W_DictObject()
    for name, value in table:
        w_d.setitem_str(name, wrap_int(value))
    return w_d


def posix_sysconf(slots: list[W_Root | None]) -> W_Root:
    name = conf_name(_req(slots, 0), SYSCONF_NAMES)
    try:
        return wrap_int(rposix.sysconf(name))
    except OSError:
        raise oserror()


def posix_confstr(slots: list[W_Root | None]) -> W_Root:
    name = conf_name(_req(slots, 0), CONFSTR_NAMES)
    try:
        raw = rposix.confstr(name)
    except OSError:
        raise oserror()
    if raw[0] == 0:
        return w_None
    return space.wrap_str(fs_text(raw[1:]))


def fs_text(raw: bytes) -> str:
    """Text from the system (confstr, xattr names): decoded with
    surrogateescape."""
    return decode_bytes(raw, "utf-8", "surrogateescape")


def posix_pathconf(slots: list[W_Root | None]) -> W_Root:
    p = path_arg(slots[0], "pathconf", "path", True, False)
    name = conf_name(_req(slots, 1), PATHCONF_NAMES)
    try:
        if p.fd >= 0:
            return wrap_int(rposix.fpathconf(p.fd, name))
        return wrap_int(rposix.pathconf(path_bytes(p), name))
    except OSError:
        raise oserror(p.w_path)


def posix_fpathconf(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    name = conf_name(_req(slots, 1), PATHCONF_NAMES)
    try:
        return wrap_int(rposix.fpathconf(fd, name))
    except OSError:
        raise oserror()


# -- descriptors, files

def posix_fchdir(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    try:
        rposix.fchdir(fd)
    except OSError:
        raise oserror()
    return w_None


def posix_fchmod(slots: list[W_Root | None]) -> W_Root:
    fd = c_int_w(_req(slots, 0))
    mode = c_int_w(_req(slots, 1))
    while True:
        try:
            rposix.fchmod(fd, mode)
            break
        except OSError:
            interrupted()
    return w_None


def posix_fdatasync(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    while True:
        try:
            rposix.fdatasync(fd)
            break
        except OSError:
            interrupted()
    return w_None


def posix_sync(slots: list[W_Root | None]) -> W_Root:
    rposix.sync()
    return w_None


def posix_chroot(slots: list[W_Root | None]) -> W_Root:
    p = path_arg(slots[0], "chroot", "path", False, False)
    try:
        rposix.chroot(path_bytes(p))
    except OSError:
        raise oserror(p.w_path)
    return w_None


def _no_dir_fd(w: W_Root | None) -> None:
    if w is not None and w is not w_None:
        raise operr(w_NotImplementedError, "dir_fd unavailable on this platform")


def posix_mkfifo(slots: list[W_Root | None]) -> W_Root:
    p = path_arg(slots[0], "mkfifo", "path", False, False)
    mode = 0o666 if slots[1] is None else c_int_w(_req(slots, 1))
    _no_dir_fd(slots[2])
    while True:
        try:
            rposix.mkfifo(path_bytes(p), mode)
            break
        except OSError:
            interrupted()      # CPython's error names no file here
    return w_None


def posix_mknod(slots: list[W_Root | None]) -> W_Root:
    p = path_arg(slots[0], "mknod", "path", False, False)
    mode = 0o600 if slots[1] is None else c_int_w(_req(slots, 1))
    device = 0 if slots[2] is None else dev_w(_req(slots, 2))
    _no_dir_fd(slots[3])
    try:
        rposix.mknod(path_bytes(p), mode, device)
    except OSError:
        raise oserror()
    return w_None


# glibc's encoding of device numbers (sys/sysmacros.h)

def posix_major(slots: list[W_Root | None]) -> W_Root:
    dev = dev_w(_req(slots, 0))
    return wrap_int(((dev >> 8) & 0xfff) | ((dev >> 32) & 0xfffff000))


def posix_minor(slots: list[W_Root | None]) -> W_Root:
    dev = dev_w(_req(slots, 0))
    return wrap_int((dev & 0xff) | ((dev >> 12) & 0xffffff00))


def posix_makedev(slots: list[W_Root | None]) -> W_Root:
    # dev_t arguments, but CPython 3.11 converts both as C ints
    major = c_int_w(_req(slots, 0)) & 0xffffffff
    minor = c_int_w(_req(slots, 1)) & 0xffffffff
    dev = ((major & 0xfff) << 8) | ((major & 0xfffff000) << 32) | (minor & 0xff) \
        | ((minor & 0xffffff00) << 12)
    return wrap_unsigned(dev)


def off_w(w: W_Root) -> int:
    """Py_off_t: a C long."""
    return index_w(w)


def posix_pread(slots: list[W_Root | None]) -> W_Root:
    fd = c_int_w(_req(slots, 0))
    n = index_w(_req(slots, 1))
    offset = off_w(_req(slots, 2))
    if n < 0:
        raise oserror_errno(EINVAL)
    while True:
        try:
            return W_BytesObject(rposix.pread(fd, n, offset))
        except OSError:
            interrupted()


def posix_pwrite(slots: list[W_Root | None]) -> W_Root:
    fd = c_int_w(_req(slots, 0))
    data = buffer_bytes(_req(slots, 1))
    offset = off_w(_req(slots, 2))
    while True:
        try:
            return wrap_int(rposix.pwrite(fd, data, offset))
        except OSError:
            interrupted()


def _sequence_items(w: W_Root, fname: str) -> list[W_Root]:
    """PySequence_Fast with readv/writev's message."""
    if isinstance(w, W_ListObject):
        return w.getitems_copy()
    if isinstance(w, W_TupleObject):
        return list(w.items_w)
    if isinstance(w, W_DictObject) or space.lookup(w, "__getitem__") is None:
        raise operr(w_TypeError, "%s() arg 2 must be a sequence" % fname)
    return space.unpack_iterable(w)


def _writable_len(w: W_Root) -> int:
    """The size of a buffer readv may fill (PyBUF_WRITABLE's errors)."""
    if isinstance(w, W_BytearrayObject):
        return w.buf.length
    if isinstance(w, W_MemoryView):
        w.check()
        if w.readonly:
            raise operr(w_BufferError, "memoryview: underlying buffer is not writable")
        return w.nbytes()
    if isinstance(w, W_BytesObject):
        raise operr(w_BufferError, "Object is not writable.")
    if w.buffer_itemsize() > 0:
        if w.buffer_readonly():
            raise operr(w_BufferError, "Object is not writable.")
        return w.buffer_len()
    raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w))


def _readv(slots: list[W_Root | None], fname: str, positional: bool) -> W_Root:
    fd = c_int_w(_req(slots, 0))
    items_w = _sequence_items(_req(slots, 1), fname)
    offset = -1
    flags = 0
    if positional:
        offset = off_w(_req(slots, 2))
        if slots[3] is not None:
            flags = c_int_w(_req(slots, 3))
    sizes: list[int] = []
    total = 0
    for w_b in items_w:
        n = _writable_len(w_b)
        sizes.append(n)
        total += n
    while True:
        try:
            if positional:
                data = rposix.preadv(fd, total, offset, flags)
            else:
                data = rposix.preadv(fd, total, -1, 0)
            break
        except OSError:
            interrupted()
    pos = 0
    i = 0
    while pos < len(data):
        end = min(pos + sizes[i], len(data))
        fill_buffer(items_w[i], data[pos:end])
        pos = end
        i += 1
    return wrap_int(len(data))


def posix_readv(slots: list[W_Root | None]) -> W_Root:
    return _readv(slots, "readv", False)


def posix_preadv(slots: list[W_Root | None]) -> W_Root:
    return _readv(slots, "preadv", True)


def _writev(slots: list[W_Root | None], fname: str, positional: bool) -> W_Root:
    fd = c_int_w(_req(slots, 0))
    items_w = _sequence_items(_req(slots, 1), fname)
    offset = -1
    flags = 0
    if positional:
        offset = off_w(_req(slots, 2))
        if slots[3] is not None:
            flags = c_int_w(_req(slots, 3))
    parts: list[bytes] = []
    for w_b in items_w:
        parts.append(buffer_bytes(w_b))
    data = b"".join(parts)
    while True:
        try:
            if positional:
                return wrap_int(rposix.pwritev(fd, data, offset, flags))
            return wrap_int(rposix.pwritev(fd, data, -1, 0))
        except OSError:
            interrupted()


def posix_writev(slots: list[W_Root | None]) -> W_Root:
    return _writev(slots, "writev", False)


def posix_pwritev(slots: list[W_Root | None]) -> W_Root:
    return _writev(slots, "pwritev", True)


def _opt_off(w: W_Root | None) -> int:
    """An optional offset (None: the descriptor's position, -1 here)."""
    if w is None or w is w_None:
        return -1
    v = off_w(w)
    if v < 0:
        raise oserror_errno(EINVAL)
    return v


def posix_sendfile(slots: list[W_Root | None]) -> W_Root:
    out_fd = c_int_w(_req(slots, 0))
    in_fd = c_int_w(_req(slots, 1))
    offset = _opt_off(_req(slots, 2))
    count = index_w(_req(slots, 3))
    while True:
        try:
            return wrap_int(rposix.sendfile(out_fd, in_fd, offset, count))
        except OSError:
            interrupted()


def _count_w(w: W_Root) -> int:
    """copy_file_range's and splice's count: a non-negative Py_ssize_t."""
    count = index_w(w)
    if count < 0:
        raise operr(w_ValueError, "negative value for 'count' not allowed")
    return count


def posix_copy_file_range(slots: list[W_Root | None]) -> W_Root:
    src = c_int_w(_req(slots, 0))
    dst = c_int_w(_req(slots, 1))
    count = _count_w(_req(slots, 2))
    off_src = _opt_off(slots[3])
    off_dst = _opt_off(slots[4])
    while True:
        try:
            return wrap_int(rposix.copy_file_range(src, dst, count, off_src, off_dst))
        except OSError:
            interrupted()


def posix_splice(slots: list[W_Root | None]) -> W_Root:
    src = c_int_w(_req(slots, 0))
    dst = c_int_w(_req(slots, 1))
    count = _count_w(_req(slots, 2))
    off_src = _opt_off(slots[3])
    off_dst = _opt_off(slots[4])
    flags = 0 if slots[5] is None else unsigned_int_w(_req(slots, 5))
    while True:
        try:
            return wrap_int(rposix.splice(src, dst, count, off_src, off_dst, flags))
        except OSError:
            interrupted()


def posix_posix_fallocate(slots: list[W_Root | None]) -> W_Root:
    fd = c_int_w(_req(slots, 0))
    offset = off_w(_req(slots, 1))
    length = off_w(_req(slots, 2))
    code = rposix.posix_fallocate(fd, offset, length)
    if code != 0:
        raise oserror_errno(code)
    return w_None


def posix_posix_fadvise(slots: list[W_Root | None]) -> W_Root:
    fd = c_int_w(_req(slots, 0))
    offset = off_w(_req(slots, 1))
    length = off_w(_req(slots, 2))
    advice = c_int_w(_req(slots, 3))
    code = rposix.posix_fadvise(fd, offset, length, advice)
    if code != 0:
        raise oserror_errno(code)
    return w_None


def posix_lockf(slots: list[W_Root | None]) -> W_Root:
    fd = c_int_w(_req(slots, 0))
    command = c_int_w(_req(slots, 1))
    length = off_w(_req(slots, 2))
    try:
        rposix.lockf(fd, command, length)
    except OSError:
        raise oserror()
    return w_None


def posix_pipe2(slots: list[W_Root | None]) -> W_Root:
    flags = c_int_w(_req(slots, 0))
    try:
        both = rposix.pipe2(flags)
    except OSError:
        raise oserror()
    return W_TupleObject([wrap_int(both >> 32), wrap_int(both & 0xffffffff)])


def posix_memfd_create(slots: list[W_Root | None]) -> W_Root:
    name = fs_bytes(_req(slots, 0))
    flags = _posix.MFD_CLOEXEC
    if slots[1] is not None:
        flags = index_w(_req(slots, 1)) & 0xffffffff
    try:
        return wrap_int(rposix.memfd_create(name, flags))
    except OSError:
        raise oserror()


def posix_eventfd(slots: list[W_Root | None]) -> W_Root:
    initval = unsigned_int_w(_req(slots, 0))
    flags = _posix.EFD_CLOEXEC if slots[1] is None else c_int_w(_req(slots, 1))
    try:
        return wrap_int(rposix.eventfd(initval, flags))
    except OSError:
        raise oserror()


def posix_eventfd_read(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    while True:
        try:
            return wrap_unsigned(rposix.eventfd_read(fd))
        except OSError:
            interrupted()


def posix_eventfd_write(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    w_v = _req(slots, 1)
    if not is_int(w_v):
        raise operr(w_TypeError, "'%s' object cannot be interpreted as an integer"
                    % type_name(w_v))
    if intobject.int_sign(w_v) < 0:
        raise operr(w_ValueError, "value must be positive")
    value = u64_w(intobject.index_w(w_v), "int too big to convert")
    while True:
        try:
            rposix.eventfd_write(fd, value)
            return w_None
        except OSError:
            interrupted()


def posix_getrandom(slots: list[W_Root | None]) -> W_Root:
    size = index_w(_req(slots, 0))
    flags = 0 if slots[1] is None else c_int_w(_req(slots, 1))
    if size < 0:
        raise oserror_errno(EINVAL)
    while True:
        try:
            return W_BytesObject(rposix.getrandom(size, flags))
        except OSError:
            interrupted()


# -- extended attributes

def _xattr_target(slots: list[W_Root | None], fname: str, nullable: bool) -> PathArg:
    return path_arg(slots[0], fname, "path", True, nullable)


def _attr_name(w: W_Root | None, fname: str) -> bytes:
    a = path_arg(w, fname, "attribute", False, False)
    return path_bytes(a)


def _follow(w: W_Root | None, p: PathArg, fname: str) -> bool:
    """follow_symlinks; False with a descriptor is refused (CPython checks
    fd > 0, so descriptor 0 passes and the flag is then ignored)."""
    follow = w is None or space.is_true(w)
    if p.fd > 0 and not follow:
        raise operr(w_ValueError, "%s: cannot use fd and follow_symlinks together" % fname)
    return follow


def posix_getxattr(slots: list[W_Root | None]) -> W_Root:
    p = _xattr_target(slots, "getxattr", False)
    attr = _attr_name(slots[1], "getxattr")
    follow = _follow(slots[2], p, "getxattr")
    try:
        return W_BytesObject(rposix.getxattr(path_bytes(p), p.fd, attr, follow))
    except OSError:
        raise oserror(p.w_path)


def posix_setxattr(slots: list[W_Root | None]) -> W_Root:
    p = _xattr_target(slots, "setxattr", False)
    attr = _attr_name(slots[1], "setxattr")
    value = buffer_bytes(_req(slots, 2))
    flags = 0 if slots[3] is None else c_int_w(_req(slots, 3))
    follow = _follow(slots[4], p, "setxattr")
    try:
        rposix.setxattr(path_bytes(p), p.fd, attr, value, flags, follow)
    except OSError:
        raise oserror(p.w_path)
    return w_None


def posix_removexattr(slots: list[W_Root | None]) -> W_Root:
    p = _xattr_target(slots, "removexattr", False)
    attr = _attr_name(slots[1], "removexattr")
    follow = _follow(slots[2], p, "removexattr")
    try:
        rposix.removexattr(path_bytes(p), p.fd, attr, follow)
    except OSError:
        raise oserror(p.w_path)
    return w_None


def posix_listxattr(slots: list[W_Root | None]) -> W_Root:
    p = _xattr_target(slots, "listxattr", True)
    follow = _follow(slots[1], p, "listxattr")
    try:
        raw = rposix.listxattr(path_bytes(p), p.fd, follow)
    except OSError:
        raise oserror(p.w_path)
    names_w: list[W_Root] = []
    for name in raw.split(b"\x00"):
        if name:
            # CPython decodes the names as the file system encoding, always str
            names_w.append(space.wrap_str(fs_text(name)))
    return W_ListObject(names_w)


FUNCTIONS: list[W_BuiltinFunction] = [
    register(None, "statvfs(path)", posix_statvfs),
    register(None, "fstatvfs(fd, /)", posix_fstatvfs),
    register(None, "sysconf(name, /)", posix_sysconf),
    register(None, "confstr(name, /)", posix_confstr),
    register(None, "pathconf(path, name)", posix_pathconf),
    register(None, "fpathconf(fd, name, /)", posix_fpathconf),
    register(None, "fchdir(fd)", posix_fchdir),
    register(None, "fchmod(fd, mode)", posix_fchmod),
    register(None, "fdatasync(fd)", posix_fdatasync),
    register(None, "sync()", posix_sync),
    register(None, "chroot(path)", posix_chroot),
    register(None, "mkfifo(path, mode=, *, dir_fd=)", posix_mkfifo),
    register(None, "mknod(path, mode=, device=, *, dir_fd=)", posix_mknod),
    register(None, "major(device, /)", posix_major),
    register(None, "minor(device, /)", posix_minor),
    register(None, "makedev(major, minor, /)", posix_makedev),
    register(None, "pread(fd, length, offset, /)", posix_pread),
    register(None, "pwrite(fd, buffer, offset, /)", posix_pwrite),
    register(None, "readv(fd, buffers, /)", posix_readv),
    register(None, "writev(fd, buffers, /)", posix_writev),
    register(None, "preadv(fd, buffers, offset, flags=, /)", posix_preadv),
    register(None, "pwritev(fd, buffers, offset, flags=, /)", posix_pwritev),
    register(None, "sendfile(out_fd, in_fd, offset, count)", posix_sendfile),
    register(None, "copy_file_range(src, dst, count, offset_src=, offset_dst=)",
             posix_copy_file_range),
    register(None, "splice(src, dst, count, offset_src=, offset_dst=, flags=)", posix_splice),
    register(None, "posix_fallocate(fd, offset, length, /)", posix_posix_fallocate),
    register(None, "posix_fadvise(fd, offset, length, advice, /)", posix_posix_fadvise),
    register(None, "lockf(fd, command, length, /)", posix_lockf),
    register(None, "pipe2(flags, /)", posix_pipe2),
    register(None, "memfd_create(name, flags=)", posix_memfd_create),
    register(None, "eventfd(initval, flags=)", posix_eventfd),
    register(None, "eventfd_read(fd)", posix_eventfd_read),
    register(None, "eventfd_write(fd, value)", posix_eventfd_write),
    register(None, "getrandom(size, flags=)", posix_getrandom),
    register(None, "getxattr(path, attribute, *, follow_symlinks=)", posix_getxattr),
    register(None, "setxattr(path, attribute, value, flags=, *, follow_symlinks=)",
             posix_setxattr),
    register(None, "removexattr(path, attribute, *, follow_symlinks=)", posix_removexattr),
    register(None, "listxattr(path=, *, follow_symlinks=)", posix_listxattr),
]


def add_to(d: W_DictObject) -> None:
    """Put the functions, statvfs_result and the names dicts in posix's
    namespace."""
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("statvfs_result", STATVFS_RESULT.w_type)
    d.setitem_str("sysconf_names", names_dict(SYSCONF_NAMES))
    d.setitem_str("confstr_names", names_dict(CONFSTR_NAMES))
    d.setitem_str("pathconf_names", names_dict(PATHCONF_NAMES))
