# generators: next, send, throw, close, return values, finally blocks
def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        else:
            i += 1
    return "done at %d" % i


g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
print(list(counter(3)), [x for x in counter(2)])


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")


w = with_finally()
print(next(w))
w.close()
print("closed")
w.close()


def catches_throw():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"


c = catches_throw()
print(next(c), c.throw(ValueError("bad")), next(c))
try:
    c.throw(KeyError, "k")
except KeyError as e:
    print("propagated KeyError", e)
print(c.__class__.__name__)


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"


ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def handles_exit():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup on exit")
        raise


h = handles_exit()
next(h)
h.close()


def gen_return_value():
    yield 1
    return [1, 2]


r = gen_return_value()
next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, e.args)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 10)))
print(sum(i for i in range(10)), sorted(i % 3 for i in range(7)))


def not_started():
    print("started")
    yield 1


ns = not_started()
try:
    ns.send(5)
except TypeError as e:
    print("TypeError:", e)
print(ns.send(None))


def gen_in_try():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)


for v in gen_in_try():
    print("got", v)


def unpack_gen():
    yield from "ab"
    yield 3


a, b, c = unpack_gen()
print(a, b, c, *unpack_gen(), list(zip(unpack_gen(), unpack_gen())))


def empty():
    return
    yield


print(list(empty()), type(empty()).__name__)


def yield_expr_values():
    x = yield
    y = yield x
    z = yield (x, y)
    print("z", z)


ye = yield_expr_values()
print(next(ye), ye.send("a"), ye.send("b"))
try:
    ye.send("c")
except StopIteration:
    print("exhausted")


def thrown_into_unstarted():
    yield 1


tu = thrown_into_unstarted()
try:
    tu.throw(IndexError("early"))
except IndexError as e:
    print("IndexError", e)
print(list(tu))


def genexp_closure():
    n = 10
    return (n + i for i in range(3))


print(list(genexp_closure()))


class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids

    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k


print(list(Tree(1, [Tree(2, [Tree(3)]), Tree(4)])))
