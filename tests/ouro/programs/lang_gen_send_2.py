# generator-based coroutine pipeline
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start

@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

@coroutine
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)

@coroutine
def mapper(fn, target):
    try:
        while True:
            target.send(fn((yield)))
    finally:
        print("mapper closing")

p = printer("out:")
pipeline = filt(lambda x: x % 2 == 0, mapper(lambda x: x * 10, p))
for i in range(7):
    pipeline.send(i)
pipeline.close()
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            return (count, avg)
        total += term
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print(e.value)
def running_max():
    best = None
    while True:
        x = yield best
        best = x if best is None or x > best else best
rm = running_max()
next(rm)
print([rm.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
def gen_state():
    yield
import inspect
gs = gen_state()
print(inspect.getgeneratorstate(gs))
next(gs)
print(inspect.getgeneratorstate(gs))
gs.close()
print(inspect.getgeneratorstate(gs))
