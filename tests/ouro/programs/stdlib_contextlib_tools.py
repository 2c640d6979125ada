import contextlib
import io
import sys
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, closing, nullcontext


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  handled {e!r} in {name}")
    finally:
        print(f"</{name}>")


with tag("a") as t:
    print("  body", t)
with tag("b"):
    raise ValueError("inside")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("escaped", e)

with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("after suppress")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("another")
print(repr(buf.getvalue()))


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return False

    def close(self):
        print("closing()", self.name)


with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "xyz"]
    stack.callback(print, "callback ran")
    print("using", [r.name for r in rs])
try:
    with Resource("r1"), Resource("r2"):
        raise RuntimeError("fail")
except RuntimeError as e:
    print("caught", e)
with closing(Resource("c")):
    pass
with nullcontext(5) as v:
    print("null", v)


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter timer")
        return self

    def __exit__(self, *exc):
        print("exit timer", exc[0])
        return False


@Timer()
def work(x):
    print("working", x)
    return x * 2


print(work(21))


@contextmanager
def bad():
    yield 1
    yield 2


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(err.getvalue().strip())
with ExitStack() as st:
    st.push(lambda *a: print("push exit", a[0]) or True)
    raise IndexError("swallowed")
print("end")
with tag("final"):
    {}["missing"]
