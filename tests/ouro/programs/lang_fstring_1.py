# f-strings: expressions, conversions, nesting, self-documenting
x, y = 10, 3
name = "Ann"
print(f"{x} + {y} = {x + y}", f"{x / y:.3f}", f"{x // y}", f"{'quoted'}", f"{x!r:>5}")
print(f"{name!r} {name!s} {name!a} {'é'!a}", f"{name.upper()} {name[0]} {len(name)}")
print(f"{x=}", f"{x + y=}", f"{name=!s}", f"{x=:>5}", f"{ x = }", f"{3.14159=:.2f}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|", f"{'ab':{'*'}^{w}}", f"{x:{'>'}{w}}")
print(f"{{}} {{{x}}} {{x}}", f"{'{'}{x}{'}'}")
d = {"k": 1, "j": [1, 2]}
print(f"{d['k']} {d['j'][1]} {d}", f"{[i * i for i in range(4)]}", f"{ {1: 2} }")
print(f"{(lambda a: a * 2)(4)}", f"{x if x > 5 else y}", f"{(x, y)}", f"{x,}")
print(f"{'nested {}'.format(1)}", f"{f'{x}'}", f"{f'{x:>{y}}'}|")
print(f"line1\n{x}\tend", rf"raw\n{x}", fr"{x}\t")
print(f"{x:#b} {x:#o} {x:#x} {x:08.3f} {-x:+} {x:,} {2**40:_}")
from datetime import date
print(f"{date(2020, 1, 5):%d/%m/%Y}", f"{date(2020, 1, 5)!r}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{len(items) * '-'}", f"{items!r}")
print(f"{x:{'' if x else '>'}10}|", f"{0 or 'zero'}", f"{None}", f"{...}")
class O:
    def __format__(self, spec):
        return f"O<{spec}>"
    def __repr__(self):
        return "O()"
print(f"{O()}", f"{O():abc}", f"{O()!r}", f"{O()!r:>6}", f"{O()=}")
print(f"""{x
}""", f"""a
{y:>3}
b""")
total = sum(i for i in range(5))
print(f"{total:>{total}}|")
