# __enter__/__exit__: return values, exception suppression, nesting order
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as x:
    print("body", x)
with CM("outer") as o, CM("inner") as i:
    print("both", o, i)
with CM("sup", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("nosup"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
try:
    with CM("o", True), CM("i"):
        raise RuntimeError("inner raises")
    print("outer suppressed it")
except RuntimeError:
    print("not here")
def early_return():
    with CM("ret"):
        return "returned"
print(early_return())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        pass
except OSError as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
