# bytearray as a byte buffer: growth, slices, slice assignment (growing,
# shrinking, overlapping itself, extended), deletion, memoryview writes and
# BufferError, subclasses, pickling, values converted before the indices,
# struct.pack_into and readinto into bytearrays, error paths
import io
import pickle
import struct

ba = bytearray()
for i in range(1000):
    ba.append(i & 255)
print(len(ba), ba[:5], ba[-3:], sum(ba), ba.__alloc__() > len(ba))
ba += b"xyz"
ba.extend(bytearray(b"QQ"))
ba.extend(ba[:3])
ba.extend(x for x in range(5))
ba.extend([250, 251])
print(len(ba), ba[-15:])

b = bytearray(b"0123456789")
b[2:5] = b"abcdefg"
print(b)
b[1:12] = b"-"
print(b)
b[0:0] = b
print(b)
b[len(b):] = b"END"
print(b)
b[3:1] = b"rev"
print(b)
b[::2] = bytes(len(b[::2]))
print(b)
del b[::3]
print(b)
del b[1:-1]
print(b)
b = bytearray(range(20))
b[18:2:-4] = b"ABCD"
print(b)
del b[::-5]
print(b)
b[5:8] = []
b[0:2] = (65, 66, 67)
b[2:3] = memoryview(b"mv")
print(b, b[::-1], b[1::7], b[100:], b[-100:2])

for bad in [lambda: b.__setitem__(slice(0, 2), "str"), lambda: b.__setitem__(slice(0, 2), 5),
            lambda: b.__setitem__(slice(None, None, 2), b"x"),
            lambda: b.__setitem__(0, 256), lambda: b.__setitem__(0, -1),
            lambda: b.__setitem__(100, 1), lambda: b.__getitem__(-100),
            lambda: b.__delitem__(100), lambda: b.__getitem__("x"),
            lambda: b.__setitem__("x", 1), lambda: b.pop(100), lambda: bytearray().pop(),
            lambda: b.remove(255), lambda: b.extend(5), lambda: b.extend([1, 300]),
            lambda: b.insert(0, b"x"), lambda: bytearray(-1), lambda: bytearray("x"),
            lambda: bytearray(b"x", "ascii"), lambda: b.__iadd__("s"),
            lambda: bytearray.fromhex("zz"), lambda: b.append(-3)]:
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


class Growing:
    """An iterable of values that changes the target while it is read."""
    def __init__(self, target):
        self.target = target

    def __iter__(self):
        self.target.clear()
        yield 1
        yield 2


t = bytearray(b"abcdefgh")
t[2:6] = Growing(t)
print(t)
t = bytearray(b"abcdefgh")
t[1:7:2] = bytes([1, 2, 3])
print(t)

m = bytearray(b"hello world")
v = memoryview(m)
v[0] = ord("J")
v[6:11] = b"WORLD"
print(m, v.tobytes(), bytes(v[2:5]), v[1:9:2].tobytes())
for op in [lambda: m.append(1), lambda: m.extend(b"ab"), lambda: m.pop(),
           lambda: m.__delitem__(0), lambda: m.__setitem__(slice(0, 2), b"abc"),
           lambda: m.clear(), lambda: m.__iadd__(b"z"), lambda: m.__imul__(2),
           lambda: m.insert(0, 1), lambda: m.remove(ord("J"))]:
    try:
        op()
        print("resized?")
    except BufferError as e:
        print("BufferError", e)
m[0:2] = b"ab"
m *= 1
print(m)
v.release()
m.extend(b"!!")
print(m, m.count(b"l"), m.find(b"WOR"), m.replace(b"l", b"L"), m.upper(), m.hex(":"))


class Buf(bytearray):
    def total(self):
        return sum(self)


s = Buf(b"abc")
s.extra = 5
s += b"def"
s[0] = 65
print(type(s).__name__, s, s.total(), s.extra, s[1:3], type(s[1:3]).__name__,
      type(s.copy()).__name__, repr(s), Buf.fromhex("41 42"), type(Buf.fromhex("41")).__name__)
for proto in range(5):
    r = pickle.loads(pickle.dumps(bytearray(b"a\x00\xff\x80z"), proto))
    print(proto, r, type(r).__name__)
r = pickle.loads(pickle.dumps(s))
print(r, type(r).__name__, r.extra)

buf = bytearray(16)
struct.pack_into("<IhQ", buf, 1, 0xdeadbeef, -2, 1 << 60)
print(buf, struct.unpack_from("<IhQ", buf, 1))
try:
    struct.pack_into("<Q", buf, 10, 1)
except struct.error as e:
    print("struct.error", e)
f = io.BytesIO(b"some data here")
target = bytearray(6)
print(f.readinto(target), target, f.readinto(memoryview(target)[2:4]), target)
raw = io.FileIO.__new__(io.FileIO)
print(bytearray(5) == bytes(5), bytearray(b"a") < b"b", bytearray(b"abc") + b"d",
      b"x" + bytearray(b"y"), bytearray(b"ab") * 3, 2 * bytearray(b"c"),
      bytearray(b"abc") in [b"abc"], list(reversed(bytearray(b"xyz"))))
it = iter(bytearray(b"ab"))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
big = bytearray(300000)
big[100000:200000] = b"\x01" * 100000
print(big.count(1), big.find(b"\x01"), big.rfind(b"\x01"), len(big[::1000]))


class ShrinkingIndex:
    """A slice bound whose __index__ empties the bytearray being indexed."""
    def __init__(self, target, value):
        self.target = target
        self.value = value

    def __index__(self):
        self.target.clear()
        return self.value


for make in [lambda t: t.__setitem__(slice(ShrinkingIndex(t, 0), 8, 2), b"abcd"),
             lambda t: t.__setitem__(slice(ShrinkingIndex(t, 1), 6), b"XY"),
             lambda t: t.__delitem__(slice(ShrinkingIndex(t, 0), 8, 3)),
             lambda t: t.__getitem__(slice(ShrinkingIndex(t, 2), 9)),
             lambda t: t.__getitem__(slice(1, ShrinkingIndex(t, 9), 2))]:
    t = bytearray(b"0123456789")
    try:
        print(make(t), t)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e, t)

# __alloc__ counts the trailing NUL, also while __init__ consumes an iterator
b = bytearray()


def gen():
    for i in range(1, 50):
        yield i
        assert b.__alloc__() > len(b) and len(b) <= i


b.__init__(gen())
print(len(b), b.__alloc__() > len(b), bytearray().__alloc__() >= 0)

# searches in the buffer itself, with ranges, ints, and a bound that shrinks it
s = bytearray(b"abcabcabc")
s.extend(b"xyz")
print(s.find(b"bc"), s.find(b"bc", 2), s.find(b"bc", 2, 5), s.rfind(b"bc"), s.rfind(b"bc", 0, 7),
      s.find(ord("z")), s.find(b""), s.rfind(b""), s.find(b"", 20), s.index(b"ca"), s.rindex(b"ca"),
      s.count(b"abc"), s.count(b"", 2, 5), s.count(ord("a"), -6), s.find(b"zz"), s.find(b"c", -2),
      s.find(memoryview(b"xy")), s.count(bytearray(b"b"), 1, -1))
for bad in [lambda: s.index(b"q"), lambda: s.rindex(b"a", 5, 6), lambda: s.find("a"),
            lambda: s.count(256), lambda: s.find(b"a", "x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
