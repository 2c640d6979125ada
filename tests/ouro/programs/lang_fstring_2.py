# f-strings: format specs from variables, conversions, debugging, numbers
import decimal, fractions
value = 1234.5678
for spec in [".2f", ">12", "<12.1f", "^12,.2f", "+.3e", "010.2f", ".3%", "_.1f", ",", "g", ".2g", "#x" if False else ".0f"]:
    print(f"{spec!r:>10} -> [{value:{spec}}]")
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:c} {n:d} {n:e} {n:,} {n:_b} {n:08.3f}")
print(f"{-n:+} {n:+} {n: } {-n: } {n:=+8} {n:*^+9} {n:0>8} {n:0<8}")
d = decimal.Decimal("3.14159")
fr = fractions.Fraction(3, 8)
print(f"{d:.2f} {d:>10} {d:e} {fr} {fr!r} {float(fr):.3f} {d!s}")
print(f"{float(fr):.5f}", f"{d:+08.3f}", f"{d:%}")
width = 12
fill = "-"
align = "^"
print(f"{'centered':{fill}{align}{width}}", f"{3.14159:{width}.{2}f}", f"{'x':{width // 2}}|")
items = {"apples": 3, "kiwis": 12, "pears": 0}
for k, v in items.items():
    print(f"{k:<8}{v:>4}{'!' if v == 0 else '':>2}")
print(f"{len(items)=}", f"{sorted(items)[0]=!r}", f"{sum(items.values()) = :5d}")
print(f"{'tab'!r:>8}", f"{'a' 'b'}", f"{'''triple'''}", f"{'x' * 3}", f'{"dq"}')
name = "World"
greeting = f"Hello, {name}!" f" ({len(name)} chars)"
print(greeting)
print(f"{1_000_000:_}", f"{0.1 + 0.2!r}", f"{0.1 + 0.2}", f"{1e21}", f"{1e-7}", f"{-0.0}", f"{2**0.5:.30f}")
print(f"{True:d} {True!s:>6} {None!r} {[1, 2]!s:>8} {(1,)!r}")
