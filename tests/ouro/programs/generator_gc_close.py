# generators dropped while suspended inside try/finally or with are closed
# when they are finalized: at once in CPython, at a collection in ouro, so
# this program looks after gc.collect()
import gc
import weakref

log = []


def flush(label):
    gc.collect()
    print(label, log)
    log.clear()


def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally " + tag)


for x in numbers("break"):
    break
flush("loop with break:")

g = numbers("rebound")
next(g)
g = None
flush("rebound:")


def consume():
    local = numbers("local")
    return next(local)


print(consume())
flush("function local:")

print([next(numbers("temporary"))])
flush("temporary:")


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        log.append("GeneratorExit delivered")
        raise


for _ in catches_exit():
    break
flush("GeneratorExit:")


class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        log.append("exit %s %s" % (self.name, exc[0].__name__ if exc[0] else None))
        return False


def with_gen():
    with Managed("cm"):
        yield "in with"
        yield "still"


w = with_gen()
print(next(w))
del w
flush("with:")


# not started, finished, or suspended outside any try: nothing to run
def plain():
    yield 1
    yield 2


p = plain()
next(p)
del p
unstarted = numbers("never started")
del unstarted
finished = numbers("finished")
print(list(finished))
del finished
flush("nothing more:")


# nested: the outer generator's finally drops the inner one, whose finally
# then runs too
def outer():
    inner = numbers("inner")
    next(inner)
    try:
        yield "outer"
    finally:
        log.append("finally outer")


o = outer()
next(o)
del o
gc.collect()
print("nested:", sorted(log))
log.clear()

# weak references to generators die with them
gen = numbers("weak")
next(gen)
ref = weakref.ref(gen)
print("ref alive:", ref() is gen)
del gen
gc.collect()
print("ref after:", ref(), log)
log.clear()


# yield from: closing the outer closes the delegate
def delegating():
    try:
        yield from numbers("delegate")
    finally:
        log.append("finally delegating")


d = delegating()
next(d)
del d
flush("yield from:")

# many dropped generators: every finally runs
for i in range(500):
    it = numbers("many")
    next(it)
it = None
gc.collect()
print("many:", len(log), set(log))
print("end")
