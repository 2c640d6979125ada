"""A small Python program that `make demo` runs on the translated ouro
interpreter (bin/ouro): classes, generators, closures, f-strings, big
integers, exceptions with their traceback-free messages."""


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def counter():
    count = 0

    def bump(n=1):
        nonlocal count
        count += n
        return count
    return bump


print("Vector sum:", Vector(1, 2) + Vector(3, 4))
fib = fibonacci()
print("Fibonacci:", [next(fib) for _ in range(15)])
bump = counter()
bump(); bump(5)
print("Counter:", bump())
print("2 ** 200 =", 2 ** 200)
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print("Most common:", sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
try:
    {}["missing"]
except KeyError as e:
    print("Caught:", repr(e))
match Vector(0, 5):
    case Vector(x=0, y=y):
        print(f"On the y axis at {y:>4}")
print(f"{3.14159:.2f} {255:#x} {'centered':^14}|")
