"""The `_sqlite3` module (CPython 3.11's Modules/_sqlite/module.c) under
the standard library's pure-Python `sqlite3` package, over the system's
libsqlite3 (rpy.rlib.rsqlite): connect, complete_statement, adapt,
register_adapter/register_converter with the adapters/converters dicts,
enable_callback_tracebacks, enable_shared_cache, the types, the
exceptions, PARSE_*, the SQLITE_* constants and the versions.

The objects are in model.py, the methods in connection.py, cursor.py,
row.py, blob.py and callbacks.py (imported here so that they are
registered).
"""
from __future__ import annotations

from rpy.rlib import rsqlite

from ouro.interpreter.module import W_Module
from ouro.modules._sqlite3 import blob, callbacks, connection, cursor, row  # noqa: F401
from ouro.modules._sqlite3.constants import CONSTANTS
from ouro.modules._sqlite3.errors import EXCEPTIONS, w_OperationalError
from ouro.modules._sqlite3.model import (PARSE_COLNAMES, PARSE_DECLTYPES, STATE,
                                         W_PrepareProtocol, w_blob_type, w_connection_type,
                                         w_cursor_type, w_prepare_protocol_type, w_row_type)
from ouro.modules._sqlite3.statement import adapt
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.bytearrayobject import w_bytearray_type
from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.floatobject import w_float_type
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import w_int_type, wrap_int
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import W_StrObject, c_int_w, w_str_type
from ouro.objspace.tupleobject import W_TupleObject

from ouro.modules.math.args import clinic_kw

MODULE_VERSION = "2.6.0"


def sqlite_connect(args: Arguments) -> W_Root:
    """connect(database, timeout=5.0, detect_types=0, isolation_level="",
    check_same_thread=True, factory=Connection, cached_statements=128,
    uri=False): factory called with the same arguments."""
    slots = clinic_kw(args, "connect", connection.CONNECT_PARAMS, 0, 8, 1)
    w_factory = slots[5]
    if w_factory is None:
        w_factory = w_connection_type
    return space.call_args(w_factory, args)


def sqlite_complete_statement(slots: list[W_Root | None]) -> W_Root:
    w_sql = slots[0]
    assert w_sql is not None
    if not isinstance(w_sql, W_StrObject):
        raise operr(w_TypeError, "complete_statement() argument 'statement' must be str, not %s"
                    % type_name(w_sql))
    return space.wrap_bool(rsqlite.complete(w_sql.as_str()))


def sqlite_register_adapter(slots: list[W_Root | None]) -> W_Root:
    w_type = slots[0]
    w_caster = slots[1]
    assert w_type is not None and w_caster is not None
    # adapting a base type turns off the fast path that skips adaptation
    if w_type is w_int_type or w_type is w_float_type or w_type is w_str_type or \
            w_type is w_bytearray_type:
        STATE.base_type_adapted = True
    STATE.w_adapters.setitem(W_TupleObject([w_type, w_prepare_protocol_type]), w_caster)
    return w_None


def sqlite_register_converter(slots: list[W_Root | None]) -> W_Root:
    w_name = slots[0]
    w_conv = slots[1]
    assert w_name is not None and w_conv is not None
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "register_converter() argument 1 must be str, not %s"
                    % type_name(w_name))
    w_upper = space.call_method(w_name, "upper", [])
    STATE.w_converters.setitem(w_upper, w_conv)
    return w_None


def sqlite_adapt(slots: list[W_Root | None]) -> W_Root:
    w_obj = slots[0]
    assert w_obj is not None
    w_proto = slots[1] if slots[1] is not None else w_prepare_protocol_type
    return adapt(w_obj, w_proto, slots[2])


def sqlite_enable_callback_tracebacks(slots: list[W_Root | None]) -> W_Root:
    w_flag = slots[0]
    assert w_flag is not None
    STATE.callback_tracebacks = c_int_w(w_flag) != 0
    return w_None


def sqlite_enable_shared_cache(slots: list[W_Root | None]) -> W_Root:
    """(sqlite3.enable_shared_cache, deprecated, warns and calls this.)"""
    w_flag = slots[0]
    assert w_flag is not None
    if rsqlite.enable_shared_cache(c_int_w(w_flag) != 0) != rsqlite.SQLITE_OK:
        raise operr(w_OperationalError, "Changing the shared_cache flag failed")
    return w_None


def prepare_protocol_new(args: Arguments) -> W_Root:
    return W_PrepareProtocol()


def blob_new(args: Arguments) -> W_Root:
    raise operr(w_TypeError, "cannot create 'sqlite3.Blob' instances")


register_raw(w_prepare_protocol_type, "__new__", prepare_protocol_new)
register_raw(w_blob_type, "__new__", blob_new)

FUNCTIONS = [
    register_raw(None, "connect", sqlite_connect),
    register(None, "complete_statement(statement)", sqlite_complete_statement),
    register(None, "register_adapter(type, caster, /)", sqlite_register_adapter),
    register(None, "register_converter(typename, converter, /)", sqlite_register_converter),
    register(None, "adapt(obj, proto=, alt=, /)", sqlite_adapt),
    register(None, "enable_callback_tracebacks(enable, /)", sqlite_enable_callback_tracebacks),
    register(None, "enable_shared_cache(do_enable)", sqlite_enable_shared_cache),
]

TYPES: list[tuple[str, W_TypeObject]] = [
    ("Connection", w_connection_type), ("Cursor", w_cursor_type), ("Row", w_row_type),
    ("PrepareProtocol", w_prepare_protocol_type), ("Blob", w_blob_type)]


def threadsafety() -> int:
    """get_threadsafety: the DB-API level of SQLite's threading mode."""
    mode = rsqlite.threadsafe()
    if mode == 0:
        return 0       # single-thread
    if mode == 2:
        return 1       # multi-thread: connections are not shared
    return 3           # serialized


def make_module() -> W_Module:
    w_mod = W_Module("_sqlite3", None)
    callbacks.install()
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    for name, w_t in TYPES:
        d.setitem_str(name, w_t)
    for name, w_exc in EXCEPTIONS:
        d.setitem_str(name, w_exc)
    for cname, value in CONSTANTS:
        d.setitem_str(cname, wrap_int(value))
    d.setitem_str("PARSE_DECLTYPES", wrap_int(PARSE_DECLTYPES))
    d.setitem_str("PARSE_COLNAMES", wrap_int(PARSE_COLNAMES))
    d.setitem_str("adapters", STATE.w_adapters)
    d.setitem_str("converters", STATE.w_converters)
    d.setitem_str("sqlite_version", space.wrap_str(rsqlite.libversion()))
    d.setitem_str("version", space.wrap_str(MODULE_VERSION))
    d.setitem_str("threadsafety", wrap_int(threadsafety()))
    return w_mod


register_module("_sqlite3", make_module)

