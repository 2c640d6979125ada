# hash consistency across numeric types and user types used as dict keys
import fractions, decimal
nums = [0, 1, -1, 2 ** 31, 2 ** 61 - 1, 2 ** 61, 2 ** 100, 0.5, -0.5, 1.5, 1e10]
for n in nums:
    f = fractions.Fraction(n) if not isinstance(n, float) else fractions.Fraction(n)
    print(n, hash(n) == hash(f), hash(n) == hash(float(n)) if abs(n) < 1e300 else None)
print(hash(decimal.Decimal(1)) == hash(1), hash(decimal.Decimal("0.25")) == hash(0.25), hash(complex(2, 0)) == hash(2))
d = {1: "int"}
d[1.0] = "float"
d[fractions.Fraction(1)] = "fraction"
d[decimal.Decimal(1)] = "decimal"
d[True] = "bool"
print(d, len(d))
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        return self.k == (o.k if isinstance(o, Key) else o)
m = {Key(1): "key1", Key("a"): "keya"}
print(m[1], m["a"], m[Key(1)], 1 in m, 2 in m)
s = {1, Key(1), 1.0}
print(len(s))
class Counting:
    calls = 0
    def __hash__(self):
        Counting.calls += 1
        return 7
c = Counting()
dd = {c: 1}
dd[c]
c in dd
print(Counting.calls)
print(hash(-1) == hash(-2), hash(-1.0), hash(2 ** 61 - 2) == 2 ** 61 - 2, hash(-(2 ** 61 - 1)), hash(float(2 ** 61)))
