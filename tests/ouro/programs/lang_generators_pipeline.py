import itertools
from contextlib import contextmanager


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def strip_comments(lines):
    for n, line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line:
            yield n, line


def parse(lines):
    for n, line in lines:
        key, sep, value = line.partition("=")
        if not sep:
            raise SyntaxError(f"line {n}: expected key=value, got {line!r}")
        yield key.strip(), value.strip()


def convert(pairs):
    for k, v in pairs:
        if v.isdigit():
            v = int(v)
        elif v.lower() in ("true", "false"):
            v = v.lower() == "true"
        yield k, v


CONFIG = """
# server settings
host = example.org
port = 8080   # default
debug = True

workers=4
name = my app # trailing
"""
print(dict(convert(parse(strip_comments(read_lines(CONFIG))))))
try:
    dict(parse(strip_comments(read_lines("a=1\nbroken line\n"))))
except SyntaxError as e:
    print("SyntaxError:", e)


def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return total, count
        total += x
        count += 1
        avg = total / count


a = averager()
next(a)
print([a.send(x) for x in (10, 20, 60)])
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)


def delegator():
    result = yield from averager()
    print("delegate returned", result)
    yield "done"


d = delegator()
next(d)
d.send(4)
print(d.send(None))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fib(), 15)), next(x for x in fib() if x > 1000))
evens = (x for x in range(10) if x % 2 == 0)
print(sum(evens), sum(evens), list(evens))


def counter():
    i = 0
    try:
        while True:
            i += 1
            yield i
    except GeneratorExit:
        print("counter closed at", i)
        raise
    finally:
        print("counter finally")


c = counter()
print(next(c), next(c))
c.close()
print(c.gi_frame, list(c))


def thrower():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"caught {e}"


t = thrower()
print(next(t), t.throw(ValueError("boom")), next(t))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)


@contextmanager
def section(name):
    print(f"[{name}")
    yield
    print(f"{name}]")


def tagged(items):
    with section("tagged"):
        yield from items


print(list(tagged([1, 2])))
g = (x * x for x in [1, 2])
print(type(g).__name__, g.__name__, next(g), list(g))
nested = [[1, 2], [3], [], [4, 5, 6]]
print([y for x in nested for y in x], list(itertools.chain(*nested)), [len(x) for x in nested if x])


def grouper(n, iterable):
    args = [iter(iterable)] * n
    return list(zip(*args))


print(grouper(3, "abcdefgh"), list(zip(*[(1, "a"), (2, "b")])))
gen = (1 / x for x in [1, 0])
print(next(gen))
next(gen)
