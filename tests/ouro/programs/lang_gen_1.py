# generator basics: state, return value, gi_* attributes, generator expressions
def count(n):
    print("start")
    for i in range(n):
        yield i
    print("end")
    return "result"

g = count(2)
print(type(g).__name__, g.__name__, g.gi_running, g.gi_frame is not None)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(g.gi_frame, list(g), next(g, "exhausted"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
import itertools
print(list(itertools.islice(fib(), 20, 25)))
squares = (x * x for x in range(6))
print(type(squares).__name__, sum(squares), sum(squares))
print(list(x for x in "abc" if x != "b"), max(len(w) for w in ["a", "bbb", "cc"]))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def take(it, n):
    return [v for _, v in zip(range(n), it)]
print(take(fib(), 5), take(iter("hello"), 3))
def gen_with_return():
    yield 1
    return
print(list(gen_with_return()))
def empty():
    return
    yield
print(list(empty()), bool(empty()))
def lazy_lines(text):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line
print(list(lazy_lines("# comment\n a \n\n b\n#x\nc")))
gen = (i for i in range(3))
print(iter(gen) is gen, next(gen), list(gen))
def raising():
    yield 1
    raise ValueError("inside generator")
r = raising()
print(next(r))
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
print(next(r, "finished after error"))
