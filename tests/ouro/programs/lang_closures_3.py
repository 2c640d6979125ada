# class scope is not an enclosing scope for functions; comprehensions in class bodies
x = "global x"
class C:
    x = "class x"
    def method(self):
        return x
    from_class = x
    lam = lambda self: x
    items = [x for _ in range(2)]
    try:
        names = [x + n for n in ["a"]] and [y for y in range(2) if x]
    except NameError as e:
        names = str(e)
print(C().method(), C.from_class, C().lam(), C.items, C.names)
def outer():
    x = "outer x"
    class Inner:
        y = x
        def get(self):
            return x
    return Inner
I = outer()
print(I.y, I().get())
def make():
    values = []
    class Collector:
        def add(self, v):
            values.append(v)
            return values
    return Collector()
c = make()
c.add(1)
print(c.add(2))
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        return Counter.count
a, b = Counter(), Counter()
a.inc(); b.inc()
print(Counter.count, a.count)
a.count = 100
print(Counter.count, a.count, b.count)
def f():
    v = 1
    class K:
        v = 2
        w = v
        def m(self):
            return v
    return K.w, K().m()
print(f())
class Outer:
    class Nested:
        pass
    def make(self):
        return self.Nested()
print(Outer.Nested.__qualname__, type(Outer().make()).__qualname__)
