"""Pickling and copying of built-in objects, their subclasses and slots
objects: round trips at every protocol, copy.copy and copy.deepcopy,
object.__getstate__ (3.11) of plain, slots and built-in subclass
instances, __getnewargs(_ex)__ looked up on the type (a __getattr__ that
recurses is not asked), recursive structures, and the messages of what
cannot be pickled."""
import copy
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]


class Slots:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class SlotsAndDict(Slots):
    __slots__ = ("z", "__dict__")


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MySet(set):
    pass


class NewArgs(int):
    def __getnewargs__(self):
        return (int(self) * 2,)


class NewArgsEx(int):
    def __new__(cls, v, *, base=None):
        return int.__new__(cls, v) if base is None else int.__new__(cls, v, base)

    def __getnewargs_ex__(self):
        return ("%X" % self,), {"base": 16}


class BadGetattr:
    def __getattr__(self, name):
        return self.missing


def state(o):
    return o.__getstate__()


print("getstate plain:", state(Plain()))
print("getstate empty:", state(object()), state(BadGetattr()))
s = Slots(3)
print("getstate slots:", state(s))
s.y = 4
print("getstate slots full:", state(s))
sd = SlotsAndDict(1)
sd.z = 2
sd.w = 3
print("getstate slots+dict:", state(sd))
ml = MyList([1, 2])
ml.tag = "t"
print("getstate list subclass:", state(ml), state(MyList()))
print("getstate int subclass:", state(MyInt(5)))

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    values = [
        None, True, 3, 2 ** 100, 1.5, 2j, "s", b"b", bytearray(b"ba"), (1, "a"), [1, [2]],
        {"k": [1]}, {1, 2}, frozenset({3}), range(1, 10, 2), slice(1, None, 2), Ellipsis,
        NotImplemented, MyInt(7), MyStr("ms"), MyTuple((1, 2)), MySet({4}), NewArgs(3),
        NewArgsEx(0xFACE),
    ]
    out = []
    for v in values:
        w = pickle.loads(pickle.dumps(v, proto))
        out.append(w == v and type(w) is type(v))
    print(proto, all(out), [i for i, ok in enumerate(out) if not ok])
    d = MyDict(a=1)
    d.extra = [1]
    d2 = pickle.loads(pickle.dumps(d, proto))
    print(" dict subclass:", type(d2).__name__, d2, d2.extra)
    try:
        s2 = pickle.loads(pickle.dumps(sd, proto))
        print(" slots:", s2.x, s2.z, s2.w, hasattr(s2, "y"))
    except TypeError as e:
        print(" slots:", e)
    b = BadGetattr()
    if proto >= 2:
        print(" bad getattr:", type(pickle.loads(pickle.dumps(b, proto))).__name__)
    r = [1]
    r.append(r)
    r2 = pickle.loads(pickle.dumps(r, proto))
    print(" recursive list:", r2[1] is r2)
    rd = {}
    rd["self"] = rd
    rd2 = pickle.loads(pickle.dumps(rd, proto))
    print(" recursive dict:", rd2["self"] is rd2)

# copy and deepcopy: built-ins, subclasses with attributes, slots, shared and
# recursive parts
orig = [ml, MyInt(9), sd, {"k": bytearray(b"x")}]
orig.append(orig)
c = copy.copy(orig)
dc = copy.deepcopy(orig)
print("copy:", c[0] is ml, c[4] is orig)
print("deepcopy:", dc[0] == ml, dc[0] is ml, dc[0].tag, type(dc[1]).__name__, dc[1])
print("deepcopy slots:", dc[2].x, dc[2].z, dc[2].w, dc[4] is dc)
print("deepcopy bytearray:", dc[3]["k"], dc[3]["k"] is orig[3]["k"])
n = copy.deepcopy(NewArgsEx(0xBEEF))
print("deepcopy newargs_ex:", n, type(n).__name__)

# built-in methods and functions: by qualified name
for m in (str.maketrans, bytes.maketrans, bytearray.maketrans, dict.fromkeys, int.__new__,
          MyInt.__new__, float.__new__, object.__new__, "abc".index, [].append, len):
    print(m.__qualname__, m.__reduce__(), pickle.loads(pickle.dumps(m)) == m)
print(repr(str.maketrans).split(" at ")[0])
# a built-in module's functions by their module (_thread is imported by the
# import system itself, through _imp.create_builtin)
import _thread
for fn in (_thread.allocate_lock, _thread.get_ident):
    print(fn.__module__, fn.__self__.__name__, pickle.loads(pickle.dumps(fn)) is fn)

# what cannot be pickled
import threading
# (a lock at protocols 0 and 1: CPython's _thread.lock is a heap type,
# which copyreg._reduce_ex passes over; not so here)
for bad, protos in ((dict.__dict__["fromkeys"], (0, 2, 4)), (bytearray.__dict__["maketrans"], (0, 2, 4)),
                    (threading.Lock(), (2, 4)), ((x for x in ()), (0, 2, 4)), (lambda: 0, (0, 2, 4)),
                    (memoryview(b"m"), (2, 4)), ((lambda: 0).__code__, (2, 4))):
    for proto in protos:
        try:
            pickle.dumps(bad, proto)
            print("pickled?", type(bad).__name__)
        except (TypeError, pickle.PicklingError, AttributeError) as e:
            print(proto, type(e).__name__, str(e).split(" at 0x")[0])
try:
    copy.deepcopy(threading.Lock())
except TypeError as e:
    print("deepcopy:", e)
