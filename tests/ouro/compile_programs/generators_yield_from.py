# yield from: delegation of send/throw/close, return values
def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def outer():
    result = yield from inner()
    print("inner returned", result)
    result2 = yield from inner()
    return result + result2


g = outer()
print(next(g), g.send(1), g.send(2))
print(g.send(None))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)


def sub_throw():
    try:
        yield 1
    except ValueError:
        print("sub caught ValueError")
        yield "after throw"
    finally:
        print("sub finally")


def delegator():
    try:
        r = yield from sub_throw()
        print("delegator got", r)
    except KeyError:
        print("delegator caught KeyError")
    yield "delegator end"


d = delegator()
print(next(d), d.throw(ValueError), next(d))
d2 = delegator()
print(next(d2), d2.throw(KeyError))
d3 = delegator()
next(d3)
d3.close()
print("d3 closed")


def chain(*its):
    for it in its:
        yield from it


print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))


def sub_return_on_throw():
    try:
        yield 1
    except ValueError:
        return "returned on throw"


def deleg2():
    r = yield from sub_return_on_throw()
    yield r


dg = deleg2()
next(dg)
print(dg.throw(ValueError))


def raises_inside():
    yield 1
    raise RuntimeError("inner failure")


def catches_delegate():
    try:
        yield from raises_inside()
    except RuntimeError as e:
        yield "caught: %s" % e


print(list(catches_delegate()))


class Iterable:
    def __iter__(self):
        return iter([10, 20])


def from_iterable():
    got = yield from Iterable()
    return got


print(list(from_iterable()))


def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    v = yield from deep(n - 1)
    yield "level %d" % n
    return v + 1


def collect():
    r = yield from deep(3)
    yield r


print(list(collect()))


class NoThrow:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration(99)
        return self.i


def uses_nothrow():
    r = yield from NoThrow()
    yield ("ret", r)


un = uses_nothrow()
print(next(un))
try:
    un.throw(ValueError("into plain iterator"))
except ValueError as e:
    print("ValueError", e)
print(list(uses_nothrow()))


def send_to_plain():
    yield from iter([1, 2])


sp = send_to_plain()
next(sp)
try:
    sp.send("x")
except AttributeError as e:
    print("AttributeError:", e)
