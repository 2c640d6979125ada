"""sqlite3: user-defined functions (arguments of every type, results,
varargs, deterministic, replacing and removing, errors), aggregates
(instances per group, no rows, errors in __init__/step/finalize),
collations (order, errors, removal), and iterdump."""
import sqlite3

con = sqlite3.connect(":memory:")


def describe(*args):
    return " ".join("%s:%r" % (type(a).__name__, a) for a in args)


con.create_function("describe", -1, describe)
print(con.execute("select describe(1, 2.5, 'x\u00e9', x'00ff', null, 9223372036854775807)").fetchone())
con.create_function("double", 1, lambda x: x * 2, deterministic=True)
print(con.execute("select double(21), double('ab'), double(1.25)").fetchone())
con.create_function("kind", 1, lambda x: {"i": 1, "f": 0.5, "s": "s", "b": b"b", "n": None,
                                          "bool": True, "ba": bytearray(b"ba")}[x])
print(con.execute("select kind('i'), kind('f'), kind('s'), kind('b'), kind('n'), kind('bool'), "
                  "kind('ba')").fetchone())
print(con.execute("select typeof(kind('f')), typeof(kind('b'))").fetchone())
con.create_function("fail", 0, lambda: 1 / 0)
con.create_function("big", 0, lambda: 2 ** 64)
con.create_function("weird", 0, lambda: object())
for sql in ["select fail()", "select big()", "select weird()", "select double(1, 2)",
            "select nosuchfunc(1)"]:
    try:
        con.execute(sql).fetchone()
    except sqlite3.Error as e:
        print(sql, "->", type(e).__name__, e)
con.create_function("double", 1, lambda x: x * 3)
print(con.execute("select double(2)").fetchone())
con.create_function("double", 1, None)
try:
    con.execute("select double(2)")
except sqlite3.OperationalError as e:
    print(e)
con.execute("create table n (g, v)")
con.executemany("insert into n values (?, ?)", [("a", 1), ("a", 2), ("b", 10), ("b", 20), ("b", 30)])
print(con.execute("select g, describe(v, g) from n order by v limit 2").fetchall())


class Avg:
    def __init__(self):
        self.total = 0
        self.count = 0

    def step(self, value):
        self.total += value
        self.count += 1

    def finalize(self):
        return self.total / self.count if self.count else None


class Concat:
    def __init__(self):
        self.parts = []

    def step(self, *values):
        self.parts.append("-".join(map(str, values)))

    def finalize(self):
        return ",".join(self.parts)


con.create_aggregate("myavg", 1, Avg)
con.create_aggregate("concat", -1, Concat)
print(con.execute("select g, myavg(v), concat(g, v) from n group by g order by g").fetchall())
print(con.execute("select myavg(v), concat(v) from n where v > 100").fetchone())


class BadInit:
    def __init__(self):
        raise ValueError("no")


class BadStep(Avg):
    def step(self, v):
        raise ValueError("no")


class NoStep:
    pass


class BadFinal(Avg):
    def finalize(self):
        raise ValueError("no")


class NoFinal:
    def step(self, v):
        pass


for name, cls in [("badinit", BadInit), ("badstep", BadStep), ("nostep", NoStep),
                  ("badfinal", BadFinal), ("nofinal", NoFinal)]:
    con.create_aggregate(name, 1, cls)
    try:
        print(name, con.execute("select %s(v) from n" % name).fetchone())
    except sqlite3.Error as e:
        print(name, "->", type(e).__name__, e)


def reverse(a, b):
    return (a < b) - (a > b)


con.create_collation("reverse", reverse)
print(con.execute("select g from n group by g order by g collate reverse").fetchall())
con.create_collation("nocase_len", lambda a, b: len(a) - len(b))
print(con.execute("select x from (select 'ccc' x union select 'a' union select 'bb') "
                  "order by x collate nocase_len").fetchall())
con.create_collation("broken", lambda a, b: 1 / 0)
try:
    con.execute("select g from n order by g collate broken").fetchall()
except ZeroDivisionError as e:
    print("collation error:", type(e).__name__, e)
con.create_collation("reverse", None)
try:
    con.execute("select g from n order by g collate reverse")
except sqlite3.OperationalError as e:
    print(e)
try:
    con.create_collation("x", 42)
except TypeError as e:
    print(e)

con.execute("create table dumped (id integer primary key, name text, data blob, r real)")
con.execute("insert into dumped values (1, 'it''s', x'0102', 1.5)")
con.execute("create index dumped_name on dumped (name)")
con.execute("create view dv as select name from dumped")
con.commit()
for line in con.iterdump():
    print(line)
copy = sqlite3.connect(":memory:")
copy.executescript("\n".join(con.iterdump()))
print(copy.execute("select * from dumped").fetchall())

sqlite3.enable_callback_tracebacks(True)
con.create_function("toint", 1, int)
try:
    con.execute("select toint('x')").fetchone()
except sqlite3.OperationalError as e:
    print("with traceback:", e)
sqlite3.enable_callback_tracebacks(False)
try:
    con.execute("select toint('y')").fetchone()
except sqlite3.OperationalError as e:
    print("without:", e)
