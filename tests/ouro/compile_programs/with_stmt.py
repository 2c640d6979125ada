# with statements: multiple items, suppression, exit arguments, control flow
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress


with CM("a") as a:
    print("body", a)
with CM("x") as x, CM("y") as y:
    print("both", x, y)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("continued after suppression")
try:
    with CM("outer"), CM("inner"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with CM("outer2", suppress=True), CM("inner2"):
    raise IndexError("suppressed by outer")
print("after outer suppression")


def with_return():
    with CM("r"):
        return "returned"


def with_break():
    for i in range(3):
        with CM("loop%d" % i):
            if i == 1:
                break
            continue
    return i


print(with_return(), with_break())
with CM("t") as (first, *rest):
    print(first, rest)


class Holder:
    pass


h = Holder()
with CM("attr") as h.value:
    pass
d = {}
with CM("item") as d["k"]:
    pass
print(h.value, d)
import contextlib


@contextlib.contextmanager
def managed(tag):
    print("setup", tag)
    try:
        yield tag * 2
    except ZeroDivisionError:
        print("handled in generator cm")
    finally:
        print("teardown", tag)


with managed("m") as v:
    print("using", v)
with managed("z"):
    1 / 0
print("after contextmanager suppression")
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)


class EnterOnly:
    def __enter__(self):
        return self


try:
    with EnterOnly():
        pass
except TypeError as e:
    print("TypeError:", e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("exit failed")


try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))
with contextlib.suppress(KeyError):
    {}["x"]
print("suppress works")
stack_out = []
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(stack_out.append, i)
print(stack_out)


def nested_with_exception():
    try:
        with CM("n1"):
            with CM("n2", suppress=True):
                raise ValueError("inner suppressed")
            raise TypeError("outer raised")
    except TypeError as e:
        return "got " + str(e)


print(nested_with_exception())


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("resource exit sees", et.__name__ if et else None)
        return False


def with_in_generator():
    with Resource():
        yield 1
        yield 2


gen = with_in_generator()
print(next(gen))
gen.close()
