# uncaught: exception in __enter__ of the second manager; the first one still exits
class Managed:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise ConnectionError(f"cannot open {self.name}")
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else "ok")
        return False


with Managed("a") as a, Managed("b") as b:
    print("using", a.name, b.name)
try:
    with Managed("c"), Managed("d", fail=True):
        print("never")
except ConnectionError as e:
    print("caught:", e)
with Managed("e"), Managed("f", fail=True):
    print("never")
print("not reached")
