"""sqlite3: the types are named as CPython's tp_name in messages
('sqlite3.Row', 'sqlite3.Cursor'...): comparisons, operators, len,
subscripts, attributes, descriptors; their __doc__ and __module__."""
import sqlite3

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
r = con.execute("select 1 as a").fetchone()
c = con.cursor()
for f in [lambda: r < r, lambda: len(c), lambda: c + 1, lambda: 1 - con, lambda: con[0],
          lambda: iter(con), lambda: sqlite3.Blob(), lambda: r.x, lambda: c.nosuch,
          lambda: setattr(c, "rowcount", 5), lambda: setattr(c, "description", 1),
          lambda: con.nosuch, lambda: sqlite3.Cursor.execute(con, "x"),
          lambda: sqlite3.Row.keys(1), lambda: con.execute("select ?", (c,))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(type(r).__name__, type(r).__qualname__, type(r).__module__, repr(type(c)))
for t in [sqlite3.Connection, sqlite3.Cursor, sqlite3.Row, sqlite3.Blob, sqlite3.PrepareProtocol,
          sqlite3.Error, sqlite3.OperationalError]:
    print(t.__name__, t.__module__, repr(t.__doc__))
print(isinstance(sqlite3.PrepareProtocol(), sqlite3.PrepareProtocol))


class Sub(sqlite3.Cursor):
    pass


try:
    len(Sub(con))
except TypeError as e:
    print(e)
