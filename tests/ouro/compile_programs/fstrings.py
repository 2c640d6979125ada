# f-strings: conversions, format specs, nested specs, =, implicit concatenation
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!", f"{n}", f"{n!r}", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^7}|{n:>6}|{n:05}|{n:x}|{n:#o}|{n:b}|{n:,}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:g} {1234567.891:,.2f} {0.25:%}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:{'>'}{width}}]", f"[{n:{width}}]")
print(f"{n=}", f"{name = }", f"{pi=:.1f}", f"{n + 1=}", f"{name=!s}")
print(f"{{}} {{{n}}} {'{'}")
print(f"a" "b" f"{n}" "c" f"{name}")
print("plain" f" {n} " 'x' "y")
items = [1, 2, 3]
print(f"{len(items)} items: {', '.join(str(i) for i in items)}")
print(f"{items[0]}{items[-1]}{items!r:>12}")
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}', f"{'nested ' + f'{n}'}")
print(f"{3 if n > 10 else 4}", f"{(lambda x: x * 2)(n)}", f"{n:{'^' if n else '<'}9}")
print(f"""multi
line {name}""", f"{n!r:>{width}}")


class C:
    def __format__(self, spec):
        return "C[" + spec + "]"

    def __repr__(self):
        return "C()"

    def __str__(self):
        return "strC"


c = C()
print(f"{c}", f"{c:abc}", f"{c!r}", f"{c!s}", f"{c!r:>6}", format(c, "zz"))
print(f"{'x':*^9}", f"{-5:+d}", f"{5:+d}", f"{3:=+5}", f"{'tab'}\t|")
print(rf"\n{n}", fr"{name}\t", b"bytes" + b"more")
date = (2024, 1, 5)
print(f"{date[0]}-{date[1]:02d}-{date[2]:02d}")
print(f"{n:{'0'}{4}d}", f"{1e10:.3e}", f"{True}", f"{None!r}")
