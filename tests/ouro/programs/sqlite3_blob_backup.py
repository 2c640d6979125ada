"""sqlite3: Connection.blobopen and sqlite3.Blob (read, write, seek,
tell, len, indexing, slices, assignment, the context manager, readonly,
errors with CPython's messages, closed blobs), and Connection.backup
(pages, progress, errors)."""
import sqlite3


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", repr(r))


con = sqlite3.connect(":memory:")
con.execute("create table b (id integer primary key, data blob)")
con.execute("insert into b values (1, zeroblob(10))")
con.execute("insert into b values (2, 'hello world')")
con.commit()
blob = con.blobopen("b", "data", 1)
attempt("type", lambda: type(blob).__name__)
attempt("len", lambda: len(blob))
attempt("read", lambda: blob.read())
attempt("tell", lambda: blob.tell())
attempt("seek", lambda: blob.seek(0))
attempt("write", lambda: blob.write(b"abc"))
attempt("tell", lambda: blob.tell())
attempt("read2", lambda: blob.read(2))
attempt("seek cur", lambda: blob.seek(-5, 1))
attempt("tell", lambda: blob.tell())
attempt("seek end", lambda: blob.seek(-1, 2))
attempt("seek bad", lambda: blob.seek(100))
attempt("seek neg", lambda: blob.seek(-100))
attempt("seek origin", lambda: blob.seek(0, 7))
attempt("write long", lambda: blob.write(b"x" * 20))
attempt("idx", lambda: blob[0])
attempt("idx neg", lambda: blob[-1])
attempt("idx out", lambda: blob[10])
attempt("slice", lambda: blob[0:4])
attempt("slice step", lambda: blob[::3])
attempt("slice empty", lambda: blob[5:2])
attempt("setitem", lambda: blob.__setitem__(1, 66))
attempt("setitem bad", lambda: blob.__setitem__(1, 300))
attempt("setitem type", lambda: blob.__setitem__(1, b"x"))
attempt("setslice", lambda: blob.__setitem__(slice(0, 2), b"zz"))
attempt("setslice step", lambda: blob.__setitem__(slice(4, 10, 2), b"123"))
attempt("setslice bad", lambda: blob.__setitem__(slice(0, 2), b"zzz"))
attempt("delitem", lambda: blob.__delitem__(0))
attempt("idx type", lambda: blob["a"])
attempt("read all", lambda: (blob.seek(0), blob.read())[1])
attempt("read neg", lambda: (blob.seek(8), blob.read(-1))[1])
attempt("read past", lambda: (blob.seek(10), blob.read(5))[1])
attempt("write str", lambda: blob.write("str"))
attempt("enter", lambda: blob.__enter__() is blob)
attempt("exit", lambda: blob.__exit__(None, None, None))
attempt("closed read", lambda: blob.read())
attempt("closed len", lambda: len(blob))
attempt("closed close", lambda: blob.close())
attempt("ro", lambda: con.blobopen("b", "data", 2, readonly=True).write(b"x"))
attempt("no row", lambda: con.blobopen("b", "data", 99))
attempt("no table", lambda: con.blobopen("nope", "data", 1))
attempt("name", lambda: con.blobopen("b", "data", 1, name="temp"))
with con.blobopen("b", "data", 2) as bl:
    print(bl.read(5), bl[6:])
attempt("after with", lambda: bl.read())
print(con.execute("select data from b order by id").fetchall())
kept = con.blobopen("b", "data", 2)
con.close()
attempt("blob of closed connection", lambda: kept.read())

con = sqlite3.connect(":memory:")
con.execute("create table t (x)")
con.executemany("insert into t values (?)", [(i,) for i in range(2000)])
con.commit()
dst = sqlite3.connect(":memory:")
progress = []
attempt("backup", lambda: con.backup(dst, pages=1, progress=lambda *a: progress.append(a)))
print(progress[0], progress[-1], len(progress) > 1)
attempt("dst", lambda: dst.execute("select count(*), sum(x) from t").fetchone())
dst2 = sqlite3.connect(":memory:")
attempt("backup all", lambda: con.backup(dst2))
attempt("dst2", lambda: dst2.execute("select count(*) from t").fetchone())
attempt("backup self", lambda: con.backup(con))
attempt("backup type", lambda: con.backup(1))
attempt("backup prog", lambda: con.backup(dst, progress=1))
attempt("backup name", lambda: con.backup(dst, name="nope"))


def boom(*args):
    raise ZeroDivisionError("stop")


attempt("backup raise", lambda: con.backup(dst, progress=boom))
dst.close()
attempt("backup closed", lambda: con.backup(dst))
