"""sqlite3: a cursor the program dropped in the middle of its rows (a
read lock) does not block another connection's write: CPython resets
its statement at once, ouro collects it when SQLite reports the database
locked.  A dropped connection with an open write transaction blocks in
both until a collection (CPython's connection is in a reference cycle)."""
import gc
import os
import sqlite3
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "locks.db")
    con = sqlite3.connect(path)
    con.execute("create table t (x)")
    con.executemany("insert into t values (?)", [(i,) for i in range(100)])
    con.commit()
    con.close()

    def peek():
        # the statement stays in the middle of its rows: a read lock
        return sqlite3.connect(path).execute("select x from t").fetchone()

    def write_and_forget(v):
        w = sqlite3.connect(path)
        w.execute("insert into t values (?)", (v,))    # a write lock, never committed

    print(peek())
    writer = sqlite3.connect(path, timeout=0.2)
    writer.execute("insert into t values (100)")
    writer.commit()
    print("written after a dropped reader")
    write_and_forget(-1)
    try:
        writer.execute("insert into t values (101)")
    except sqlite3.OperationalError as e:
        print("dropped writer:", e)
    gc.collect()
    writer.execute("insert into t values (101)")
    writer.commit()
    print("written after a collection")
    print(writer.execute("select count(*), min(x), max(x) from t").fetchone())
    writer.close()
