"""OSError construction for the OS modules (posix, _io, time), and the
conversion of path arguments (CPython's path_converter)."""
from __future__ import annotations

from rpy.rlib import ros

from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, w_OSError,
                                      w_TypeError, w_ValueError)
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.intobject import wrap_int
from ouro.objspace.strobject import W_StrObject, c_int_w, decode_bytes, encode_text, has_index

EPERM = 1
ENOENT = 2
EINTR = 4
EBADF = 9
EAGAIN = 11
EACCES = 13
EEXIST = 17
ENOTDIR = 20
EISDIR = 21
EINVAL = 22
ENOTTY = 25
ESPIPE = 29


def oserror_errno(code: int, w_filename: W_Root | None = None,
                  w_filename2: W_Root | None = None) -> OperationError:
    """OSError(code, strerror(code)[, filename[, None, filename2]]), made by
    calling OSError so that the errno picks the subclass (FileNotFoundError...)."""
    args_w: list[W_Root] = [wrap_int(code), space.wrap_str(ros.strerror(code))]
    if w_filename is not None:
        args_w.append(w_filename)
        if w_filename2 is not None:
            args_w.append(w_None)
            args_w.append(w_filename2)
    w_exc = space.call_function(w_OSError, args_w)
    assert isinstance(w_exc, W_BaseException)
    return OperationError(w_exc)


def oserror(w_filename: W_Root | None = None, w_filename2: W_Root | None = None) -> OperationError:
    """The OSError of the last failed ros call (its errno)."""
    return oserror_errno(ros.get_errno(), w_filename, w_filename2)


# -- paths

def fspath(w: W_Root) -> W_Root:
    """os.fspath: a str or bytes (PyOS_FSPath)."""
    if isinstance(w, W_StrObject) or isinstance(w, W_BytesObject):
        return w
    w_meth = space.lookup(w, "__fspath__")
    if w_meth is None or w_meth is w_None:
        raise operr(w_TypeError, "expected str, bytes or os.PathLike object, not %s"
                    % type_name(w))
    w_res = space.call_function(w_meth, [w])
    if not (isinstance(w_res, W_StrObject) or isinstance(w_res, W_BytesObject)):
        raise operr(w_TypeError, "expected %s.__fspath__() to return str or bytes, not %s"
                    % (type_name(w), type_name(w_res)))
    return w_res


class PathArg:
    """A converted path argument."""
    path: str              # for ros (bytes decoded with surrogateescape)
    w_path: W_Root         # the str or bytes (the filename of errors)
    is_bytes: bool
    fd: int                # >= 0: a file descriptor was given instead

    def __init__(self, path: str, w_path: W_Root, is_bytes: bool, fd: int) -> None:
        self.path = path
        self.w_path = w_path
        self.is_bytes = is_bytes
        self.fd = fd


def fs_bytes(w: W_Root) -> bytes:
    """PyUnicode_FSConverter: str (UTF-8, surrogateescape), bytes or an
    os.PathLike; ValueError for an embedded NUL."""
    w_p = fspath(w)
    if isinstance(w_p, W_StrObject):
        data = encode_text(w_p.as_str(), "utf-8", "surrogateescape")
    else:
        assert isinstance(w_p, W_BytesObject)
        data = w_p.value
    if b"\x00" in data:
        raise operr(w_ValueError, "embedded null byte")
    return data


def path_arg(w: W_Root | None, fname: str, argname: str, allow_fd: bool,
             nullable: bool) -> PathArg:
    """CPython's path_converter: TypeError naming the function, the argument
    and the accepted types; ValueError for an embedded NUL."""
    if w is None or (w is w_None and nullable):
        return PathArg(".", space.wrap_str("."), False, -1)
    if allow_fd and has_index(w):
        fd = c_int_w(w)
        return PathArg("", w, False, fd)
    w_p: W_Root | None = None
    if isinstance(w, W_StrObject) or isinstance(w, W_BytesObject):
        w_p = w
    else:
        w_meth = space.lookup(w, "__fspath__")
        if w_meth is not None and w_meth is not w_None:
            w_p = space.call_function(w_meth, [w])
            if not (isinstance(w_p, W_StrObject) or isinstance(w_p, W_BytesObject)):
                raise operr(w_TypeError, "expected %s.__fspath__() to return str or bytes, not %s"
                            % (type_name(w), type_name(w_p)))
    if w_p is None:
        if allow_fd and nullable:
            allowed = "string, bytes, os.PathLike, integer or None"
        elif allow_fd:
            allowed = "string, bytes, os.PathLike or integer"
        elif nullable:
            allowed = "string, bytes, os.PathLike or None"
        else:
            allowed = "string, bytes or os.PathLike"
        raise operr(w_TypeError, "%s: %s should be %s, not %s" % (fname, argname, allowed,
                                                                type_name(w)))
    if isinstance(w_p, W_StrObject):
        s = w_p.as_str()
        if "\x00" in s:
            raise operr(w_ValueError, "embedded null byte")
        return PathArg(s, w_p, False, -1)
    assert isinstance(w_p, W_BytesObject)
    b = w_p.value
    if b"\x00" in b:
        raise operr(w_ValueError, "embedded null byte")
    return PathArg(decode_bytes(b, "utf-8", "surrogateescape"), w_p, True, -1)


def fs_name(raw: bytes, as_bytes: bool) -> W_Root:
    """A file name from the system: bytes, or str decoded with surrogateescape."""
    if as_bytes:
        return W_BytesObject(raw)
    return space.wrap_str(decode_bytes(raw, "utf-8", "surrogateescape"))


def fd_arg(w: W_Root | None) -> int:
    """An Argument Clinic `int` file descriptor."""
    assert w is not None
    return c_int_w(w)
