"""The objects of `_sqlite3`: the types (sqlite3.Connection, Cursor, Row,
PrepareProtocol, Blob), their RPy classes, the module's shared state
(adapters, converters, callback tracebacks) and the checks every method
starts with (CPython 3.11's pysqlite_check_connection, check_cursor,
pysqlite_check_thread), with CPython's messages.

Connection, Cursor and Row are subclassable: map-based objects with
their Python class in `w_type`, each on a layout of its own.
"""
from __future__ import annotations

from rpy.rlib import rsqlite, rthread

from ouro.interpreter import finalizers

from ouro.modules._sqlite3.errors import w_ProgrammingError
from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import OperationError, operr, w_TypeError
from ouro.objspace.finalizerqueue import register as register_finalizer
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_OTHER, W_Root, W_TypeObject, make_builtin_type, type_name,
                                 w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject, w_str_type

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

# a connection's callables SQLite knows by one id each (hook_ids)
HOOK_AUTHORIZER = 0
HOOK_PROGRESS = 1
HOOK_TRACE = 2

# layouts of their own (other modules use 100-119)
LAYOUT_SQLITE_CONNECTION = 130
LAYOUT_SQLITE_CURSOR = 131
LAYOUT_SQLITE_ROW = 132
space.SUBCLASSABLE_LAYOUTS.append(LAYOUT_SQLITE_CONNECTION)
space.SUBCLASSABLE_LAYOUTS.append(LAYOUT_SQLITE_CURSOR)
space.SUBCLASSABLE_LAYOUTS.append(LAYOUT_SQLITE_ROW)


def _type(name: str, layout: int, doc: str | None) -> W_TypeObject:
    w_t = make_builtin_type(name, [w_object_type], layout)
    w_t.w_module = W_StrObject("sqlite3")
    w_t.dict_w["__module__"] = W_StrObject("sqlite3")
    w_t.dict_w["__doc__"] = W_StrObject(doc) if doc is not None else w_None
    # messages name them as CPython's tp_name does: 'sqlite3.Row'
    w_t.tp_prefix = "sqlite3."
    return w_t


w_connection_type = _type("Connection", LAYOUT_SQLITE_CONNECTION,
                          "SQLite database connection object.")
w_cursor_type = _type("Cursor", LAYOUT_SQLITE_CURSOR, "SQLite database cursor class.")
w_row_type = _type("Row", LAYOUT_SQLITE_ROW, None)
w_prepare_protocol_type = _type("PrepareProtocol", LAYOUT_OTHER,
                                "PEP 246 style object adaption protocol type.")
w_blob_type = _type("Blob", LAYOUT_OTHER, None)
w_statement_type = _type("Statement", LAYOUT_OTHER, None)


class State:
    """The module's state (CPython's pysqlite_state)."""
    w_adapters: W_DictObject
    w_converters: W_DictObject
    base_type_adapted: bool
    callback_tracebacks: bool
    released: int       # statements and blobs their finalizer freed

    def __init__(self) -> None:
        self.w_adapters = W_DictObject()
        self.w_converters = W_DictObject()
        self.base_type_adapted = False
        self.callback_tracebacks = False
        self.released = 0


STATE = State()


class W_Statement(W_Root):
    """A prepared statement; finalized when it dies (or explicitly), as
    CPython's Statement is when its last reference goes."""
    st: int
    is_dml: bool
    in_use: bool

    def __init__(self, st: int, is_dml: bool) -> None:
        self.st = st
        self.is_dml = is_dml
        self.in_use = False
        register_finalizer(self)

    def getclass(self) -> W_TypeObject:
        return w_statement_type

    def reset(self) -> None:
        """CPython's stmt_reset: only a statement in use is reset."""
        if self.in_use and self.st != 0:
            self.in_use = False
            rsqlite.reset(self.st)

    def finalize(self) -> None:
        if self.st != 0:
            st = self.st
            self.st = 0
            rsqlite.finalize(st)

    def release_resources(self) -> None:
        if self.st != 0:
            STATE.released += 1
        self.finalize()


class W_Connection(W_ObjectWithMap):
    w_type: W_TypeObject
    db: int                         # 0: closed (or never opened)
    initialized: bool
    begin_statement: str | None     # None: autocommit (isolation_level None)
    isolation_level: str | None
    detect_types: int
    check_same_thread: bool
    thread_ident: int
    w_row_factory: W_Root
    w_text_factory: W_Root
    hook_ids: list[int]             # callbacks.REGISTRY ids of the HOOK_* (0: none)

    def __init__(self, w_type: W_TypeObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.db = 0
        self.initialized = False
        self.begin_statement = "BEGIN "
        self.isolation_level = ""
        self.detect_types = 0
        self.check_same_thread = True
        self.thread_ident = rthread.get_ident()
        self.w_row_factory = w_None
        self.w_text_factory = w_str_type
        self.hook_ids = [0, 0, 0]
        # closed when it dies, as CPython's dealloc closes it
        register_finalizer(self)

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def close_db(self) -> None:
        if self.db != 0:
            db = self.db
            self.db = 0
            rsqlite.close(db)

    def release_resources(self) -> None:
        # not counted in STATE.released: CPython's connection lives in a
        # reference cycle (its statement cache) until a collection too
        self.close_db()


class W_Cursor(W_ObjectWithMap):
    w_type: W_TypeObject
    connection: W_Connection | None
    initialized: bool
    closed: bool
    locked: bool
    arraysize: int
    w_description: W_Root
    w_lastrowid: W_Root
    rowcount: int
    w_row_factory: W_Root
    statement: W_Statement | None
    row_cast_map: list[W_Root] | None

    def __init__(self, w_type: W_TypeObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.connection = None
        self.initialized = False
        self.closed = False
        self.locked = False
        self.arraysize = 1
        self.w_description = w_None
        self.w_lastrowid = w_None
        self.rowcount = -1
        self.w_row_factory = w_None
        self.statement = None
        self.row_cast_map = None

    def getclass(self) -> W_TypeObject:
        return self.w_type


class W_Row(W_ObjectWithMap):
    w_type: W_TypeObject
    data_w: list[W_Root]
    w_data: W_Root              # the tuple
    w_description: W_Root

    def __init__(self, w_type: W_TypeObject, w_data: W_Root, data_w: list[W_Root],
                 w_description: W_Root) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.w_data = w_data
        self.data_w = data_w
        self.w_description = w_description

    def getclass(self) -> W_TypeObject:
        return self.w_type


class W_PrepareProtocol(W_Root):
    def getclass(self) -> W_TypeObject:
        return w_prepare_protocol_type


def collect_dead_statements(con: W_Connection) -> bool:
    """After SQLite refused because statements are in progress or the
    database is locked (BUSY, LOCKED): CPython resets a cursor's statement
    and closes a blob as soon as the last reference goes, here they
    live until the GC finds them dead.  Collect (their finalizers run) and
    say whether a retry may succeed: fewer statements of this connection
    in progress, or some statement or blob of the program freed (one that
    died holding a lock, maybe on another connection)."""
    primary = rsqlite.errcode(con.db) & 0xff
    if primary != rsqlite.SQLITE_BUSY and primary != rsqlite.SQLITE_LOCKED:
        return False
    before = rsqlite.busy_statements(con.db)
    released = STATE.released
    finalizers.collect()
    if before > 0 and rsqlite.busy_statements(con.db) < before:
        return True
    return STATE.released > released



# ------------------------------------------------------------ checks

def check_thread(con: W_Connection) -> None:
    if con.check_same_thread:
        ident = rthread.get_ident()
        if ident != con.thread_ident:
            raise operr(w_ProgrammingError,
                        "SQLite objects created in a thread can only be used in that same "
                        "thread. The object was created in thread id %d and this is thread "
                        "id %d." % (con.thread_ident, ident))


def check_connection(con: W_Connection) -> None:
    if not con.initialized:
        raise operr(w_ProgrammingError, "Base Connection.__init__ not called.")
    if con.db == 0:
        raise operr(w_ProgrammingError, "Cannot operate on a closed database.")


def check_usable(con: W_Connection) -> None:
    check_thread(con)
    check_connection(con)


def as_connection(w: W_Root | None, what: str) -> W_Connection:
    if isinstance(w, W_Connection):
        return w
    assert w is not None
    raise operr_descriptor(what, "sqlite3.Connection", w)


def as_cursor(w: W_Root | None, what: str) -> W_Cursor:
    if isinstance(w, W_Cursor):
        return w
    assert w is not None
    raise operr_descriptor(what, "sqlite3.Cursor", w)


def operr_descriptor(what: str, tname: str, w: W_Root) -> OperationError:
    return operr(w_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object"
                 % (what, tname, type_name(w)))


def check_cursor(cur: W_Cursor) -> W_Connection:
    """CPython's check_cursor: the cursor's connection, usable."""
    if not cur.initialized:
        raise operr(w_ProgrammingError, "Base Cursor.__init__ not called.")
    if cur.closed:
        raise operr(w_ProgrammingError, "Cannot operate on a closed cursor.")
    if cur.locked:
        raise operr(w_ProgrammingError, "Recursive use of cursors not allowed.")
    con = cur.connection
    assert con is not None
    check_usable(con)
    return con
