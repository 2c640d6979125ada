# comparison operators: all six with reflection, chained comparisons, identity fallbacks
calls = []
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N{self.v}"
    def _cmp(name, op):
        def method(self, other):
            calls.append(f"{self!r}.{name}({other!r})")
            if not isinstance(other, N):
                return NotImplemented
            return op(self.v, other.v)
        method.__name__ = name
        return method
    import operator as _op
    __lt__ = _cmp("__lt__", _op.lt)
    __le__ = _cmp("__le__", _op.le)
    __gt__ = _cmp("__gt__", _op.gt)
    __ge__ = _cmp("__ge__", _op.ge)
    __eq__ = _cmp("__eq__", _op.eq)
    __ne__ = _cmp("__ne__", _op.ne)
    __hash__ = None
a, b = N(1), N(2)
for expr in ["a < b", "a <= b", "a > b", "a >= b", "a == b", "a != b", "a < 5", "5 < a", "a == 5", "5 != a", "a < b < N(3)"]:
    calls.clear()
    try:
        r = eval(expr)
    except TypeError as e:
        r = f"TypeError: {e}"
    print(expr, "->", r, calls)
class NoEq:
    pass
x = NoEq()
print(x == x, x != x, x == NoEq(), x != NoEq())
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() != OnlyEq(), OnlyEq() != 1)
class RetNonBool:
    def __lt__(self, o):
        return [1]
    def __eq__(self, o):
        return 0
print(RetNonBool() < 1, RetNonBool() == 1, not RetNonBool() == 1, bool(RetNonBool() < 1))
print(sorted([N(3), N(1), N(2)]), max(N(1), N(5)), min([N(4), N(0)]))
print(1 < 2 < 3, 1 < 3 < 2, (1 < 2) < 3, 1 == 1.0 == True, "a" < "b" > "a", [] == [] is not None)
