from decimal import Decimal
from datetime import date

rows = [
    ("Widget", 4, 3.5, date(2024, 1, 5)),
    ("Gadget extra long name", 12, 10.0, date(2023, 12, 31)),
    ("Ünïcödé", 1, 1234567.891, date(2024, 2, 29)),
    ("", 0, -0.5, date(2000, 1, 1)),
]
header = f"{'Item':<20}|{'Qty':>5}|{'Price':>14}|{'Date':^12}|"
print(header)
print("-" * len(header))
for name, qty, price, d in rows:
    print(f"{name[:20]:<20}|{qty:>5d}|{price:>14,.2f}|{d:%d/%m/%y}".ljust(53) + "|")
print("=" * len(header))
total = sum(q * p for _, q, p, _ in rows)
print(f"{'TOTAL':<20}|{sum(r[1] for r in rows):>5}|{total:>14,.2f}|{'':12}|")
for spec in ["", "10", "<10", "^10", ">10", "*^11", "+", "-", " ", ".3", "10.3f", "e", ".2e", "g", ".3g", "%", ".1%", ",", "_", "08.2f", "+08.2f", "=+10.1f"]:
    for v in (3.14159, -2.5, 1e6, 0.000123):
        try:
            s = format(v, spec)
        except ValueError as e:
            s = f"ValueError({e})"
        print(f"{spec!r:>9} {v!r:>10} -> {s!r}")
for spec in ["d", "5d", "<5d", "+d", "x", "X", "#x", "#o", "b", "#010b", ",", "_x", "c", "n", "e", ".2f", "%"]:
    print(f"{spec!r:>8} -> {format(255, spec)!r} {format(-42, spec) if spec != 'c' else ''!r}")
for spec in ["", "10", ">10", "^9", ".2", "<5.3", "=^9"]:
    try:
        print(f"{spec!r:>6} -> {format('hello', spec)!r}")
    except ValueError as e:
        print(f"{spec!r:>6} -> ValueError: {e}")
print(format(Decimal("1234.5678"), ",.2f"), format(Decimal("-0.000"), "f"), format(Decimal("1e10"), "e"), format(Decimal("12.5"), "%"))
print("{:>{w}.{p}f}|{:<{w}}|{!r:^{w}}".format(3.14159, "ab", "c", w=8, p=2))
print("%-8s|%8.3f|%+05d|%x|%#o|%c|%5.1e|%-6r|" % ("name", 2.71828, 42, 3054, 8, 97, 12345.678, "r"))
print("%(name)s is %(age)d years, %(ratio).1f%%" % {"name": "Ann", "age": 30, "ratio": 45.678})
print("{0}{1}{0}".format("ab", "-"), "{:,}".format(10 ** 12), "{:.0f}".format(0.5), "{:.0f}".format(1.5), "{:.0f}".format(2.5))
print(f"{1234567.0:,}", f"{0.1 + 0.2}", f"{1/3:.15f}", f"{2**100:,}", f"{-0.0}", f"{float('-inf'):>8}", f"{12345.6789:.3e}")
print(f"{'a' 'b':>4}", f"{3:{'>'}{5}}", f"{[1, 2]!s:>10}", f"{ {'k': 1}['k'] }", f"{(lambda x: x * 2)(4)}")
width = 30
for line in ["left", "centre", "right"]:
    print(f"|{line:<{width // 3}}|{line:^{width // 3}}|{line:>{width // 3}}|")
print("tab\tseparated\tvalues".expandtabs(12), "|")
print(str(12).zfill(6), "abc".zfill(6), "-7".zfill(4), "+7".zfill(4))
