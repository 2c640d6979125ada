"""The `mmap` module, as CPython 3.11's Modules/mmapmodule.c on Linux:
the mmap.mmap type (Unix signature: mmap(fileno, length, flags=MAP_SHARED,
prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT, offset=0)), mmap.error
(OSError) and the constants (ACCESS_*, and MAP_*, PROT_*, MADV_* from the
system's headers), over rpy.rlib.rmmap (runtime mmaps.c).

The object and its buffer protocol are in mapobject.py, its methods in
methods.py."""
from __future__ import annotations

import fcntl as _host_fcntl

from rpy.rlib import rmmap, ros, runix

from ouro.interpreter.module import W_Module
from ouro.modules.mmap import methods
from ouro.modules.mmap.mapobject import (ACCESS_COPY, ACCESS_DEFAULT, ACCESS_READ,
                                         ACCESS_WRITE, W_MMap, w_mmap_type)
from ouro.modules.posix.errors import oserror
from ouro.modules.registry import register_module
from ouro.objspace.exceptions import operr, w_OSError, w_OverflowError, w_ValueError
from ouro.objspace.gateway import register
from ouro.objspace.intobject import W_IntObject, index_w, wrap_int
from ouro.objspace.model import W_Root, W_TypeObject
from ouro.objspace.strobject import c_int_w

CONSTANT_NAMES = [
    "MADV_DODUMP", "MADV_DOFORK", "MADV_DONTDUMP", "MADV_DONTFORK", "MADV_DONTNEED",
    "MADV_FREE", "MADV_HUGEPAGE", "MADV_HWPOISON", "MADV_MERGEABLE", "MADV_NOHUGEPAGE",
    "MADV_NORMAL", "MADV_RANDOM", "MADV_REMOVE", "MADV_SEQUENTIAL", "MADV_UNMERGEABLE",
    "MADV_WILLNEED", "MAP_ANON", "MAP_ANONYMOUS", "MAP_DENYWRITE", "MAP_EXECUTABLE",
    "MAP_POPULATE", "MAP_PRIVATE", "MAP_SHARED", "MAP_STACK", "PROT_EXEC", "PROT_READ",
    "PROT_WRITE",
]
MAP_SHARED = rmmap.constant(b"MAP_SHARED")
MAP_PRIVATE = rmmap.constant(b"MAP_PRIVATE")
MAP_ANONYMOUS = rmmap.constant(b"MAP_ANONYMOUS")
PROT_READ = rmmap.constant(b"PROT_READ")
PROT_WRITE = rmmap.constant(b"PROT_WRITE")
# CPython's _Py_dup: the map's own descriptor is not inherited by children
F_DUPFD_CLOEXEC = _host_fcntl.F_DUPFD_CLOEXEC
S_IFMT = 0o170000
S_IFREG = 0o100000

w_mmap_type.doc = (
    "Windows: mmap(fileno, length[, tagname[, access[, offset]]])\n\n"
    "Maps length bytes from the file specified by the file handle fileno,\n"
    "and returns a mmap object.  If length is larger than the current size\n"
    "of the file, the file is extended to contain length bytes.  If length\n"
    "is 0, the maximum length of the map is the current size of the file,\n"
    "except that if the file is empty Windows raises an exception (you cannot\n"
    "create an empty mapping on Windows).\n\n"
    "Unix: mmap(fileno, length[, flags[, prot[, access[, offset]]]])\n\n"
    "Maps length bytes from the file specified by the file descriptor fileno,\n"
    "and returns a mmap object.  If length is 0, the maximum length of the map\n"
    "will be the current size of the file when mmap is called.\n"
    "flags specifies the nature of the mapping. MAP_PRIVATE creates a\n"
    "private copy-on-write mapping, so changes to the contents of the mmap\n"
    "object will be private to this process, and MAP_SHARED creates a mapping\n"
    "that's shared with all other processes mapping the same areas of the file.\n"
    "The default value is MAP_SHARED.\n\n"
    "To map anonymous memory, pass -1 as the fileno (both versions).")


def _int_arg(w: W_Root | None, default: int) -> int:
    return default if w is None else c_int_w(w)


def _offset_arg(w: W_Root | None) -> int:
    """PyArg_Parse's "L" (long long)."""
    if w is None:
        return 0
    w_i = index_w(w)
    if isinstance(w_i, W_IntObject):
        return w_i.intval
    raise operr(w_OverflowError, "Python int too large to convert to C long long")


def mmap_new(slots: list[W_Root | None]) -> W_Root:
    w_cls = slots[0]
    assert isinstance(w_cls, W_TypeObject)
    w_fileno = slots[1]
    w_length = slots[2]
    assert w_fileno is not None and w_length is not None
    fd = c_int_w(w_fileno)
    map_size = methods.n_arg(w_length)
    flags = _int_arg(slots[3], MAP_SHARED)
    prot = _int_arg(slots[4], PROT_WRITE | PROT_READ)
    access = _int_arg(slots[5], ACCESS_DEFAULT)
    offset = _offset_arg(slots[6])
    if map_size < 0:
        raise operr(w_OverflowError, "memory mapped length must be positive")
    if offset < 0:
        raise operr(w_OverflowError, "memory mapped offset must be positive")
    if access != ACCESS_DEFAULT and (flags != MAP_SHARED or prot != (PROT_WRITE | PROT_READ)):
        raise operr(w_ValueError, "mmap can't specify both access and flags, prot.")
    if access == ACCESS_READ:
        flags = MAP_SHARED
        prot = PROT_READ
    elif access == ACCESS_WRITE:
        flags = MAP_SHARED
        prot = PROT_READ | PROT_WRITE
    elif access == ACCESS_COPY:
        flags = MAP_PRIVATE
        prot = PROT_READ | PROT_WRITE
    elif access == ACCESS_DEFAULT:
        # the access that the protection amounts to
        if prot & PROT_READ and prot & PROT_WRITE:
            pass
        elif prot & PROT_WRITE:
            access = ACCESS_WRITE
        else:
            access = ACCESS_READ
    else:
        raise operr(w_ValueError, "mmap invalid access parameter.")
    if fd != -1:
        regular = False
        st_size = 0
        try:
            ros.fstat_into(fd)
            regular = ros.stat_field(ros.ST_MODE) & S_IFMT == S_IFREG
            st_size = ros.stat_field(ros.ST_SIZE)
        except OSError:
            pass            # CPython's dup() below reports a bad descriptor
        if regular:
            if map_size == 0:
                if st_size == 0:
                    raise operr(w_ValueError, "cannot mmap an empty file")
                if offset >= st_size:
                    raise operr(w_ValueError, "mmap offset is greater than file size")
                map_size = st_size - offset
            elif offset > st_size or st_size - offset < map_size:
                raise operr(w_ValueError, "mmap length is greater than file size")
    dup_fd = -1
    if fd == -1:
        flags |= MAP_ANONYMOUS
    else:
        try:
            dup_fd = runix.fcntl_int(fd, F_DUPFD_CLOEXEC, 0)
        except OSError:
            raise oserror()
    try:
        addr = rmmap.mmap(map_size, prot, flags, fd, offset)
    except OSError:
        err = oserror()
        if dup_fd >= 0:
            ros.close(dup_fd)
        raise err
    return W_MMap(w_cls, addr, map_size, offset, dup_fd, access)


register(w_mmap_type, "__new__(cls, fileno, length, flags=, prot=, access=, offset=)", mmap_new)


def make_module() -> W_Module:
    w_mod = W_Module("mmap", None)
    d = w_mod.w_dict
    d.setitem_str("error", w_OSError)
    d.setitem_str("mmap", w_mmap_type)
    d.setitem_str("PAGESIZE", wrap_int(rmmap.pagesize()))
    d.setitem_str("ALLOCATIONGRANULARITY", wrap_int(rmmap.pagesize()))
    d.setitem_str("ACCESS_DEFAULT", wrap_int(ACCESS_DEFAULT))
    d.setitem_str("ACCESS_READ", wrap_int(ACCESS_READ))
    d.setitem_str("ACCESS_WRITE", wrap_int(ACCESS_WRITE))
    d.setitem_str("ACCESS_COPY", wrap_int(ACCESS_COPY))
    for name in CONSTANT_NAMES:
        value = rmmap.constant(name.encode())
        if value != rmmap.MISSING:
            d.setitem_str(name, wrap_int(value))
    return w_mod


register_module("mmap", make_module)

