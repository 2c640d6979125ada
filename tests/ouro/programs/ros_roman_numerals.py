"""Roman numerals both ways, with validation errors and an uncaught one."""
TABLE = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

class RomanError(ValueError):
    pass

class OutOfRange(RomanError):
    def __init__(self, n):
        super().__init__(f"{n!r} is out of range (1..3999)")
        self.n = n

def to_roman(n):
    if not isinstance(n, int):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise OutOfRange(n)
    out = []
    for v, s in TABLE:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)

VAL = {s: v for v, s in TABLE if len(s) == 1}

def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        try:
            v = VAL[ch]
        except KeyError:
            raise RomanError(f"bad numeral {ch!r} in {s!r}") from None
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s.upper():
        raise RomanError(f"non-canonical numeral {s!r}")
    return total

for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 1666, 444):
    r = to_roman(n)
    print(f"{n:>5} -> {r:<12} -> {from_roman(r)}")
for bad in (0, 4000, -3, 2.5, "12"):
    try:
        to_roman(bad)
    except RomanError as e:
        print("RomanError:", e, isinstance(e, ValueError), getattr(e, "n", None))
    except TypeError as e:
        print("TypeError:", e)
for bad in ("IIII", "MMXZ", "VX", "mcmxcix"):
    try:
        print(bad, from_roman(bad))
    except RomanError as e:
        print(repr(e))
print(sum(from_roman(to_roman(i)) == i for i in range(1, 4000)))
from_roman("MCMXCIVQ")
