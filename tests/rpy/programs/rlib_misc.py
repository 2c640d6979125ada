"""rpy.rlib misc: rtime.time/monotonic/clock used only for sanity checks
(never printed), math and rmath functions and constants (sqrt sin cos tan
atan atan2 exp log floor fabs pow isnan isinf pi e inf nan), rgc.collect()
and rgc.get_stat() with data intact after collections,
objectmodel.we_are_translated()."""
import math
from rpy.rlib import rtime, rgc, rmath
from rpy.rlib.objectmodel import we_are_translated


class Blob:
    ident: int
    payload: list[int]
    name: str

    def __init__(self, ident: int) -> None:
        self.ident = ident
        self.payload = [ident * j for j in range(10)]
        self.name = "blob%d" % ident


def make_garbage(n: int) -> int:
    total = 0
    for i in range(n):
        tmp = Blob(i)
        total += len(tmp.payload)
    return total


def entry_point(argv: list[str]) -> int:
    t1 = rtime.time()
    m1 = rtime.monotonic()
    c1 = rtime.clock()
    print("sqrt", math.sqrt(2.0), math.sqrt(144.0), rmath.sqrt(0.25))
    print("trig", math.sin(0.0), math.sin(math.pi / 2.0), math.cos(0.0), rmath.tan(0.0), math.atan(1.0) * 4.0)
    print("atan2", math.atan2(1.0, 1.0), rmath.atan2(-1.0, -1.0))
    print("exp/log", math.exp(0.0), math.exp(1.0), math.log(1.0), rmath.log(math.e))
    print("floor", float(math.floor(2.7)), float(math.floor(-2.5)), float(rmath.floor(3.0)))
    print("fabs/pow", math.fabs(-3.5), rmath.fabs(2.0), math.pow(2.0, 10.0), rmath.pow(9.0, 0.5))
    print("consts", math.pi, rmath.pi, math.e, rmath.e, math.inf, rmath.inf, -rmath.inf)
    print("nan", rmath.isnan(rmath.nan), math.isnan(1.0), math.isinf(math.inf), rmath.isinf(-rmath.inf), rmath.isinf(1e308))
    print("circle area r=2:", math.pi * 2.0 * 2.0)
    print("hypot 3 4:", math.sqrt(3.0 * 3.0 + 4.0 * 4.0))
    keep = [Blob(i) for i in range(1000)]
    table = {"k%d" % i: Blob(i) for i in range(500)}
    made = make_garbage(20000)
    rgc.collect()
    ok = True
    for i in range(1000):
        b = keep[i]
        if b.ident != i or b.payload[9] != i * 9 or b.name != "blob%d" % i:
            ok = False
    for i in range(500):
        if table["k%d" % i].payload[3] != 3 * i:
            ok = False
    print("garbage made", made, "data intact after collect:", ok)
    for rnd in range(3):
        make_garbage(5000)
        rgc.collect()
    print("still intact:", keep[999].payload[9], table["k499"].name)
    stat = rgc.get_stat(rgc.STAT_MAJOR_COLLECTIONS)
    mem = rgc.get_stat(rgc.STAT_MEM_IN_USE)
    print("stats are non-negative:", stat >= 0 and mem >= 0)
    t2 = rtime.time()
    m2 = rtime.monotonic()
    c2 = rtime.clock()
    print("clocks monotonic:", t2 >= t1, m2 >= m1, c2 >= c1, t1 > 1000000000.0)
    if we_are_translated():
        mode = "translated"
    else:
        mode = "untranslated"
    print("mode known:", len(mode) > 0)
    return 0
