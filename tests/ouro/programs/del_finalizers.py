# __del__ runs after the object became unreachable: at once in CPython
# (reference counting), at a collection in ouro; gc.collect() is where both
# have run it, so this program checks only after gc.collect()
import gc
import weakref

log = []


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)


def flush(label):
    gc.collect()
    print(label, sorted(log))
    log.clear()


r = Res("a")
del r
flush("dropped:")

r = Res("b")
r = Res("c")
flush("rebound:")


def scope():
    inner = Res("local")
    return inner.name


print(scope())
flush("function local:")

# a cycle with finalizers: both run
x = Res("x")
y = Res("y")
x.other = y
y.other = x
del x, y
flush("cycle:")

# a container of finalizable objects
items = [Res("item%d" % i) for i in range(5)]
del items[1:3]
flush("slice deleted:")
items = None
flush("list dropped:")


# __del__ sees its attributes, and runs once
class Counted:
    count = 0

    def __init__(self, payload):
        self.payload = payload

    def __del__(self):
        Counted.count += 1
        log.append("counted %d %s" % (Counted.count, self.payload))


c = Counted([1, 2, 3])
c = None
flush("payload:")
gc.collect()
print("runs once:", Counted.count)


# __del__ before the callbacks of the weak references (CPython's order for
# an instance)
class Both:
    def __del__(self):
        log.append("1 del")


b = Both()
wr = weakref.ref(b, lambda ref: log.append("2 callback"))
del b
gc.collect()
print("order:", log, wr())
log.clear()


# an exception inside __del__ that __del__ handles itself
class Careful:
    def __del__(self):
        try:
            raise ValueError("inside __del__")
        except ValueError as e:
            log.append("handled " + str(e))


Careful()
flush("handled:")


# inherited __del__, and a subclass that adds one later in the MRO
class Base:
    def __del__(self):
        log.append("base del " + type(self).__name__)


class Derived(Base):
    pass


class Overrides(Base):
    def __del__(self):
        log.append("overrides")
        super().__del__()


Derived()
Overrides()
flush("inherited:")

# subclasses of built-in types
class MyList(list):
    def __del__(self):
        log.append("list del %d" % len(self))


class MyDict(dict):
    def __del__(self):
        log.append("dict del %s" % sorted(self))


class MyError(Exception):
    def __del__(self):
        log.append("error del %s" % (self.args,))


MyList([1, 2])
MyDict(a=1, b=2)
try:
    raise MyError("boom")
except MyError:
    pass
flush("built-in subclasses:")

# many short-lived finalizable objects: every one is finalized
for i in range(2000):
    Res("many")
gc.collect()
print("many:", len(log), set(log))
log.clear()
print("end")
