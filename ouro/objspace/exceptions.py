"""Exceptions: OperationError (how a Python exception travels through RPy
code) and W_BaseException (the Python exception objects), with the
built-in exception hierarchy.

An RPy function that fails at the Python level raises
`OperationError(w_exc)`; the eval loop catches it, adds the frame to the
traceback and looks for a handler in the code's exception table.
`operr(w_type, msg)` makes the usual one: an instance of a built-in
exception class with one message argument.  The message is kept as an RPy
string until someone looks at `args` (many internal errors, like the
AttributeError behind `getattr(o, name, default)`, are caught without ever
being looked at).

Every exception instance, built-in class or user subclass, is a
W_BaseException; its Python class is `w_type`.  Attributes beyond the
built-in ones live in the instance's map storage (ouro/objspace/maps.py),
as for any user object.
"""
from __future__ import annotations

from ouro.objspace.maps import SLOT_PREFIX, W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_EXCEPTION, W_Root, W_TypeObject, make_builtin_type,
                                 w_object_type)


class TracebackEntry:
    """One frame of a traceback, innermost last when walked from the top:
    `next` goes towards the frame where the exception was raised."""
    filename: str
    name: str
    lineno: int
    end_lineno: int
    col: int
    end_col: int
    next: TracebackEntry | None
    varnames: list[str]          # the frame's local names and globals: what
    w_globals: W_Root | None     # "Did you mean" suggestions search
    frame: W_Root | None         # the frame (tb_frame)
    lasti: int                   # the instruction's index in the code (tb_lasti // 2)
    w_object: W_Root | None      # its Python object (one per entry: `is` holds)

    def __init__(self, filename: str, name: str, lineno: int, end_lineno: int, col: int,
                 end_col: int, next: TracebackEntry | None) -> None:
        self.filename = filename
        self.name = name
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.col = col
        self.end_col = end_col
        self.next = next
        self.varnames = []
        self.w_globals = None
        self.frame = None
        self.lasti = -1
        self.w_object = None


class W_BaseException(W_ObjectWithMap):
    w_type: W_TypeObject
    args_w: list[W_Root]
    msg: str | None                 # the lazy single argument, see operr
    w_cause: W_Root | None
    w_context: W_Root | None
    suppress_context: bool
    traceback: TracebackEntry | None
    w_notes: W_Root | None
    # ExceptionGroup
    w_message: W_Root | None
    exceptions_w: list[W_Root] | None
    # UnicodeError: encoding, object, start, end, reason (exceptions_attrs.py)
    unicode_fields: list[W_Root] | None

    def __init__(self, w_type: W_TypeObject, args_w: list[W_Root]) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.args_w = args_w
        self.msg = None
        self.w_cause = None
        self.w_context = None
        self.suppress_context = False
        self.traceback = None
        self.w_notes = None
        self.w_message = None
        self.exceptions_w = None
        self.unicode_fields = None

    def getclass(self) -> W_TypeObject:
        return self.w_type

    # the members of the exception types that CPython keeps in C fields
    # (ImportError.name, SyntaxError.msg, an OSError's assigned errno...):
    # stored with the __slots__ values, which __dict__ never shows and
    # which stay when the object switches to a real dict, under a key no
    # __slots__ name can take
    def get_member(self, name: str) -> W_Root | None:
        return self.getslotvalue(SLOT_PREFIX + "." + name)

    def set_member(self, name: str, w_value: W_Root) -> None:
        self.setslotvalue(SLOT_PREFIX + "." + name, w_value)


class OperationError(Exception):
    """A Python exception raised in RPy code."""
    w_value: W_BaseException

    def __init__(self, w_value: W_BaseException) -> None:
        self.w_value = w_value

    def match(self, w_type: W_TypeObject) -> bool:
        return self.w_value.w_type.issubtype(w_type)


def operr(w_type: W_TypeObject, msg: str) -> OperationError:
    """An OperationError for `w_type(msg)`."""
    w_exc = W_BaseException(w_type, [])
    w_exc.msg = msg
    return OperationError(w_exc)


def operr_noarg(w_type: W_TypeObject) -> OperationError:
    return OperationError(W_BaseException(w_type, []))


# -- the built-in hierarchy (Objects/exceptions.c, Python 3.11)

EXCEPTION_TYPES: dict[str, W_TypeObject] = {}


def _exc(name: str, base: W_TypeObject | None) -> W_TypeObject:
    bases = [base] if base is not None else [w_object_type]
    w_t = make_builtin_type(name, bases, LAYOUT_EXCEPTION)
    w_t.hasdict = True
    EXCEPTION_TYPES[name] = w_t
    return w_t


w_BaseException = _exc("BaseException", None)
w_SystemExit = _exc("SystemExit", w_BaseException)
w_KeyboardInterrupt = _exc("KeyboardInterrupt", w_BaseException)
w_GeneratorExit = _exc("GeneratorExit", w_BaseException)
w_BaseExceptionGroup = _exc("BaseExceptionGroup", w_BaseException)
w_Exception = _exc("Exception", w_BaseException)
w_StopIteration = _exc("StopIteration", w_Exception)
w_StopAsyncIteration = _exc("StopAsyncIteration", w_Exception)
w_ArithmeticError = _exc("ArithmeticError", w_Exception)
w_FloatingPointError = _exc("FloatingPointError", w_ArithmeticError)
w_OverflowError = _exc("OverflowError", w_ArithmeticError)
w_ZeroDivisionError = _exc("ZeroDivisionError", w_ArithmeticError)
w_AssertionError = _exc("AssertionError", w_Exception)
w_AttributeError = _exc("AttributeError", w_Exception)
w_BufferError = _exc("BufferError", w_Exception)
w_EOFError = _exc("EOFError", w_Exception)
w_ImportError = _exc("ImportError", w_Exception)
w_ModuleNotFoundError = _exc("ModuleNotFoundError", w_ImportError)
w_LookupError = _exc("LookupError", w_Exception)
w_IndexError = _exc("IndexError", w_LookupError)
w_KeyError = _exc("KeyError", w_LookupError)
w_MemoryError = _exc("MemoryError", w_Exception)
w_NameError = _exc("NameError", w_Exception)
w_UnboundLocalError = _exc("UnboundLocalError", w_NameError)
w_OSError = _exc("OSError", w_Exception)
w_BlockingIOError = _exc("BlockingIOError", w_OSError)
w_ChildProcessError = _exc("ChildProcessError", w_OSError)
w_ConnectionError = _exc("ConnectionError", w_OSError)
w_BrokenPipeError = _exc("BrokenPipeError", w_ConnectionError)
w_ConnectionAbortedError = _exc("ConnectionAbortedError", w_ConnectionError)
w_ConnectionRefusedError = _exc("ConnectionRefusedError", w_ConnectionError)
w_ConnectionResetError = _exc("ConnectionResetError", w_ConnectionError)
w_FileExistsError = _exc("FileExistsError", w_OSError)
w_FileNotFoundError = _exc("FileNotFoundError", w_OSError)
w_InterruptedError = _exc("InterruptedError", w_OSError)
w_IsADirectoryError = _exc("IsADirectoryError", w_OSError)
w_NotADirectoryError = _exc("NotADirectoryError", w_OSError)
w_PermissionError = _exc("PermissionError", w_OSError)
w_ProcessLookupError = _exc("ProcessLookupError", w_OSError)
w_TimeoutError = _exc("TimeoutError", w_OSError)
w_ReferenceError = _exc("ReferenceError", w_Exception)
w_RuntimeError = _exc("RuntimeError", w_Exception)
w_NotImplementedError = _exc("NotImplementedError", w_RuntimeError)
w_RecursionError = _exc("RecursionError", w_RuntimeError)
w_SyntaxError = _exc("SyntaxError", w_Exception)
w_IndentationError = _exc("IndentationError", w_SyntaxError)
w_TabError = _exc("TabError", w_IndentationError)
w_SystemError = _exc("SystemError", w_Exception)
w_TypeError = _exc("TypeError", w_Exception)
w_ValueError = _exc("ValueError", w_Exception)
w_UnicodeError = _exc("UnicodeError", w_ValueError)
w_UnicodeDecodeError = _exc("UnicodeDecodeError", w_UnicodeError)
w_UnicodeEncodeError = _exc("UnicodeEncodeError", w_UnicodeError)
w_UnicodeTranslateError = _exc("UnicodeTranslateError", w_UnicodeError)
w_Warning = _exc("Warning", w_Exception)
w_DeprecationWarning = _exc("DeprecationWarning", w_Warning)
w_PendingDeprecationWarning = _exc("PendingDeprecationWarning", w_Warning)
w_RuntimeWarning = _exc("RuntimeWarning", w_Warning)
w_SyntaxWarning = _exc("SyntaxWarning", w_Warning)
w_UserWarning = _exc("UserWarning", w_Warning)
w_FutureWarning = _exc("FutureWarning", w_Warning)
w_ImportWarning = _exc("ImportWarning", w_Warning)
w_UnicodeWarning = _exc("UnicodeWarning", w_Warning)
w_BytesWarning = _exc("BytesWarning", w_Warning)
w_ResourceWarning = _exc("ResourceWarning", w_Warning)
w_EncodingWarning = _exc("EncodingWarning", w_Warning)

w_ExceptionGroup = make_builtin_type("ExceptionGroup", [w_BaseExceptionGroup, w_Exception],
                                     LAYOUT_EXCEPTION)
w_ExceptionGroup.hasdict = True
EXCEPTION_TYPES["ExceptionGroup"] = w_ExceptionGroup
