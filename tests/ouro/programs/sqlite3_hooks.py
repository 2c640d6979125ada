"""sqlite3: set_authorizer (the action codes and names, SQLITE_DENY and
SQLITE_IGNORE, errors), set_progress_handler (aborting a query),
set_trace_callback (statements with their parameters), and removing
each with None."""
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table public (a, b)")
con.execute("create table secret (password)")
con.execute("insert into public values (1, 2)")
con.execute("insert into secret values ('hunter2')")
seen = []


def authorizer(action, arg1, arg2, dbname, source):
    seen.append((action, arg1, arg2, dbname, source))
    if arg1 == "secret":
        return sqlite3.SQLITE_DENY
    if arg2 == "b":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


con.set_authorizer(authorizer)
print(con.execute("select a, b from public").fetchall())
print(seen)
for sql in ["select * from secret", "insert into secret values ('x')"]:
    try:
        con.execute(sql)
    except sqlite3.DatabaseError as e:
        print(type(e).__name__, e, e.sqlite_errorname)
con.set_authorizer(lambda *args: 1 / 0)
try:
    con.execute("select a from public")
except sqlite3.DatabaseError as e:
    print("raising authorizer:", type(e).__name__, e)
con.set_authorizer(lambda *args: "yes")
try:
    con.execute("select a from public")
except sqlite3.DatabaseError as e:
    print("str authorizer:", type(e).__name__, e)
con.set_authorizer(None)
print(con.execute("select * from secret").fetchall())

calls = []


def progress():
    calls.append(1)
    return len(calls) > 5


con.set_progress_handler(progress, 1)
try:
    con.execute("with recursive c(i) as (select 1 union all select i + 1 from c) "
                "select count(*) from c").fetchone()
except sqlite3.OperationalError as e:
    print("progress:", e, len(calls))
con.set_progress_handler(lambda: 1 / 0, 1)
try:
    con.execute("select count(*) from public").fetchone()
except sqlite3.OperationalError as e:
    print("raising progress:", e)
con.set_progress_handler(None, 1)
print(con.execute("select count(*) from public").fetchone())

traced = []
con.set_trace_callback(traced.append)
con.execute("insert into public values (?, ?)", (3, "it's"))
con.execute("select * from public where a = :a", {"a": 3}).fetchall()
con.commit()
con.executescript("create table t2 (x); drop table t2;")
con.set_trace_callback(None)
con.execute("select 1")
for t in traced:
    print("trace:", t)
con.set_trace_callback(lambda s: 1 / 0)
print(con.execute("select 2").fetchone())
con.close()
