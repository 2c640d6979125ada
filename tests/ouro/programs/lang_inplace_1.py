# in-place operators: __iadd__ and friends, fallbacks to binary ops
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
    def __repr__(self):
        return f"Acc({self.items})"

a = Acc()
orig = a
a += 1
a += 2
a -= 1
a *= 3
print(a, a is orig)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
    def __repr__(self):
        return f"OnlyAdd({self.v})"
o = OnlyAdd(1)
o2 = o
o += 5
print(o, o2, o is o2)
class BadI:
    def __iadd__(self, x):
        return NotImplemented
    def __add__(self, x):
        return "fallback add"
b = BadI()
b += 1
print(b)
l = [1]
l2 = l
l += (2, 3)
l *= 2
print(l, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
results = []
for op in ["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    ns = {"x": 10}
    exec(f"x {op} 3", ns)
    results.append((op, ns["x"]))
print(results)
f = 7.0
f /= 2
f **= 2
st = "ab"
st *= 3
st += "!"
print(f, st)
try:
    l -= [1]
except TypeError as e:
    print(type(e).__name__, e)
class Item:
    count = 0
it = Item()
it.count += 5
arr = [1, 2]
arr[0] += 10
dd = {"k": 1}
dd["k"] *= 7
print(it.count, arr, dd)
