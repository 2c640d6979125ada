"""SQLite for RPy programs: connections, prepared statements, and
user-defined functions, aggregates and collations.

The same behaviour untranslated (the system's libsqlite3 through ctypes)
and translated (rpy/c/runtime/sqlites.c over the same library).  Both
release the GIL (rpy.rlib.rthread) while SQLite prepares, steps, backs up
or sleeps, and take it back for the callbacks.

Connections and statements are ints (their C pointers; 0 is none):
`open(path, flags)` returns the connection even when opening failed (its
`errcode`/`errmsg` then say why; close it), `prepare(db, sql)` returns the
statement or 0 (an error: `last_rc()`, `errmsg(db)`; or SQL without a
statement) and keeps the SQL after the first statement for
`prepare_tail()`.  The rest are SQLite's functions of the same names
(`errcode` is the extended code; `threadsafe` is sqlite3_threadsafe's
mode); `busy_statements(db)` counts the
statements of a connection that were stepped and not reset.  Backups
(`backup_init(dst, src, name)`: 0 on failure, see errcode(dst)) and
blobs (`blob_open(db, dbname, table, column, row, writable)`: 0 on
failure, `last_rc()`; `blob_read` sets `last_rc()` too) are handles
like statements.  `serialize(db, name)` is the database's bytes (None
if it cannot), `deserialize(db, name, data)` replaces it with a copy.  `column_bytes(st, i)` is a value's
bytes (a TEXT's UTF-8): the caller decodes.

Callbacks: `set_callback(fn)` gives the one function `fn(kind, id) -> int`
SQLite's calls reach; `create_function(db, name, nargs, flags, id,
aggregate)` and `create_collation(db, name, id)` register the program's
int id (a negative id removes the function); `create_window_function(db,
name, nargs, flags, id)` registers an aggregate that also gets CB_VALUE
(the current value, like CB_FINAL) and CB_INVERSE (like CB_STEP).
Kinds: CB_FUNC (a scalar call), CB_STEP and CB_FINAL (an aggregate; `agg_id()`/`agg_set_id(id)` is
the program's id for this aggregate's state, 0 before the first step),
CB_COLLATE (returns the comparison; `collation_arg(0/1)` are the two
strings' bytes), CB_DESTROY (SQLite dropped the function or collation
`id`), CB_AUTHORIZE (`set_authorizer(db, id)`: returns SQLITE_OK/DENY/
IGNORE for `auth_action()` and `call_str(0..3)`, each None or a str),
CB_PROGRESS (`set_progress_handler(db, n, id)`: non-zero aborts),
CB_TRACE (`set_trace(db, id)`: `call_str(0)` is the statement's SQL with
its parameters).  During a call `value_*` read the arguments and `result_*` set the
result.  fn must handle every exception itself.
"""
from __future__ import annotations

import ctypes as _ct
from typing import Any, Callable

SQLITE_OK = 0
SQLITE_ERROR = 1
SQLITE_INTERNAL = 2
SQLITE_PERM = 3
SQLITE_ABORT = 4
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_INTERRUPT = 9
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_NOTFOUND = 12
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_EMPTY = 16
SQLITE_SCHEMA = 17
SQLITE_TOOBIG = 18
SQLITE_CONSTRAINT = 19
SQLITE_MISMATCH = 20
SQLITE_MISUSE = 21
SQLITE_NOLFS = 22
SQLITE_AUTH = 23
SQLITE_FORMAT = 24
SQLITE_RANGE = 25
SQLITE_NOTADB = 26
SQLITE_ROW = 100
SQLITE_DONE = 101

SQLITE_INTEGER = 1
SQLITE_FLOAT = 2
SQLITE_TEXT = 3
SQLITE_BLOB = 4
SQLITE_NULL = 5

SQLITE_OPEN_READWRITE = 0x2
SQLITE_OPEN_CREATE = 0x4
SQLITE_OPEN_URI = 0x40

SQLITE_UTF8 = 1
SQLITE_DETERMINISTIC = 0x800

SQLITE_LIMIT_LENGTH = 0
SQLITE_LIMIT_SQL_LENGTH = 1
SQLITE_LIMIT_VARIABLE_NUMBER = 9

CB_FUNC = 0
CB_STEP = 1
CB_FINAL = 2
CB_COLLATE = 3
CB_DESTROY = 4
CB_AUTHORIZE = 5
CB_PROGRESS = 6
CB_TRACE = 7
CB_VALUE = 8
CB_INVERSE = 9

SQLITE_TRACE_STMT = 1


def _load() -> Any:
    lib = _ct.CDLL("libsqlite3.so.0")
    p, i, i64, s, d = _ct.c_void_p, _ct.c_int, _ct.c_int64, _ct.c_char_p, _ct.c_double
    sigs = {
        'sqlite3_open_v2': ([s, _ct.POINTER(p), i, s], i),
        'sqlite3_close_v2': ([p], i), 'sqlite3_extended_errcode': ([p], i),
        'sqlite3_errmsg': ([p], s), 'sqlite3_errstr': ([i], s),
        'sqlite3_busy_timeout': ([p, i], i), 'sqlite3_get_autocommit': ([p], i),
        'sqlite3_changes': ([p], i), 'sqlite3_total_changes': ([p], i),
        'sqlite3_last_insert_rowid': ([p], i64), 'sqlite3_interrupt': ([p], None),
        'sqlite3_limit': ([p, i, i], i),
        'sqlite3_prepare_v2': ([p, p, i, _ct.POINTER(p), _ct.POINTER(p)], i),
        'sqlite3_finalize': ([p], i), 'sqlite3_reset': ([p], i), 'sqlite3_step': ([p], i),
        'sqlite3_clear_bindings': ([p], i), 'sqlite3_stmt_readonly': ([p], i),
        'sqlite3_bind_parameter_count': ([p], i), 'sqlite3_bind_parameter_name': ([p, i], s),
        'sqlite3_bind_null': ([p, i], i), 'sqlite3_bind_int64': ([p, i, i64], i),
        'sqlite3_bind_double': ([p, i, d], i),
        'sqlite3_bind_text64': ([p, i, s, _ct.c_uint64, p, _ct.c_ubyte], i),
        'sqlite3_bind_blob64': ([p, i, s, _ct.c_uint64, p], i),
        'sqlite3_column_count': ([p], i), 'sqlite3_data_count': ([p], i),
        'sqlite3_column_name': ([p, i], s), 'sqlite3_column_decltype': ([p, i], s),
        'sqlite3_column_type': ([p, i], i), 'sqlite3_column_int64': ([p, i], i64),
        'sqlite3_column_double': ([p, i], d), 'sqlite3_column_blob': ([p, i], p),
        'sqlite3_column_bytes': ([p, i], i), 'sqlite3_libversion': ([], s),
        'sqlite3_libversion_number': ([], i), 'sqlite3_complete': ([s], i),
        'sqlite3_next_stmt': ([p, p], p), 'sqlite3_stmt_busy': ([p], i),
        'sqlite3_threadsafe': ([], i), 'sqlite3_enable_shared_cache': ([i], i),
        'sqlite3_create_function_v2': ([p, s, i, i, p, p, p, p, p], i),
        'sqlite3_create_collation_v2': ([p, s, i, p, p, p], i),
        'sqlite3_create_window_function': ([p, s, i, i, p, p, p, p, p, p], i),
        'sqlite3_serialize': ([p, s, _ct.POINTER(i64), _ct.c_uint], p),
        'sqlite3_deserialize': ([p, s, p, i64, i64, _ct.c_uint], i),
        'sqlite3_malloc64': ([_ct.c_uint64], p),
        'sqlite3_user_data': ([p], p),
        'sqlite3_value_type': ([p], i), 'sqlite3_value_int64': ([p], i64),
        'sqlite3_value_double': ([p], d), 'sqlite3_value_blob': ([p], p),
        'sqlite3_value_bytes': ([p], i), 'sqlite3_aggregate_context': ([p, i], p),
        'sqlite3_result_null': ([p], None), 'sqlite3_result_int64': ([p, i64], None),
        'sqlite3_result_double': ([p, d], None),
        'sqlite3_result_text64': ([p, s, _ct.c_uint64, p, _ct.c_ubyte], None),
        'sqlite3_result_blob64': ([p, s, _ct.c_uint64, p], None),
        'sqlite3_result_error': ([p, s, i], None), 'sqlite3_result_error_nomem': ([p], None),
        'sqlite3_result_error_toobig': ([p], None),
        'sqlite3_set_authorizer': ([p, p, p], i), 'sqlite3_progress_handler': ([p, i, p, p], None),
        'sqlite3_trace_v2': ([p, _ct.c_uint, p, p], i), 'sqlite3_expanded_sql': ([p], p),
        'sqlite3_free': ([p], None),
        'sqlite3_backup_init': ([p, s, p, s], p), 'sqlite3_backup_step': ([p, i], i),
        'sqlite3_backup_remaining': ([p], i), 'sqlite3_backup_pagecount': ([p], i),
        'sqlite3_backup_finish': ([p], i), 'sqlite3_sleep': ([i], i),
        'sqlite3_blob_open': ([p, s, s, s, i64, i, _ct.POINTER(p)], i),
        'sqlite3_blob_close': ([p], i), 'sqlite3_blob_bytes': ([p], i),
        'sqlite3_blob_read': ([p, p, i, i], i), 'sqlite3_blob_write': ([p, s, i, i], i),
    }
    for name, (args, res) in sigs.items():
        f = getattr(lib, name)
        f.argtypes = args
        f.restype = res
    return lib


_lib = _load()
_TRANSIENT = _ct.c_void_p(-1)
_FUNC = _ct.CFUNCTYPE(None, _ct.c_void_p, _ct.c_int, _ct.POINTER(_ct.c_void_p))
_FINAL = _ct.CFUNCTYPE(None, _ct.c_void_p)
_COLLATE = _ct.CFUNCTYPE(_ct.c_int, _ct.c_void_p, _ct.c_int, _ct.c_void_p, _ct.c_int,
                         _ct.c_void_p)
_DESTROY = _ct.CFUNCTYPE(None, _ct.c_void_p)
_AUTH = _ct.CFUNCTYPE(_ct.c_int, _ct.c_void_p, _ct.c_int, _ct.c_char_p, _ct.c_char_p,
                      _ct.c_char_p, _ct.c_char_p)
_PROGRESS = _ct.CFUNCTYPE(_ct.c_int, _ct.c_void_p)
_TRACE = _ct.CFUNCTYPE(_ct.c_int, _ct.c_uint, _ct.c_void_p, _ct.c_void_p, _ct.c_void_p)


class _State:
    """Untranslated: the results kept between calls and the current call."""
    last_rc = 0
    tail = ''
    callback: Any = None
    ctx: Any = None
    argv: Any = None
    argc = 0
    coll: list[bytes] = [b'', b'']
    action = 0
    strs: list[str | None] = [None, None, None, None]


def _dec(b: bytes | None) -> str:
    return (b or b'').decode('utf-8', 'replace')


def open(path: str, flags: int) -> int:
    db = _ct.c_void_p()
    _State.last_rc = _lib.sqlite3_open_v2(path.encode('utf-8'), _ct.byref(db), flags, None)
    if not db.value:
        raise MemoryError
    return db.value


def close(db: int) -> int:
    return int(_lib.sqlite3_close_v2(db))


def errcode(db: int) -> int:
    return int(_lib.sqlite3_extended_errcode(db))


def errmsg(db: int) -> str:
    return _dec(_lib.sqlite3_errmsg(db))


def errstr(rc: int) -> str:
    return _dec(_lib.sqlite3_errstr(rc))


def busy_timeout(db: int, ms: int) -> int:
    return int(_lib.sqlite3_busy_timeout(db, ms))


def get_autocommit(db: int) -> bool:
    return bool(_lib.sqlite3_get_autocommit(db))


def changes(db: int) -> int:
    return int(_lib.sqlite3_changes(db))


def total_changes(db: int) -> int:
    return int(_lib.sqlite3_total_changes(db))


def last_insert_rowid(db: int) -> int:
    return int(_lib.sqlite3_last_insert_rowid(db))


def interrupt(db: int) -> None:
    _lib.sqlite3_interrupt(db)


def limit(db: int, ident: int, value: int) -> int:
    return int(_lib.sqlite3_limit(db, ident, value))


def prepare(db: int, sql: str) -> int:
    raw = sql.encode('utf-8')
    buf = _ct.create_string_buffer(raw)
    st = _ct.c_void_p()
    tail = _ct.c_void_p()
    _State.last_rc = _lib.sqlite3_prepare_v2(db, buf, len(raw) + 1, _ct.byref(st),
                                             _ct.byref(tail))
    used = (tail.value or _ct.addressof(buf)) - _ct.addressof(buf)
    _State.tail = raw[used:].decode('utf-8', 'replace')
    return st.value or 0


def last_rc() -> int:
    return _State.last_rc


def prepare_tail() -> str:
    return _State.tail


def finalize(st: int) -> int:
    return int(_lib.sqlite3_finalize(st))


def reset(st: int) -> int:
    return int(_lib.sqlite3_reset(st))


def step(st: int) -> int:
    return int(_lib.sqlite3_step(st))


def clear_bindings(st: int) -> int:
    return int(_lib.sqlite3_clear_bindings(st))


def stmt_readonly(st: int) -> bool:
    return bool(_lib.sqlite3_stmt_readonly(st))


def bind_parameter_count(st: int) -> int:
    return int(_lib.sqlite3_bind_parameter_count(st))


def bind_parameter_name(st: int, i: int) -> str | None:
    name = _lib.sqlite3_bind_parameter_name(st, i)
    return None if name is None else _dec(name)


def bind_null(st: int, i: int) -> int:
    return int(_lib.sqlite3_bind_null(st, i))


def bind_int64(st: int, i: int, v: int) -> int:
    return int(_lib.sqlite3_bind_int64(st, i, v))


def bind_double(st: int, i: int, v: float) -> int:
    return int(_lib.sqlite3_bind_double(st, i, v))


def bind_text(st: int, i: int, v: str) -> int:
    raw = v.encode('utf-8', 'surrogatepass')
    return int(_lib.sqlite3_bind_text64(st, i, raw, len(raw), _TRANSIENT, SQLITE_UTF8))


def bind_blob(st: int, i: int, v: bytes) -> int:
    return int(_lib.sqlite3_bind_blob64(st, i, v, len(v), _TRANSIENT))


def column_count(st: int) -> int:
    return int(_lib.sqlite3_column_count(st))


def data_count(st: int) -> int:
    return int(_lib.sqlite3_data_count(st))


def column_name(st: int, i: int) -> str:
    name = _lib.sqlite3_column_name(st, i)
    if name is None:
        raise MemoryError
    return _dec(name)


def column_decltype(st: int, i: int) -> str | None:
    t = _lib.sqlite3_column_decltype(st, i)
    return None if t is None else _dec(t)


def column_type(st: int, i: int) -> int:
    return int(_lib.sqlite3_column_type(st, i))


def column_int64(st: int, i: int) -> int:
    return int(_lib.sqlite3_column_int64(st, i))


def column_double(st: int, i: int) -> float:
    return float(_lib.sqlite3_column_double(st, i))


def column_bytes(st: int, i: int) -> bytes:
    p = _lib.sqlite3_column_blob(st, i)
    n = _lib.sqlite3_column_bytes(st, i)
    return _ct.string_at(p, n) if p else b''


def libversion() -> str:
    return _dec(_lib.sqlite3_libversion())


def libversion_number() -> int:
    return int(_lib.sqlite3_libversion_number())


def threadsafe() -> int:
    return int(_lib.sqlite3_threadsafe())


def enable_shared_cache(on: bool) -> int:
    return int(_lib.sqlite3_enable_shared_cache(int(on)))


def busy_statements(db: int) -> int:
    n = 0
    st = _lib.sqlite3_next_stmt(db, None)
    while st:
        if _lib.sqlite3_stmt_busy(st):
            n += 1
        st = _lib.sqlite3_next_stmt(db, st)
    return n


def complete(sql: str) -> bool:
    return bool(_lib.sqlite3_complete(sql.encode('utf-8')))


# ------------------------------------------------------------ backup, blobs

def backup_init(dst: int, src: int, name: str) -> int:
    return int(_lib.sqlite3_backup_init(dst, b"main", src, name.encode('utf-8')) or 0)


def backup_step(b: int, pages: int) -> int:
    return int(_lib.sqlite3_backup_step(b, pages))


def backup_remaining(b: int) -> int:
    return int(_lib.sqlite3_backup_remaining(b))


def backup_pagecount(b: int) -> int:
    return int(_lib.sqlite3_backup_pagecount(b))


def backup_finish(b: int) -> int:
    return int(_lib.sqlite3_backup_finish(b))


def sleep(ms: int) -> None:
    _lib.sqlite3_sleep(ms)


def blob_open(db: int, dbname: str, table: str, column: str, row: int, writable: bool) -> int:
    b = _ct.c_void_p()
    _State.last_rc = _lib.sqlite3_blob_open(db, dbname.encode('utf-8'), table.encode('utf-8'),
                                            column.encode('utf-8'), row, int(writable),
                                            _ct.byref(b))
    return b.value or 0


def blob_close(b: int) -> int:
    return int(_lib.sqlite3_blob_close(b))


def blob_bytes(b: int) -> int:
    return int(_lib.sqlite3_blob_bytes(b))


def blob_read(b: int, n: int, offset: int) -> bytes:
    buf = _ct.create_string_buffer(max(n, 1))
    _State.last_rc = _lib.sqlite3_blob_read(b, buf, n, offset)
    return buf.raw[:n] if _State.last_rc == SQLITE_OK else b''


def blob_write(b: int, data: bytes, offset: int) -> int:
    return int(_lib.sqlite3_blob_write(b, data, len(data), offset))


def serialize(db: int, name: str) -> bytes | None:
    size = _ct.c_int64()
    n = name.encode('utf-8')
    flags = 1   # SQLITE_SERIALIZE_NOCOPY
    p = _lib.sqlite3_serialize(db, n, _ct.byref(size), flags)
    if not p:
        flags = 0
        p = _lib.sqlite3_serialize(db, n, _ct.byref(size), flags)
    if not p:
        return None
    data = _ct.string_at(p, size.value)
    if not flags:
        _lib.sqlite3_free(p)
    return data


def deserialize(db: int, name: str, data: bytes) -> int:
    buf = _lib.sqlite3_malloc64(len(data))
    if not buf:
        raise MemoryError
    _ct.memmove(buf, data, len(data))
    # SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE
    return int(_lib.sqlite3_deserialize(db, name.encode('utf-8'), buf, len(data), len(data),
                                        1 | 2))


# ------------------------------------------------------------ callbacks

def _call_out(kind: int, ident: int, ctx: Any, argc: int, argv: Any,
              coll: list[bytes]) -> int:
    saved = (_State.ctx, _State.argc, _State.argv, _State.coll)
    _State.ctx, _State.argc, _State.argv, _State.coll = ctx, argc, argv, coll
    try:
        return int(_State.callback(kind, ident))
    finally:
        _State.ctx, _State.argc, _State.argv, _State.coll = saved


def _user_data(ctx: Any) -> int:
    return int(_lib.sqlite3_user_data(ctx) or 0)


@_FUNC
def _func_tramp(ctx: Any, argc: int, argv: Any) -> None:
    _call_out(CB_FUNC, _user_data(ctx), ctx, argc, argv, [b'', b''])


@_FUNC
def _step_tramp(ctx: Any, argc: int, argv: Any) -> None:
    _call_out(CB_STEP, _user_data(ctx), ctx, argc, argv, [b'', b''])


@_FINAL
def _final_tramp(ctx: Any) -> None:
    _call_out(CB_FINAL, _user_data(ctx), ctx, 0, None, [b'', b''])


@_FINAL
def _value_tramp(ctx: Any) -> None:
    _call_out(CB_VALUE, _user_data(ctx), ctx, 0, None, [b'', b''])


@_FUNC
def _inverse_tramp(ctx: Any, argc: int, argv: Any) -> None:
    _call_out(CB_INVERSE, _user_data(ctx), ctx, argc, argv, [b'', b''])


@_COLLATE
def _collate_tramp(ident: Any, n1: int, p1: Any, n2: int, p2: Any) -> int:
    coll = [_ct.string_at(p1, n1) if p1 else b'', _ct.string_at(p2, n2) if p2 else b'']
    return _call_out(CB_COLLATE, int(ident or 0), None, 0, None, coll)


@_DESTROY
def _destroy_tramp(ident: Any) -> None:
    _call_out(CB_DESTROY, int(ident or 0), None, 0, None, [b'', b''])


def _call_with_strs(kind: int, ident: int, action: int, strs: list[str | None]) -> int:
    saved = (_State.action, _State.strs)
    _State.action, _State.strs = action, strs
    try:
        return _call_out(kind, ident, None, 0, None, [b'', b''])
    finally:
        _State.action, _State.strs = saved


def _opt(b: bytes | None) -> str | None:
    return None if b is None else _dec(b)


@_AUTH
def _auth_tramp(ident: Any, action: int, a1: Any, a2: Any, a3: Any, a4: Any) -> int:
    return _call_with_strs(CB_AUTHORIZE, int(ident or 0), action,
                           [_opt(a1), _opt(a2), _opt(a3), _opt(a4)])


@_PROGRESS
def _progress_tramp(ident: Any) -> int:
    return _call_with_strs(CB_PROGRESS, int(ident or 0), 0, [None, None, None, None])


@_TRACE
def _trace_tramp(typ: int, ident: Any, stmt: Any, sql: Any) -> int:
    if typ != SQLITE_TRACE_STMT:
        return 0
    p = _lib.sqlite3_expanded_sql(stmt)
    text = _ct.string_at(p) if p else _ct.string_at(sql)
    if p:
        _lib.sqlite3_free(p)
    _call_with_strs(CB_TRACE, int(ident or 0), 0, [_dec(text), None, None, None])
    return 0


def set_authorizer(db: int, ident: int) -> int:
    if ident < 0:
        return int(_lib.sqlite3_set_authorizer(db, None, None))
    return int(_lib.sqlite3_set_authorizer(db, _fp(_auth_tramp), ident))


def set_progress_handler(db: int, n: int, ident: int) -> None:
    if ident < 0:
        _lib.sqlite3_progress_handler(db, 0, None, None)
    else:
        _lib.sqlite3_progress_handler(db, n, _fp(_progress_tramp), ident)


def set_trace(db: int, ident: int) -> int:
    if ident < 0:
        return int(_lib.sqlite3_trace_v2(db, SQLITE_TRACE_STMT, None, None))
    return int(_lib.sqlite3_trace_v2(db, SQLITE_TRACE_STMT, _fp(_trace_tramp), ident))


def auth_action() -> int:
    return _State.action


def call_str(i: int) -> str | None:
    return _State.strs[i & 3]


def _fp(f: Any) -> Any:
    return _ct.cast(f, _ct.c_void_p)


def set_callback(fn: Callable[[int, int], int]) -> None:
    _State.callback = fn


def create_function(db: int, name: str, nargs: int, flags: int, ident: int,
                    aggregate: bool) -> int:
    n = name.encode('utf-8')
    if ident < 0:
        return int(_lib.sqlite3_create_function_v2(db, n, nargs, flags, None, None, None, None,
                                                   None))
    if aggregate:
        return int(_lib.sqlite3_create_function_v2(db, n, nargs, flags, ident, None,
                                                   _fp(_step_tramp), _fp(_final_tramp),
                                                   _fp(_destroy_tramp)))
    return int(_lib.sqlite3_create_function_v2(db, n, nargs, flags, ident, _fp(_func_tramp),
                                               None, None, _fp(_destroy_tramp)))


def create_window_function(db: int, name: str, nargs: int, flags: int, ident: int) -> int:
    n = name.encode('utf-8')
    if ident < 0:
        return int(_lib.sqlite3_create_window_function(db, n, nargs, flags, None, None, None,
                                                       None, None, None))
    return int(_lib.sqlite3_create_window_function(
        db, n, nargs, flags, ident, _fp(_step_tramp), _fp(_final_tramp), _fp(_value_tramp),
        _fp(_inverse_tramp), _fp(_destroy_tramp)))


def create_collation(db: int, name: str, ident: int) -> int:
    n = name.encode('utf-8')
    if ident < 0:
        return int(_lib.sqlite3_create_collation_v2(db, n, SQLITE_UTF8, None, None, None))
    return int(_lib.sqlite3_create_collation_v2(db, n, SQLITE_UTF8, ident,
                                                _fp(_collate_tramp), _fp(_destroy_tramp)))


def value_count() -> int:
    return _State.argc


def value_type(i: int) -> int:
    return int(_lib.sqlite3_value_type(_State.argv[i]))


def value_int64(i: int) -> int:
    return int(_lib.sqlite3_value_int64(_State.argv[i]))


def value_double(i: int) -> float:
    return float(_lib.sqlite3_value_double(_State.argv[i]))


def value_bytes(i: int) -> bytes:
    p = _lib.sqlite3_value_blob(_State.argv[i])
    n = _lib.sqlite3_value_bytes(_State.argv[i])
    return _ct.string_at(p, n) if p else b''


def collation_arg(which: int) -> bytes:
    return _State.coll[which & 1]


def agg_id() -> int:
    p = _lib.sqlite3_aggregate_context(_State.ctx, 0)
    return _ct.c_int64.from_address(p).value if p else 0


def agg_set_id(ident: int) -> None:
    p = _lib.sqlite3_aggregate_context(_State.ctx, 8)
    if p:
        _ct.c_int64.from_address(p).value = ident


def result_null() -> None:
    _lib.sqlite3_result_null(_State.ctx)


def result_int64(v: int) -> None:
    _lib.sqlite3_result_int64(_State.ctx, v)


def result_double(v: float) -> None:
    _lib.sqlite3_result_double(_State.ctx, v)


def result_text(v: str) -> None:
    raw = v.encode('utf-8', 'surrogatepass')
    _lib.sqlite3_result_text64(_State.ctx, raw, len(raw), _TRANSIENT, SQLITE_UTF8)


def result_blob(v: bytes) -> None:
    _lib.sqlite3_result_blob64(_State.ctx, v, len(v), _TRANSIENT)


def result_error(msg: str) -> None:
    raw = msg.encode('utf-8')
    _lib.sqlite3_result_error(_State.ctx, raw, len(raw))


def result_error_nomem() -> None:
    _lib.sqlite3_result_error_nomem(_State.ctx)


def result_error_toobig() -> None:
    _lib.sqlite3_result_error_toobig(_State.ctx)
