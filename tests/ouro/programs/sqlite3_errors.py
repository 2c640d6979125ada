"""sqlite3: the exception hierarchy and CPython's messages on the error
paths (SQL errors, constraint failures, bindings, closed objects,
argument types), with sqlite_errorcode and sqlite_errorname."""
import sqlite3

print([c.__name__ for c in sqlite3.OperationalError.__mro__])
for name in ["Warning", "Error", "InterfaceError", "DatabaseError", "DataError",
             "OperationalError", "IntegrityError", "InternalError", "ProgrammingError",
             "NotSupportedError"]:
    cls = getattr(sqlite3, name)
    print(name, cls.__module__, cls.__bases__[0].__name__, issubclass(cls, Exception))

con = sqlite3.connect(":memory:")
print(con.Error is sqlite3.Error, con.IntegrityError is sqlite3.IntegrityError)
con.execute("create table t (a integer unique, b text not null)")
con.execute("insert into t values (1, 'x')")


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e,
              getattr(e, "sqlite_errorcode", "-"), getattr(e, "sqlite_errorname", "-"))
    else:
        print(label, "ok", r if not isinstance(r, sqlite3.Cursor) else "cursor")


attempt("no table", lambda: con.execute("select * from nosuch"))
attempt("syntax", lambda: con.execute("selec 1"))
attempt("no column", lambda: con.execute("select zz from t"))
attempt("unique", lambda: con.execute("insert into t values (1, 'y')"))
attempt("not null", lambda: con.execute("insert into t values (2, null)"))
attempt("two statements", lambda: con.execute("select 1; select 2"))
attempt("trailing", lambda: con.execute("select 1;  -- done"))
attempt("null char", lambda: con.execute("select 1\0"))
attempt("too few", lambda: con.execute("insert into t values (?, ?)", (1,)))
attempt("too many", lambda: con.execute("select ?", (1, 2)))
attempt("none given", lambda: con.execute("select ?"))
attempt("dict for qmark", lambda: con.execute("select ?", {"a": 1}))
attempt("missing name", lambda: con.execute("select :a, :b", {"a": 1}))
attempt("bad params", lambda: con.execute("select ?", 42))
attempt("set params", lambda: con.execute("select ?", {1}))
attempt("unsupported", lambda: con.execute("select ?", (object(),)))
attempt("unsupported 2", lambda: con.execute("select ?, ?", (1, [2])))
attempt("overflow", lambda: con.execute("select ?", (2 ** 63,)))
attempt("overflow neg", lambda: con.execute("select ?", (-2 ** 63 - 1,)))
attempt("sql type", lambda: con.execute(42))
attempt("sql bytes", lambda: con.cursor().execute(b"select 1"))
attempt("executemany select", lambda: con.executemany("select ?", [(1,), (2,)]).fetchall())
attempt("executemany bad", lambda: con.executemany("insert into t values (?, ?)", [(5, "a"), (5, "b")]))
print(con.execute("select * from t order by a").fetchall())
attempt("executescript", lambda: con.executescript("insert into t values (9, 'z'); bogus;"))
print(con.execute("select * from t order by a").fetchall())
attempt("isolation", lambda: setattr(con, "isolation_level", "SOMETIMES"))
attempt("isolation type", lambda: setattr(con, "isolation_level", 1))
attempt("cursor arg", lambda: sqlite3.Cursor(42))
attempt("row args", lambda: sqlite3.Row(con.cursor(), [1]))
attempt("open", lambda: sqlite3.connect("/nonexistent/dir/db.sqlite"))
attempt("adapt", lambda: sqlite3.adapt(object()))
attempt("register_converter", lambda: sqlite3.register_converter(1, int))

cur = con.cursor()
cur.close()
attempt("closed cursor", lambda: cur.execute("select 1"))
attempt("closed cursor fetch", lambda: cur.fetchone())
con.commit()
con.close()
attempt("closed con execute", lambda: con.execute("select 1"))
attempt("closed con cursor", lambda: con.cursor())
attempt("closed con commit", lambda: con.commit())
attempt("closed con total_changes", lambda: con.total_changes)
attempt("closed con in_transaction", lambda: con.in_transaction)
attempt("close again", lambda: con.close())


class Sub(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        pass


attempt("uninitialized", lambda: Sub(":memory:").execute("select 1"))


class BadCursor(sqlite3.Cursor):
    def __init__(self, con):
        pass


attempt("uninitialized cursor", lambda: BadCursor(sqlite3.connect(":memory:")).execute("select 1"))
attempt("cursor factory", lambda: sqlite3.connect(":memory:").cursor(factory=lambda c: 1))

try:
    sqlite3.connect(":memory:").execute("insert into nowhere values (1)")
except sqlite3.DatabaseError as e:
    print("caught as DatabaseError:", e.args)

con = sqlite3.connect(":memory:")
con.execute("create table u (x primary key)")
con.execute("insert into u values ('k')")
con.execute("insert into u values ('k')")
