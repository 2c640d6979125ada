"""sqlite3: connecting, executing with qmark and named parameters,
fetching (fetchone, fetchmany, fetchall, iteration), description,
rowcount, lastrowid, arraysize, the type mapping both ways, and the
module's attributes."""
import sqlite3

print(sqlite3.sqlite_version == ".".join(map(str, sqlite3.sqlite_version_info)))
print(sqlite3.version, sqlite3.version_info, sqlite3.apilevel, sqlite3.paramstyle)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY,
      sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_LIMIT_SQL_LENGTH)
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
print(sqlite3.Connection, sqlite3.Cursor, sqlite3.Row, sqlite3.Binary)
print(sqlite3.Connection.__module__, sqlite3.Cursor.__name__, sqlite3.Row.__qualname__)

con = sqlite3.connect(":memory:")
print(type(con).__name__, con.isolation_level == "", con.in_transaction, con.total_changes)
cur = con.cursor()
print(type(cur).__name__, cur.connection is con, cur.arraysize, cur.rowcount, cur.lastrowid,
      cur.description)
cur.execute("create table t (id integer primary key, name text, score real, data blob, n)")
print("create", cur.rowcount, cur.description, cur.lastrowid)

cur.execute("insert into t (name, score, data, n) values (?, ?, ?, ?)",
            ("alice", 1.5, b"\x00\x01", 2 ** 63 - 1))
print("insert", cur.rowcount, cur.lastrowid, con.in_transaction)
cur.execute("insert into t (name, score, data, n) values (:name, :score, :data, :n)",
            {"name": "bob", "score": -2.25, "data": bytearray(b"xy"), "n": -2 ** 63})
print("insert", cur.rowcount, cur.lastrowid)
cur.execute("insert into t (name, score, data, n) values (?, ?, ?, ?)",
            ["carol", 3, memoryview(b"mem"), None])
print("insert", cur.rowcount, cur.lastrowid)
rows = ((f"user{i}", i / 4, bytes([i]), i * 1000) for i in range(5))
cur.executemany("insert into t (name, score, data, n) values (?, ?, ?, ?)", rows)
print("executemany", cur.rowcount, cur.lastrowid)
con.commit()
print("committed", con.in_transaction, con.total_changes)

cur.execute("select id, name, score, data, n from t order by id")
print([d[0] for d in cur.description], len(cur.description[0]), cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany())
print(cur.fetchmany(2))
cur.arraysize = 3
print(cur.fetchmany())
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall(), cur.fetchmany())

for row in con.execute("select typeof(id), typeof(name), typeof(score), typeof(data), typeof(n) "
                       "from t where id < 4"):
    print(row)
for row in cur.execute("select name, n from t where n > ? and name like ?", (100, "user%")):
    print(row)
print(con.execute("select 1, 2.0, 'x', x'0102', null, 10000000000 * 100").fetchone())
print(con.execute("select ?, ?, ?", (True, False, 3.0)).fetchall())
print(con.execute("select ? || ?", ("h\u00e9llo ", "w\u00f6rld \U0001f600")).fetchone())
print(con.execute("select length(?)", ("\u20ac" * 3,)).fetchone())
print(con.execute("select :a + :b, :a * 2", {"a": 5, "b": 7}).fetchone())
print(con.execute("select ?1 + ?1, ?2", (4, "x")).fetchone())
print(con.execute("select count(*), sum(score), max(n) from t").fetchone())

cur.execute("update t set score = score + 1 where id > 3")
print("update", cur.rowcount, con.in_transaction)
cur.execute("delete from t where id > 6")
print("delete", cur.rowcount)
con.rollback()
print("rolled back", con.in_transaction, con.execute("select count(*) from t").fetchone())
cur.execute("replace into t (id, name) values (1, 'ALICE')")
print("replace", cur.rowcount, cur.lastrowid)
con.commit()
print(con.execute("select id, name, score from t where id = 1").fetchone())
cur.executemany("update t set n = ? where id = ?", [(7, 1), (8, 2), (9, 99)])
print("executemany update", cur.rowcount)
print(con.execute("select n from t where id in (1, 2)").fetchall())
c2 = con.execute("select 1 where 0")
print(c2.fetchall(), c2.description, c2.rowcount)
print(con.execute("").fetchall(), con.execute("-- just a comment").description)
cur.close()
con.close()
print("closed")
