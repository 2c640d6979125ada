"""The methods of mmap.mmap, as CPython 3.11's Modules/mmapmodule.c on
Unix (messages and the order of the checks included): close, closed,
find/rfind, flush, madvise, move, read, read_byte, readline, resize,
seek, size, tell, write, write_byte, __len__, __getitem__/__setitem__/
__delitem__ (ints and slices, extended ones too), __enter__/__exit__,
__repr__."""
from __future__ import annotations

from rpy.rlib import rmmap, ros

from ouro.modules.mmap.mapobject import (ACCESS_COPY, ACCESS_DEFAULT, ACCESS_NAMES, ACCESS_READ,
                                         ACCESS_WRITE, W_MMap, w_mmap_type)
from ouro.modules.posix.errors import oserror
from ouro.objspace import space
from ouro.objspace.bytesobject import buffer_w, wrap_bytes
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (operr, w_BufferError, w_IndexError, w_OverflowError,
                                      w_TypeError, w_ValueError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import Arguments, W_Root, type_name, w_None
from ouro.objspace.sliceobject import W_SliceObject, slice_indices
from ouro.objspace.strobject import c_int_w, has_index, ssize_w, word_w


MAXSIZE = 9223372036854775807      # PY_SSIZE_T_MAX


def _self(slots: list[W_Root | None]) -> W_MMap:
    w = slots[0]
    if isinstance(w, W_MMap):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a 'mmap.mmap' object but received a '%s'"
                % type_name(w))


def _valid(slots: list[W_Root | None]) -> W_MMap:
    m = _self(slots)
    m.check_valid()
    return m


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def n_arg(w: W_Root) -> int:
    """PyArg_Parse's "n" (Py_ssize_t)."""
    return word_w(w, "ssize_t")


def opt_n(w: W_Root | None, default: int) -> int:
    return default if w is None else n_arg(w)


def check_writable(m: W_MMap) -> None:
    if m.access == ACCESS_READ:
        raise operr(w_TypeError, "mmap can't modify a readonly memory map.")


def check_resizeable(m: W_MMap) -> None:
    if m.exports_held():
        raise operr(w_BufferError, "mmap can't resize with extant buffers exported.")
    if m.access != ACCESS_WRITE and m.access != ACCESS_DEFAULT:
        raise operr(w_TypeError, "mmap can't resize a readonly or copy-on-write memory map.")


def mmap_close(slots: list[W_Root | None]) -> W_Root:
    m = _self(slots)
    if m.exports_held():
        raise operr(w_BufferError, "cannot close exported pointers exist")
    m.close()
    return w_None


def mmap_closed(w: W_Root) -> W_Root:
    assert isinstance(w, W_MMap)
    return space.wrap_bool(w.addr == 0)


def mmap_read_byte(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    if m.pos >= m.size:
        raise operr(w_ValueError, "read byte out of range")
    b = rmmap.get_byte(m.addr + m.pos)
    m.pos += 1
    return wrap_int(b)


def mmap_readline(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    remaining = m.size - m.pos if m.pos < m.size else 0
    if remaining == 0:
        return wrap_bytes(b"")
    i = rmmap.find_byte(m.addr + m.pos, remaining, 10)
    n = remaining if i < 0 else i + 1
    data = m.read_bytes(m.pos, n)
    m.pos += n
    return wrap_bytes(data)


def mmap_read(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    w_n = slots[1]
    num = -1
    if w_n is not None and w_n is not w_None:
        if not has_index(w_n):
            raise operr(w_TypeError, "argument should be integer or None, not '%s'"
                        % type_name(w_n))
        num = ssize_w(w_n, w_OverflowError)
    m.check_valid()
    remaining = m.size - m.pos if m.pos < m.size else 0
    if num < 0 or num > remaining:
        num = remaining
    data = m.read_bytes(m.pos, num)
    m.pos += num
    return wrap_bytes(data)


def _clip(i: int, size: int) -> int:
    if i < 0:
        i += size
        if i < 0:
            return 0
    elif i > size:
        return size
    return i


def _find(slots: list[W_Root | None], reverse: bool) -> W_Root:
    m = _valid(slots)
    needle = buffer_w(_req(slots, 1))
    start = _clip(opt_n(slots[2], m.pos), m.size)
    end = _clip(opt_n(slots[3], m.size), m.size)
    m.check_valid()
    if end < start:
        return wrap_int(-1)
    i = rmmap.find(m.addr + start, end - start, needle, reverse)
    return wrap_int(i if i < 0 else i + start)


def mmap_find(slots: list[W_Root | None]) -> W_Root:
    return _find(slots, False)


def mmap_rfind(slots: list[W_Root | None]) -> W_Root:
    return _find(slots, True)


def mmap_write(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    data = buffer_w(_req(slots, 1))
    check_writable(m)
    if m.pos > m.size or m.size - m.pos < len(data):
        raise operr(w_ValueError, "data out of range")
    m.check_valid()
    rmmap.write(m.addr + m.pos, data)
    m.pos += len(data)
    return wrap_int(len(data))


def byte_arg(w: W_Root) -> int:
    """PyArg_Parse's "b" (an unsigned char from an int)."""
    v = n_arg_long(w)
    if v < 0:
        raise operr(w_OverflowError, "unsigned byte integer is less than minimum")
    if v > 255:
        raise operr(w_OverflowError, "unsigned byte integer is greater than maximum")
    return v


def n_arg_long(w: W_Root) -> int:
    return word_w(w, "long")


def mmap_write_byte(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    b = byte_arg(_req(slots, 1))
    check_writable(m)
    m.check_valid()
    if m.pos < m.size:
        rmmap.set_byte(m.addr + m.pos, b)
        m.pos += 1
        return w_None
    raise operr(w_ValueError, "write byte out of range")


def mmap_size(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    try:
        ros.fstat_into(m.fd)
    except OSError:
        raise oserror()
    return wrap_int(ros.stat_field(ros.ST_SIZE))


def mmap_resize(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    new_size = n_arg(_req(slots, 1))
    check_resizeable(m)
    if new_size < 0 or MAXSIZE - new_size < m.offset:
        raise operr(w_ValueError, "new size out of range")
    if m.fd != -1:
        try:
            ros.ftruncate(m.fd, m.offset + new_size)
        except OSError:
            raise oserror()
    try:
        addr = rmmap.mremap(m.addr, m.size, new_size)
    except OSError:
        raise oserror()
    m.addr = addr
    m.size = new_size
    return w_None


def mmap_tell(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    return wrap_int(m.pos)


def mmap_flush(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    offset = opt_n(slots[1], 0)
    size = opt_n(slots[2], m.size)
    if size < 0 or offset < 0 or m.size - offset < size:
        raise operr(w_ValueError, "flush values out of range")
    if m.access == ACCESS_READ or m.access == ACCESS_COPY:
        return w_None
    try:
        rmmap.msync(m.addr + offset, size)
    except OSError:
        raise oserror()
    return w_None


def mmap_seek(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    dist = n_arg(_req(slots, 1))
    how = 0 if slots[2] is None else c_int_w(_req(slots, 2))
    maxsize = MAXSIZE
    if how == 0:
        where = dist
    elif how == 1:
        if maxsize - m.pos < dist:
            raise operr(w_ValueError, "seek out of range")
        where = m.pos + dist
    elif how == 2:
        if maxsize - m.size < dist:
            raise operr(w_ValueError, "seek out of range")
        where = m.size + dist
    else:
        raise operr(w_ValueError, "unknown seek type")
    if where > m.size or where < 0:
        raise operr(w_ValueError, "seek out of range")
    m.pos = where
    return w_None


def mmap_move(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    dest = n_arg(_req(slots, 1))
    src = n_arg(_req(slots, 2))
    cnt = n_arg(_req(slots, 3))
    check_writable(m)
    if (dest < 0 or src < 0 or cnt < 0 or m.size - dest < cnt or m.size - src < cnt):
        raise operr(w_ValueError, "source, destination, or count out of range")
    m.check_valid()
    rmmap.move(m.addr + dest, m.addr + src, cnt)
    return w_None


def mmap_madvise(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    option = c_int_w(_req(slots, 1))
    start = opt_n(slots[2], 0)
    length = opt_n(slots[3], m.size)
    if start < 0 or start >= m.size:
        raise operr(w_ValueError, "madvise start out of bounds")
    if length < 0:
        raise operr(w_ValueError, "madvise length invalid")
    if MAXSIZE - start < length:
        raise operr(w_OverflowError, "madvise length too large")
    if start + length > m.size:
        length = m.size - start
    m.check_valid()
    try:
        rmmap.madvise(m.addr + start, length, option)
    except OSError:
        raise oserror()
    return w_None


def mmap_enter(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    return m


def mmap_exit(args: Arguments) -> W_Root:
    return mmap_close([args.args_w[0]])


def mmap_repr(slots: list[W_Root | None]) -> W_Root:
    m = _self(slots)
    name = type_name(m)
    if m.addr == 0:
        return space.wrap_str("<%s closed=True>" % name)
    return space.wrap_str("<%s closed=False, access=%s, length=%d, pos=%d, offset=%d>"
                          % (name, ACCESS_NAMES[m.access], m.size, m.pos, m.offset))


def mmap_len(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    return wrap_int(m.size)


def mmap_getitem(slots: list[W_Root | None]) -> W_Root:
    m = _valid(slots)
    w_item = _req(slots, 1)
    if isinstance(w_item, W_SliceObject):
        start, stop, step, slicelen = slice_indices(w_item, m.size)
        m.check_valid()
        if slicelen <= 0:
            return wrap_bytes(b"")
        if step == 1:
            return wrap_bytes(m.read_bytes(start, slicelen))
        out: list[int] = []
        cur = start
        for i in range(slicelen):
            out.append(rmmap.get_byte(m.addr + cur))
            cur += step
        return wrap_bytes(bytes(out))
    if has_index(w_item):
        i = ssize_w(w_item, w_IndexError)
        if i < 0:
            i += m.size
        if i < 0 or i >= m.size:
            raise operr(w_IndexError, "mmap index out of range")
        m.check_valid()
        return wrap_int(rmmap.get_byte(m.addr + i))
    raise operr(w_TypeError, "mmap indices must be integers")


def _assign(m: W_MMap, w_item: W_Root, w_value: W_Root | None) -> None:
    """mmap_ass_subscript (w_value None: deletion)."""
    m.check_valid()
    check_writable(m)
    if isinstance(w_item, W_SliceObject):
        start, stop, step, slicelen = slice_indices(w_item, m.size)
        if w_value is None:
            raise operr(w_TypeError, "mmap object doesn't support slice deletion")
        data = buffer_w(w_value)
        if len(data) != slicelen:
            raise operr(w_IndexError, "mmap slice assignment is wrong size")
        m.check_valid()
        if slicelen == 0:
            return
        if step == 1:
            rmmap.write(m.addr + start, data)
            return
        cur = start
        for i in range(slicelen):
            rmmap.set_byte(m.addr + cur, data[i])
            cur += step
        return
    if has_index(w_item):
        i = ssize_w(w_item, w_IndexError)
        if i < 0:
            i += m.size
        if i < 0 or i >= m.size:
            raise operr(w_IndexError, "mmap index out of range")
        if w_value is None:
            raise operr(w_TypeError, "mmap doesn't support item deletion")
        if not has_index(w_value):
            raise operr(w_TypeError, "mmap item value must be an int")
        v = ssize_w(w_value, w_TypeError)
        if v < 0 or v > 255:
            raise operr(w_ValueError, "mmap item value must be in range(0, 256)")
        m.check_valid()
        rmmap.set_byte(m.addr + i, v)
        return
    raise operr(w_TypeError, "mmap indices must be integer")


def mmap_setitem(slots: list[W_Root | None]) -> W_Root:
    _assign(_self(slots), _req(slots, 1), _req(slots, 2))
    return w_None


def mmap_delitem(slots: list[W_Root | None]) -> W_Root:
    _assign(_self(slots), _req(slots, 1), None)
    return w_None


register(w_mmap_type, "close(self, /)", mmap_close)
register(w_mmap_type, "find(self, sub, start=, end=, /)", mmap_find)
register(w_mmap_type, "rfind(self, sub, start=, end=, /)", mmap_rfind)
register(w_mmap_type, "flush(self, offset=, size=, /)", mmap_flush)
register(w_mmap_type, "madvise(self, option, start=, length=, /)", mmap_madvise)
register(w_mmap_type, "move(self, dest, src, count, /)", mmap_move)
register(w_mmap_type, "read(self, n=, /)", mmap_read)
register(w_mmap_type, "read_byte(self, /)", mmap_read_byte)
register(w_mmap_type, "readline(self, /)", mmap_readline)
register(w_mmap_type, "resize(self, newsize, /)", mmap_resize)
register(w_mmap_type, "seek(self, pos, whence=, /)", mmap_seek)
register(w_mmap_type, "size(self, /)", mmap_size)
register(w_mmap_type, "tell(self, /)", mmap_tell)
register(w_mmap_type, "write(self, bytes, /)", mmap_write)
register(w_mmap_type, "write_byte(self, byte, /)", mmap_write_byte)
register(w_mmap_type, "__enter__(self, /)", mmap_enter)
register_raw(w_mmap_type, "__exit__", mmap_exit)
register(w_mmap_type, "__repr__(self, /)", mmap_repr)
register(w_mmap_type, "__len__(self, /)", mmap_len)
register(w_mmap_type, "__getitem__(self, key, /)", mmap_getitem)
register(w_mmap_type, "__setitem__(self, key, value, /)", mmap_setitem)
register(w_mmap_type, "__delitem__(self, key, /)", mmap_delitem)
getset(w_mmap_type, "closed", mmap_closed)
