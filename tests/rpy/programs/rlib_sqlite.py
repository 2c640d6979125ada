"""rpy.rlib.rsqlite: opening a connection, preparing, binding every
value type, stepping and reading columns, errors with SQLite's codes and
messages, the tail after a statement, autocommit and changes, busy
statements, and the callbacks: a scalar function, an aggregate, a
collation (also with a collection inside the callback), the destroy
calls, the authorizer, progress handler and trace callback; backups and
blob handles."""
from __future__ import annotations

from rpy.rlib import rsqlite


class CallState:
    """The program's side of the callbacks: what each id is."""
    kinds: dict[int, str]
    sums: dict[int, int]
    next_agg: int
    destroyed: list[int]
    progress: int

    def __init__(self) -> None:
        self.kinds = {}
        self.sums = {}
        self.next_agg = 1
        self.destroyed = []
        self.progress = 0

    def destroyed_ids(self) -> str:
        parts: list[str] = []
        for i in self.destroyed:
            parts.append(str(i))
        return " ".join(parts)


Calls = CallState()


def callback(kind: int, ident: int) -> int:
    if kind == rsqlite.CB_DESTROY:
        Calls.destroyed.append(ident)
        return 0
    if kind == rsqlite.CB_COLLATE:
        a = rsqlite.collation_arg(0)
        b = rsqlite.collation_arg(1)
        garbage: list[list[int]] = []
        for i in range(2000):      # collections while SQLite waits for us
            garbage.append([i] * 10)
        # reversed order
        if a < b:
            return 1
        if a > b:
            return -1
        return 0
    if kind == rsqlite.CB_AUTHORIZE:
        a1 = rsqlite.call_str(0)
        print("  auth", rsqlite.auth_action(), a1, rsqlite.call_str(1), rsqlite.call_str(2),
              rsqlite.call_str(3) is None)
        if a1 is not None and a1 == "secret":
            return 1        # SQLITE_DENY
        return 0
    if kind == rsqlite.CB_PROGRESS:
        Calls.progress += 1
        return 1 if Calls.progress > 3 else 0
    if kind == rsqlite.CB_TRACE:
        print("  trace", rsqlite.call_str(0))
        return 0
    if kind == rsqlite.CB_FUNC:
        n = rsqlite.value_count()
        if Calls.kinds[ident] == "fail":
            rsqlite.result_error("boom")
            return 0
        parts: list[str] = []
        for i in range(n):
            t = rsqlite.value_type(i)
            if t == rsqlite.SQLITE_INTEGER:
                parts.append("i%d" % rsqlite.value_int64(i))
            elif t == rsqlite.SQLITE_FLOAT:
                parts.append("f%s" % rsqlite.value_double(i))
            elif t == rsqlite.SQLITE_NULL:
                parts.append("null")
            else:
                parts.append("b%d" % len(rsqlite.value_bytes(i)))
        rsqlite.result_text(",".join(parts))
        return 0
    if kind == rsqlite.CB_STEP:
        a = rsqlite.agg_id()
        if a == 0:
            a = Calls.next_agg
            Calls.next_agg = a + 1
            rsqlite.agg_set_id(a)
            Calls.sums[a] = 0
        Calls.sums[a] = Calls.sums[a] + rsqlite.value_int64(0)
        return 0
    if kind == rsqlite.CB_FINAL:
        a = rsqlite.agg_id()
        if a == 0:
            rsqlite.result_null()
        else:
            rsqlite.result_int64(Calls.sums.pop(a) * 10)
        return 0
    return 0


def check(db: int, rc: int, what: str) -> None:
    if rc != rsqlite.SQLITE_OK and rc != rsqlite.SQLITE_DONE and rc != rsqlite.SQLITE_ROW:
        print(what, "failed:", rc, rsqlite.errcode(db), rsqlite.errmsg(db))


def run(db: int, sql: str) -> None:
    st = rsqlite.prepare(db, sql)
    if st == 0:
        print("prepare", repr(sql), "rc", rsqlite.last_rc(), rsqlite.errmsg(db))
        return
    while True:
        rc = rsqlite.step(st)
        if rc != rsqlite.SQLITE_ROW:
            check(db, rc, sql)
            break
        cols: list[str] = []
        for i in range(rsqlite.data_count(st)):
            t = rsqlite.column_type(st, i)
            if t == rsqlite.SQLITE_INTEGER:
                cols.append(str(rsqlite.column_int64(st, i)))
            elif t == rsqlite.SQLITE_FLOAT:
                cols.append(str(rsqlite.column_double(st, i)))
            elif t == rsqlite.SQLITE_NULL:
                cols.append("NULL")
            elif t == rsqlite.SQLITE_TEXT:
                cols.append(repr(rsqlite.column_bytes(st, i).decode("utf-8")))
            else:
                cols.append(repr(rsqlite.column_bytes(st, i)))
        print("  row", " | ".join(cols))
    rsqlite.finalize(st)


def basics(db: int) -> None:
    run(db, "create table t (a integer, b real, c text, d blob, e)")
    st = rsqlite.prepare(db, "insert into t values (?, ?, :c, ?4, ?)")
    print("params", rsqlite.bind_parameter_count(st), rsqlite.bind_parameter_name(st, 1),
          rsqlite.bind_parameter_name(st, 3), rsqlite.bind_parameter_name(st, 4))
    print("readonly", rsqlite.stmt_readonly(st), "tail", repr(rsqlite.prepare_tail()))
    check(db, rsqlite.bind_int64(st, 1, 9223372036854775807), "bind")
    check(db, rsqlite.bind_double(st, 2, 2.5), "bind")
    check(db, rsqlite.bind_text(st, 3, "h\u00e9llo \u20ac"), "bind")
    check(db, rsqlite.bind_blob(st, 4, b"\x00\x01\xff"), "bind")
    check(db, rsqlite.bind_null(st, 5), "bind")
    print("range", rsqlite.bind_null(st, 6), rsqlite.errmsg(db))
    print("step", rsqlite.step(st), "changes", rsqlite.changes(db),
          "rowid", rsqlite.last_insert_rowid(db))
    rsqlite.reset(st)
    rsqlite.clear_bindings(st)
    check(db, rsqlite.bind_int64(st, 1, -9223372036854775807 - 1), "bind")
    print("step", rsqlite.step(st), "total", rsqlite.total_changes(db))
    rsqlite.finalize(st)
    st = rsqlite.prepare(db, "select a, b as bee, c, d, e from t; select 2")
    print("tail", repr(rsqlite.prepare_tail()), "readonly", rsqlite.stmt_readonly(st))
    for i in range(rsqlite.column_count(st)):
        print("column", rsqlite.column_name(st, i), rsqlite.column_decltype(st, i))
    rsqlite.finalize(st)
    run(db, "select a, b, c, d, e from t")
    run(db, "select 1.0/3, 10000000000 * 3, 'x' || 'y', x'cafe', null, typeof(1.5)")


def errors(db: int) -> None:
    run(db, "select * from nosuch")
    run(db, "selec 1")
    run(db, "create table u (x unique)")
    run(db, "insert into u values (1)")
    run(db, "insert into u values (1)")
    print("errcode", rsqlite.errcode(db), rsqlite.errstr(19))
    print("empty", rsqlite.prepare(db, "  -- nothing"), rsqlite.last_rc())
    print("complete", rsqlite.complete("select 1;"), rsqlite.complete("select 1"))
    print("autocommit", rsqlite.get_autocommit(db))
    run(db, "begin")
    print("autocommit", rsqlite.get_autocommit(db))
    run(db, "rollback")
    st = rsqlite.prepare(db, "select 1 union select 2")
    print("busy", rsqlite.busy_statements(db), rsqlite.step(st), rsqlite.busy_statements(db))
    rsqlite.reset(st)
    print("busy after reset", rsqlite.busy_statements(db))
    rsqlite.finalize(st)
    bad = rsqlite.open("/nonexistent/dir/x.db", rsqlite.SQLITE_OPEN_READWRITE)
    print("open", rsqlite.last_rc(), rsqlite.errcode(bad), rsqlite.errmsg(bad))
    rsqlite.close(bad)


def callbacks(db: int) -> None:
    rsqlite.set_callback(callback)
    Calls.kinds[7] = "show"
    Calls.kinds[8] = "fail"
    check(db, rsqlite.create_function(db, "show", -1, rsqlite.SQLITE_UTF8, 7, False), "create")
    check(db, rsqlite.create_function(db, "fail", 0, rsqlite.SQLITE_UTF8, 8, False), "create")
    check(db, rsqlite.create_function(db, "tensum", 1, rsqlite.SQLITE_UTF8, 9, True), "create")
    check(db, rsqlite.create_collation(db, "rev", 10), "create")
    run(db, "select show(1, 2.5, null, 'abc', x'00')")
    run(db, "select fail()")
    run(db, "create table n (v)")
    run(db, "insert into n values (1), (2), (3), (40)")
    run(db, "select tensum(v) from n")
    run(db, "select tensum(v) from n where v > 100")
    run(db, "select show(tensum(v)) from n")
    run(db, "select c from (select 'a' c union select 'c' union select 'b') order by c collate rev")
    check(db, rsqlite.create_function(db, "show", -1, rsqlite.SQLITE_UTF8, -1, False), "delete")
    run(db, "select show(1)")
    print("destroyed", Calls.destroyed_ids())
    run(db, "create table secret (x)")
    print("authorizer", rsqlite.set_authorizer(db, 11))
    run(db, "select x from secret")
    run(db, "select v from n where v > 30")
    rsqlite.set_authorizer(db, -1)
    rsqlite.set_trace(db, 12)
    st = rsqlite.prepare(db, "select ? + 1")
    rsqlite.bind_int64(st, 1, 41)
    print("step", rsqlite.step(st), rsqlite.column_int64(st, 0))
    rsqlite.finalize(st)
    rsqlite.set_trace(db, -1)
    rsqlite.set_progress_handler(db, 1, 13)
    run(db, "with recursive c(i) as (select 1 union all select i + 1 from c) "
            "select count(*) from c")
    rsqlite.set_progress_handler(db, 0, -1)


def backup_and_blobs(db: int) -> None:
    dst = rsqlite.open(":memory:", rsqlite.SQLITE_OPEN_READWRITE | rsqlite.SQLITE_OPEN_CREATE)
    b = rsqlite.backup_init(dst, db, "main")
    rc = rsqlite.backup_step(b, 1)
    print("backup step", rc, rsqlite.backup_remaining(b) >= 0, rsqlite.backup_pagecount(b) > 0)
    while rc == rsqlite.SQLITE_OK:
        rc = rsqlite.backup_step(b, 1)
    print("backup done", rc, rsqlite.backup_finish(b))
    run(dst, "select count(*) from n")
    print("bad backup", rsqlite.backup_init(dst, db, "nope"), rsqlite.errmsg(dst))
    rsqlite.close(dst)
    run(db, "create table bl (data blob)")
    run(db, "insert into bl values (zeroblob(8))")
    h = rsqlite.blob_open(db, "main", "bl", "data", 1, True)
    print("blob", rsqlite.last_rc(), rsqlite.blob_bytes(h))
    print("write", rsqlite.blob_write(h, b"abcd", 2))
    print("read", rsqlite.blob_read(h, 6, 1), rsqlite.last_rc())
    print("read past", rsqlite.blob_read(h, 6, 5), rsqlite.last_rc())
    print("close", rsqlite.blob_close(h))
    print("no row", rsqlite.blob_open(db, "main", "bl", "data", 9, False), rsqlite.last_rc(),
          rsqlite.errmsg(db))
    run(db, "select data from bl")


def entry_point(argv: list[str]) -> int:
    print("version", rsqlite.libversion().count(".") == 2, rsqlite.libversion_number() > 3000000)
    db = rsqlite.open(":memory:", rsqlite.SQLITE_OPEN_READWRITE | rsqlite.SQLITE_OPEN_CREATE)
    print("open", rsqlite.last_rc())
    basics(db)
    errors(db)
    callbacks(db)
    backup_and_blobs(db)
    print("close", rsqlite.close(db), "destroyed", Calls.destroyed_ids())
    return 0
