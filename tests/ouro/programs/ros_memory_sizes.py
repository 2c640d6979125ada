"""sys.getsizeof as memory-usage lessons print it: ints by 30-bit digits,
str by its widest character, bytes, tuples, dicts and sets growing,
instances with and without __slots__, a generator against a list."""
import sys

for n in (0, 1, 255, 2 ** 30 - 1, 2 ** 30, 2 ** 60, 2 ** 64, -(2 ** 100), 10 ** 100):
    print(f"int {n.bit_length():4} bits: {sys.getsizeof(n)} bytes")
print("bool", sys.getsizeof(True), sys.getsizeof(False), "float", sys.getsizeof(3.14), "complex", sys.getsizeof(2j), "None", sys.getsizeof(None))
for s in ("", "a", "hello", "x" * 100, "café", "€uro", "日本", "emoji 😀"):
    print(f"str {s[:12]!r:16} len {len(s):3} -> {sys.getsizeof(s)}")
for b in (b"", b"abc", bytes(100)):
    print("bytes", len(b), sys.getsizeof(b), "bytearray", sys.getsizeof(bytearray(b)))
for t in ((), (1,), (1, 2, 3), tuple(range(100))):
    print("tuple", len(t), sys.getsizeof(t))
print("list()", sys.getsizeof([]), "list(range(10))", sys.getsizeof(list(range(10))), "[0]*1000", sys.getsizeof([0] * 1000))
print("range", sys.getsizeof(range(10 ** 9)), "slice", sys.getsizeof(slice(1, 2)))
d = {}
prev = None
for i in range(200):
    size = sys.getsizeof(d)
    if size != prev:
        print(f"dict of {len(d):3} int keys: {size}")
        prev = size
    d[i] = i
words = {}
prev = None
for i in range(50):
    size = sys.getsizeof(words)
    if size != prev:
        print(f"dict of {len(words):3} str keys: {size}")
        prev = size
    words["w%d" % i] = i
s = set()
prev = None
for i in range(300):
    size = sys.getsizeof(s)
    if size != prev:
        print(f"set of {len(s):3}: {size}")
        prev = size
    s.add(i)
print("frozenset", sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(10))))

class Plain:
    def __init__(self, x, y):
        self.x, self.y = x, y

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Slotted3(Slotted):
    __slots__ = ("z",)

class AppError(Exception):
    pass

print("instance", sys.getsizeof(Plain(1, 2)), "slotted", sys.getsizeof(Slotted(1, 2)), "subclass slots", sys.getsizeof(Slotted3(1, 2)))
print("exception", sys.getsizeof(AppError("x")), sys.getsizeof(ValueError()), "object", sys.getsizeof(object()))
print("__sizeof__", (12345).__sizeof__(), "abc".__sizeof__(), ().__sizeof__(), {}.__sizeof__(), set().__sizeof__(), Slotted(1, 2).__sizeof__())

def squares(n):
    for i in range(n):
        yield i * i

big_list = [i * i for i in range(10000)]
gen = (i * i for i in range(10000))
print("generator expression", sys.getsizeof(gen), "generator function", sys.getsizeof(squares(10)))
print("the same whatever n:", sys.getsizeof(squares(10)) == sys.getsizeof(squares(10 ** 6)))
print(sum(gen) == sum(big_list))

class Sized:
    def __init__(self, n):
        self.n = n
    def __sizeof__(self):
        return self.n

print("custom __sizeof__", sys.getsizeof(Sized(100)), sys.getsizeof(Sized(0)))
print("default", sys.getsizeof(Sized(-1), "n/a"))
for bad in (Sized(-1), Sized("big"), Sized(2.5)):
    try:
        sys.getsizeof(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.getsizeof()
except TypeError as e:
    print(type(e).__name__, e)
