# Instance creation through object.__new__ (type_call's direct path) and the
# other ways: __init__ arguments and errors, abstract classes, own __new__.
class A:
    def __init__(self, x, y=2):
        self.x = x; self.y = y
print(vars(A(1)), vars(A(1, y=5)))
class B: pass
print(type(B()).__name__)
for f in (lambda: B(1), lambda: A(), lambda: A(1, 2, 3), lambda: object(1)):
    try: f()
    except TypeError as e: print(e)
class C:
    def __init__(self): return 5
try: C()
except TypeError as e: print(e)
import abc
class D(abc.ABC):
    @abc.abstractmethod
    def m(self): pass
try: D()
except TypeError as e: print(e)
class E(D):
    def m(self): return 1
print(E().m())
class F:
    def __new__(cls, *a): return 42
print(F(1))
class G(int): pass
print(G(5) + 1)
class H:
    __init__ = lambda self, v: setattr(self, "v", v)
print(H(3).v)
