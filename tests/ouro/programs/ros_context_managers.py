"""Context managers: class-based, contextlib.contextmanager, suppress, ExitStack, nested, exceptions in __exit__."""
import contextlib
import io
import sys

class Resource:
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit
    def __enter__(self):
        print(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name} exc={exc_type.__name__ if exc_type else None} {exc!r}")
        if self.fail_on_exit:
            raise RuntimeError(f"close of {self.name} failed")
        return isinstance(exc, KeyError)

with Resource("a") as r:
    print("using", r.name)
with Resource("b"):
    {}["missing"]
print("KeyError swallowed")
try:
    with Resource("c"), Resource("d"):
        raise ValueError("inner")
except ValueError as e:
    print("escaped:", e)
try:
    with Resource("e", fail_on_exit=True):
        raise TypeError("original")
except RuntimeError as e:
    print("replaced:", e, "| context:", repr(e.__context__))

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>", end="")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("[div0]", end="")
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print(t, end="")
with tag("i"):
    1 / 0
try:
    with tag("p"):
        raise KeyError("x")
except KeyError as e:
    print("KeyError passed through", e)

@contextlib.contextmanager
def bad_cm():
    yield 1
    yield 2
try:
    with bad_cm():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    open("/definitely/not/here.txt")
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("another")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"s{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print("stack holds", len(rs))
with contextlib.ExitStack() as stack:
    stack.enter_context(Resource("keep"))
    moved = stack.pop_all()
print("pop_all moved")
moved.close()
with contextlib.nullcontext(5) as v:
    print("nullcontext", v)
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *a):
        return None
with Timer() as tm:
    pass
print(tm.entered)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
cm = contextlib.closing(io.StringIO("text"))
with cm as f:
    print(f.read())
print(f.closed)
def gen_with():
    with Resource("g"):
        yield 1
        yield 2
g = gen_with()
print(next(g))
g.close()
print("generator closed")
with Resource("outer"):
    with Resource("final", fail_on_exit=True):
        print("body")
