"""sqlite3: sqlite3.Row (by index, negative index, slice, name in any
case, keys, len, iteration, equality, hashing, errors, as a Sequence),
row_factory on the connection and the cursor, text_factory (str, bytes,
bytearray, a function), and undecodable text."""
import collections.abc
import sqlite3

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
print(con.row_factory is sqlite3.Row)
con.execute("create table people (Name text, Age integer, Email text)")
con.executemany("insert into people values (?, ?, ?)",
                [("Ann", 31, "ann@example.com"), ("Bob", 42, None)])
row = con.execute("select * from people order by name").fetchone()
print(type(row).__name__, type(row) is sqlite3.Row, repr(row).startswith("<sqlite3.Row object at 0x"))
print(row[0], row[1], row[-1], row["name"], row["NAME"], row["Age"], row["email"])
print(row[0:2], row[::-1], len(row), row.keys(), list(row), tuple(row))
print(isinstance(row, collections.abc.Sequence), "Ann" in row, 31 in row)
for key in ["nope", 3, -4, 1.5, None]:
    try:
        row[key]
    except Exception as e:
        print(repr(key), type(e).__name__, e)
rows = con.execute("select * from people order by name").fetchall()
again = con.execute("select * from people order by name").fetchall()
print(rows[0] == again[0], rows[0] != again[0], rows[0] == rows[1], rows[0] != rows[1])
print(rows[0] == ("Ann", 31, "ann@example.com"), hash(rows[0]) == hash(again[0]))
print(len({rows[0], again[0], rows[1]}))
other = con.execute("select name as n, age, email from people order by name").fetchone()
print(other == rows[0], other.keys())
print(dict(zip(rows[1].keys(), rows[1])))

cur = con.cursor()
print(cur.row_factory is sqlite3.Row)
cur.row_factory = None
print(cur.execute("select name from people order by name").fetchall())
cur.row_factory = lambda c, r: {d[0]: v for d, v in zip(c.description, r)}
print(cur.execute("select name, age from people order by name").fetchall())
con.row_factory = lambda c, r: r[0]
print(con.execute("select age from people order by age").fetchall())
con.row_factory = None


class MyRow(sqlite3.Row):
    def upper_name(self):
        return self["name"].upper()


con.row_factory = MyRow
r = con.execute("select name from people order by name").fetchone()
print(type(r).__name__, r.upper_name(), isinstance(r, sqlite3.Row))
con.row_factory = None
print(sqlite3.Row(con.execute("select 1 as a, 2 as b"), (1, 2)).keys())

print(con.text_factory is str)
con.text_factory = bytes
print(con.execute("select name, 'h\u00e9' from people order by name").fetchall())
con.text_factory = bytearray
print(con.execute("select name from people order by name").fetchone())
con.text_factory = lambda b: b.decode("utf-8").upper()
print(con.execute("select name, 42, x'00' from people order by name").fetchall())
con.text_factory = str
con.execute("create table raw (t)")
con.execute("insert into raw values (cast(x'61ff62' as text))")
try:
    con.execute("select t from raw").fetchone()
except sqlite3.OperationalError as e:
    print("decode:", type(e).__name__, e)
con.text_factory = bytes
print(con.execute("select t from raw").fetchone())
con.text_factory = lambda b: b.decode("latin-1")
print(con.execute("select t from raw").fetchone())
