"""posix.scandir() and posix.DirEntry (CPython's behaviour: the entry type
from readdir's d_type where the file system gives one, stat()/lstat()
results cached on the entry).  The directory is read when scandir() is
called; the iterator then hands the entries out."""
from __future__ import annotations

from rpy.rlib import ros

from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import OperationError, operr, w_FileNotFoundError, w_TypeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject, encode_text
from ouro.modules.posix.errors import PathArg, fs_name, oserror, path_arg
from ouro.modules.posix.statresult import stat_path

w_direntry_type = make_builtin_type("DirEntry", [w_object_type], LAYOUT_OTHER)
w_direntry_type.w_module = W_StrObject("posix")
w_direntry_type.dict_w["__module__"] = W_StrObject("posix")
w_scandir_iterator_type = make_builtin_type("ScandirIterator", [w_object_type], LAYOUT_OTHER)
w_scandir_iterator_type.w_module = W_StrObject("posix")
w_scandir_iterator_type.dict_w["__module__"] = W_StrObject("posix")

S_IFMT = 0o170000
S_IFDIR = 0o040000
S_IFREG = 0o100000
S_IFLNK = 0o120000


def read_dir(p: PathArg) -> list[tuple[bytes, int]]:
    """The (name, d_type) entries of a directory (OSError with its path)."""
    try:
        raw = ros.listdir(p.path)
    except OSError:
        raise oserror(p.w_path)
    result: list[tuple[bytes, int]] = []
    start = 0
    n = len(raw)
    while start < n:
        end = raw.find(b"\x00", start + 1)
        if end < 0:
            end = n
        result.append((raw[start + 1:end], raw[start]))
        start = end + 1
    return result


class W_DirEntry(W_Root):
    w_name: W_Root
    w_path: W_Root
    path: str                  # for ros
    d_type: int
    w_stat: W_Root | None      # cached stat() (following links)
    w_lstat: W_Root | None     # cached lstat()

    def __init__(self, w_name: W_Root, w_path: W_Root, path: str, d_type: int) -> None:
        self.w_name = w_name
        self.w_path = w_path
        self.path = path
        self.d_type = d_type
        self.w_stat = None
        self.w_lstat = None

    def getclass(self) -> W_TypeObject:
        return w_direntry_type

    def fetch_stat(self, follow_symlinks: bool) -> W_Root:
        if follow_symlinks:
            w_st = self.w_stat
            if w_st is None:
                if self.is_symlink():
                    w_st = stat_path(self.path, self.w_path, True)
                else:
                    w_st = self.fetch_stat(False)
                self.w_stat = w_st
            return w_st
        w_l = self.w_lstat
        if w_l is None:
            w_l = stat_path(self.path, self.w_path, False)
            self.w_lstat = w_l
        return w_l

    def is_symlink(self) -> bool:
        if self.d_type != ros.DT_UNKNOWN:
            return self.d_type == ros.DT_LNK
        return self.mode_of(False) & S_IFMT == S_IFLNK

    def mode_of(self, follow_symlinks: bool) -> int:
        w_st = self.fetch_stat(follow_symlinks)
        return space.int_of_w(space.getitem(w_st, wrap_int(0)))

    def test_mode(self, follow_symlinks: bool, mode_bits: int) -> bool:
        if self.d_type != ros.DT_UNKNOWN and not (follow_symlinks and self.d_type == ros.DT_LNK):
            if mode_bits == S_IFDIR:
                return self.d_type == ros.DT_DIR
            return self.d_type == ros.DT_REG
        try:
            mode = self.mode_of(follow_symlinks)
        except OperationError as e:
            if e.match(w_FileNotFoundError):
                return False
            raise
        return mode & S_IFMT == mode_bits


def _entry(w: W_Root | None) -> W_DirEntry:
    if not isinstance(w, W_DirEntry):
        raise operr(w_TypeError, "descriptor requires a 'posix.DirEntry' object but received '%s'"
                    % (type_name(w) if w is not None else "NoneType"))
    return w


def _follow(w: W_Root | None) -> bool:
    if w is None:
        return True
    return space.is_true(w)


def direntry_is_dir(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_entry(slots[0]).test_mode(_follow(slots[1]), S_IFDIR))


def direntry_is_file(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_entry(slots[0]).test_mode(_follow(slots[1]), S_IFREG))


def direntry_is_symlink(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_entry(slots[0]).is_symlink())


def direntry_stat(slots: list[W_Root | None]) -> W_Root:
    return _entry(slots[0]).fetch_stat(_follow(slots[1]))


def direntry_inode(slots: list[W_Root | None]) -> W_Root:
    w_st = _entry(slots[0]).fetch_stat(False)
    return space.getitem(w_st, wrap_int(1))


def direntry_fspath(slots: list[W_Root | None]) -> W_Root:
    return _entry(slots[0]).w_path


def direntry_repr(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str("<DirEntry %s>" % space.repr_str(_entry(slots[0]).w_name))


def direntry_get_name(w: W_Root) -> W_Root:
    return _entry(w).w_name


def direntry_get_path(w: W_Root) -> W_Root:
    return _entry(w).w_path


def direntry_new(args: Arguments) -> W_Root:
    raise operr(w_TypeError, "cannot create 'posix.DirEntry' instances")


class W_ScandirIterator(W_Root):
    entries: list[W_DirEntry]
    pos: int
    closed: bool

    def __init__(self, entries: list[W_DirEntry]) -> None:
        self.entries = entries
        self.pos = 0
        self.closed = False

    def getclass(self) -> W_TypeObject:
        return w_scandir_iterator_type

    def iter_next(self) -> W_Root | None:
        if self.closed or self.pos >= len(self.entries):
            self.closed = True
            return space.STOP
        w_e = self.entries[self.pos]
        self.pos += 1
        return w_e


def _scandir_it(w: W_Root | None) -> W_ScandirIterator:
    assert isinstance(w, W_ScandirIterator)
    return w


def scandir_close(slots: list[W_Root | None]) -> W_Root:
    _scandir_it(slots[0]).closed = True
    return w_None


def scandir_exit(args: Arguments) -> W_Root:
    _scandir_it(args.args_w[0]).closed = True
    return w_None


def posix_scandir(slots: list[W_Root | None]) -> W_Root:
    w_arg = slots[0]
    p = path_arg(w_arg, "scandir", "path", True, True)
    if p.fd >= 0:
        raise operr(w_TypeError, "scandir of a file descriptor is not supported")
    given = w_arg is not None and w_arg is not w_None
    prefix = p.path
    if not given:
        prefix = "."
    sep = "" if prefix.endswith("/") else "/"
    entries: list[W_DirEntry] = []
    for name, kind in read_dir(p):
        w_name = fs_name(name, p.is_bytes)
        w_full = fs_name(_join(_raw_prefix(p, given), name), p.is_bytes)
        path_str = prefix + sep + space.str_of_w(fs_name(name, False))
        entries.append(W_DirEntry(w_name, w_full, path_str, kind))
    return W_ScandirIterator(entries)


def _raw_prefix(p: PathArg, given: bool) -> bytes:
    if not given:
        return b"."
    w = p.w_path
    if isinstance(w, W_BytesObject):
        return w.value
    # a str with lone surrogates (undecodable bytes of a name listed
    # before) encoded back with surrogateescape, as os.fsencode
    return encode_text(p.path, "utf-8", "surrogateescape")


def _join(prefix: bytes, name: bytes) -> bytes:
    if prefix.endswith(b"/"):
        return prefix + name
    return prefix + b"/" + name


register_raw(w_direntry_type, "__new__", direntry_new)
register(w_direntry_type, "is_dir(self, *, follow_symlinks=)", direntry_is_dir)
register(w_direntry_type, "is_file(self, *, follow_symlinks=)", direntry_is_file)
register(w_direntry_type, "is_symlink(self, /)", direntry_is_symlink)
register(w_direntry_type, "stat(self, *, follow_symlinks=)", direntry_stat)
register(w_direntry_type, "inode(self, /)", direntry_inode)
register(w_direntry_type, "__fspath__(self, /)", direntry_fspath)
register(w_direntry_type, "__repr__(self, /)", direntry_repr)
register(w_scandir_iterator_type, "__iter__(self, /)", space.iterator_iter)
register(w_scandir_iterator_type, "__next__(self, /)", space.iterator_next)
register(w_scandir_iterator_type, "close(self, /)", scandir_close)
register(w_scandir_iterator_type, "__enter__(self, /)", space.iterator_iter)
register_raw(w_scandir_iterator_type, "__exit__", scandir_exit)
getset(w_direntry_type, "name", direntry_get_name)
getset(w_direntry_type, "path", direntry_get_path)
