"""sqlite3: an uncaught sqlite3 error ends the program with CPython's
traceback (the exception's qualified name sqlite3.IntegrityError) and
exit status 1; its attributes first."""
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t (id integer primary key, name text unique)")
con.execute("insert into t (name) values ('x')")
try:
    con.execute("insert into t (name) values ('x')")
except sqlite3.IntegrityError as e:
    print(repr(e), e.args, e.sqlite_errorcode, e.sqlite_errorname)
    print(isinstance(e, sqlite3.DatabaseError), isinstance(e, sqlite3.Error))


def add(name):
    con.execute("insert into t (name) values (?)", (name,))


add("y")
add("x")
