"""sqlite3.Connection, as CPython 3.11's Modules/_sqlite/connection.c:
__init__ (open flags, timeout, isolation level, detect_types, uri),
cursor/execute/executemany/executescript (through a new cursor), commit,
rollback, close, the context manager, iterdump (sqlite3.dump), interrupt,
getlimit/setlimit, and the attributes (isolation_level, in_transaction,
total_changes, row_factory, text_factory, the exception classes).
Loadable extensions (enable_load_extension, load_extension) are absent,
as in the oracle CPython, built without them: AttributeError.
"""
from __future__ import annotations

from rpy.rlib import rsqlite, rthread

from ouro.interpreter import importing
from ouro.modules._sqlite3 import blob, callbacks
from ouro.modules._sqlite3 import cursor as cursormod
from ouro.modules._sqlite3.errors import EXCEPTIONS, raise_db_error, w_ProgrammingError
from ouro.modules._sqlite3.model import (W_Connection, W_Cursor, as_connection,
                                         check_connection, check_thread, check_usable,
                                         w_connection_type, w_cursor_type)
from ouro.modules._sqlite3.statement import prepare
from ouro.modules.math.args import clinic_kw
from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.descriptors import getset, readonly_member
from ouro.objspace.exceptions import (OperationError, operr, w_AttributeError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.floatobject import W_FloatObject
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import int_w, is_int, wrap_int
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import W_StrObject, c_int_w, decode_bytes, w_str_type

CONNECT_PARAMS = ["database", "timeout", "detect_types", "isolation_level",
                  "check_same_thread", "factory", "cached_statements", "uri"]

BEGIN_STATEMENTS = ["BEGIN ", "BEGIN DEFERRED", "BEGIN IMMEDIATE", "BEGIN EXCLUSIVE"]


def begin_statement_for(w_level: W_Root) -> str | None:
    """isolation_level_converter: the BEGIN statement (None: autocommit)."""
    if w_level is w_None:
        return None
    if not isinstance(w_level, W_StrObject):
        raise operr(w_TypeError, "isolation_level must be str or None")
    level = w_level.as_str()
    if level.find("\x00") >= 0:
        raise operr(w_ValueError, "embedded null character")
    for stmt in BEGIN_STATEMENTS:
        if stmt[6:].lower() == level.lower():
            return stmt
    raise operr(w_ValueError, "isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', "
                "or 'EXCLUSIVE'")


def set_isolation(con: W_Connection, w_level: W_Root) -> None:
    stmt = begin_statement_for(w_level)
    con.begin_statement = stmt
    con.isolation_level = stmt[6:] if stmt is not None else None


def fs_path(w: W_Root) -> str:
    """PyUnicode_FSConverter for the database argument."""
    if isinstance(w, W_StrObject):
        return w.as_str()
    if isinstance(w, W_BytesObject):
        return decode_bytes(w.value, "utf-8", "surrogateescape")
    w_fspath = space.lookup(w, "__fspath__")
    if w_fspath is not None:
        return fs_path(space.call_function(w_fspath, [w]))
    raise operr(w_TypeError, "expected str, bytes or os.PathLike object, not %s" % type_name(w))


def connection_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return W_Connection(w_cls)


def connection_init(args: Arguments) -> W_Root:
    con = as_connection(args.args_w[0], "__init__")
    slots = clinic_kw(args, "Connection", CONNECT_PARAMS, 0, 8, 1, 1)
    w_db = slots[0]
    assert w_db is not None
    path = fs_path(w_db)
    timeout = 5.0
    w_timeout = slots[1]
    if w_timeout is not None:
        if isinstance(w_timeout, W_FloatObject):
            timeout = w_timeout.floatval
        elif is_int(w_timeout):
            timeout = float(int_w(w_timeout))
        else:
            raise operr(w_TypeError, "must be real number, not %s" % type_name(w_timeout))
    detect_types = 0 if slots[2] is None else c_int_w(slots[2])
    check_same = True if slots[4] is None else space.is_true(slots[4])
    uri = False if slots[7] is None else space.is_true(slots[7])
    if con.initialized:
        con.close_db()
        con.initialized = False
    flags = rsqlite.SQLITE_OPEN_READWRITE | rsqlite.SQLITE_OPEN_CREATE
    if uri:
        flags |= rsqlite.SQLITE_OPEN_URI
    db = rsqlite.open(path, flags)
    if rsqlite.last_rc() != rsqlite.SQLITE_OK:
        try:
            raise_db_error(db)
        finally:
            rsqlite.close(db)
    rsqlite.busy_timeout(db, int(timeout * 1000.0))
    w_level = slots[3]
    try:
        if w_level is not None:
            set_isolation(con, w_level)
        else:
            con.begin_statement = "BEGIN "
            con.isolation_level = ""
    except OperationError:
        rsqlite.close(db)
        raise
    con.db = db
    con.detect_types = detect_types
    con.check_same_thread = check_same
    con.thread_ident = rthread.get_ident()
    con.w_row_factory = w_None
    con.w_text_factory = w_str_type
    con.initialized = True
    return w_None


def make_cursor(con: W_Connection, w_factory: W_Root | None) -> W_Root:
    """Connection.cursor."""
    check_usable(con)
    w_cur = space.call_function(w_factory if w_factory is not None else w_cursor_type, [con])
    if not isinstance(w_cur, W_Cursor):
        raise operr(w_TypeError, "factory must return a cursor, not %s" % type_name(w_cur))
    if con.w_row_factory is not w_None:
        w_cur.w_row_factory = con.w_row_factory
    return w_cur


def connection_cursor(slots: list[W_Root | None]) -> W_Root:
    return make_cursor(as_connection(slots[0], "cursor"), slots[1])


def new_cursor(con: W_Connection) -> W_Cursor:
    w_cur = make_cursor(con, None)
    assert isinstance(w_cur, W_Cursor)
    return w_cur


def connection_execute(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "execute")
    cur = new_cursor(con)
    return cursormod.query_execute(cur, False, cursormod.str_arg(slots[1], "execute"), slots[2])


def connection_executemany(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "executemany")
    cur = new_cursor(con)
    w_seq = slots[2]
    assert w_seq is not None
    return cursormod.query_execute(cur, True, cursormod.str_arg(slots[1], "executemany"), w_seq)


def connection_executescript(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "executescript")
    w_script = slots[1]
    assert w_script is not None
    cur = new_cursor(con)
    return cursormod.executescript(cur, w_script)


def commit(con: W_Connection) -> None:
    check_usable(con)
    if not rsqlite.get_autocommit(con.db):
        cursormod.run_simple(con, "COMMIT")


def rollback(con: W_Connection) -> None:
    check_usable(con)
    if not rsqlite.get_autocommit(con.db):
        cursormod.run_simple(con, "ROLLBACK")


def connection_commit(slots: list[W_Root | None]) -> W_Root:
    commit(as_connection(slots[0], "commit"))
    return w_None


def connection_rollback(slots: list[W_Root | None]) -> W_Root:
    rollback(as_connection(slots[0], "rollback"))
    return w_None


def connection_close(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "close")
    check_thread(con)
    if not con.initialized:
        raise operr(w_ProgrammingError, "Base Connection.__init__ not called.")
    blob.close_all_blobs(con)
    con.close_db()
    callbacks.drop_hooks(con)
    return w_None


def connection_enter(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "__enter__")
    check_connection(con)
    return con


def connection_exit(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "__exit__")
    if slots[1] is w_None and slots[2] is w_None and slots[3] is w_None:
        try:
            commit(con)
        except OperationError as e:
            # the commit failed: roll back to unlock the database; its own
            # failure would chain, the commit's error is raised
            try:
                rollback(con)
            except OperationError as e2:
                e2.w_value.w_context = e.w_value
                raise e2
            raise e
    else:
        rollback(con)
    return space.wrap_bool(False)


def connection_call(args: Arguments) -> W_Root:
    """con(sql): the prepared statement (an opaque sqlite3.Statement)."""
    con = as_connection(args.args_w[0], "__call__")
    check_usable(con)
    if args.has_keywords():
        raise operr(w_TypeError, "sqlite3.Connection() takes no keyword arguments")
    if len(args.args_w) != 2:
        raise operr(w_TypeError, "function takes exactly 1 argument (%d given)"
                    % (len(args.args_w) - 1))
    w_sql = args.args_w[1]
    if not isinstance(w_sql, W_StrObject):
        raise operr(w_TypeError, "argument 1 must be str, not %s" % type_name(w_sql))
    return prepare(con, w_sql.as_str())


def connection_iterdump(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "iterdump")
    w_mod = importing.import_one("sqlite3.dump")
    w_iterdump = space.getattr(w_mod, "_iterdump")
    return space.call_function(w_iterdump, [con])


def connection_interrupt(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "interrupt")
    check_connection(con)
    rsqlite.interrupt(con.db)
    return w_None


def connection_getlimit(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "getlimit")
    category = c_int_w(slots[1]) if slots[1] is not None else 0
    return wrap_int(limit(con, category, -1))


def connection_setlimit(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "setlimit")
    category = c_int_w(slots[1]) if slots[1] is not None else 0
    value = c_int_w(slots[2]) if slots[2] is not None else 0
    return wrap_int(limit(con, category, value))


def limit(con: W_Connection, category: int, value: int) -> int:
    check_usable(con)
    old = rsqlite.limit(con.db, category, value)
    if old < 0:
        raise operr(w_ProgrammingError, "'category' is out of bounds")
    return old


# ------------------------------------------------------------ attributes

def get_isolation_level(w: W_Root) -> W_Root:
    con = as_connection(w, "isolation_level")
    check_connection(con)
    level = con.isolation_level
    return space.wrap_str(level) if level is not None else w_None


def set_isolation_level(w: W_Root, w_value: W_Root) -> None:
    con = as_connection(w, "isolation_level")
    check_connection(con)
    if w_value is w_None:
        con.begin_statement = None
        con.isolation_level = None
        commit(con)
        return
    set_isolation(con, w_value)


def del_isolation_level(w: W_Root) -> None:
    raise operr(w_AttributeError, "cannot delete attribute")


def get_in_transaction(w: W_Root) -> W_Root:
    con = as_connection(w, "in_transaction")
    check_connection(con)
    return space.wrap_bool(not rsqlite.get_autocommit(con.db))


def get_total_changes(w: W_Root) -> W_Root:
    con = as_connection(w, "total_changes")
    check_connection(con)
    return wrap_int(rsqlite.total_changes(con.db))


def get_row_factory(w: W_Root) -> W_Root:
    return as_connection(w, "row_factory").w_row_factory


def set_row_factory(w: W_Root, w_value: W_Root) -> None:
    as_connection(w, "row_factory").w_row_factory = w_value


def get_text_factory(w: W_Root) -> W_Root:
    return as_connection(w, "text_factory").w_text_factory


def set_text_factory(w: W_Root, w_value: W_Root) -> None:
    as_connection(w, "text_factory").w_text_factory = w_value


def _get_warning(w: W_Root) -> W_Root:
    return EXCEPTIONS[0][1]


def _get_error(w: W_Root) -> W_Root:
    return EXCEPTIONS[1][1]


def _get_interface(w: W_Root) -> W_Root:
    return EXCEPTIONS[2][1]


def _get_database(w: W_Root) -> W_Root:
    return EXCEPTIONS[3][1]


def _get_internal(w: W_Root) -> W_Root:
    return EXCEPTIONS[4][1]


def _get_operational(w: W_Root) -> W_Root:
    return EXCEPTIONS[5][1]


def _get_programming(w: W_Root) -> W_Root:
    return EXCEPTIONS[6][1]


def _get_integrity(w: W_Root) -> W_Root:
    return EXCEPTIONS[7][1]


def _get_data(w: W_Root) -> W_Root:
    return EXCEPTIONS[8][1]


def _get_notsupported(w: W_Root) -> W_Root:
    return EXCEPTIONS[9][1]


register_raw(w_connection_type, "__new__", connection_new)
register_raw(w_connection_type, "__init__", connection_init)
register(w_connection_type, "cursor(self, factory=)", connection_cursor)
register(w_connection_type, "execute(self, sql, parameters=, /)", connection_execute)
register(w_connection_type, "executemany(self, sql, parameters, /)", connection_executemany)
register(w_connection_type, "executescript(self, sql_script, /)", connection_executescript)
register(w_connection_type, "commit(self, /)", connection_commit)
register(w_connection_type, "rollback(self, /)", connection_rollback)
register(w_connection_type, "close(self, /)", connection_close)
register(w_connection_type, "__enter__(self, /)", connection_enter)
register(w_connection_type, "__exit__(self, type, value, traceback, /)", connection_exit)
register(w_connection_type, "iterdump(self, /)", connection_iterdump)
register_raw(w_connection_type, "__call__", connection_call)
register(w_connection_type, "interrupt(self, /)", connection_interrupt)
register(w_connection_type, "getlimit(self, category, /)", connection_getlimit)
register(w_connection_type, "setlimit(self, category, limit, /)", connection_setlimit)
getset(w_connection_type, "isolation_level", get_isolation_level, set_isolation_level,
       del_isolation_level)
getset(w_connection_type, "in_transaction", get_in_transaction)
getset(w_connection_type, "total_changes", get_total_changes)
getset(w_connection_type, "row_factory", get_row_factory, set_row_factory)
getset(w_connection_type, "text_factory", get_text_factory, set_text_factory)
readonly_member(w_connection_type, "Warning", _get_warning)
readonly_member(w_connection_type, "Error", _get_error)
readonly_member(w_connection_type, "InterfaceError", _get_interface)
readonly_member(w_connection_type, "DatabaseError", _get_database)
readonly_member(w_connection_type, "InternalError", _get_internal)
readonly_member(w_connection_type, "OperationalError", _get_operational)
readonly_member(w_connection_type, "ProgrammingError", _get_programming)
readonly_member(w_connection_type, "IntegrityError", _get_integrity)
readonly_member(w_connection_type, "DataError", _get_data)
readonly_member(w_connection_type, "NotSupportedError", _get_notsupported)
