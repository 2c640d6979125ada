# C3 MRO
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (K1, K2, K3, Z):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print([c.__name__ for c in Z.mro()], Z.__bases__ == (K1, K2, K3), Z.__base__.__name__)
class X: pass
class Y: pass
try:
    class Bad(X, Y, X): pass
except TypeError as e:
    print(type(e).__name__, e)
class P(X, Y): pass
class Q(Y, X): pass
try:
    class PQ(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Wrong(object, X): pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left>" + super().who()
class Right(Base):
    def who(self):
        return "Right>" + super().who()
class Diamond(Left, Right):
    def who(self):
        return "Diamond>" + super().who()
print(Diamond().who(), [c.__name__ for c in Diamond.__mro__])
print(issubclass(Diamond, Right), isinstance(Diamond(), Base), Diamond.__subclasses__(), [c.__name__ for c in Base.__subclasses__()])
print(object.__mro__, type.__mro__, bool.__mro__, [c.__name__ for c in OSError.__mro__])
