"""sqlite3: adapters and converters: register_adapter (classes, the
base types), __conform__, sqlite3.adapt, register_converter with
PARSE_DECLTYPES and PARSE_COLNAMES (names, case, 'INTEGER NOT NULL',
'[x]' column names), the default date/timestamp adapters and converters
dbapi2.py registers, and the adapters/converters dicts."""
import datetime
import decimal
import sqlite3


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"


def adapt_point(p):
    return "%s;%s" % (p.x, p.y)


def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)


sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_adapter(decimal.Decimal, str)
sqlite3.register_converter("point", convert_point)
sqlite3.register_converter("Decimal", lambda b: decimal.Decimal(b.decode()))
print(sorted(sqlite3.converters), (Point, sqlite3.PrepareProtocol) in sqlite3.adapters)
print(sqlite3.adapt(Point(1, 2)), sqlite3.adapt(5, sqlite3.PrepareProtocol, "alt"))
print(sqlite3.adapt(Conforming()), sqlite3.adapt(object(), sqlite3.PrepareProtocol, None))

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
con.execute("create table t (p point, d decimal, n integer not null, s text, q POINT(3))")
con.execute("insert into t values (?, ?, ?, ?, ?)",
            (Point(1.5, -2), decimal.Decimal("3.25"), 7, Conforming(), Point(0, 0)))
row = con.execute("select p, d, n, s, q from t").fetchone()
print(row, [type(v).__name__ for v in row])
print(con.execute("select p || '!' from t").fetchone())
con.execute("insert into t values (null, '', 1, '', null)")
print(con.execute("select p, d from t where p is null").fetchone())

con2 = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
print(con2.execute("select '1;2' as \"p [point]\", '4.5' as \"d [decimal]\", 3 as plain").fetchone())
cur = con2.execute("select '1;2' as \"p [point]\", 'x' as \"other [unknown]\"")
print(cur.description[0][0], cur.description[1][0], cur.fetchone())
con2.execute("create table u (p point)")
con2.execute("insert into u values ('5;6')")
print(con2.execute("select p from u").fetchone())

both = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
both.execute("create table v (p point)")
both.execute("insert into v values ('7;8')")
print(both.execute("select p, p as \"raw [text]\" from v").fetchone())

dt = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
dt.execute("create table events (d date, ts timestamp)")
day = datetime.date(2024, 2, 29)
stamp = datetime.datetime(2024, 2, 29, 13, 45, 7, 123456)
dt.execute("insert into events values (?, ?)", (day, stamp))
dt.execute("insert into events values (?, ?)", (day, datetime.datetime(2000, 1, 1, 0, 0)))
for r in dt.execute("select d, ts from events"):
    print(r)
print(dt.execute("select d as \"d [date]\", '2001-02-03 04:05:06.5' as \"t [timestamp]\" "
                 "from events limit 1").fetchone())
print(dt.execute("select typeof(d), d from events limit 1").fetchone()[0])

sqlite3.register_adapter(int, lambda i: i * 10)
print(con.execute("select ?", (4,)).fetchone())
sqlite3.register_adapter(str, lambda s: s.upper())
print(con.execute("select ?, ?", ("abc", 2)).fetchone())
del sqlite3.adapters[(int, sqlite3.PrepareProtocol)]
del sqlite3.adapters[(str, sqlite3.PrepareProtocol)]
print(con.execute("select ?, ?", ("abc", 2)).fetchone())
sqlite3.register_adapter(Point, lambda p: object())
try:
    con.execute("select ?", (Point(0, 0),))
except sqlite3.ProgrammingError as e:
    print(type(e).__name__, e)
