"""sqlite3.Cursor, as CPython 3.11's Modules/_sqlite/cursor.c: execute
and executemany (_pysqlite_query_execute: the implicit BEGIN before DML
statements, description, rowcount, lastrowid, the converters' cast
map), executescript, fetchone/fetchmany/fetchall and iteration
(pysqlite_cursor_iternext with the row factory), close, and the
attributes.
"""
from __future__ import annotations

from rpy.rlib import rsqlite

from ouro.modules._sqlite3 import callbacks
from ouro.modules._sqlite3.errors import (db_error, raise_db_error, w_DataError,
                                          w_OperationalError, w_ProgrammingError)
from ouro.modules._sqlite3.model import (PARSE_COLNAMES, PARSE_DECLTYPES, STATE, W_Connection,
                                         collect_dead_statements,
                                         W_Cursor, as_cursor,
                                         check_connection, check_cursor, check_thread,
                                         w_cursor_type)
from ouro.modules._sqlite3.statement import bind_parameters, fetch_row, prepare
from ouro.objspace import space
from ouro.objspace.descriptors import getset, readonly_member
from ouro.objspace.exceptions import (OperationError, operr, operr_noarg, w_StopIteration,
                                      w_TypeError, w_ValueError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import int_w, wrap_int
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import W_StrObject, c_int_w
from ouro.objspace.tupleobject import W_TupleObject


def begin(con: W_Connection) -> None:
    """_pysqlite_connection_begin."""
    stmt = con.begin_statement
    assert stmt is not None
    run_simple(con, stmt)


def run_simple(con: W_Connection, sql: str) -> None:
    """Prepare, step and finalize one statement, raising SQLite's error
    (BEGIN, COMMIT, ROLLBACK)."""
    rc = run_simple_rc(con, sql)
    if rc != rsqlite.SQLITE_OK and collect_dead_statements(con):
        rc = run_simple_rc(con, sql)
    if rc != rsqlite.SQLITE_OK:
        raise_db_error(con.db)


def run_simple_rc(con: W_Connection, sql: str) -> int:
    st = rsqlite.prepare(con.db, sql)
    rc = rsqlite.last_rc()
    if rc == rsqlite.SQLITE_OK:
        rsqlite.step(st)
        rc = rsqlite.finalize(st)
    return rc


def step_retrying(con: W_Connection, st: int) -> int:
    """sqlite3_step, once more after collect_dead_statements helped."""
    rc = rsqlite.step(st)
    if rc != rsqlite.SQLITE_DONE and rc != rsqlite.SQLITE_ROW:
        if collect_dead_statements(con):
            rsqlite.reset(st)
            rc = rsqlite.step(st)
    return rc


def build_column_name(con: W_Connection, colname: str) -> str:
    if con.detect_types & PARSE_COLNAMES:
        pos = colname.find("[")
        if pos >= 0:
            if pos > 0 and colname[pos - 1] == " ":
                pos -= 1
            return colname[:pos]
    return colname


def get_converter(key: str) -> W_Root | None:
    return STATE.w_converters.getitem(space.wrap_str(key.upper()))


def build_row_cast_map(cur: W_Cursor, con: W_Connection, st: int) -> None:
    if con.detect_types == 0:
        return
    cast_map: list[W_Root] = []
    for i in range(rsqlite.column_count(st)):
        w_conv: W_Root | None = None
        if con.detect_types & PARSE_COLNAMES:
            colname = rsqlite.column_name(st, i)
            start = colname.find("[")
            while start >= 0:
                # the last '[' before the first ']' after it
                end = colname.find("]", start + 1)
                if end < 0:
                    break
                nxt = colname.find("[", start + 1)
                if nxt >= 0 and nxt < end:
                    start = nxt
                    continue
                w_conv = get_converter(colname[start + 1:end])
                break
        if w_conv is None and con.detect_types & PARSE_DECLTYPES:
            decltype = rsqlite.column_decltype(st, i)
            if decltype is not None:
                end = 0
                while end < len(decltype) and decltype[end] != " " and decltype[end] != "(":
                    end += 1
                w_conv = get_converter(decltype[:end])
        cast_map.append(w_conv if w_conv is not None else w_None)
    cur.row_cast_map = cast_map


def step_error(con: W_Connection) -> OperationError:
    """The exception after a failed step: an exception a callback left
    (a collation's), else SQLite's."""
    e = callbacks.take_pending()
    if e is not None:
        return e
    e = db_error(con.db)
    if e is not None:
        return e
    return operr(w_OperationalError, "unknown error")


def check_pending() -> None:
    e = callbacks.take_pending()
    if e is not None:
        raise e


def query_execute(cur: W_Cursor, multiple: bool, w_sql: W_Root, w_second: W_Root | None) -> W_Root:
    """_pysqlite_query_execute."""
    con = check_cursor(cur)
    cur.locked = True
    try:
        execute_locked(cur, con, multiple, w_sql, w_second)
    except OperationError:
        cur.locked = False
        cur.rowcount = -1
        raise
    cur.locked = False
    return cur


def execute_locked(cur: W_Cursor, con: W_Connection, multiple: bool, w_sql: W_Root,
                   w_second: W_Root | None) -> None:
    assert isinstance(w_sql, W_StrObject)
    sql = w_sql.as_str()
    if multiple:
        assert w_second is not None
        w_iter = space.iter(w_second)
    else:
        w_one: W_Root = w_second if w_second is not None else W_TupleObject([])
        w_iter = space.iter(W_TupleObject([w_one]))
    cur.w_description = w_None
    # the cursor's previous statement is finalized (it belongs to no other)
    drop_statement(cur)
    stmt = prepare(con, sql)
    cur.statement = stmt
    if multiple and rsqlite.stmt_readonly(stmt.st):
        raise operr(w_ProgrammingError, "executemany() can only execute DML statements.")
    stmt.reset()
    cur.rowcount = 0 if stmt.is_dml else -1
    # the implicit transaction before DML statements (not SELECT: #9924)
    if con.begin_statement is not None and stmt.is_dml:
        if rsqlite.get_autocommit(con.db):
            begin(con)
    rc = rsqlite.SQLITE_DONE
    while True:
        w_params = space.next_or_none(w_iter)
        if w_params is None:
            break
        stmt.in_use = True
        bind_parameters(con, stmt, w_params)
        rc = step_retrying(con, stmt.st) if stmt.st != 0 else rsqlite.SQLITE_DONE
        if rc != rsqlite.SQLITE_DONE and rc != rsqlite.SQLITE_ROW:
            raise step_error(con)
        check_pending()
        build_row_cast_map(cur, con, stmt.st)
        numcols = rsqlite.column_count(stmt.st) if stmt.st != 0 else 0
        if cur.w_description is w_None and numcols > 0:
            descr_w: list[W_Root] = []
            for i in range(numcols):
                w_name = space.wrap_str(build_column_name(con, rsqlite.column_name(stmt.st, i)))
                descr_w.append(W_TupleObject([w_name, w_None, w_None, w_None, w_None, w_None,
                                              w_None]))
            cur.w_description = W_TupleObject(descr_w)
        if rc == rsqlite.SQLITE_DONE:
            if stmt.is_dml:
                cur.rowcount += rsqlite.changes(con.db)
            stmt.reset()
    if not multiple:
        cur.w_lastrowid = wrap_int(rsqlite.last_insert_rowid(con.db))
    if rc == rsqlite.SQLITE_DONE and not multiple:
        if stmt.is_dml:
            cur.rowcount = rsqlite.changes(con.db)
        stmt.reset()
        drop_statement(cur)
    if multiple:
        stmt.reset()
        drop_statement(cur)


def drop_statement(cur: W_Cursor) -> None:
    """Py_CLEAR(self->statement): this cursor's statement dies with it."""
    stmt = cur.statement
    cur.statement = None
    if stmt is not None:
        stmt.finalize()


def cursor_next(cur: W_Cursor) -> W_Root | None:
    """pysqlite_cursor_iternext: the next row, None at the end."""
    con = check_cursor(cur)
    stmt = cur.statement
    if stmt is None:
        return None
    st = stmt.st
    cur.locked = True
    try:
        w_row = fetch_row(con, st, cur.row_cast_map)
    finally:
        cur.locked = False
    rc = rsqlite.step(st)
    if rc == rsqlite.SQLITE_DONE:
        if stmt.is_dml:
            cur.rowcount = rsqlite.changes(con.db)
        stmt.reset()
        drop_statement(cur)
    elif rc != rsqlite.SQLITE_ROW:
        e = step_error(con)
        stmt.reset()
        drop_statement(cur)
        raise e
    check_pending()
    if cur.w_row_factory is not w_None:
        w_row = space.call_function(cur.w_row_factory, [cur, w_row])
    return w_row


# ------------------------------------------------------------ methods

def cursor_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return W_Cursor(w_cls)


def cursor_init(args: Arguments) -> W_Root:
    w_self = as_cursor(args.args_w[0], "__init__")
    if args.has_keywords():
        raise operr(w_TypeError, "Cursor() takes no keyword arguments")
    rest = args.args_w[1:]
    if len(rest) != 1:
        raise operr(w_TypeError, "Cursor expected 1 argument, got %d" % len(rest))
    w_con = rest[0]
    if not isinstance(w_con, W_Connection):
        raise operr(w_TypeError, "Cursor() argument 1 must be sqlite3.Connection, not %s"
                    % type_name(w_con))
    w_self.connection = w_con
    w_self.statement = None
    w_self.row_cast_map = None
    w_self.arraysize = 1
    w_self.w_description = w_None
    w_self.w_lastrowid = w_None
    w_self.rowcount = -1
    w_self.w_row_factory = w_None
    w_self.closed = False
    w_self.initialized = True
    return w_None


def str_arg(w: W_Root | None, fname: str) -> W_Root:
    assert w is not None
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s() argument 1 must be str, not %s" % (fname, type_name(w)))
    return w


def cursor_execute(slots: list[W_Root | None]) -> W_Root:
    cur = as_cursor(slots[0], "execute")
    return query_execute(cur, False, str_arg(slots[1], "execute"), slots[2])


def cursor_executemany(slots: list[W_Root | None]) -> W_Root:
    cur = as_cursor(slots[0], "executemany")
    w_seq = slots[2]
    assert w_seq is not None
    return query_execute(cur, True, str_arg(slots[1], "executemany"), w_seq)


def executescript(cur: W_Cursor, w_script: W_Root) -> W_Root:
    if not isinstance(w_script, W_StrObject):
        raise operr(w_TypeError, "executescript() argument 1 must be str, not %s"
                    % type_name(w_script))
    con = check_cursor(cur)
    script = w_script.as_str()
    if script.find("\x00") >= 0:
        raise operr(w_ValueError, "embedded null character")
    db = con.db
    if len(script) > rsqlite.limit(db, rsqlite.SQLITE_LIMIT_SQL_LENGTH, -1):
        raise operr(w_DataError, "query string is too large")
    if not rsqlite.get_autocommit(db):
        run_simple(con, "COMMIT")
    while True:
        st = rsqlite.prepare(db, script)
        rc = rsqlite.last_rc()
        tail = rsqlite.prepare_tail()
        if rc == rsqlite.SQLITE_OK:
            if st != 0:
                rc = step_retrying(con, st)
                while rc == rsqlite.SQLITE_ROW:
                    rc = rsqlite.step(st)
                rc = rsqlite.finalize(st)
        if rc != rsqlite.SQLITE_OK:
            e = callbacks.take_pending()
            if e is not None:
                raise e
            raise_db_error(db)
            raise operr(w_OperationalError, "unknown error")
        check_pending()
        if tail == "":
            break
        script = tail
    return cur


def cursor_executescript(slots: list[W_Root | None]) -> W_Root:
    cur = as_cursor(slots[0], "executescript")
    w_script = slots[1]
    assert w_script is not None
    return executescript(cur, w_script)


def cursor_fetchone(slots: list[W_Root | None]) -> W_Root:
    cur = as_cursor(slots[0], "fetchone")
    w_row = cursor_next(cur)
    return w_row if w_row is not None else w_None


def cursor_fetchmany(slots: list[W_Root | None]) -> W_Root:
    cur = as_cursor(slots[0], "fetchmany")
    maxrows = cur.arraysize
    w_size = slots[1]
    if w_size is not None:
        maxrows = int_w(w_size)
    rows_w: list[W_Root] = []
    counter = 0
    while True:
        w_row = cursor_next(cur)
        if w_row is None:
            break
        rows_w.append(w_row)
        counter += 1
        if counter == maxrows:
            break
    return space.new_list(rows_w)


def cursor_fetchall(slots: list[W_Root | None]) -> W_Root:
    cur = as_cursor(slots[0], "fetchall")
    rows_w: list[W_Root] = []
    while True:
        w_row = cursor_next(cur)
        if w_row is None:
            break
        rows_w.append(w_row)
    return space.new_list(rows_w)


def cursor_iter(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    assert w_self is not None
    return w_self


def cursor_iternext(slots: list[W_Root | None]) -> W_Root:
    cur = as_cursor(slots[0], "__next__")
    w_row = cursor_next(cur)
    if w_row is None:
        raise operr_noarg(w_StopIteration)
    return w_row


def cursor_close(slots: list[W_Root | None]) -> W_Root:
    cur = as_cursor(slots[0], "close")
    con = cur.connection
    if con is None:
        raise operr(w_ProgrammingError, "Base Cursor.__init__ not called.")
    check_thread(con)
    check_connection(con)
    if cur.statement is not None:
        cur.statement.reset()
        drop_statement(cur)
    cur.closed = True
    return w_None


def cursor_noop(args: Arguments) -> W_Root:
    return w_None


def get_connection(w: W_Root) -> W_Root:
    con = as_cursor(w, "connection").connection
    return con if con is not None else w_None


def get_description(w: W_Root) -> W_Root:
    return as_cursor(w, "description").w_description


def get_lastrowid(w: W_Root) -> W_Root:
    return as_cursor(w, "lastrowid").w_lastrowid


def get_rowcount(w: W_Root) -> W_Root:
    return wrap_int(as_cursor(w, "rowcount").rowcount)


def get_arraysize(w: W_Root) -> W_Root:
    return wrap_int(as_cursor(w, "arraysize").arraysize)


def set_arraysize(w: W_Root, w_value: W_Root) -> None:
    as_cursor(w, "arraysize").arraysize = c_int_w(w_value)


def get_row_factory(w: W_Root) -> W_Root:
    return as_cursor(w, "row_factory").w_row_factory


def set_row_factory(w: W_Root, w_value: W_Root) -> None:
    as_cursor(w, "row_factory").w_row_factory = w_value


register_raw(w_cursor_type, "__new__", cursor_new)
register_raw(w_cursor_type, "__init__", cursor_init)
register(w_cursor_type, "execute(self, sql, parameters=, /)", cursor_execute)
register(w_cursor_type, "executemany(self, sql, seq_of_parameters, /)", cursor_executemany)
register(w_cursor_type, "executescript(self, sql_script, /)", cursor_executescript)
register(w_cursor_type, "fetchone(self, /)", cursor_fetchone)
register(w_cursor_type, "fetchmany(self, size=)", cursor_fetchmany)
register(w_cursor_type, "fetchall(self, /)", cursor_fetchall)
register(w_cursor_type, "close(self, /)", cursor_close)
register(w_cursor_type, "__iter__(self, /)", cursor_iter)
register(w_cursor_type, "__next__(self, /)", cursor_iternext)
register_raw(w_cursor_type, "setinputsizes", cursor_noop)
register_raw(w_cursor_type, "setoutputsize", cursor_noop)
readonly_member(w_cursor_type, "connection", get_connection)
readonly_member(w_cursor_type, "description", get_description)
readonly_member(w_cursor_type, "lastrowid", get_lastrowid)
readonly_member(w_cursor_type, "rowcount", get_rowcount)
getset(w_cursor_type, "arraysize", get_arraysize, set_arraysize)
getset(w_cursor_type, "row_factory", get_row_factory, set_row_factory)

