# closures: cells that are arguments, nested closures, late binding, class bodies
def make_adder(n):
    def add(x):
        return x + n
    return add


print(make_adder(3)(4), make_adder.__code__ is not None)


def arg_cell(a, b=2, *args, k=3, **kw):
    def inner():
        return a, b, args, k, kw
    return inner


print(arg_cell(1)(), arg_cell(1, 5, 6, k=7, z=8)())


def rebinding_arg(x):
    def get():
        return x
    x = x * 10
    return get()


print(rebinding_arg(4))


def three_levels(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1


print(three_levels(1)(2)(3)(4))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])


def loop_closures():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    return [f() for f in out]


print(loop_closures())


def class_reads_enclosing():
    value = 42
    other = "o"

    class Inner:
        attr = value
        other = "class-level"
        copy = other

        def method(self):
            return value, other
    return Inner.attr, Inner.copy, Inner().method()


print(class_reads_enclosing())


x = "global x"


def class_shadow():
    x = "func"

    class C:
        print("in class body, x =", x)
        x = "class"
        print("after assignment, x =", x)

        def m(self):
            return x
    return C().m(), C.x


print(class_shadow())


def counter():
    count = [0]

    def inc():
        count[0] += 1
        return count[0]
    return inc


c = counter()
c()
print(c(), c.__closure__[0].cell_contents)


def shared_cell():
    v = 0

    def get():
        return v

    def setv(n):
        nonlocal v
        v = n
    return get, setv


g, s = shared_cell()
s(9)
print(g())


def cell_in_comprehension(n):
    return [x * n for x in range(3)], {k: n for k in "ab"}, list(y + n for y in range(2))


print(cell_in_comprehension(5))


def self_recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(6)


print(self_recursive_closure())


def unbound_free():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    late = 1
    return inner()


print(unbound_free())


def deleted_cell():
    v = 1

    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(v)
    except NameError as e:
        print(type(e).__name__, e)


deleted_cell()
