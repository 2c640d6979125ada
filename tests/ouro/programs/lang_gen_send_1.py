# send / throw / close
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), acc.send(1))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def fresh():
    x = yield
    print("got", x)
    yield x * 2
g = fresh()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None), g.send(21))
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(c, "dead"))
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")
cl = closer()
print(next(cl))
cl.close()
cl.close()
print(next(cl, "closed gen"))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def throw_type():
    yield 1
t = throw_type()
next(t)
try:
    t.throw(ValueError, "legacy signature")
except ValueError as e:
    print(type(e).__name__, e)
unstarted = closer()
unstarted.close()
print("closing unstarted is fine")
