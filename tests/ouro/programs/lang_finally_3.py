# uncaught: exception raised in finally replaces the original
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True

    def close(self):
        if not self.open:
            raise RuntimeError(f"{self.name} already closed")
        self.open = False
        print("closed", self.name)


def use(res, fail):
    try:
        print("using", res.name)
        if fail:
            raise ValueError("work failed")
        return "ok"
    finally:
        res.close()


r1 = Resource("r1")
print(use(r1, False))
r2 = Resource("r2")
try:
    use(r2, True)
except ValueError as e:
    print("caught", e)
print("reusing r2")
use(r2, True)
print("not reached")
