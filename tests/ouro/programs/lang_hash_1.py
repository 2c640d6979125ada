# __hash__ and __eq__ interplay, hash values of builtins
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
print(hash(P(5)) == hash(5), P(1) in {P(1)}, len({P(1), P(1), P(2)}))
class EqNoHash:
    def __eq__(self, o):
        return True
print(EqNoHash.__hash__)
class Inherit(P):
    pass
print(hash(Inherit(3)) == hash(3))
class OverrideEq(P):
    def __eq__(self, o):
        return False
print(OverrideEq.__hash__)
class KeepHash(P):
    def __eq__(self, o):
        return False
    __hash__ = P.__hash__
print(hash(KeepHash(4)) == hash(4))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()), hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(0.5), hash(1.0), hash(-0.5), hash(1e-300), hash(123.456))
print(hash(1 + 1j), hash(complex(0, 1)), hash(()), hash((0,)), hash((1, 2, 3)), hash(("a",)) == hash(("a",)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(None) == hash(None), hash(True))
print(hash(range(3)), hash(range(1, 9, 2)), hash(slice) == hash(slice))
import fractions, decimal
print(hash(fractions.Fraction(1, 2)) == hash(0.5), hash(decimal.Decimal("0.5")) == hash(0.5))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(hash("abc"), int), hash("") == 0, hash(b"") == 0)
