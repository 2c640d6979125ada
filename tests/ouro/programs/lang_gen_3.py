# generator finalization order, return in finally, generators in classes
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t), sum(t), list(t.depth_first()))
def gen():
    try:
        yield 1
    finally:
        print("finalizing gen")
g = gen()
next(g)
del g
print("after del")
def gen2():
    try:
        yield 1
        yield 2
    finally:
        return "from finally"
g2 = gen2()
next(g2)
try:
    g2.throw(ValueError("lost"))
except StopIteration as e:
    print("StopIteration with", e.value)
def squares():
    for i in range(5):
        received = yield i * i
        if received == "skip":
            yield "skipped"
s = squares()
print(next(s), next(s), s.send("skip"), next(s))
def producer():
    for ch in "abc":
        print("producing", ch)
        yield ch
for ch in producer():
    print("consuming", ch)
    if ch == "b":
        break
print(list(zip(producer(), range(2))))
def counter_gen():
    n = 0
    while True:
        n += 1
        cmd = yield n
        if cmd == "reset":
            n = 0
cg = counter_gen()
print(next(cg), next(cg), cg.send("reset"), next(cg))
print(any(x > 3 for x in producer2()) if (producer2 := lambda: iter([1, 5, 2])) else None)
