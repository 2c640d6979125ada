"""User-defined SQL functions, aggregates, window functions and
collations (Connection.create_function, create_aggregate,
create_window_function, create_collation) and the authorizer, progress
handler and trace callback (set_authorizer, set_progress_handler,
set_trace_callback), as CPython 3.11's connection.c runs them: arguments
converted from SQLite values, results set from Python values, errors
turned into SQLite errors with CPython's messages (printed first with
enable_callback_tracebacks(True)).

SQLite calls C; C calls `dispatch(kind, id)` (rpy.rlib.rsqlite's one
callback).  The callables live here, in REGISTRY.entries under their int
id, and so do aggregate instances (REGISTRY.aggregates, their id kept in
SQLite's aggregate context): C never holds a reference to a GC object
(docs/design-interpreter.md, "sqlite3 callbacks").  An exception of a
collation cannot be reported through SQLite; it waits in
REGISTRY.pending until the statement's step returns, and is raised there
(as CPython leaves it set).
"""
from __future__ import annotations

from rpy.rlib import rsqlite

from ouro.interpreter.finalizers import unraisable
from ouro.interpreter.frame import get_ec
from ouro.modules._sqlite3.errors import raise_db_error, w_OperationalError, w_ProgrammingError
from ouro.modules._sqlite3.model import (HOOK_AUTHORIZER, HOOK_PROGRESS, HOOK_TRACE, STATE,
                                         W_Connection, as_connection, check_usable,
                                         collect_dead_statements, w_connection_type)
from ouro.objspace import space
from ouro.objspace.bytesobject import buffer_or_none, wrap_bytes
from ouro.objspace.exceptions import (OperationError, operr, w_AttributeError, w_MemoryError,
                                      w_OverflowError, w_TypeError)
from ouro.objspace.floatobject import W_FloatObject, wrap_float
from ouro.objspace.gateway import register
from ouro.objspace.intobject import W_IntObject, int_sign, is_int, wrap_int
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.strobject import W_StrObject, c_int_w, decode_bytes

KIND_FUNCTION = 0
KIND_AGGREGATE = 1
KIND_COLLATION = 2
KIND_HOOK = 3           # authorizer, progress handler, trace callback
SQLITE_DENY = 1


class Entry:
    """A registered callable: what SQLite knows by its id."""
    kind: int
    w_callable: W_Root

    def __init__(self, kind: int, w_callable: W_Root) -> None:
        self.kind = kind
        self.w_callable = w_callable


class Registry:
    entries: dict[int, Entry]
    aggregates: dict[int, W_Root]
    next_id: int
    next_agg: int
    pending: OperationError | None

    def __init__(self) -> None:
        self.entries = {}
        self.aggregates = {}
        self.next_id = 1
        self.next_agg = 1
        self.pending = None

    def add(self, kind: int, w_callable: W_Root) -> int:
        ident = self.next_id
        self.next_id += 1
        self.entries[ident] = Entry(kind, w_callable)
        return ident


REGISTRY = Registry()


def take_pending() -> OperationError | None:
    e = REGISTRY.pending
    REGISTRY.pending = None
    return e


# ------------------------------------------------------------ values

def build_params() -> list[W_Root]:
    """_pysqlite_build_py_params."""
    args_w: list[W_Root] = []
    for i in range(rsqlite.value_count()):
        t = rsqlite.value_type(i)
        if t == rsqlite.SQLITE_INTEGER:
            args_w.append(wrap_int(rsqlite.value_int64(i)))
        elif t == rsqlite.SQLITE_FLOAT:
            args_w.append(wrap_float(rsqlite.value_double(i)))
        elif t == rsqlite.SQLITE_TEXT:
            args_w.append(space.wrap_str(decode_bytes(rsqlite.value_bytes(i), "utf-8",
                                                      "strict")))
        elif t == rsqlite.SQLITE_BLOB:
            args_w.append(wrap_bytes(rsqlite.value_bytes(i)))
        else:
            args_w.append(w_None)
    return args_w


def set_result(w_val: W_Root) -> None:
    """_pysqlite_set_result (raises what CPython returns -1 for)."""
    if w_val is w_None:
        rsqlite.result_null()
    elif is_int(w_val):
        if not isinstance(w_val, W_IntObject):
            raise operr(w_OverflowError, "Python int too large to convert to SQLite INTEGER")
        rsqlite.result_int64(w_val.intval)
    elif isinstance(w_val, W_FloatObject):
        rsqlite.result_double(w_val.floatval)
    elif isinstance(w_val, W_StrObject):
        rsqlite.result_text(w_val.as_str())
    else:
        data = buffer_or_none(w_val)
        if data is None:
            raise operr(w_ProgrammingError, "User-defined functions cannot return '%s' values "
                        "to SQLite" % type_name(w_val))
        rsqlite.result_blob(data)


def report(e: OperationError, w_where: W_Root) -> None:
    """print_or_clear_traceback."""
    if STATE.callback_tracebacks:
        # PyErr_WriteUnraisable: an exception without a traceback (a
        # built-in callable's) shows the running frame
        f = get_ec().topframe
        if e.w_value.traceback is None and f is not None:
            f.record_traceback(e)
        unraisable(e, w_where)


def set_error(e: OperationError, msg: str, w_where: W_Root) -> None:
    """set_sqlite_error."""
    if e.match(w_MemoryError):
        rsqlite.result_error_nomem()
    elif e.match(w_OverflowError):
        rsqlite.result_error_toobig()
    else:
        rsqlite.result_error(msg)
    report(e, w_where)


# ------------------------------------------------------------ the callback

def dispatch(kind: int, ident: int) -> int:
    """What SQLite's calls reach (rsqlite.set_callback); never raises."""
    try:
        return run_callback(kind, ident)
    except OperationError as e:
        # a failure while reporting a failure: nothing left to tell SQLite
        if REGISTRY.pending is None:
            REGISTRY.pending = e
        return 0


def run_callback(kind: int, ident: int) -> int:
    if kind == rsqlite.CB_DESTROY:
        if ident in REGISTRY.entries:
            del REGISTRY.entries[ident]
        return 0
    entry = REGISTRY.entries.get(ident, None)
    if entry is None:
        return 0
    if kind == rsqlite.CB_FUNC:
        call_function(entry)
    elif kind == rsqlite.CB_STEP:
        step(entry)
    elif kind == rsqlite.CB_FINAL:
        final(entry)
    elif kind == rsqlite.CB_COLLATE:
        return collate(entry)
    elif kind == rsqlite.CB_VALUE:
        window_value(entry)
    elif kind == rsqlite.CB_INVERSE:
        window_inverse(entry)
    elif kind == rsqlite.CB_AUTHORIZE:
        return authorize(entry)
    elif kind == rsqlite.CB_PROGRESS:
        return progress(entry)
    elif kind == rsqlite.CB_TRACE:
        trace(entry)
    return 0


def call_function(entry: Entry) -> None:
    try:
        w_res = space.call_function(entry.w_callable, build_params())
        set_result(w_res)
    except OperationError as e:
        set_error(e, "user-defined function raised exception", entry.w_callable)


def step(entry: Entry) -> None:
    agg = rsqlite.agg_id()
    if agg == 0:
        try:
            w_inst = space.call_function(entry.w_callable, [])
        except OperationError as e:
            set_error(e, "user-defined aggregate's '__init__' method raised error",
                      entry.w_callable)
            return
        agg = REGISTRY.next_agg
        REGISTRY.next_agg += 1
        REGISTRY.aggregates[agg] = w_inst
        rsqlite.agg_set_id(agg)
    w_inst = REGISTRY.aggregates[agg]
    try:
        w_step = space.getattr(w_inst, "step")
    except OperationError as e:
        set_error(e, "user-defined aggregate's 'step' method not defined", entry.w_callable)
        return
    try:
        space.call_function(w_step, build_params())
    except OperationError as e:
        set_error(e, "user-defined aggregate's 'step' method raised error", entry.w_callable)


def final(entry: Entry) -> None:
    agg = rsqlite.agg_id()
    if agg == 0:
        return      # no rows (step never ran), or __init__ failed
    w_inst = REGISTRY.aggregates.pop(agg)
    try:
        w_res = space.call_method(w_inst, "finalize", [])
        set_result(w_res)
    except OperationError as e:
        if e.match(w_AttributeError):
            msg = "user-defined aggregate's 'finalize' method not defined"
        else:
            msg = "user-defined aggregate's 'finalize' method raised error"
        set_error(e, msg, entry.w_callable)


def window_value(entry: Entry) -> None:
    agg = rsqlite.agg_id()
    w_inst = REGISTRY.aggregates.get(agg, None)
    if w_inst is None:
        rsqlite.result_null()
        return
    try:
        w_res = space.call_method(w_inst, "value", [])
    except OperationError as e:
        if e.match(w_AttributeError):
            msg = "user-defined aggregate's 'value' method not defined"
        else:
            msg = "user-defined aggregate's 'value' method raised error"
        set_error(e, msg, entry.w_callable)
        return
    try:
        set_result(w_res)
    except OperationError as e:
        set_error(e, "unable to set result from user-defined aggregate's 'value' method",
                  entry.w_callable)


def window_inverse(entry: Entry) -> None:
    agg = rsqlite.agg_id()
    w_inst = REGISTRY.aggregates.get(agg, None)
    if w_inst is None:
        return
    try:
        w_inverse = space.getattr(w_inst, "inverse")
    except OperationError as e:
        set_error(e, "user-defined aggregate's 'inverse' method not defined", entry.w_callable)
        return
    try:
        space.call_function(w_inverse, build_params())
    except OperationError as e:
        set_error(e, "user-defined aggregate's 'inverse' method raised error",
                  entry.w_callable)


def collate(entry: Entry) -> int:
    """collation_callback: the sign of the callable's result; 0 after an
    exception, which then waits for the statement's step to return."""
    if REGISTRY.pending is not None:
        return 0
    try:
        w_a = space.wrap_str(decode_bytes(rsqlite.collation_arg(0), "utf-8", "strict"))
        w_b = space.wrap_str(decode_bytes(rsqlite.collation_arg(1), "utf-8", "strict"))
        w_res = space.call_function(entry.w_callable, [w_a, w_b])
    except OperationError as e:
        REGISTRY.pending = e
        return 0
    if isinstance(w_res, W_IntObject):
        if w_res.intval > 0:
            return 1
        if w_res.intval < 0:
            return -1
        return 0
    if is_int(w_res):
        return int_sign(w_res)
    return 0


def optional_str(i: int) -> W_Root:
    text = rsqlite.call_str(i)
    return space.wrap_str(text) if text is not None else w_None


def authorize(entry: Entry) -> int:
    """authorizer_callback: the callable's int, SQLITE_DENY after an
    error or for anything else."""
    try:
        w_res = space.call_function(entry.w_callable, [
            wrap_int(rsqlite.auth_action()), optional_str(0), optional_str(1), optional_str(2),
            optional_str(3)])
    except OperationError as e:
        report(e, entry.w_callable)
        return SQLITE_DENY
    if not is_int(w_res):
        return SQLITE_DENY
    try:
        return c_int_w(w_res)
    except OperationError as e:
        report(e, entry.w_callable)
        return SQLITE_DENY


def progress(entry: Entry) -> int:
    """progress_callback: non-zero (a true result, or an error) aborts."""
    try:
        w_res = space.call_function(entry.w_callable, [])
        return 1 if space.is_true(w_res) else 0
    except OperationError as e:
        report(e, entry.w_callable)
        return -1


def trace(entry: Entry) -> None:
    try:
        space.call_function(entry.w_callable, [optional_str(0)])
    except OperationError as e:
        report(e, entry.w_callable)


def install() -> None:
    """Run time (the module's creation): SQLite's calls reach dispatch."""
    rsqlite.set_callback(dispatch)


# ------------------------------------------------------------ methods

def register_function(con: W_Connection, name: str, narg: int, flags: int, kind: int,
                      w_obj: W_Root, aggregate: bool) -> int:
    """rsqlite.create_function for a callable (or an aggregate class)
    under a new registry id; once more after collecting dead statements
    when SQLite refuses (a statement in progress): the failed call
    destroyed the first id.  SQLite's result code."""
    ident = REGISTRY.add(kind, w_obj)
    rc = rsqlite.create_function(con.db, name, narg, flags, ident, aggregate)
    if rc != rsqlite.SQLITE_OK and collect_dead_statements(con):
        ident = REGISTRY.add(kind, w_obj)
        rc = rsqlite.create_function(con.db, name, narg, flags, ident, aggregate)
    return rc


def connection_create_function(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "create_function")
    w_name = slots[1]
    w_func = slots[3]
    assert w_name is not None and w_func is not None
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "create_function() argument 'name' must be str, not %s"
                    % type_name(w_name))
    narg = c_int_w(slots[2]) if slots[2] is not None else 0
    deterministic = slots[4] is not None and space.is_true(slots[4])
    check_usable(con)
    flags = rsqlite.SQLITE_UTF8
    if deterministic:
        flags |= rsqlite.SQLITE_DETERMINISTIC
    # None is registered like any callable (calling it fails), as in CPython
    rc = register_function(con, w_name.as_str(), narg, flags, KIND_FUNCTION, w_func, False)
    if rc != rsqlite.SQLITE_OK:
        raise operr(w_OperationalError, "Error creating function")
    return w_None


def connection_create_aggregate(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "create_aggregate")
    w_name = slots[1]
    w_cls = slots[3]
    assert w_name is not None and w_cls is not None
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "create_aggregate() argument 'name' must be str, not %s"
                    % type_name(w_name))
    narg = c_int_w(slots[2]) if slots[2] is not None else 0
    check_usable(con)
    rc = register_function(con, w_name.as_str(), narg, rsqlite.SQLITE_UTF8, KIND_AGGREGATE, w_cls,
                           True)
    if rc != rsqlite.SQLITE_OK:
        raise operr(w_OperationalError, "Error creating aggregate")
    return w_None


def connection_create_window_function(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "create_window_function")
    w_name = slots[1]
    w_cls = slots[3]
    assert w_name is not None and w_cls is not None
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "create_window_function() argument 1 must be str, not %s"
                    % type_name(w_name))
    narg = c_int_w(slots[2]) if slots[2] is not None else 0
    check_usable(con)
    flags = rsqlite.SQLITE_UTF8
    if w_cls is w_None:
        rc = rsqlite.create_window_function(con.db, w_name.as_str(), narg, flags, -1)
    else:
        ident = REGISTRY.add(KIND_AGGREGATE, w_cls)
        rc = rsqlite.create_window_function(con.db, w_name.as_str(), narg, flags, ident)
    if rc != rsqlite.SQLITE_OK:
        # the error is not set on the connection: SQLite's text for the code
        raise operr(w_ProgrammingError, rsqlite.errstr(rc))
    return w_None


def connection_create_collation(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "create_collation")
    w_name = slots[1]
    w_callable = slots[2]
    assert w_name is not None and w_callable is not None
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "create_collation() argument 1 must be str, not %s"
                    % type_name(w_name))
    check_usable(con)
    if w_callable is w_None:
        rc = rsqlite.create_collation(con.db, w_name.as_str(), -1)
        if rc != rsqlite.SQLITE_OK and collect_dead_statements(con):
            rc = rsqlite.create_collation(con.db, w_name.as_str(), -1)
    else:
        if not space.callable_w(w_callable):
            raise operr(w_TypeError, "parameter must be callable")
        ident = REGISTRY.add(KIND_COLLATION, w_callable)
        rc = rsqlite.create_collation(con.db, w_name.as_str(), ident)
        if rc != rsqlite.SQLITE_OK and collect_dead_statements(con):
            rc = rsqlite.create_collation(con.db, w_name.as_str(), ident)
        if rc != rsqlite.SQLITE_OK and ident in REGISTRY.entries:
            # SQLite does not call the destructor when it fails
            del REGISTRY.entries[ident]
    if rc != rsqlite.SQLITE_OK:
        raise_db_error(con.db)
    return w_None



register(w_connection_type, "create_function(self, name, narg, func, *, deterministic=)",
         connection_create_function)
register(w_connection_type, "create_aggregate(self, name, n_arg, aggregate_class)",
         connection_create_aggregate)
register(w_connection_type, "create_window_function(self, name, num_params, aggregate_class, /)",
         connection_create_window_function)
register(w_connection_type, "create_collation(self, name, callable, /)",
         connection_create_collation)


def replace_hook(con: W_Connection, which: int, w_callable: W_Root) -> int:
    """The id for a connection's authorizer/progress/trace callable
    (-1 for None), the previous one dropped from the registry."""
    old = con.hook_ids[which]
    if old > 0 and old in REGISTRY.entries:
        del REGISTRY.entries[old]
    if w_callable is w_None:
        con.hook_ids[which] = 0
        return -1
    ident = REGISTRY.add(KIND_HOOK, w_callable)
    con.hook_ids[which] = ident
    return ident


def drop_hooks(con: W_Connection) -> None:
    for which in range(len(con.hook_ids)):
        old = con.hook_ids[which]
        if old > 0 and old in REGISTRY.entries:
            del REGISTRY.entries[old]
        con.hook_ids[which] = 0


def connection_set_authorizer(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "set_authorizer")
    w_callable = slots[1]
    assert w_callable is not None
    check_usable(con)
    rc = rsqlite.set_authorizer(con.db, replace_hook(con, HOOK_AUTHORIZER, w_callable))
    if rc != rsqlite.SQLITE_OK:
        raise operr(w_OperationalError, "Error setting authorizer callback")
    return w_None


def connection_set_progress_handler(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "set_progress_handler")
    w_callable = slots[1]
    assert w_callable is not None
    n = c_int_w(slots[2]) if slots[2] is not None else 0
    check_usable(con)
    rsqlite.set_progress_handler(con.db, n, replace_hook(con, HOOK_PROGRESS, w_callable))
    return w_None


def connection_set_trace_callback(slots: list[W_Root | None]) -> W_Root:
    con = as_connection(slots[0], "set_trace_callback")
    w_callable = slots[1]
    assert w_callable is not None
    check_usable(con)
    rsqlite.set_trace(con.db, replace_hook(con, HOOK_TRACE, w_callable))
    return w_None


register(w_connection_type, "set_authorizer(self, authorizer_callback)",
         connection_set_authorizer)
register(w_connection_type, "set_progress_handler(self, progress_handler, n)",
         connection_set_progress_handler)
register(w_connection_type, "set_trace_callback(self, trace_callback)",
         connection_set_trace_callback)
