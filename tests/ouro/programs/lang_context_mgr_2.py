# contextlib: contextmanager, suppress, ExitStack, closing, nullcontext
import contextlib

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        print("handled in generator:", e)
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)
with tag("div"):
    raise ValueError("oops")
print("continued")
try:
    with tag("span"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError escaped", e)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in range(3):
        stack.callback(print, "callback", n)
    names = [stack.enter_context(tag(f"s{i}")) for i in range(2)]
    print("stack body", names)
class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()):
    print("using res")
with contextlib.nullcontext(42) as v:
    print("null", v)
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
class Reentrant(contextlib.ContextDecorator):
    def __enter__(self):
        print("deco enter")
        return self
    def __exit__(self, *exc):
        print("deco exit")
        return False
@Reentrant()
def decorated():
    print("decorated body")
decorated()
