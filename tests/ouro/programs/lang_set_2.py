# sets with custom hashing and mutation during iteration
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

pts = {P(1, 2), P(1, 2), P(2, 1)}
print(len(pts), P(1, 2) in pts, sorted(pts, key=lambda p: (p.x, p.y)))

class NoHash:
    __hash__ = None

try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)

class EqOnly:
    def __eq__(self, o):
        return True

print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)

s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)

words = "the cat saw the other cat and the dog".split()
seen = set()
uniq = []
for w in words:
    if w not in seen:
        seen.add(w)
        uniq.append(w)
print(uniq, len(seen))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
print({1, 2, 3} - {2} == {1, 3}, set("abc") & set("bcd") == {"b", "c"})
print(sorted(set("hello") | set("world")))
