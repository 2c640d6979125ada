"""_io.FileIO: raw, unbuffered I/O on a file descriptor (CPython's
Modules/_io/fileio.c): modes r w x a and +, closefd, opener, the
directory check, append mode seeking to the end, readall, readinto,
seek/tell/truncate, and CPython's messages."""
from __future__ import annotations

from rpy.rlib import ros

from ouro.interpreter import signals
from ouro.interpreter.output import OutputStream

from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import OperationError, operr, w_TypeError, w_ValueError
from ouro.objspace.floatobject import W_FloatObject
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import is_int, wrap_int
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import W_StrObject, c_int_w
from ouro.modules._io.iobase import (DEFAULT_BUFFER_SIZE, W_IOBase, _io_type, buffer_bytes,
                                     fill_buffer, int_arg, iobase_close_impl, size_arg,
                                     type_display_name, unsupported, w_rawiobase_type,
                                     writable_buffer_len)
from ouro.modules.posix.errors import (EAGAIN, EINTR, EISDIR, ESPIPE, oserror, oserror_errno,
                                       path_arg)

w_fileio_type = _io_type("FileIO", [w_rawiobase_type])

S_IFMT = 0o170000
S_IFDIR = 0o040000


class W_FileIO(W_IOBase):
    fd: int                 # -1 when closed
    readable: bool
    writable: bool
    appending: bool
    created: bool
    closefd: bool
    seekable: int           # -1 unknown, 0, 1
    blksize: int
    std_stream: OutputStream | None     # unbuffered sys.stdout/stderr: its text first

    def __init__(self, w_type: W_TypeObject) -> None:
        W_IOBase.__init__(self, w_type)
        self.fd = -1
        self.readable = False
        self.writable = False
        self.appending = False
        self.created = False
        self.closefd = True
        self.seekable = -1
        self.blksize = 0
        self.std_stream = None

    def mode_string(self) -> str:
        if self.created:
            return "xb+" if self.readable else "xb"
        if self.appending:
            return "ab+" if self.readable else "ab"
        if self.readable:
            return "rb+" if self.writable else "rb"
        return "wb"

    def check_open(self) -> None:
        if self.fd < 0:
            raise operr(w_ValueError, "I/O operation on closed file")

    def check_readable(self) -> None:
        self.check_open()
        if not self.readable:
            raise unsupported("File not open for reading")

    def check_writable(self) -> None:
        self.check_open()
        if not self.writable:
            raise unsupported("File not open for writing")

    # the operations, for BufferedIO's fast path too

    def read_bytes(self, n: int) -> bytes | None:
        """os.read; None when it would block."""
        while True:
            try:
                return ros.read(self.fd, n)
            except OSError:
                code = ros.get_errno()
                if code == EAGAIN:
                    return None
                if code != EINTR:
                    raise oserror_errno(code)
            # interrupted by a signal: its handler runs, then the read is
            # retried unless the handler raised (PEP 475)
            signals.run_pending()

    def read_all(self) -> bytes | None:
        chunks: list[bytes] = []
        bufsize = DEFAULT_BUFFER_SIZE
        while True:
            try:
                chunk = ros.read(self.fd, bufsize)
            except OSError:
                code = ros.get_errno()
                if code == EAGAIN:
                    if len(chunks) == 0:
                        return None
                    break
                if code != EINTR:
                    raise oserror_errno(code)
                signals.run_pending()
                continue
            if len(chunk) == 0:
                break
            chunks.append(chunk)
            if bufsize < 1048576:
                bufsize *= 2
        return b"".join(chunks)

    def write_bytes(self, data: bytes) -> int:
        """os.write; -1 when it would block."""
        out = self.std_stream
        if out is not None:
            out.flush()
        while True:
            try:
                return ros.write(self.fd, data)
            except OSError:
                code = ros.get_errno()
                if code == EAGAIN:
                    return -1
                if code != EINTR:
                    raise oserror_errno(code)
            signals.run_pending()

    def seek_to(self, pos: int, whence: int) -> int:
        try:
            r = ros.lseek(self.fd, pos, whence)
        except OSError:
            if self.seekable < 0:
                self.seekable = 0
            raise oserror()
        if self.seekable < 0:
            self.seekable = 1
        return r

    def is_seekable(self) -> bool:
        if self.seekable < 0:
            try:
                ros.lseek(self.fd, 0, 1)
                self.seekable = 1
            except OSError:
                self.seekable = 0
        return self.seekable == 1

    def internal_close(self) -> None:
        fd = self.fd
        self.fd = -1
        if self.closefd and fd >= 0:
            try:
                ros.close(fd)
            except OSError:
                raise oserror()


def _fio(w: W_Root | None) -> W_FileIO:
    if not isinstance(w, W_FileIO):
        raise operr(w_TypeError, "descriptor requires a '_io.FileIO' object but received '%s'"
                    % (type_name(w) if w is not None else "NoneType"))
    return w


def fileio_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return W_FileIO(w_cls)


def init_fileio(w_self: W_FileIO, w_file: W_Root, mode: str, closefd: bool,
                w_opener: W_Root | None) -> None:
    """FileIO.__init__."""
    if w_self.fd >= 0:
        if w_self.closefd:
            w_self.internal_close()
        else:
            w_self.fd = -1
    fd = -1
    if isinstance(w_file, W_FloatObject):
        raise operr(w_TypeError, "integer argument expected, got float")
    if is_int(w_file):
        fd = c_int_w(w_file)
        if fd < 0:
            raise operr(w_ValueError, "negative file descriptor")
    path = ""
    if fd < 0:
        p = path_arg(w_file, "FileIO", "file", False, False)
        path = p.path
    rwa = False
    plus = False
    flags = 0
    w_self.readable = False
    w_self.writable = False
    w_self.appending = False
    w_self.created = False
    for c in mode:
        if c == "x" or c == "r" or c == "w" or c == "a":
            if rwa:
                raise _bad_mode()
            rwa = True
            if c == "x":
                w_self.created = True
                w_self.writable = True
                flags |= ros.O_EXCL | ros.O_CREAT
            elif c == "r":
                w_self.readable = True
            elif c == "w":
                w_self.writable = True
                flags |= ros.O_CREAT | ros.O_TRUNC
            else:
                w_self.writable = True
                w_self.appending = True
                flags |= ros.O_APPEND | ros.O_CREAT
        elif c == "b":
            pass
        elif c == "+":
            if plus:
                raise _bad_mode()
            w_self.readable = True
            w_self.writable = True
            plus = True
        else:
            raise operr(w_ValueError, "invalid mode: %s" % mode)
    if not rwa:
        raise _bad_mode()
    if w_self.readable and w_self.writable:
        flags |= ros.O_RDWR
    elif w_self.readable:
        flags |= ros.O_RDONLY
    else:
        flags |= ros.O_WRONLY
    if fd >= 0:
        w_self.fd = fd
        w_self.closefd = closefd
    else:
        w_self.closefd = True
        if not closefd:
            raise operr(w_ValueError, "Cannot use closefd=False with file name")
        if w_opener is not None and w_opener is not w_None:
            w_fd = space.call_function(w_opener, [w_file, wrap_int(flags)])
            if not is_int(w_fd):
                raise operr(w_TypeError, "expected integer from opener")
            fd = c_int_w(w_fd)
            if fd < 0:
                raise operr(w_ValueError, "opener returned %d" % fd)
        else:
            try:
                fd = ros.open(path, flags, 0o666)
            except OSError:
                raise oserror(w_file)
        w_self.fd = fd
    w_self.blksize = DEFAULT_BUFFER_SIZE
    try:
        ros.fstat_into(w_self.fd)
        if ros.stat_field(ros.ST_MODE) & S_IFMT == S_IFDIR:
            w_self.internal_close()
            raise oserror_errno(EISDIR, w_file)
        blksize = ros.stat_field(ros.ST_BLKSIZE)
        if blksize > 1:
            w_self.blksize = blksize
    except OSError:
        code = ros.get_errno()
        if w_self.closefd:
            w_self.internal_close()
        raise oserror_errno(code)
    w_self.setdictvalue("name", w_file)
    if w_self.appending:
        try:
            ros.lseek(w_self.fd, 0, 2)
        except OSError:
            if ros.get_errno() != ESPIPE:
                code = ros.get_errno()
                raise oserror_errno(code)


def _bad_mode() -> OperationError:
    return operr(w_ValueError, "Must have exactly one of create/read/write/append mode and at "
                 "most one plus")


def _mode_arg(w: W_Root | None, fname: str) -> str:
    if w is None:
        return "r"
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s() argument 'mode' must be str, not %s" % (fname, type_name(w)))
    return w.as_str()


def fileio_init(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    w_file = slots[1]
    assert w_file is not None
    mode = _mode_arg(slots[2], "FileIO")
    closefd = True
    if slots[3] is not None:
        closefd = space.is_true(slots[3])
    init_fileio(w_self, w_file, mode, closefd, slots[4])
    return w_None


def fileio_read(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    w_self.check_readable()
    n = size_arg(slots[1])
    if n < 0:
        data = w_self.read_all()
    else:
        data = w_self.read_bytes(n)
    if data is None:
        return w_None
    return W_BytesObject(data)


def fileio_readall(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    w_self.check_open()
    data = w_self.read_all()
    if data is None:
        return w_None
    return W_BytesObject(data)


def fileio_readinto(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    w_buf = slots[1]
    assert w_buf is not None
    w_self.check_readable()
    n = writable_buffer_len(w_buf)
    data = w_self.read_bytes(n)
    if data is None:
        return w_None
    fill_buffer(w_buf, data)
    return wrap_int(len(data))


def fileio_write(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    w_b = slots[1]
    assert w_b is not None
    w_self.check_writable()
    data = buffer_bytes(w_b)
    n = w_self.write_bytes(data)
    if n < 0:
        return w_None
    if n < len(data):
        # (here, not in write_bytes: a buffered writer counts the bytes
        # written before it runs the handler)
        signals.after_partial_write()
    return wrap_int(n)


def fileio_seek(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    w_self.check_open()
    w_pos = slots[1]
    assert w_pos is not None
    if isinstance(w_pos, W_FloatObject):
        raise operr(w_TypeError, "'float' object cannot be interpreted as an integer")
    pos = int_arg(w_pos)
    whence = 0
    if slots[2] is not None:
        whence = c_int_w(slots[2])
    return wrap_int(w_self.seek_to(pos, whence))


def fileio_tell(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    w_self.check_open()
    return wrap_int(w_self.seek_to(0, 1))


def fileio_truncate(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    w_self.check_open()
    if not w_self.writable:
        raise unsupported("File not open for writing")
    w_size = slots[1]
    if w_size is None or w_size is w_None:
        size = w_self.seek_to(0, 1)
    else:
        size = int_arg(w_size)
    try:
        ros.ftruncate(w_self.fd, size)
    except OSError:
        raise oserror()
    return wrap_int(size)


def fileio_close(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    err: OperationError | None = None
    try:
        iobase_close_impl(w_self)
    except OperationError as e:
        err = e
    try:
        w_self.internal_close()
    except OperationError as e:
        if err is None:
            err = e
    if err is not None:
        raise err
    return w_None


def fileio_seekable(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    w_self.check_open()
    return space.wrap_bool(w_self.is_seekable())


def fileio_readable(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    w_self.check_open()
    return space.wrap_bool(w_self.readable)


def fileio_writable(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    w_self.check_open()
    return space.wrap_bool(w_self.writable)


def fileio_fileno(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    w_self.check_open()
    return wrap_int(w_self.fd)


def fileio_isatty(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    w_self.check_open()
    return space.wrap_bool(ros.isatty(w_self.fd))


def fileio_repr(slots: list[W_Root | None]) -> W_Root:
    w_self = _fio(slots[0])
    tname = type_display_name(w_self.w_type)
    if w_self.fd < 0:
        return space.wrap_str("<%s [closed]>" % tname)
    closefd = "True" if w_self.closefd else "False"
    w_name = space.getattr_or_none(w_self, "name")
    if w_name is None:
        return space.wrap_str("<%s fd=%d mode='%s' closefd=%s>"
                              % (tname, w_self.fd, w_self.mode_string(), closefd))
    return space.wrap_str("<%s name=%s mode='%s' closefd=%s>"
                          % (tname, space.repr_str(w_name), w_self.mode_string(), closefd))


def fileio_get_closed(w: W_Root) -> W_Root:
    return space.wrap_bool(_fio(w).fd < 0)


def fileio_get_closefd(w: W_Root) -> W_Root:
    return space.wrap_bool(_fio(w).closefd)


def fileio_get_mode(w: W_Root) -> W_Root:
    return space.wrap_str(_fio(w).mode_string())


def fileio_get_blksize(w: W_Root) -> W_Root:
    return wrap_int(_fio(w).blksize)


def fileio_getstate(slots: list[W_Root | None]) -> W_Root:
    raise operr(w_TypeError, "cannot pickle '%s' object" % type_display_name(_fio(slots[0]).w_type))


register_raw(w_fileio_type, "__new__", fileio_new)
register(w_fileio_type, "__init__(self, file, mode=, closefd=, opener=)", fileio_init)
register(w_fileio_type, "read(self, size=, /)", fileio_read)
register(w_fileio_type, "readall(self, /)", fileio_readall)
register(w_fileio_type, "readinto(self, buffer, /)", fileio_readinto)
register(w_fileio_type, "write(self, b, /)", fileio_write)
register(w_fileio_type, "seek(self, pos, whence=, /)", fileio_seek)
register(w_fileio_type, "tell(self, /)", fileio_tell)
register(w_fileio_type, "truncate(self, size=, /)", fileio_truncate)
register(w_fileio_type, "close(self, /)", fileio_close)
register(w_fileio_type, "seekable(self, /)", fileio_seekable)
register(w_fileio_type, "readable(self, /)", fileio_readable)
register(w_fileio_type, "writable(self, /)", fileio_writable)
register(w_fileio_type, "fileno(self, /)", fileio_fileno)
register(w_fileio_type, "isatty(self, /)", fileio_isatty)
register(w_fileio_type, "__repr__(self, /)", fileio_repr)
register(w_fileio_type, "__getstate__(self, /)", fileio_getstate)
getset(w_fileio_type, "closed", fileio_get_closed)
getset(w_fileio_type, "closefd", fileio_get_closefd)
getset(w_fileio_type, "mode", fileio_get_mode)
getset(w_fileio_type, "_blksize", fileio_get_blksize)

