# f-strings with __format__, __str__, __repr__ and nested replacement fields
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        v = {"C": self.c, "F": self.c * 9 / 5 + 32, "K": self.c + 273.15}[unit]
        return format(v, num_spec or ".1f") + unit
    def __str__(self):
        return f"{self.c}°C"
    def __repr__(self):
        return f"Temp({self.c!r})"
t = Temp(21.5)
print(f"{t}", f"{t:F}", f"{t:.3K}", f"{t:>8.0C}", f"{t!s}", f"{t!r}", f"{t=}", f"{t=:F}", f"{t=!s}")
temps = [Temp(-5), Temp(0), Temp(37)]
print(", ".join(f"{x:.0F}" for x in temps))
rows = [("id", "name", "score"), (1, "ann", 93.5), (22, "bob", 8.25)]
widths = [max(len(f"{r[i]}") for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join(f"{cell:>{w}}" for cell, w in zip(r, widths)))
prec = 3
print(f"{3.14159265:.{prec}f}", f"{3.14159265:{'>'}{10}.{prec}}", f"{'nested':{'^'}{prec * 4}}")
print(f"{f'{1 + 1}'}", f"""{f'{"inner"}'}""", f"{'{}'.format(f'{1 + 1}')}")
d = {"key": "value", "n": 3}
print(f"{d['key']!r} {d['n']:03d} {d.get('missing', 'dflt')}")
print(f"{'%s and %d' % ('pct', 5)}", f"{'{} {}'.format('fmt', 6)}")
import datetime
dt = datetime.datetime(2023, 7, 4, 15, 30, 5)
print(f"{dt:%Y-%m-%d %H:%M:%S}", f"{dt:%A %B}", f"{dt.date()}", f"{dt!r}")
