"""The exceptions of `_sqlite3` (sqlite3.Warning, Error and Error's
subclasses, as PEP 249 orders them) and CPython 3.11's
_pysqlite_seterror: the class for SQLite's result code, the message from
sqlite3_errmsg, and the sqlite_errorcode/sqlite_errorname attributes.
"""
from __future__ import annotations

from rpy.rlib import rsqlite

from ouro.modules._sqlite3.constants import ERROR_CODES
from ouro.objspace import space
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_MemoryError)
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import LAYOUT_EXCEPTION, W_TypeObject, make_builtin_type
from ouro.objspace.strobject import W_StrObject


def _exc(name: str, w_base: W_TypeObject) -> W_TypeObject:
    w_t = make_builtin_type(name, [w_base], LAYOUT_EXCEPTION)
    w_t.hasdict = True
    w_t.is_heaptype = True
    w_t.w_module = W_StrObject("sqlite3")
    w_t.dict_w["__module__"] = W_StrObject("sqlite3")
    return w_t


w_Warning = _exc("Warning", EXCEPTION_TYPES["Exception"])
w_Error = _exc("Error", EXCEPTION_TYPES["Exception"])
w_InterfaceError = _exc("InterfaceError", w_Error)
w_DatabaseError = _exc("DatabaseError", w_Error)
w_InternalError = _exc("InternalError", w_DatabaseError)
w_OperationalError = _exc("OperationalError", w_DatabaseError)
w_ProgrammingError = _exc("ProgrammingError", w_DatabaseError)
w_IntegrityError = _exc("IntegrityError", w_DatabaseError)
w_DataError = _exc("DataError", w_DatabaseError)
w_NotSupportedError = _exc("NotSupportedError", w_DatabaseError)

EXCEPTIONS = [("Warning", w_Warning), ("Error", w_Error), ("InterfaceError", w_InterfaceError),
              ("DatabaseError", w_DatabaseError), ("InternalError", w_InternalError),
              ("OperationalError", w_OperationalError),
              ("ProgrammingError", w_ProgrammingError), ("IntegrityError", w_IntegrityError),
              ("DataError", w_DataError), ("NotSupportedError", w_NotSupportedError)]

ERROR_NAMES: dict[int, str] = {}
for _name, _code in ERROR_CODES:
    if _code not in ERROR_NAMES:
        ERROR_NAMES[_code] = _name


OPERATIONAL_CODES = [rsqlite.SQLITE_ERROR, rsqlite.SQLITE_PERM, rsqlite.SQLITE_ABORT,
                     rsqlite.SQLITE_BUSY, rsqlite.SQLITE_LOCKED, rsqlite.SQLITE_READONLY,
                     rsqlite.SQLITE_INTERRUPT, rsqlite.SQLITE_IOERR, rsqlite.SQLITE_FULL,
                     rsqlite.SQLITE_CANTOPEN, rsqlite.SQLITE_PROTOCOL, rsqlite.SQLITE_EMPTY,
                     rsqlite.SQLITE_SCHEMA]


def exception_class(code: int) -> W_TypeObject | None:
    """CPython's get_exception_class (of the primary code); None for OK,
    MemoryError's type for NOMEM."""
    primary = code & 0xff
    if primary == rsqlite.SQLITE_OK:
        return None
    if primary == rsqlite.SQLITE_INTERNAL or primary == rsqlite.SQLITE_NOTFOUND:
        return w_InternalError
    if primary == rsqlite.SQLITE_NOMEM:
        return w_MemoryError
    if primary in OPERATIONAL_CODES:
        return w_OperationalError
    if primary == rsqlite.SQLITE_CORRUPT:
        return w_DatabaseError
    if primary == rsqlite.SQLITE_TOOBIG:
        return w_DataError
    if primary == rsqlite.SQLITE_CONSTRAINT or primary == rsqlite.SQLITE_MISMATCH:
        return w_IntegrityError
    if primary == rsqlite.SQLITE_MISUSE or primary == rsqlite.SQLITE_RANGE:
        return w_InterfaceError
    return w_DatabaseError


def db_error(db: int) -> OperationError | None:
    """The exception for the connection's last error (None if it has none),
    with sqlite_errorcode and sqlite_errorname set as CPython's
    raise_exception does."""
    code = rsqlite.errcode(db)
    w_cls = exception_class(code)
    if w_cls is None:
        return None
    if w_cls is w_MemoryError:
        return operr(w_MemoryError, "")
    return make_error(w_cls, rsqlite.errmsg(db), code)


def make_error(w_cls: W_TypeObject, msg: str, code: int) -> OperationError:
    w_exc = space.call_function(w_cls, [space.wrap_str(msg)])
    space.setattr(w_exc, "sqlite_errorcode", wrap_int(code))
    name = ERROR_NAMES.get(code, "unknown")
    space.setattr(w_exc, "sqlite_errorname", space.wrap_str(name))
    assert isinstance(w_exc, W_BaseException)
    return OperationError(w_exc)


def raise_db_error(db: int) -> None:
    e = db_error(db)
    if e is not None:
        raise e
