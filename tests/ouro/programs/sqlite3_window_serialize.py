"""sqlite3: create_window_function (step, value, inverse, finalize over
a sliding frame; errors in each; removal with None), serialize and
deserialize (a database copied through bytes, errors)."""
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t (x)")
con.executemany("insert into t values (?)", [(v,) for v in [4, 1, 3, 5, 2]])


class WindowSum:
    def __init__(self):
        self.total = 0

    def step(self, value):
        self.total += value

    def value(self):
        return self.total

    def inverse(self, value):
        self.total -= value

    def finalize(self):
        return self.total


con.create_window_function("winsum", 1, WindowSum)
sql = ("select x, winsum(x) over (order by rowid rows between 1 preceding and 1 following) "
       "from t order by rowid")
print(con.execute(sql).fetchall())
print(con.execute("select winsum(x) from t").fetchone())


class BadValue(WindowSum):
    def value(self):
        raise ValueError("value")


class BadInverse(WindowSum):
    def inverse(self, value):
        raise ValueError("inverse")


class NoValue:
    def step(self, v):
        pass

    def inverse(self, v):
        pass

    def finalize(self):
        return 0


class NoInverse:
    def step(self, v):
        pass

    def value(self):
        return 0

    def finalize(self):
        return 0


for name, cls in [("badvalue", BadValue), ("badinverse", BadInverse), ("novalue", NoValue),
                  ("noinverse", NoInverse)]:
    con.create_window_function(name, 1, cls)
    try:
        print(name, con.execute(sql.replace("winsum", name)).fetchall())
    except sqlite3.Error as e:
        print(name, "->", type(e).__name__, e)
con.create_window_function("winsum", 1, None)
try:
    con.execute(sql)
except sqlite3.OperationalError as e:
    print(e)
try:
    con.create_window_function("w", -2, WindowSum)
except sqlite3.Error as e:
    print(type(e).__name__, e)

con.commit()
data = con.serialize()
print(type(data).__name__, len(data) % 512, data[:16])
copy = sqlite3.connect(":memory:")
copy.deserialize(data)
print(copy.execute("select x from t order by x").fetchall())
copy.execute("insert into t values (6)")
print(copy.execute("select count(*) from t").fetchone(),
      con.execute("select count(*) from t").fetchone())
try:
    con.serialize(name="nope")
except sqlite3.OperationalError as e:
    print(e)
try:
    copy.deserialize(b"not a database" * 100)
    copy.execute("select * from t")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
