"""The methods and attributes of the built-in exception classes
(Objects/exceptions.c): BaseException's `__new__/__init__/__str__/
__repr__`, `args`, `__traceback__`, `__cause__`, `__context__`,
`__suppress_context__`, `with_traceback`, `add_note`; the extra
attributes of StopIteration, SystemExit, KeyError's str, OSError,
ImportError, SyntaxError, UnicodeError; ExceptionGroup.

W_TracebackObject is the Python-level view of a TracebackEntry chain
(`tb_lineno`, `tb_next`).
"""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.descriptors import Deleter, Setter, getset
from ouro.objspace.dictobject import w_dict_type
from ouro.objspace.exceptions import (EXCEPTION_TYPES, TracebackEntry, W_BaseException, operr,
                                      w_AttributeError, w_BaseException, w_BaseExceptionGroup,
                                      w_BlockingIOError, w_ExceptionGroup,
                                      w_ImportError, w_KeyError, w_OSError, w_StopIteration,
                                      w_SyntaxError, w_SystemExit, w_TypeError, w_ValueError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 tp_name, type_name, w_None, w_object_type)
from ouro.objspace.objectobject import BASE_EXCEPTION_NEW_INIT
from ouro.objspace.strobject import W_StrObject, has_index, index_w
from ouro.objspace.tupleobject import W_TupleObject

w_traceback_type = make_builtin_type("traceback", [w_object_type], LAYOUT_OTHER)


class W_TracebackObject(W_Root):
    entry: TracebackEntry

    def __init__(self, entry: TracebackEntry) -> None:
        self.entry = entry

    def getclass(self) -> W_TypeObject:
        return w_traceback_type


def _exc(w: W_Root | None) -> W_BaseException:
    if not isinstance(w, W_BaseException):
        raise operr(w_TypeError, "descriptor requires a 'BaseException' object but received '%s'"
                    % (type_name(w) if w is not None else "NoneType"))
    return w


def args_of(w_exc: W_BaseException) -> list[W_Root]:
    """The args, materializing operr's lazy message."""
    msg = w_exc.msg
    if msg is not None:
        w_exc.args_w = [space.wrap_str(msg)]
        w_exc.msg = None
    return w_exc.args_w


def exc_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    nargs = len(args.args_w) - 1
    if w_cls is w_OSError and 2 <= nargs <= 5 and \
            space.isinstance_w(args.args_w[1], space.w_int_type_):
        # OSError(errno, strerror, ...) makes the subclass of that errno
        # (CPython's errnomap; the errno values are Linux's)
        w_code = args.args_w[1]
        code = space.hash_w(w_code)      # the value, for the small ints that matter
        if not space.eq_w(w_code, wrap_int(code)):
            code = -1
        name = ""
        if code == 11 or code == 114 or code == 115:       # EAGAIN EALREADY EINPROGRESS
            name = "BlockingIOError"
        elif code == 32 or code == 108:                    # EPIPE ESHUTDOWN
            name = "BrokenPipeError"
        elif code == 10:                                   # ECHILD
            name = "ChildProcessError"
        elif code == 103:                                  # ECONNABORTED
            name = "ConnectionAbortedError"
        elif code == 111:                                  # ECONNREFUSED
            name = "ConnectionRefusedError"
        elif code == 104:                                  # ECONNRESET
            name = "ConnectionResetError"
        elif code == 17:                                   # EEXIST
            name = "FileExistsError"
        elif code == 2:                                    # ENOENT
            name = "FileNotFoundError"
        elif code == 21:                                   # EISDIR
            name = "IsADirectoryError"
        elif code == 20:                                   # ENOTDIR
            name = "NotADirectoryError"
        elif code == 4:                                    # EINTR
            name = "InterruptedError"
        elif code == 13 or code == 1:                      # EACCES EPERM
            name = "PermissionError"
        elif code == 3:                                    # ESRCH
            name = "ProcessLookupError"
        elif code == 110:                                  # ETIMEDOUT
            name = "TimeoutError"
        if name != "":
            w_cls = EXCEPTION_TYPES[name]
    w_exc = W_BaseException(w_cls, list(args.args_w[1:]))
    return w_exc


def exc_init(args: Arguments) -> W_Root:
    w_exc = _exc(args.args_w[0])
    if args.has_keywords() and w_exc.w_type.lookup("__init__") is W_EXC_INIT[0]:
        raise operr(w_TypeError, "%s() takes no keyword arguments" % w_exc.w_type.name)
    w_exc.args_w = list(args.args_w[1:])
    w_exc.msg = None
    t = w_exc.w_type
    if t.issubtype(w_StopIteration):
        pass
    return w_None


def exc_str(slots: list[W_Root | None]) -> W_Root:
    w_exc = _exc(slots[0])
    args_w = args_of(w_exc)
    if len(args_w) == 0:
        return space.wrap_str("")
    if len(args_w) == 1:
        return space.str_obj(args_w[0])
    return space.str_obj(W_TupleObject(list(args_w)))


def keyerror_str(slots: list[W_Root | None]) -> W_Root:
    w_exc = _exc(slots[0])
    args_w = args_of(w_exc)
    if len(args_w) == 1:
        return space.repr(args_w[0])
    return exc_str(slots)


def exc_repr(slots: list[W_Root | None]) -> W_Root:
    w_exc = _exc(slots[0])
    name = w_exc.w_type.name
    if w_exc.w_type.issubtype(w_OSError):
        args_w = oserror_args(w_exc)
    else:
        args_w = args_of(w_exc)
    if len(args_w) == 1:
        return space.wrap_str("%s(%s)" % (name, space.repr_str(args_w[0])))
    return space.wrap_str(name + space.repr_str(W_TupleObject(list(args_w))))


def exc_get_args(w: W_Root) -> W_Root:
    return W_TupleObject(list(args_of(_exc(w))))


def exc_set_args(w: W_Root, w_value: W_Root) -> None:
    w_exc = _exc(w)
    w_exc.args_w = space.unpack_iterable(w_value)
    w_exc.msg = None


def exc_get_traceback(w: W_Root) -> W_Root:
    tb = _exc(w).traceback
    if tb is None:
        return w_None
    return traceback_object(tb)


def traceback_object(tb: TracebackEntry) -> W_Root:
    """The Python object of a traceback entry (the same one each time)."""
    w_tb = tb.w_object
    if w_tb is None:
        w_tb = W_TracebackObject(tb)
        tb.w_object = w_tb
    return w_tb


def exc_set_traceback(w: W_Root, w_value: W_Root) -> None:
    w_exc = _exc(w)
    if w_value is w_None:
        w_exc.traceback = None
    elif isinstance(w_value, W_TracebackObject):
        w_exc.traceback = w_value.entry
    else:
        raise operr(w_TypeError, "__traceback__ must be a traceback or None")


def exc_get_cause(w: W_Root) -> W_Root:
    w_c = _exc(w).w_cause
    return w_c if w_c is not None else w_None


def exc_set_cause(w: W_Root, w_value: W_Root) -> None:
    w_exc = _exc(w)
    if w_value is w_None:
        w_exc.w_cause = None
    elif isinstance(w_value, W_BaseException):
        w_exc.w_cause = w_value
    else:
        raise operr(w_TypeError, "exception cause must be None or derive from BaseException")
    w_exc.suppress_context = True


def exc_get_context(w: W_Root) -> W_Root:
    w_c = _exc(w).w_context
    return w_c if w_c is not None else w_None


def exc_set_context(w: W_Root, w_value: W_Root) -> None:
    w_exc = _exc(w)
    if w_value is w_None:
        w_exc.w_context = None
    elif isinstance(w_value, W_BaseException):
        w_exc.w_context = w_value
    else:
        raise operr(w_TypeError, "exception context must be None or derive from BaseException")


def exc_get_suppress(w: W_Root) -> W_Root:
    return space.wrap_bool(_exc(w).suppress_context)


def exc_set_suppress(w: W_Root, w_value: W_Root) -> None:
    _exc(w).suppress_context = space.is_true(w_value)


def exc_with_traceback(slots: list[W_Root | None]) -> W_Root:
    w_exc = _exc(slots[0])
    w_tb = slots[1]
    assert w_tb is not None
    exc_set_traceback(w_exc, w_tb)
    return w_exc


def exc_add_note(slots: list[W_Root | None]) -> W_Root:
    w_exc = _exc(slots[0])
    w_note = slots[1]
    assert w_note is not None
    if not isinstance(w_note, W_StrObject):
        raise operr(w_TypeError, "note must be a str, not '%s'" % type_name(w_note))
    w_notes = w_exc.getdictvalue("__notes__")
    if w_notes is None:
        w_notes = space.new_list([])
        w_exc.setdictvalue("__notes__", w_notes)
    space.call_method(w_notes, "append", [w_note])
    return w_None


def _first_arg(w_exc: W_BaseException) -> W_Root:
    args_w = args_of(w_exc)
    if len(args_w) == 0:
        return w_None
    return args_w[0]


def stopiteration_get_value(w: W_Root) -> W_Root:
    return _first_arg(_exc(w))


def systemexit_get_code(w: W_Root) -> W_Root:
    w_exc = _exc(w)
    args_w = args_of(w_exc)
    if len(args_w) == 0:
        return w_None
    if len(args_w) == 1:
        return args_w[0]
    return W_TupleObject(list(args_w))


def _attr_or_none(w: W_Root, name: str) -> W_Root:
    w_v = _exc(w).get_member(name)
    return w_v if w_v is not None else w_None


def _oserror_assigned(w: W_Root, name: str) -> W_Root | None:
    """errno, strerror, filename and filename2 are writable members (urllib's
    HTTPError assigns filename): a value assigned is kept in the map under
    "__" + name and wins over the one derived from the constructor's
    arguments; None when never assigned."""
    return _exc(w).get_member(name)


def oserror_get_errno(w: W_Root) -> W_Root:
    w_v = _oserror_assigned(w, "errno")
    if w_v is not None:
        return w_v
    args_w = args_of(_exc(w))
    if 2 <= len(args_w) <= 5:       # more: CPython's oserror_init parses none
        return args_w[0]
    return w_None


def oserror_get_strerror(w: W_Root) -> W_Root:
    w_v = _oserror_assigned(w, "strerror")
    if w_v is not None:
        return w_v
    args_w = args_of(_exc(w))
    if 2 <= len(args_w) <= 5:
        return args_w[1]
    return w_None


def _written_arg(w_exc: W_BaseException) -> W_Root | None:
    """BlockingIOError(errno, strerror, n): a number third is the count of
    characters written, not a file name (for BlockingIOError exactly, as
    CPython's oserror_init); None when there is none."""
    if w_exc.w_type is not w_BlockingIOError:
        return None
    args_w = args_of(w_exc)
    if len(args_w) < 3 or len(args_w) > 5 or not has_index(args_w[2]):
        return None
    return args_w[2]


def oserror_get_filename(w: W_Root) -> W_Root:
    w_v = _oserror_assigned(w, "filename")
    if w_v is not None:
        return w_v
    args_w = args_of(_exc(w))
    if 3 <= len(args_w) <= 5 and _written_arg(_exc(w)) is None:
        return args_w[2]
    return w_None


def oserror_get_written(w: W_Root) -> W_Root:
    w_exc = _exc(w)
    w_v = w_exc.get_member("characters_written")    # set or deleted (None)
    if w_v is None:
        w_v = _written_arg(w_exc)
        if w_v is not None:
            w_v = wrap_int(index_w(w_v))
    if w_v is None or w_v is w_None:
        raise operr(w_AttributeError, "characters_written")
    return w_v


def oserror_set_written(w: W_Root, w_value: W_Root) -> None:
    _exc(w).set_member("characters_written", wrap_int(index_w(w_value)))


def oserror_del_written(w: W_Root) -> None:
    oserror_get_written(w)          # AttributeError when there is none
    _exc(w).set_member("characters_written", w_None)


def oserror_get_filename2(w: W_Root) -> W_Root:
    w_v = _oserror_assigned(w, "filename2")
    if w_v is not None:
        return w_v
    args_w = args_of(_exc(w))
    if len(args_w) == 5:
        return args_w[4]
    return w_None


def oserror_args(w_exc: W_BaseException) -> list[W_Root]:
    """OSError(errno, strerror, filename, winerror, filename2).args is
    (errno, strerror): the file names are attributes only."""
    args_w = args_of(w_exc)
    if 3 <= len(args_w) <= 5 and _written_arg(w_exc) is None:
        return [args_w[0], args_w[1]]
    return args_w


def oserror_get_args(w: W_Root) -> W_Root:
    return W_TupleObject(list(oserror_args(_exc(w))))


def oserror_str(slots: list[W_Root | None]) -> W_Root:
    """From the members (assigned ones included), as CPython's OSError_str:
    the file names when there is a first one, else errno and strerror when
    both are set, else BaseException's str of the arguments."""
    w_exc = _exc(slots[0])
    w_errno = oserror_get_errno(w_exc)
    w_strerror = oserror_get_strerror(w_exc)
    w_filename = oserror_get_filename(w_exc)
    w_filename2 = oserror_get_filename2(w_exc)
    if w_filename is not w_None:
        if w_filename2 is not w_None:
            return space.wrap_str("[Errno %s] %s: %s -> %s" % (space.str_str(w_errno),
                                                               space.str_str(w_strerror),
                                                               space.repr_str(w_filename),
                                                               space.repr_str(w_filename2)))
        return space.wrap_str("[Errno %s] %s: %s" % (space.str_str(w_errno),
                                                     space.str_str(w_strerror),
                                                     space.repr_str(w_filename)))
    nargs = len(args_of(w_exc))
    if 2 <= nargs <= 5 or (w_errno is not w_None and w_strerror is not w_None):
        return space.wrap_str("[Errno %s] %s" % (space.str_str(w_errno),
                                                 space.str_str(w_strerror)))
    return exc_str(slots)


def importerror_init(args: Arguments) -> W_Root:
    w_exc = _exc(args.args_w[0])
    w_exc.args_w = list(args.args_w[1:])
    w_exc.msg = None
    k = 0
    while k < len(args.kw_names):
        name = args.kw_names[k]
        if name != "name" and name != "path":
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for ImportError()"
                        % name)
        w_exc.set_member(name, args.kw_values_w[k])
        k += 1
    return w_None


def importerror_get_name(w: W_Root) -> W_Root:
    return _attr_or_none(w, "name")


def importerror_get_path(w: W_Root) -> W_Root:
    return _attr_or_none(w, "path")


def importerror_get_msg(w: W_Root) -> W_Root:
    return _first_arg(_exc(w))


def importerror_str(slots: list[W_Root | None]) -> W_Root:
    w_exc = _exc(slots[0])
    args_w = args_of(w_exc)
    if len(args_w) == 1:
        return space.str_obj(args_w[0])
    return exc_str(slots)


SYNTAXERROR_FIELDS = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]


def syntaxerror_init(args: Arguments) -> W_Root:
    """SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
    end_offset])): the fields are writable members, set here apart from
    args (as CPython's SyntaxError_init)."""
    w_exc = _exc(args.args_w[0])
    if args.has_keywords() and w_exc.w_type.lookup("__init__") is W_SYNTAXERROR_INIT[0]:
        raise operr(w_TypeError, "%s() takes no keyword arguments" % w_exc.w_type.name)
    exc_init(args)
    n = len(args.args_w) - 1
    if n >= 1:
        w_exc.set_member("msg", args.args_w[1])
    if n == 2:
        info_w = space.unpack_iterable(args.args_w[2])
        if len(info_w) < 4:
            raise operr(w_TypeError, "function takes at least 4 arguments (%d given)" % len(info_w))
        if len(info_w) > 6:
            raise operr(w_TypeError, "function takes at most 6 arguments (%d given)" % len(info_w))
        if len(info_w) == 5:
            raise operr(w_TypeError, "end_offset must be provided when end_lineno is provided")
        i = 0
        while i < len(SYNTAXERROR_FIELDS):
            w_exc.set_member(SYNTAXERROR_FIELDS[i],
                                 info_w[i] if i < len(info_w) else w_None)
            i += 1
    return w_None


def syntaxerror_get(w: W_Root, index: int) -> W_Root:
    """A field: as set by __init__ or assigned; for an error made by the
    compiler (no __init__ call), from its args."""
    w_exc = _exc(w)
    w_v = w_exc.get_member(SYNTAXERROR_FIELDS[index])
    if w_v is not None:
        return w_v
    args_w = args_of(w_exc)
    if len(args_w) >= 2:
        w_info = args_w[1]
        if isinstance(w_info, W_TupleObject) and index < len(w_info.items_w):
            return w_info.items_w[index]
    return w_None


def syntaxerror_get_msg(w: W_Root) -> W_Root:
    w_exc = _exc(w)
    w_v = w_exc.get_member("msg")
    return w_v if w_v is not None else _first_arg(w_exc)


def syntaxerror_get_filename(w: W_Root) -> W_Root:
    return syntaxerror_get(w, 0)


def syntaxerror_get_lineno(w: W_Root) -> W_Root:
    return syntaxerror_get(w, 1)


def syntaxerror_get_offset(w: W_Root) -> W_Root:
    return syntaxerror_get(w, 2)


def syntaxerror_get_text(w: W_Root) -> W_Root:
    return syntaxerror_get(w, 3)


def syntaxerror_get_end_lineno(w: W_Root) -> W_Root:
    return syntaxerror_get(w, 4)


def syntaxerror_get_end_offset(w: W_Root) -> W_Root:
    return syntaxerror_get(w, 5)


def syntaxerror_get_print_file_and_line(w: W_Root) -> W_Root:
    return _attr_or_none(w, "print_file_and_line")


def syntaxerror_str(slots: list[W_Root | None]) -> W_Root:
    """msg (basename of filename, line N): the file name when it is a str,
    the line when it is an exact int (CPython's SyntaxError_str)."""
    w_exc = _exc(slots[0])
    msg = space.str_str(syntaxerror_get_msg(w_exc))
    w_lineno = syntaxerror_get_lineno(w_exc)
    w_filename = syntaxerror_get_filename(w_exc)
    have_lineno = w_lineno.getclass() is space.w_int_type_
    if isinstance(w_filename, W_StrObject):
        name = w_filename.as_str()
        slash = name.rfind("/")
        if slash >= 0:
            name = name[slash + 1:]
        if have_lineno:
            return space.wrap_str("%s (%s, line %s)" % (msg, name, space.str_str(w_lineno)))
        return space.wrap_str("%s (%s)" % (msg, name))
    if have_lineno:
        return space.wrap_str("%s (line %s)" % (msg, space.str_str(w_lineno)))
    return space.wrap_str(msg)


def _setter_in_map(name: str) -> tuple[Setter, Deleter]:
    """Load time: the setter and deleter of a writable member kept in the
    exception's map under "__" + name (deleted: None, as a T_OBJECT
    member)."""
    def fset(w: W_Root, w_value: W_Root) -> None:
        _exc(w).set_member(name, w_value)

    def fdel(w: W_Root) -> None:
        _exc(w).set_member(name, w_None)

    return (fset, fdel)


# -- exception groups

def eg_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    if args.has_keywords():
        raise operr(w_TypeError, "%s() takes no keyword arguments" % w_cls.name)
    if len(args.args_w) != 3:
        raise operr(w_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)"
                    % (len(args.args_w) - 1))
    w_msg = args.args_w[1]
    w_excs = args.args_w[2]
    if not isinstance(w_msg, W_StrObject):
        raise operr(w_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s"
                    % type_name(w_msg))
    w_excs_type = w_excs.getclass()
    if w_excs_type.lookup("__getitem__") is None or w_excs_type.issubtype(w_dict_type):
        # PySequence_Check
        raise operr(w_TypeError, "second argument (exceptions) must be a sequence")
    excs = space.unpack_iterable(w_excs)
    if len(excs) == 0:
        raise operr(w_ValueError, "second argument (exceptions) must be a non-empty sequence")
    all_exceptions = True
    for w_e in excs:
        if not isinstance(w_e, W_BaseException):
            raise operr(w_ValueError, "Item %d of second argument (exceptions) is not an exception"
                        % excs.index(w_e))
        if not w_e.w_type.issubtype(EXCEPTION_TYPES["Exception"]):
            all_exceptions = False
    if w_cls is w_BaseExceptionGroup and all_exceptions:
        w_cls = w_ExceptionGroup
    elif w_cls.issubtype(EXCEPTION_TYPES["Exception"]) and not all_exceptions:
        if w_cls is w_ExceptionGroup:
            raise operr(w_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
        raise operr(w_TypeError, "Cannot nest BaseExceptions in '%s'" % tp_name(w_cls))
    w_eg = W_BaseException(w_cls, [w_msg, w_excs])
    w_eg.w_message = w_msg
    w_eg.exceptions_w = excs
    return w_eg


def eg_str(slots: list[W_Root | None]) -> W_Root:
    w_eg = _exc(slots[0])
    excs = w_eg.exceptions_w
    n = len(excs) if excs is not None else 0
    w_msg = w_eg.w_message
    msg = space.str_str(w_msg) if w_msg is not None else ""
    return space.wrap_str("%s (%d sub-exception%s)" % (msg, n, "" if n == 1 else "s"))


def eg_get_message(w: W_Root) -> W_Root:
    w_m = _exc(w).w_message
    return w_m if w_m is not None else w_None


def eg_get_exceptions(w: W_Root) -> W_Root:
    excs = _exc(w).exceptions_w
    return W_TupleObject(list(excs) if excs is not None else [])


def eg_derive(slots: list[W_Root | None]) -> W_Root:
    w_eg = _exc(slots[0])
    w_excs = slots[1]
    assert w_excs is not None
    w_msg = w_eg.w_message
    return space.call_function(w_BaseExceptionGroup, [w_msg if w_msg is not None else space.wrap_str(""),
                                                      w_excs])


W_EXC_INIT = [register_raw(w_BaseException, "__init__", exc_init)]
BASE_EXCEPTION_NEW_INIT.append(register_raw(w_BaseException, "__new__", exc_new))
BASE_EXCEPTION_NEW_INIT.append(W_EXC_INIT[0])
register(w_BaseException, "__str__(self, /)", exc_str)
register(w_BaseException, "__repr__(self, /)", exc_repr)
register(w_BaseException, "with_traceback(self, tb, /)", exc_with_traceback)
register(w_BaseException, "add_note(self, note, /)", exc_add_note)
getset(w_BaseException, "args", exc_get_args, exc_set_args)
getset(w_BaseException, "__traceback__", exc_get_traceback, exc_set_traceback)
getset(w_BaseException, "__cause__", exc_get_cause, exc_set_cause)
getset(w_BaseException, "__context__", exc_get_context, exc_set_context)
getset(w_BaseException, "__suppress_context__", exc_get_suppress, exc_set_suppress)
register(w_KeyError, "__str__(self, /)", keyerror_str)
getset(w_StopIteration, "value", stopiteration_get_value)
getset(EXCEPTION_TYPES["StopAsyncIteration"], "value", stopiteration_get_value)
getset(w_SystemExit, "code", systemexit_get_code)
_set = _setter_in_map("errno")
getset(w_OSError, "errno", oserror_get_errno, _set[0], _set[1])
_set = _setter_in_map("strerror")
getset(w_OSError, "strerror", oserror_get_strerror, _set[0], _set[1])
_set = _setter_in_map("filename")
getset(w_OSError, "filename", oserror_get_filename, _set[0], _set[1])
_set = _setter_in_map("filename2")
getset(w_OSError, "filename2", oserror_get_filename2, _set[0], _set[1])
getset(w_OSError, "characters_written", oserror_get_written, oserror_set_written,
       oserror_del_written)
getset(w_OSError, "args", oserror_get_args, exc_set_args)
register(w_OSError, "__str__(self, /)", oserror_str)
register_raw(w_ImportError, "__init__", importerror_init)
register(w_ImportError, "__str__(self, /)", importerror_str)
# name and path are writable members, None when not given (as CPython's)
_set = _setter_in_map("name")
getset(w_ImportError, "name", importerror_get_name, _set[0], _set[1])
_set = _setter_in_map("path")
getset(w_ImportError, "path", importerror_get_path, _set[0], _set[1])
getset(w_ImportError, "msg", importerror_get_msg)
W_SYNTAXERROR_INIT = [register_raw(w_SyntaxError, "__init__", syntaxerror_init)]
_msg_set = _setter_in_map("msg")
getset(w_SyntaxError, "msg", syntaxerror_get_msg, _msg_set[0], _msg_set[1])
_SYNTAXERROR_GETTERS = [syntaxerror_get_filename, syntaxerror_get_lineno, syntaxerror_get_offset,
                        syntaxerror_get_text, syntaxerror_get_end_lineno,
                        syntaxerror_get_end_offset]
for _i in range(len(SYNTAXERROR_FIELDS)):
    _set = _setter_in_map(SYNTAXERROR_FIELDS[_i])
    getset(w_SyntaxError, SYNTAXERROR_FIELDS[_i], _SYNTAXERROR_GETTERS[_i], _set[0], _set[1])
_set = _setter_in_map("print_file_and_line")
getset(w_SyntaxError, "print_file_and_line", syntaxerror_get_print_file_and_line, _set[0], _set[1])
register(w_SyntaxError, "__str__(self, /)", syntaxerror_str)
register_raw(w_BaseExceptionGroup, "__new__", eg_new)
register(w_BaseExceptionGroup, "__str__(self, /)", eg_str)
register(w_BaseExceptionGroup, "derive(self, excs, /)", eg_derive)
getset(w_BaseExceptionGroup, "message", eg_get_message)
getset(w_BaseExceptionGroup, "exceptions", eg_get_exceptions)


def tb_get_lineno(w: W_Root) -> W_Root:
    assert isinstance(w, W_TracebackObject)
    return wrap_int(w.entry.lineno)


def tb_get_next(w: W_Root) -> W_Root:
    assert isinstance(w, W_TracebackObject)
    nxt = w.entry.next
    if nxt is None:
        return w_None
    return traceback_object(nxt)


def tb_set_next(w: W_Root, w_value: W_Root) -> None:
    """`tb.tb_next = x` (unittest cuts its own frames off a failure's
    traceback this way): a traceback or None, and no loop (CPython's
    tb_next_set)."""
    assert isinstance(w, W_TracebackObject)
    if w_value is w_None:
        w.entry.next = None
        return
    if not isinstance(w_value, W_TracebackObject):
        raise operr(w_TypeError, "expected traceback object or None, got '%s'" % type_name(w_value))
    cursor: TracebackEntry | None = w_value.entry
    while cursor is not None:
        if cursor is w.entry:
            raise operr(w_ValueError, "traceback loop detected")
        cursor = cursor.next
    w.entry.next = w_value.entry


def tb_get_frame(w: W_Root) -> W_Root:
    assert isinstance(w, W_TracebackObject)
    f = w.entry.frame
    return f if f is not None else w_None


def tb_get_lasti(w: W_Root) -> W_Root:
    assert isinstance(w, W_TracebackObject)
    return wrap_int(2 * w.entry.lasti)


getset(w_traceback_type, "tb_frame", tb_get_frame)
getset(w_traceback_type, "tb_lasti", tb_get_lasti)
getset(w_traceback_type, "tb_lineno", tb_get_lineno)
getset(w_traceback_type, "tb_next", tb_get_next, tb_set_next)


# -- ExceptionGroup.split / subgroup

def eg_condition_matches(w_cond: W_Root, w_exc: W_Root) -> bool:
    """A type, a tuple of types, or a predicate (CPython's
    get_matcher_type / exceptiongroup_split_check_match)."""
    if isinstance(w_cond, W_TypeObject):
        return w_exc.getclass().issubtype(w_cond)
    if isinstance(w_cond, W_TupleObject):
        for w_t in w_cond.items_w:
            if not isinstance(w_t, W_TypeObject):
                raise operr(w_TypeError, "expected a function, exception type or tuple of exception types")
            if w_exc.getclass().issubtype(w_t):
                return True
        return False
    if space.callable_w(w_cond):
        return space.is_true(space.call_function(w_cond, [w_exc]))
    raise operr(w_TypeError, "expected a function, exception type or tuple of exception types")


def eg_split_rec(w_exc: W_BaseException, w_cond: W_Root, want_rest: bool) -> tuple[W_Root, W_Root]:
    if eg_condition_matches(w_cond, w_exc):
        return (w_exc, w_None)
    excs = w_exc.exceptions_w
    if excs is None:
        return (w_None, w_exc)
    match_w: list[W_Root] = []
    rest_w: list[W_Root] = []
    for w_e in excs:
        assert isinstance(w_e, W_BaseException)
        w_m, w_r = eg_split_rec(w_e, w_cond, want_rest)
        if w_m is not w_None:
            match_w.append(w_m)
        if want_rest and w_r is not w_None:
            rest_w.append(w_r)
    return (eg_derive_copy(w_exc, match_w), eg_derive_copy(w_exc, rest_w))


def eg_derive_copy(w_eg: W_BaseException, excs_w: list[W_Root]) -> W_Root:
    if len(excs_w) == 0:
        return w_None
    w_new = space.call_method(w_eg, "derive", [space.new_list(excs_w)])
    if isinstance(w_new, W_BaseException):
        w_new.traceback = w_eg.traceback
        w_new.w_cause = w_eg.w_cause
        w_new.w_context = w_eg.w_context
        w_notes = w_eg.getdictvalue("__notes__")
        if w_notes is not None:
            w_new.setdictvalue("__notes__", w_notes)
    return w_new


def eg_split(slots: list[W_Root | None]) -> W_Root:
    w_eg = _exc(slots[0])
    w_cond = slots[1]
    assert w_cond is not None
    w_m, w_r = eg_split_rec(w_eg, w_cond, True)
    return W_TupleObject([w_m, w_r])


def eg_subgroup(slots: list[W_Root | None]) -> W_Root:
    w_eg = _exc(slots[0])
    w_cond = slots[1]
    assert w_cond is not None
    w_m, w_r = eg_split_rec(w_eg, w_cond, False)
    return w_m


register(w_BaseExceptionGroup, "split(self, condition, /)", eg_split)
register(w_BaseExceptionGroup, "subgroup(self, condition, /)", eg_subgroup)

# the UnicodeError/AttributeError/NameError attributes (their own module)
from ouro.objspace import exceptions_attrs  # noqa: E402,F401
