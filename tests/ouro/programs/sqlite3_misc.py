"""sqlite3: connection and cursor subclasses (factory=), cursors left in
the middle of their rows (CPython resets their statements when they die:
DROP TABLE and COMMIT still work), check_same_thread, many rows through
the GC, limits, interrupt, the attributes of closed objects, and a
connection closed when it dies.""" 
import gc
import sqlite3
import threading


class MyConnection(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        self.opened_with = args
        super().__init__(*args, **kwargs)


class MyCursor(sqlite3.Cursor):
    def names(self):
        return [d[0] for d in self.description]


con = sqlite3.connect(":memory:", factory=MyConnection)
print(type(con).__name__, con.opened_with, isinstance(con, sqlite3.Connection))
cur = con.cursor(factory=MyCursor)
print(type(cur).__name__, cur.execute("select 1 as one, 2 as two").names(), cur.fetchall())
con.my_attribute = 5
print(con.my_attribute)

con.execute("create table big (i integer, s text)")
con.executemany("insert into big values (?, ?)", ((i, "row %d" % i) for i in range(20000)))
con.commit()
total = 0
count = 0
for i, s in con.execute("select i, s from big"):
    total += i
    count += len(s)
print(total, count, con.execute("select count(*) from big").fetchone())
print(con.execute("select s from big where i = ?", (12345,)).fetchone())

# cursors dropped in the middle of their rows
first = con.execute("select i from big order by i").fetchone()
print("first", first)
con.execute("select s from big").fetchmany(3)
con.execute("create table tmp (x)")
con.execute("drop table tmp")
print("dropped")
con.execute("insert into big values (-1, 'x')")
con.execute("select * from big").fetchone()
con.commit()
print("committed", con.in_transaction)
keep = con.execute("select i from big")
keep.fetchone()
try:
    con.execute("drop table big")
except sqlite3.OperationalError as e:
    print("live cursor:", e)
keep.close()
con.execute("drop table big")
print("dropped big")


def other_thread():
    try:
        con.execute("select 1")
    except sqlite3.ProgrammingError as e:
        print("thread:", str(e).split(".")[0])


t = threading.Thread(target=other_thread)
t.start()
t.join()
shared = sqlite3.connect(":memory:", check_same_thread=False)
result = []
t = threading.Thread(target=lambda: result.append(shared.execute("select 42").fetchone()))
t.start()
t.join()
print("shared", result)

print(con.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) > 0)
old = con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 100)
print(con.getlimit(sqlite3.SQLITE_LIMIT_LENGTH))
try:
    con.execute("select ?", ("x" * 200,)).fetchone()
except sqlite3.DataError as e:
    print("limit:", e)
con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, old)
con.interrupt()

c = sqlite3.connect(":memory:")
cu = c.cursor()
cu.execute("select 1")
c.close()
for attr in ["description", "rowcount", "lastrowid", "arraysize", "row_factory"]:
    print(attr, getattr(cu, attr))
for attr in ["row_factory", "text_factory"]:
    print(attr, getattr(c, attr))
try:
    cu.fetchone()
except sqlite3.ProgrammingError as e:
    print(e)
del c, cu
gc.collect()

# a connection dropped with its write transaction open is closed (and
# rolled back) when it dies: here at the collection, in CPython at once
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "x.db")
    setup = sqlite3.connect(path)
    setup.execute("create table t (x)")
    setup.commit()
    setup.close()

    def write_and_forget():
        w = sqlite3.connect(path)
        w.execute("insert into t values (1)")

    write_and_forget()
    gc.collect()
    other = sqlite3.connect(path, timeout=0)
    other.execute("insert into t values (2)")
    other.commit()
    print(other.execute("select x from t").fetchall())
    other.close()
print("done")

# calling a connection prepares a statement
con = sqlite3.connect(":memory:")
st = con("select 1")
print(type(st).__module__, type(st).__name__)
for args in [(), (1,), ("select 1", "x"), ("select 1; select 2",)]:
    try:
        con(*args)
    except Exception as e:
        print(type(e).__name__, e)

# the deprecated enable_shared_cache warns, then works
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(sqlite3.enable_shared_cache(False))
print([(w.category.__name__, str(w.message)[:40]) for w in caught])
