# __index__, __int__, __float__, __complex__, __round__, __trunc__
import math
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
i = Idx(3)
print([10, 20, 30, 40][i], "abcdef"[i:], range(10)[Idx(2):Idx(8):Idx(2)], hex(i), bin(i), oct(i))
print(int(i), operator_index if False else __import__("operator").index(i), (1).__lshift__(i), [0] * Idx(2))
print(bytes(Idx(2)), "x" * Idx(3), math.comb(Idx(5), 2), [1, 2, 3, 4][Idx(1):])
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 1.5
    def __complex__(self):
        return 1j
    def __round__(self, nd=None):
        return ("round", nd)
    def __trunc__(self):
        return 7
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
for bad in [lambda: [1][Num()], lambda: hex(Num()), lambda: range(Num()), lambda: "ab" * Num()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return "nope"
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
print(int(Idx(9)), float(Idx(2)) if hasattr(float, "__index__") or True else 0)
