import weakref, operator
class N:
    def __init__(s, v): s.v = v
    def __add__(s, o): return ("add", o)
    def __radd__(s, o): return ("radd", o)
    def __sub__(s, o): return ("sub", o)
    def __matmul__(s, o): return "mm"
    def __floordiv__(s, o): return "fd"
    def __rfloordiv__(s, o): return "rfd"
    def __pow__(s, o, m=None): return ("pow", o, m)
    def __divmod__(s, o): return "dm"
    def __neg__(s): return "neg"
    def __abs__(s): return "abs"
    def __invert__(s): return "inv"
    def __index__(s): return 2
    def __int__(s): return 7
    def __float__(s): return 1.5
    def __bytes__(s): return b"by"
    def __reversed__(s): return iter([3, 2, 1])
    def __iadd__(s, o): return ("iadd", o)
    def __and__(s, o): return "and"
n = N(1); p = weakref.proxy(n)
print(p + 1, 1 + p, p - 1, p @ 1, p // 1, 1 // p, p ** 2, pow(p, 2, 5), divmod(p, 3))
print(-p, abs(p), ~p, [10, 20, 30][p], int(p), float(p), bytes(p), list(reversed(p)), operator.index(p), p & 1)
q = p
q += 5
print(q)
n2 = N(2); p2 = weakref.proxy(n2)
print(p + p2 == ("add", n2))
class E: pass
e = E(); pe = weakref.proxy(e)
for f in (lambda: pe + 1, lambda: -pe, lambda: abs(pe), lambda: pe @ pe, lambda: int(pe), lambda: [1][pe], lambda: pe ** 2):
    try: f()
    except TypeError as ex: print(ex)
import gc
del e; gc.collect()
try: pe + 1
except ReferenceError as ex: print("RE", ex)
print(sorted(k for k in vars(type(p)) if k.startswith('__r'))[:6])
