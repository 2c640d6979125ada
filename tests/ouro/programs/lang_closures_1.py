# closures and cells
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2(), c1.__closure__[0].cell_contents, c1.__code__.co_freevars)

def adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]

early, late = adders()
print([f(10) for f in early], [f(10) for f in late])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()
print(outer()())

def make_acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = make_acc()
print(acc(1), acc(2), acc(3))

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21))

def cell_before_assign():
    def show():
        return value
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)
    value = 1
    return show()
print(cell_before_assign())
print(make_counter.__code__.co_cellvars, c1.__code__.co_cellvars)
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
