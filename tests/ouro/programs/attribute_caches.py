# The inline caches of LOAD_ATTR / STORE_ATTR / LOAD_METHOD
# (ouro/interpreter/attrcache.py): every way the cached answer can become
# wrong, at the same instruction, in a loop.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x + self.y


def read_x(objs):
    return [o.x for o in objs]


def call_norm(objs):
    return [o.norm() for o in objs]


ps = [P(i, i * 2) for i in range(5)]
print(read_x(ps), call_norm(ps))

# a class attribute of the same name does not shadow the instance's ...
P.x = "class x"
print(read_x(ps))
# ... but a data descriptor does
P.x = property(lambda self: "prop")
print(read_x(ps))
del P.x
print(read_x(ps))

# an instance attribute shadows the method at the same LOAD_METHOD site
ps[2].norm = lambda: "instance norm"
print(call_norm(ps))
del ps[2].norm
print(call_norm(ps))

# the method replaced on the class
P.norm = lambda self: -self.x
print(call_norm(ps))


# different shapes at the same site (polymorphic)
class Q:
    pass


def make(i):
    q = Q()
    if i % 2:
        q.a = i
        q.x = i * 10
    else:
        q.x = i * 100
    return q


qs = [make(i) for i in range(6)]
print(read_x(qs), read_x(qs + ps))

# __getattribute__ and __getattr__ added later
Q.__getattribute__ = lambda self, name: "ga " + name
print(read_x(qs))
del Q.__getattribute__
Q.__getattr__ = lambda self, name: "getattr " + name
print(read_x(qs), qs[0].missing)

# __class__ assignment moves the instance to another map family
class R:
    @property
    def x(self):
        return "R.x"


q = qs[1]
q.__class__ = R
print(read_x(qs))
q.__class__ = Q
print(read_x(qs))


# STORE_ATTR: existing slots, new slots (transitions), overflow, dict mode
class S:
    pass


def fill(o, n):
    for k in range(n):
        setattr(o, "a%d" % k, k)
    return o


def store(objs, v):
    for o in objs:
        o.x = v
        o.y = v + 1


ss = [fill(S(), n) for n in range(7)]
store(ss, 1)
store(ss, 2)
print([sorted(vars(o).items()) for o in ss[:3]], [o.x + o.y for o in ss])
ss[3].__dict__[5] = "non-str key"      # the instance moves to a real dict
store(ss, 3)
print([o.x for o in ss], ss[3].__dict__[5])
del ss[4].x
store(ss, 4)
print([list(vars(o)) for o in ss[4:6]])

# __setattr__ and a data descriptor added to the class after the site ran
S.__setattr__ = lambda self, name, value: object.__setattr__(self, name, ("set", value))
store(ss, 5)
print(ss[0].x, ss[6].y)
del S.__setattr__


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError("negative")
        setattr(obj, self.name, value)


positive = Positive()
positive.__set_name__(S, "y")
S.y = positive
store(ss, 6)
print(ss[0].y, ss[0]._y, vars(ss[1]).get("y"))
try:
    store(ss, -5)
except ValueError as e:
    print("ValueError", e)


# __slots__: descriptors of the class, never the cached paths
class T:
    __slots__ = ("x", "y")


ts = [T(), T()]
store(ts, 7)
print([t.x for t in ts], read_x(ts))
try:
    ts[0].z = 1
except AttributeError as e:
    print(e)


# LOAD_METHOD on built-in types and on a subclass of one
def appends(ls):
    for lst in ls:
        lst.append(len(lst))
    return ls


class L(list):
    def append(self, v):
        list.append(self, ("L", v))


print(appends([[], [1], L(), [2, 3]]))
print(appends([L(), []]))
print([s.upper() for s in ["a", "b"]], [b"x".upper()])


# errors at cached sites keep CPython's messages
def get_z(objs):
    return [o.z for o in objs]


try:
    get_z([P(1, 2)])
except AttributeError as e:
    print(e)
p = P(1, 2)
p.z = 3
print(get_z([p]))
try:
    get_z([p, P(4, 5)])
except AttributeError as e:
    print(e)


# many shapes at one site: more than the cache keeps, cycling
def make_classes(n):
    classes = []
    for k in range(n):
        def get(self, k=k):
            return "get%d:%s" % (k, self.v)
        classes.append(type("K%d" % k, (), {"get": get}))
    return classes


classes = make_classes(6)
objs = []
for k, cls in enumerate(classes):
    o = cls()
    for j in range(k):
        setattr(o, "pad%d" % j, j)
    o.v = k
    objs.append(o)


def visit(objs):
    return [(o.v, o.get()) for o in objs]


for round in range(3):
    print(visit(objs + objs[::-1]))
    classes[round].get = lambda self, r=round: "replaced%d" % r
    objs[round + 1].v = "changed%d" % round
print(visit(objs))
