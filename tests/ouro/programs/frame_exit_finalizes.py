"""When a function returns (or a generator finishes or is closed), the
locals that held the last reference to an object with __del__ or to a
suspended generator are finalized there, as CPython's reference counting
does; a returned object lives on."""


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


def scope():
    r = Resource("scoped")
    print("in scope", r.name)


scope()
print("after scope")


def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print("  finally of", tag)


def consume():
    local = numbers("local variable")
    next(local)
    return "returning"


print(consume())


def factory():
    r = Resource("escapes")
    return r


x = factory()
print("got", x.name)
del x
print("after del x")


def relay(target):
    while True:
        item = yield
        target.send(item)


def sink():
    try:
        while True:
            item = yield
            print("  sink got", item)
    finally:
        print("  sink closing")


s = sink()
next(s)
r = relay(s)
next(r)
del s
r.send("a")
r.close()
print("after close")


def gen_with_local():
    res = Resource("generator local")
    yield res.name


print(list(gen_with_local()))
print("end")
