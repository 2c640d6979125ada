# yield from: delegation, return values, send/throw forwarding
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-after"
    return "outer-result"

g = outer()
print(next(g), g.send("a"), g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def sub():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield f"sub handled {e!r}"
    finally:
        print("sub finally")
def delegator():
    yield from sub()
    yield "delegator continues"
d = delegator()
print(next(d), d.throw(KeyError("k")), next(d))
d2 = delegator()
next(d2)
d2.close()
print("closed delegator")
def gen_returning():
    return (yield from iter([1, 2]))
def wrapper():
    v = yield from gen_returning()
    print("iterator return value", v)
print(list(wrapper()))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def ret_stop():
    result = yield from ()
    return result
print(list(ret_stop()))
class Iterable:
    def __iter__(self):
        return iter("xyz")
def from_iterable():
    yield from Iterable()
print(list(from_iterable()))
