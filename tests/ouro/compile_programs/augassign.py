# augmented assignment on names, attributes, subscripts, slices; evaluated once
trace = []


def t(x, label):
    trace.append(label)
    return x


n = 5
n += 2
n -= 1
n *= 3
n //= 4
n %= 3
n **= 3
n <<= 2
n >>= 1
n |= 8
n &= 12
n ^= 5
print(n)
f = 7.0
f /= 2
print(f)


class Box:
    def __init__(self):
        self.v = 1
        self.items = [1, 2, 3]


b = Box()
t(b, "obj").v += t(10, "rhs")
print(b.v, trace)
trace.clear()
lst = [1, 2, 3]
t(lst, "list")[t(1, "idx")] *= t(5, "rhs")
print(lst, trace)
trace.clear()
d = {"a": [1]}
d["a"] += [2]
d.setdefault("b", 0)
d["b"] += 1
print(d)
b.items[1:] += [9]
print(b.items)
s = "ab"
s += "cd"
s *= 2
print(s)


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        print("iadd", o)
        self.v += o
        return self

    def __add__(self, o):
        print("add", o)
        return Acc(self.v + o)

    def __isub__(self, o):
        return NotImplemented

    def __sub__(self, o):
        print("sub", o)
        return Acc(self.v - o)


a = Acc(1)
a2 = a
a += 5
print(a is a2, a.v)
a -= 1
print(a is a2, a.v, a2.v)
t1 = (1, 2)
t2 = t1
t1 += (3,)
print(t1, t2)
l1 = [1]
l2 = l1
l1 += [2]
print(l1, l2, l1 is l2)
g = 10


def bump():
    global g
    g += 5


bump()
print(g)


def outer():
    c = 0

    def inc():
        nonlocal c
        c += 1
        return c
    inc()
    inc()
    return c


print(outer())
m = [[1, 2], [3, 4]]
m[1][0] += 100
print(m)
st = {1}
st |= {2}
st &= {2, 3}
print(st)
