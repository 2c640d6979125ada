"""Statements of `_sqlite3`: preparing one (CPython 3.11's
pysqlite_statement_create: the null-character and one-statement checks,
is_dml), binding parameters from a sequence or a mapping (bind_parameters,
bind_param, with the adapters of microprotocols.c), and reading a row's
values (_pysqlite_fetch_one_row: types, text_factory, converters).
"""
from __future__ import annotations

from rpy.rlib import rsqlite

from ouro.modules._sqlite3.errors import (raise_db_error, w_DataError,
                                          w_OperationalError, w_ProgrammingError)
from ouro.modules._sqlite3.model import (STATE, W_Connection, W_Statement,
                                         w_prepare_protocol_type)
from ouro.objspace import space
from ouro.objspace.bytearrayobject import w_bytearray_type
from ouro.objspace.bytesobject import buffer_or_none, w_bytes_type, wrap_bytes
from ouro.objspace.dictobject import W_DictObject, w_dict_type
from ouro.objspace.exceptions import (OperationError, operr, w_LookupError, w_OverflowError,
                                      w_TypeError)
from ouro.objspace.floatobject import W_FloatObject, wrap_float, w_float_type
from ouro.objspace.intobject import W_IntObject, is_int, w_int_type, wrap_int
from ouro.objspace.listobject import w_list_type
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.strobject import W_StrObject, decode_bytes, w_str_type
from ouro.objspace.tupleobject import W_TupleObject, w_tuple_type

WHITESPACE = " \t\f\n\r"


def lstrip_sql(sql: str, start: int) -> int:
    """CPython's lstrip_sql: the index of the first character that is
    not whitespace or inside a comment, -1 if there is none."""
    n = len(sql)
    pos = start
    while pos < n:
        c = sql[pos]
        if c in WHITESPACE:
            pos += 1
        elif c == "-" and pos + 1 < n and sql[pos + 1] == "-":
            end = sql.find("\n", pos + 2)
            if end < 0:
                return -1
            pos = end + 1
        elif c == "/" and pos + 1 < n and sql[pos + 1] == "*":
            end = sql.find("*/", pos + 2)
            if end < 0:
                return -1
            pos = end + 2
        else:
            return pos
    return -1


def starts_with_ci(sql: str, pos: int, word: str) -> bool:
    return sql[pos:pos + len(word)].lower() == word


def prepare(con: W_Connection, sql: str) -> W_Statement:
    """pysqlite_statement_create."""
    db = con.db
    if len(sql) > rsqlite.limit(db, rsqlite.SQLITE_LIMIT_SQL_LENGTH, -1):
        raise operr(w_DataError, "query string is too large")
    if sql.find("\x00") >= 0:
        raise operr(w_ProgrammingError, "the query contains a null character")
    st = rsqlite.prepare(db, sql)
    if rsqlite.last_rc() != rsqlite.SQLITE_OK:
        raise_db_error(db)
    if lstrip_sql(rsqlite.prepare_tail(), 0) >= 0:
        if st != 0:
            rsqlite.finalize(st)
        raise operr(w_ProgrammingError, "You can only execute one statement at a time.")
    is_dml = False
    p = lstrip_sql(sql, 0)
    if p >= 0:
        is_dml = (starts_with_ci(sql, p, "insert") or starts_with_ci(sql, p, "update") or
                  starts_with_ci(sql, p, "delete") or starts_with_ci(sql, p, "replace"))
    return W_Statement(st, is_dml)


# ------------------------------------------------------------ adapting

def need_adapt(w: W_Root) -> bool:
    if STATE.base_type_adapted:
        return True
    t = w.getclass()
    return not (t is w_int_type or t is w_float_type or t is w_str_type or
                t is w_bytearray_type)


def adapt(w_obj: W_Root, w_proto: W_Root, w_alt: W_Root | None) -> W_Root:
    """pysqlite_microprotocols_adapt."""
    w_key = W_TupleObject([w_obj.getclass(), w_proto])
    w_adapter = STATE.w_adapters.getitem(w_key)
    if w_adapter is not None:
        return space.call_function(w_adapter, [w_obj])
    w_adapt = space.getattr_or_none(w_proto, "__adapt__")
    if w_adapt is not None:
        try:
            w_res = space.call_function(w_adapt, [w_obj])
            if w_res is not w_None:
                return w_res
        except OperationError as e:
            if not e.match(w_TypeError):
                raise
    w_conform = space.getattr_or_none(w_obj, "__conform__")
    if w_conform is not None:
        try:
            w_res = space.call_function(w_conform, [w_proto])
            if w_res is not w_None:
                return w_res
        except OperationError as e:
            if not e.match(w_TypeError):
                raise
    if w_alt is not None:
        return w_alt
    raise operr(w_ProgrammingError, "can't adapt")


def int64_of(w: W_Root) -> int:
    """_pysqlite_long_as_int64."""
    if isinstance(w, W_IntObject):
        return w.intval
    raise operr(w_OverflowError, "Python int too large to convert to SQLite INTEGER")


def bind_param(stmt: W_Statement, pos: int, w: W_Root) -> int:
    """bind_param: SQLite's result code, or an exception."""
    st = stmt.st
    if w is w_None:
        return rsqlite.bind_null(st, pos)
    if is_int(w):
        return rsqlite.bind_int64(st, pos, int64_of(w))
    if isinstance(w, W_FloatObject):
        return rsqlite.bind_double(st, pos, w.floatval)
    if isinstance(w, W_StrObject):
        return rsqlite.bind_text(st, pos, w.as_str())
    data = buffer_or_none(w)
    if data is not None:
        return rsqlite.bind_blob(st, pos, data)
    raise operr(w_ProgrammingError, "Error binding parameter %d: type '%s' is not supported"
                % (pos, type_name(w)))


def bind_adapted(con: W_Connection, stmt: W_Statement, pos: int, w_param: W_Root) -> None:
    w_adapted = w_param
    if need_adapt(w_param):
        w_adapted = adapt(w_param, w_prepare_protocol_type, w_param)
    rc = bind_param(stmt, pos, w_adapted)
    if rc != rsqlite.SQLITE_OK:
        raise_db_error(con.db)


def is_sequence(w: W_Root) -> bool:
    if isinstance(w, W_DictObject):
        return False
    return space.lookup(w, "__getitem__") is not None


def bind_parameters(con: W_Connection, stmt: W_Statement, w_params: W_Root) -> None:
    st = stmt.st
    needed = rsqlite.bind_parameter_count(st) if st != 0 else 0
    t = w_params.getclass()
    if t is w_tuple_type or t is w_list_type or is_sequence(w_params):
        num = space.len_w(w_params)
        if num != needed:
            raise operr(w_ProgrammingError,
                        "Incorrect number of bindings supplied. The current statement uses "
                        "%d, and there are %d supplied." % (needed, num))
        for i in range(num):
            if isinstance(w_params, W_TupleObject):
                w_elem = w_params.items_w[i]
            else:
                w_elem = space.getitem(w_params, wrap_int(i))
            bind_adapted(con, stmt, i + 1, w_elem)
    elif isinstance(w_params, W_DictObject):
        for i in range(1, needed + 1):
            name = rsqlite.bind_parameter_name(st, i)
            if name is None:
                raise operr(w_ProgrammingError, "Binding %d has no name, but you supplied a "
                            "dictionary (which has only names)." % i)
            key = name[1:]
            w_item: W_Root | None = None
            if t is w_dict_type:
                w_item = w_params.getitem(space.wrap_str(key))
            else:
                try:
                    w_item = space.getitem(w_params, space.wrap_str(key))
                except OperationError as e:
                    if not e.match(w_LookupError):
                        raise
                    w_item = None
            if w_item is None:
                raise operr(w_ProgrammingError, "You did not supply a value for binding "
                            "parameter :%s." % key)
            bind_adapted(con, stmt, i, w_item)
    else:
        raise operr(w_ProgrammingError, "parameters are of unsupported type")


# ------------------------------------------------------------ reading rows

def decode_text(con: W_Connection, st: int, i: int, data: bytes) -> W_Root:
    w_tf = con.w_text_factory
    if w_tf is w_str_type:
        try:
            return space.wrap_str(decode_bytes(data, "utf-8", "strict"))
        except OperationError:
            raise operr(w_OperationalError, "Could not decode to UTF-8 column '%s' with text "
                        "'%s'" % (rsqlite.column_name(st, i),
                                  decode_bytes(data, "utf-8", "replace")))
    if w_tf is w_bytes_type:
        return wrap_bytes(data)
    if w_tf is w_bytearray_type:
        return space.call_function(w_bytearray_type, [wrap_bytes(data)])
    return space.call_function(w_tf, [wrap_bytes(data)])


def column_value(con: W_Connection, st: int, i: int, w_converter: W_Root) -> W_Root:
    if w_converter is not w_None:
        t = rsqlite.column_type(st, i)
        data = rsqlite.column_bytes(st, i)
        # SQLite gives no pointer for NULL and empty values: the converter
        # is not called for them
        if t == rsqlite.SQLITE_NULL or len(data) == 0:
            return w_None
        return space.call_function(w_converter, [wrap_bytes(data)])
    t = rsqlite.column_type(st, i)
    if t == rsqlite.SQLITE_NULL:
        return w_None
    if t == rsqlite.SQLITE_INTEGER:
        return wrap_int(rsqlite.column_int64(st, i))
    if t == rsqlite.SQLITE_FLOAT:
        return wrap_float(rsqlite.column_double(st, i))
    if t == rsqlite.SQLITE_TEXT:
        return decode_text(con, st, i, rsqlite.column_bytes(st, i))
    return wrap_bytes(rsqlite.column_bytes(st, i))


def fetch_row(con: W_Connection, st: int, cast_map: list[W_Root] | None) -> W_Root:
    n = rsqlite.data_count(st)
    items_w: list[W_Root] = []
    for i in range(n):
        w_conv: W_Root = w_None
        if con.detect_types != 0 and cast_map is not None and i < len(cast_map):
            w_conv = cast_map[i]
        items_w.append(column_value(con, st, i, w_conv))
    return W_TupleObject(items_w)

