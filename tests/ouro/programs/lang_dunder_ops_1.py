# arithmetic dunders with reflected operands
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def _zip(self, o, f):
        if isinstance(o, V):
            return V(*(f(a, b) for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(f(a, o) for a in self.c))
        return NotImplemented
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __radd__(self, o): return self._zip(o, lambda a, b: b + a)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._zip(o, lambda a, b: b - a)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __rmul__(self, o): return self._zip(o, lambda a, b: b * a)
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __rtruediv__(self, o): return self._zip(o, lambda a, b: b / a)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __rmod__(self, o): return self._zip(o, lambda a, b: b % a)
    def __pow__(self, o, mod=None): return self._zip(o, lambda a, b: pow(a, b, mod))
    def __rpow__(self, o): return self._zip(o, lambda a, b: b ** a)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c)) if isinstance(o, V) else NotImplemented
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __invert__(self): return V(*(~a for a in self.c))
    def __lshift__(self, n): return V(*(a << n for a in self.c))
    def __rshift__(self, n): return V(*(a >> n for a in self.c))
    def __and__(self, n): return V(*(a & n for a in self.c))
    def __or__(self, n): return V(*(a | n for a in self.c))
    def __xor__(self, n): return V(*(a ^ n for a in self.c))
    def __rand__(self, n): return ("rand", n)
    def __divmod__(self, n): return ("divmod", n)
    def __rdivmod__(self, n): return ("rdivmod", n)
v, w = V(1, 2, 3), V(4, 5, 6)
print(v + w, v + 1, 1 + v, v - 1, 10 - v, v * 2, 2 * v, v / 2, 6 / v, v // 2, v % 2, 7 % v)
print(v ** 2, 2 ** v, pow(v, 2, 3), v @ w, -v, +v, abs(-v), ~v, v << 2, w >> 1, v & 1, v | 8, v ^ 1, 5 & v)
print(divmod(v, 2), divmod(2, v), 2.5 * v, v + 0.5)
for expr in [lambda: v + "s", lambda: "s" + v, lambda: v @ 1, lambda: 1 @ v, lambda: v < w,
             lambda: v >> "x", lambda: 3 << v, lambda: v[0], lambda: -V.__add__(v, "q")]:
    try:
        print(expr())
    except TypeError as e:
        print(type(e).__name__, e)
