# private name mangling in classes
class A:
    __cls_private = "A-private"
    __dunder__ = "not mangled"

    def __init__(self):
        self.__x = 1
        self._y = 2

    def __private_method(self):
        return "private method of A"

    def call(self):
        return self.__private_method(), self.__x, A.__cls_private

    def nested(self):
        def inner():
            return self.__x
        return inner()

    def comp(self):
        return [self.__x + i for i in range(2)]

    def lam(self):
        return (lambda: self.__x)()

    def getattr_string(self):
        return getattr(self, "__x", "no unmangled")

    def local_private(self):
        __local = 5
        return __local


a = A()
print(a.call(), a.nested(), a.comp(), a.lam(), a.getattr_string(), a.local_private())
print(a._A__x, A._A__cls_private, A.__dunder__, sorted(k for k in vars(a)))
try:
    print(a.__x)
except AttributeError as e:
    print("AttributeError:", e)


class B(A):
    def __init__(self):
        super().__init__()
        self.__x = "B's"

    def both(self):
        return self.__x, self._A__x


print(B().both(), sorted(vars(B())))


class _Under:
    def __m(self):
        return "underscore class"

    def call(self):
        return self.__m()


print(_Under().call(), [n for n in dir(_Under) if "m" in n and n.startswith("_")][:1])


class Outer:
    class __Inner:
        v = "inner"

    def get(self):
        return self.__Inner.v

    class Nested:
        def f(self):
            return self.__p

        __p = "nested private"


print(Outer().get(), Outer.Nested().f(), hasattr(Outer, "_Outer__Inner"))


class Kw:
    def f(self, __arg=1):
        return __arg

    def g(self, **kw):
        return kw


print(Kw().f(), Kw().f(_Kw__arg=3), Kw().g(__zz=1))


class ImportMangle:
    def m(self):
        import os as __os
        return __os.sep
