"""sqlite3: implicit transactions as CPython 3.11 opens them (BEGIN
before INSERT/UPDATE/DELETE/REPLACE when isolation_level is not None,
never before SELECT or DDL), isolation levels, autocommit with None,
commit/rollback, the context manager, executescript's COMMIT, and two
connections to one database file (timeout, locking, uri)."""
import os
import sqlite3
import tempfile

con = sqlite3.connect(":memory:")
print(repr(con.isolation_level), con.in_transaction)
con.execute("create table t (x)")
print("after DDL", con.in_transaction)
con.execute("select * from t")
print("after SELECT", con.in_transaction)
con.execute("insert into t values (1)")
print("after INSERT", con.in_transaction)
con.commit()
print("after commit", con.in_transaction)
con.execute("  -- comment\n  UPDATE t set x = 2")
print("after UPDATE with comment", con.in_transaction)
con.rollback()
print(con.execute("select x from t").fetchall())
con.commit()
con.commit()
con.rollback()

for level in ["DEFERRED", "immediate", "Exclusive", ""]:
    con.isolation_level = level
    con.execute("insert into t values (3)")
    print(repr(level), "->", repr(con.isolation_level), con.in_transaction)
    con.rollback()

con.isolation_level = None
print("autocommit", repr(con.isolation_level))
con.execute("insert into t values (4)")
print("after INSERT", con.in_transaction)
con.execute("begin")
con.execute("delete from t")
print("explicit begin", con.in_transaction)
con.execute("rollback")
print(con.execute("select x from t order by x").fetchall())

con.isolation_level = "DEFERRED"
con.execute("insert into t values (5)")
con.isolation_level = None       # commits the pending transaction
print("set None", con.in_transaction, con.execute("select count(*) from t").fetchone())
con.isolation_level = ""

with con:
    con.execute("insert into t values (6)")
print("with ok", con.in_transaction, con.execute("select max(x) from t").fetchone())
try:
    with con:
        con.execute("insert into t values (7)")
        raise ValueError("boom")
except ValueError as e:
    print("with error", e, con.in_transaction, con.execute("select max(x) from t").fetchone())
print(con.__enter__() is con, con.__exit__(None, None, None))

con.execute("insert into t values (8)")
print("before script", con.in_transaction)
con.executescript("insert into t values (9); insert into t values (10);")
print("after script", con.in_transaction, con.execute("select count(*) from t").fetchone())
con.executescript("""
    create table s (a, b);
    insert into s values (1, 'one');
    -- a comment
    insert into s values (2, 'two');
""")
print(con.execute("select * from s").fetchall())
print(con.execute("select count(*) from t").fetchone(), con.total_changes)

c2 = sqlite3.connect(":memory:", isolation_level=None)
print(repr(c2.isolation_level))
c2.execute("create table t (x)")
c2.execute("insert into t values (1)")
print(c2.in_transaction)
c3 = sqlite3.connect(":memory:", isolation_level="IMMEDIATE")
print(repr(c3.isolation_level))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "test.db")
    a = sqlite3.connect(path, timeout=0.1)
    a.execute("create table t (x)")
    a.execute("insert into t values (1)")
    b = sqlite3.connect(path, timeout=0.1)
    print("b sees", b.execute("select count(*) from t").fetchone())
    a.commit()
    print("b sees", b.execute("select count(*) from t").fetchone())
    a.execute("insert into t values (2)")
    try:
        b.execute("insert into t values (3)")
    except sqlite3.OperationalError as e:
        print("locked:", e, e.sqlite_errorname)
    a.commit()
    b.execute("insert into t values (3)")
    b.commit()
    print(a.execute("select x from t order by x").fetchall())
    a.close()
    b.close()
    u = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    print(u.execute("select count(*) from t").fetchone())
    try:
        u.execute("insert into t values (4)")
    except sqlite3.OperationalError as e:
        print("read-only:", e, e.sqlite_errorcode)
    u.close()
    p = sqlite3.connect(database=__import__("pathlib").Path(path), detect_types=0)
    print(p.execute("select count(*) from t").fetchone())
    p.close()
    m = sqlite3.connect("file:mem1?mode=memory&cache=shared", uri=True)
    m.execute("create table q (y)")
    m.execute("insert into q values (42)")
    m.commit()
    m2 = sqlite3.connect("file:mem1?mode=memory&cache=shared", uri=True)
    print(m2.execute("select * from q").fetchall())
