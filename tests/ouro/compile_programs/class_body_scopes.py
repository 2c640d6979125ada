# class bodies: statements, nested classes and qualnames, scoping of names
def factory(tag):
    class Made:
        label = tag
        upper = tag.upper()

        class Inner:
            def where(self):
                return type(self).__qualname__

        def method(self):
            return self.label, tag

    return Made


M = factory("made")
print(M.label, M.upper, M().method(), M.__qualname__, M.Inner.__qualname__, M.Inner().where())
print(M.method.__qualname__, factory.__qualname__)


class Outer:
    x = 1

    class Mid:
        x = 2

        class Deep:
            x = 3

            def get(self):
                return __class__.__qualname__

    def method(self):
        def local_fn():
            class LocalClass:
                pass
            return LocalClass.__qualname__
        return local_fn()


print(Outer.Mid.Deep().get(), Outer().method(), Outer.Mid.Deep.x)


class Counter:
    total = 0
    for i in range(5):
        total += i
    del i
    squares = {n: n * n for n in range(3)}
    if total > 5:
        big = True
    else:
        big = False
    while total > 3:
        total -= 3
    try:
        risky = 1 / 0
    except ZeroDivisionError:
        risky = "caught in class body"
    with open(__file__) as _fh:
        first_line = _fh.readline().strip()[:10]
    del _fh


print(Counter.total, Counter.squares, Counter.big, Counter.risky, Counter.first_line)
y = "global y"


class ReadsGlobal:
    z = y
    y = "class y"
    w = y


print(ReadsGlobal.z, ReadsGlobal.w, y)


def enclosing():
    v = "enclosing v"

    class A:
        got = v

        def m(self):
            return v
    v = "rebound"
    return A.got, A().m()


print(enclosing())


def class_with_global():
    class G:
        global made_in_class
        made_in_class = "global from class"
    return G


class_with_global()
print(made_in_class)


def class_nonlocal():
    n = 0

    class C:
        nonlocal n
        n = 5
    return n


print(class_nonlocal())


class Methods:
    def a(self):
        return "a"

    b = a

    def a(self):
        return "a2"


print(Methods().a(), Methods().b())


class UsesClassNameInBody:
    items = []

    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return UsesClassNameInBody


UsesClassNameInBody.add(1).add(2)
print(UsesClassNameInBody.items)


def class_sees_comprehension_limitations():
    k = 3

    class C:
        vals = [k * i for i in range(3)]
        j = 2
        try:
            vals2 = [j * i for i in range(3)]
        except NameError as e:
            vals2 = str(e)
    return C.vals, C.vals2


print(class_sees_comprehension_limitations())


class Pathology:
    def method(self):
        class X:
            seen = __class__

            def f():
                return __class__
        return X.seen.__name__, X.f().__name__


print(Pathology().method())
