# less common syntax: star in subscripts, star targets in for, global at module level, nested scopes
class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
idx = (1, 2)
print(g[*idx], g[0, *idx], g[1:2, *idx], g[()], g[(1,)], g[1,])
global module_level
module_level = "ok"
print(module_level)


def f(*args):
    return args


print(f(*[1], *(2,), *"3"), f(*()), f(*[x for x in range(2)]), f(x for x in "ab").__class__.__name__)
print(f(**{}), (lambda **kw: kw)(**{"a": 1}, b=2))


class Outer:
    def method(self):
        x = 1

        class Inner:
            def get(self):
                return x, __class__.__name__
        return Inner().get()

    def comp_super(self):
        try:
            return [super() for _ in range(1)]
        except TypeError as e:
            return "TypeError: " + str(e)


print(Outer().method(), Outer().comp_super())


def free_through():
    v = "deep"

    def a():
        def b():
            def c():
                return v
            return c
        return b
    return a()()()


print(free_through())


def uses_global_in_comprehension():
    global module_level
    module_level = [module_level for _ in range(2)]
    return module_level


print(uses_global_in_comprehension())


def default_kwonly_order(a=print("default a") or 1, *, b=print("kwdefault b") or 2):
    return a, b


print(default_kwonly_order())


def cell_and_del():
    x = 1

    def get():
        return x
    del x
    x = 2
    return get()


print(cell_and_del())
if (n := 5) and (m := n + 1):
    print(n, m)
print([(yield_ := i) for i in range(2)], yield_)
lst = [3, 1, 2]
lst.sort(key=lambda v: -v)
print(lst)
print(*[1, 2], sep=", ")
print((1, 2)[True], [10, 20][False], "ab"[-True])
t = 1,
u = ()
v = (1)
print(t, u, v, type(t).__name__)
x = [1, 2, 3]
x[1:2] = x[0:1] = [9]
print(x)
print(type(lambda: 0).__name__, (lambda: 0).__code__.co_name if False else "code")


def returns_tuple():
    return 1, *[2, 3], 4


print(returns_tuple())


def yields_tuple():
    yield 1, 2
    yield *[3], 4


print(list(yields_tuple()))
for i, *rest in [(1, 2, 3)]:
    print(i, rest)
print(f"{'nested' + f'{1 + 1}'}", f"{x!r}", f"{x[0]:>{x[1]}}")
