# inheritance, MRO, super() zero-argument and two-argument, __class__
class A:
    def __init__(self):
        print("A.__init__")
        self.tag = "A"

    def who(self):
        return "A"

    @classmethod
    def create(cls):
        return "A.create(%s)" % cls.__name__


class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()

    def who(self):
        return "B>" + super().who()

    @classmethod
    def create(cls):
        return "B+" + super().create()


class C(A):
    def __init__(self):
        print("C.__init__")
        super(C, self).__init__()

    def who(self):
        return "C>" + super().who()


class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()

    def who(self):
        return "D>" + super().who()


d = D()
print(d.who(), d.tag, [k.__name__ for k in D.__mro__], D.create())
print(isinstance(d, A), issubclass(D, C), issubclass(A, D))


class WithClassCell:
    def get_class(self):
        return __class__

    def get_name(self):
        return __class__.__name__


class Sub(WithClassCell):
    pass


print(Sub().get_class().__name__, Sub().get_name())


class Base:
    def greet(self, name="x"):
        return "hello " + name


class Child(Base):
    def greet(self, name="y"):
        r = super().greet(name)
        return r.upper()

    def inner_lambda(self):
        return (lambda: super(Child, self).greet("lam"))()

    def comprehension(self):
        return [super(Child, self).greet(n) for n in "ab"]


ch = Child()
print(ch.greet(), ch.inner_lambda(), ch.comprehension())


class Cellarg:
    def m(self):
        def inner():
            return self
        self = "rebound"
        return super().__class__, inner()


try:
    print(Cellarg().m())
except TypeError as e:
    print("TypeError:", e)


class Vehicle:
    wheels = 0

    def describe(self):
        return "%s with %d wheels" % (type(self).__name__, self.wheels)


class Car(Vehicle):
    wheels = 4


class Bike(Vehicle):
    wheels = 2

    def describe(self):
        return super().describe() + " (bike)"


print([v.describe() for v in (Car(), Bike(), Vehicle())])


class MyList(list):
    def append(self, x):
        super().append(x * 2)

    def __repr__(self):
        return "MyList" + super().__repr__()


ml = MyList([1])
ml.append(5)
print(ml, len(ml))


class MyDict(dict):
    def __missing__(self, key):
        return key.upper()


print(MyDict(a=1)["a"], MyDict()["zz"])


class StaticSuper(A):
    @staticmethod
    def s():
        try:
            super()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)


print(StaticSuper.s())


class NewOverride:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.made = True
        return inst

    def __init__(self, v):
        self.v = v


n = NewOverride(3)
print(n.made, n.v)


class Meta(type):
    pass


class Multi(Car, Bike):
    pass


print(Multi().describe(), [c.__name__ for c in Multi.__mro__])
try:
    class Bad(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)


class Exc(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return super().__str__() + " [%d]" % self.code


try:
    raise Exc("boom", 7)
except Exception as e:
    print(e, e.args, e.code)
