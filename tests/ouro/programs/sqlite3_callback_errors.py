"""sqlite3: exceptions raised by the program's code that the module
calls (parameter generators, adapters, converters, row and text
factories, __conform__), SQL run from inside a user-defined function,
and a cursor executing again before its rows were all read."""
import sqlite3


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "ok", r)


con = sqlite3.connect(":memory:")
con.execute("create table t (x)")


def params():
    yield (1,)
    yield (2,)
    raise KeyError("from the generator")


attempt("generator", lambda: con.executemany("insert into t values (?)", params()))
print(con.execute("select x from t").fetchall())
attempt("not iterable", lambda: con.executemany("insert into t values (?)", 5))
attempt("bad item", lambda: con.executemany("insert into t values (?)", [(1,), 2]))


class Thing:
    pass


sqlite3.register_adapter(Thing, lambda t: 1 / 0)
attempt("adapter", lambda: con.execute("select ?", (Thing(),)))


class Conform:
    def __conform__(self, proto):
        raise ValueError("no conforming")


attempt("conform", lambda: con.execute("select ?", (Conform(),)))
sqlite3.register_converter("bad", lambda b: int("x"))
dc = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
dc.execute("create table c (v bad)")
dc.execute("insert into c values ('1')")
attempt("converter", lambda: dc.execute("select v from c").fetchall())
con.row_factory = lambda c, r: r[5]
attempt("row factory", lambda: con.execute("select 1").fetchone())
con.row_factory = None
con.text_factory = lambda b: b.decode("ascii")
attempt("text factory", lambda: con.execute("select 'h\u00e9'").fetchone())
con.text_factory = str


def lookup(key):
    return con.execute("select count(*) from t where x = ?", (key,)).fetchone()[0]


con.create_function("lookup", 1, lookup)
attempt("nested SQL", lambda: con.execute("select lookup(1), lookup(5)").fetchone())
cur = con.cursor()
cur.execute("select x from t")
print(cur.fetchone())
cur.execute("select x * 10 from t")
print(cur.fetchall())

