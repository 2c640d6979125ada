"""`del name` of the last reference finalizes at once, as CPython's
reference counting does: __del__ runs, a suspended generator's finally
blocks run; an object still referred to elsewhere is not finalized."""


class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


r = Resource("module-level")
del r
print("after del r")

keep = []
s = Resource("shared")
keep.append(s)
del s
print("after del s (still in keep)")


def work():
    local = Resource("local")
    print("using", local.name)
    del local
    print("after del local")


work()


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers: finally")


g = numbers()
print(next(g))
del g
print("after del g")


def outer():
    it = numbers()
    print("first", next(it))
    del it
    print("after del it")


outer()

print("end")
