# generator.throw(type, value): a tuple value is the arguments, and a class
# whose __new__ returns a non-exception is a TypeError (raise says so too)


def gen():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", repr(e), e.args)


g = gen()
next(g)
g.throw(ValueError, (1, 2))
g.throw(ValueError, [1, 2])
g.throw(ValueError, "msg")
g.throw(ValueError, ValueError(3))
g.throw(ValueError, None)
g.throw(ValueError(4))


class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


def boring():
    yield


for label, call in [("throw(E)", lambda: boring().throw(E)),
                    ("throw(E, None)", lambda: boring().throw(E, None)),
                    ("throw(E, 1)", lambda: boring().throw(E, 1))]:
    try:
        call()
    except TypeError as e:
        print(label, "TypeError:", e)

started = boring()
next(started)
try:
    started.throw(E)
except TypeError as e:
    print("started TypeError:", e)
print(next(started, "exhausted"))

try:
    raise E
except TypeError as e:
    print("raise TypeError:", e)


class Weird(Exception):
    def __new__(cls, *args):
        return 42


try:
    raise Weird
except TypeError as e:
    print("raise TypeError:", e)
