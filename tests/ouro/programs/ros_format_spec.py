"""Every format-spec feature: fill, align, sign, z, #, 0, width, grouping, precision, types."""
vals = [0, 7, -7, 255, 1234567, -1234567890]
for v in vals:
    print(f"|{v:d}|{v:+d}|{v: d}|{v:>8}|{v:<8}|{v:^8}|{v:*^9}|{v:=+10}|{v:08d}|{v:,}|{v:_}|")
for v in (255, -255, 0):
    print(f"|{v:x}|{v:#x}|{v:X}|{v:#X}|{v:o}|{v:#o}|{v:b}|{v:#b}|{v:#010b}|{v:_b}|{v:#_x}|{v:c}|" if v >= 0 else f"|{v:x}|{v:#x}|{v:#o}|{v:#b}|{v:#010x}|")
fl = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-7, 123456789.123, 1e22, float('inf'), float('-inf'), float('nan')]
for v in fl:
    print(f"|{v}|{v:f}|{v:.2f}|{v:e}|{v:.3E}|{v:g}|{v:.3g}|{v:G}|{v:%}|{v:.1%}|{v:+.2f}|{v:10.3f}|{v:<10.2e}|{v:,.2f}|{v:z.1f}|")
print(f"{1234.5:_.3f} {1e100:.3} {0.1:.20f} {2/3:.0f} {2.5:.0f} {3.5:.0f} {-0.0001:z.2f}")
print(f"{12.0:#g} {12.0:#.0f} {12.0:#.0e} {1e16:g} {1e15:g} {1.0e-5:g} {0.0001:g}")
print(f"{'abc':>6}|{'abc':<6}|{'abc':^7}|{'abc':.2}|{'abc':*>10.1}|{'':x^5}|")
print(f"{True:d} {True!s:>6} {None!r:^8} {'é'!a}")
w, p = 12, 4
x = 3.14159265358979
print(f"{x:{w}.{p}f}|{x:>{w}}|{x:{'^'}{w}.{p + 1}e}|{'s':{'>'}{w}}")
name = "value"
print(f"{x=}", f"{x = :.3f}", f"{name=!s}", f"{w*p=}", f"{ name = }")
print("{0:>{1}}|{2:{3}{4}}|{a[1]}|{b.real}".format("r", 5, 42, "<", 6, a=[9, 8], b=3 + 4j))
print("{:%Y-%m-%d}".format(__import__("datetime").date(2024, 2, 29)))
print(format(1234567.891, ",.2f"), format(-1e-10, ".3e"), format(255, "08b"), format(3 + 4j, "^20.2f"))
print(format(1 + 2j), format(-1.5j, "g"), format(1e300 * 1e300, "f"), format(12, ""))
print("%5d|%-5d|%05.1f|%x|%#o|%e|%10.4s|%c|%r|%%|%+d" % (42, 42, 3.14159, 255, 8, 12345.678, "truncate", 65, "q", 5))
print("%(a)s-%(b)05d" % {"a": "x", "b": 42}, "%*d|%-*.*f" % (6, 7, 9, 2, 1.23456))
from decimal import Decimal
d = Decimal("1234567.891")
print(f"{d:,.2f} {d:.3e} {d:>15} {Decimal('-0'):f} {Decimal('1E+3'):f} {d:%}")
from fractions import Fraction
print(f"{Fraction(1, 3)} {float(Fraction(1, 3)):.5f} {Fraction(7, 2)!r}")
class Money:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "":
            return f"${self.c / 100:.2f}"
        return f"${self.c / 100:{spec}}"
m = Money(123456)
print(f"{m}|{m:,.2f}|{m:>12.1f}|" + format(m) + "|{:>10}".format(m))
errs = [("{:d}", 1.5), ("{:s}", 5), ("{:,s}", "x"), ("{:=}", "x"), ("{:x}", "s"), ("{:.2d}", 5),
        ("{:c}", -1), ("{:c}", 0x110000), ("{:,_}", 1), ("{:z}", 5), ("{:#s}", "a"), ("{:+s}", "a"),
        ("{0}{}", 1), ("{}{1}", 1), ("{", 1), ("}", 1), ("{:{}}", 1), ("{a}", 1), ("{0[}", 1), ("{!x}", 1),
        ("{:>}{:>>}", 1), ("{:10.3%}", "s"), ("{:abc}", 1.0), ("{:.}", 1.0), ("{:d}", None), ("{:03s}", "ab")]
for fmt, v in errs:
    try:
        print(repr(fmt), "->", repr(fmt.format(v)))
    except (ValueError, TypeError, KeyError, IndexError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    f"{Money(1):q}"
except Exception as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%q" % 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%(x)d" % 5
except TypeError as e:
    print(type(e).__name__, e)
