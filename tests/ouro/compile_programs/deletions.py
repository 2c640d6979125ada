# del of names, attributes, subscripts, slices, tuples of targets
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals())
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"k": 1, "j": 2, "m": 3}
del d["k"], d["j"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class O:
    cls_attr = 1


o = O()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, "x"), o.y)
try:
    del o.x
except AttributeError as e:
    print("AttributeError:", e)


def f():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: %s" % e


print(f())


def g():
    w = 1
    del w
    w = 2
    return w


print(g())
[p, q] = [1, 2]
del [p, q]
print("p" in globals())
(r, (s, t)) = (1, (2, 3))
del (r, (s, t))
print("s" in globals())
y = 10


def h():
    global y
    del y


h()
print("y" in globals())
del O.cls_attr
print(hasattr(O, "cls_attr"))


class Del:
    def __delitem__(self, k):
        print("delitem", k)

    def __delattr__(self, k):
        print("delattr", k)


dd = Del()
del dd[1], dd[1:2], dd.zz
for i in range(3):
    tmp = i
    del tmp
print("tmp" in globals())


def k():
    nonlocal_target = 1

    def inner():
        nonlocal nonlocal_target
        del nonlocal_target
    inner()
    try:
        return nonlocal_target
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


print(k())
