"""sqlite3 in an ordinary program: a small inventory application with a
schema script, foreign keys, a context-managed transaction per order,
Row access, aggregates and joins, a JSON report, a dataclass adapter and
converter, and a dump/restore round trip through a file."""
import dataclasses
import json
import os
import sqlite3
import tempfile

SCHEMA = """
pragma foreign_keys = on;
create table product (
    id integer primary key autoincrement,
    name text not null unique,
    price real not null check (price >= 0),
    dims dims
);
create table orders (
    id integer primary key,
    product_id integer not null references product(id),
    qty integer not null default 1,
    placed timestamp
);
create index orders_product on orders (product_id);
"""


@dataclasses.dataclass
class Dims:
    w: float
    h: float


sqlite3.register_adapter(Dims, lambda d: "%gx%g" % (d.w, d.h))
sqlite3.register_converter("dims", lambda b: Dims(*map(float, b.split(b"x"))))


class Inventory:
    def __init__(self, path):
        self.con = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES)
        self.con.row_factory = sqlite3.Row
        self.con.executescript(SCHEMA)

    def add(self, name, price, dims=None):
        with self.con:
            cur = self.con.execute("insert into product (name, price, dims) values (?, ?, ?)",
                                   (name, price, dims))
            return cur.lastrowid

    def order(self, product, qty):
        try:
            with self.con:
                self.con.execute("insert into orders (product_id, qty, placed) values "
                                 "((select id from product where name = ?), ?, "
                                 "'2024-01-02 03:04:05')", (product, qty))
        except sqlite3.IntegrityError as e:
            return "refused: %s" % e
        return "ok"

    def report(self):
        rows = self.con.execute("""
            select p.name, p.price, coalesce(sum(o.qty), 0) as sold,
                   round(p.price * coalesce(sum(o.qty), 0), 2) as revenue
            from product p left join orders o on o.product_id = p.id
            group by p.id order by revenue desc, p.name""").fetchall()
        return [dict(r) for r in rows]


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "inv.db")
    inv = Inventory(path)
    print(inv.add("widget", 2.5, Dims(3, 4)), inv.add("gadget", 10), inv.add("gizmo", 0.99))
    try:
        inv.add("widget", 1)
    except sqlite3.IntegrityError as e:
        print("duplicate:", e)
    try:
        inv.add("broken", -1)
    except sqlite3.IntegrityError as e:
        print("check:", e)
    print(inv.order("widget", 3), inv.order("gadget", 1), inv.order("widget", 2))
    print(inv.order("nothing", 1))
    print(json.dumps(inv.report(), indent=1))
    row = inv.con.execute("select * from product where name = 'widget'").fetchone()
    print(row["dims"], row.keys(), tuple(row)[:3])
    o = inv.con.execute("select placed from orders limit 1").fetchone()[0]
    print(type(o).__name__, o)
    print(inv.con.execute("pragma foreign_key_check").fetchall(),
          inv.con.execute("pragma integrity_check").fetchone()[0])
    dump = "\n".join(inv.con.iterdump())
    inv.con.close()
    restored = sqlite3.connect(":memory:")
    restored.executescript(dump)
    print(restored.execute("select count(*) from orders").fetchone(),
          restored.execute("select name from product order by id").fetchall())
