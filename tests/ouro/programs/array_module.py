"""array: every typecode, the methods, slicing, the buffer protocol,
pickle/copy, subclasses and CPython's error messages."""
import array
import copy
import io
import os
import pickle
import struct
import tempfile
from array import array as A


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.itemsize, a.typecode, repr(a), len(a))

# construction
print(A('i', [1, 2, 3]), A('d', (1, 2.5)), A('u', 'héllo'), A('b', range(-3, 3)))
print(A('B', b'\x01\x02\xff'), A('h', bytearray(b'\x01\x00\x02\x00')))
print(A('f', [0.1, 1e300, -1e300]), A('d', A('i', [1, 2])), A('i', A('i', [5])))
print(A('Q', [2**64 - 1, 0]), A('L', [2**63]), A('q', [-2**63, 2**63 - 1]))
print(A('I', [2**32 - 1]), A('l', [-2**63]), A('i', [True, False]))
print(A('b', iter([1, 2])), A('d', (x / 2 for x in range(3))))

# overflow and type errors, per typecode
for tc in "bBhHiIlLqQ":
    size = A(tc).itemsize
    t(tc + " 10**20", lambda: A(tc, [10**20]))
    t(tc + " -10**20", lambda: A(tc, [-10**20]))
    t(tc + " max+1", lambda: A(tc, [1 << (size * 8)]))
    t(tc + " min-1", lambda: A(tc, [-1 - (1 << (size * 8 - 1))]))
    t(tc + " -1", lambda: A(tc, [-1]))
    t(tc + " float", lambda: A(tc, [1.0]))
    t(tc + " str", lambda: A(tc, ['a']))
    t(tc + " None", lambda: A(tc, [None]))
t("f str", lambda: A('f', ['a']))
t("d None", lambda: A('d', [None]))
t("u int", lambda: A('u', [1]))
t("u str2", lambda: A('u', ['ab']))
t("bad typecode", lambda: A('x'))
t("typecode str2", lambda: A('ii'))
t("typecode int", lambda: A(1))
t("no args", lambda: A())
t("3 args", lambda: A('i', [], 1))
t("keyword", lambda: A('i', x=1))
t("str init", lambda: A('i', 'abc'))
t("u array init", lambda: A('i', A('u', 'a')))
t("bytes not multiple", lambda: A('i', b'abc'))
t("not iterable", lambda: A('i', 3))

# methods
a = A('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(A('i', [7]))
a.extend(a)
print(a, len(a))
t("extend other kind", lambda: a.extend(A('d')))
t("extend int", lambda: a.extend(3))
a = A('i', [1, 2, 3])
a.insert(0, 0)
a.insert(-100, -1)
a.insert(100, 9)
a.insert(-1, 8)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
t("pop empty", lambda: A('i').pop())
t("pop range", lambda: A('i', [1]).pop(5))
a = A('i', [1, 2, 3, 2, 1])
a.remove(2)
print(a, a.index(1), a.index(1, 1), a.index(3, -3, 10), a.count(1), a.count(7))
t("remove missing", lambda: a.remove(5))
t("index missing", lambda: a.index(5))
t("index start", lambda: a.index(3, 2))
t("index str", lambda: a.index(1, 'a'))
t("count no arg", lambda: a.count())
a.reverse()
print(a, 1 in a, 7 in a, 'a' in a, 1.0 in a)
b = A('h', [1, 256, -2])
b.byteswap()
print(b)
d = A('d', [1.5, -2.0])
d.byteswap()
d.byteswap()
print(d)
print(A('i', range(5)).buffer_info()[1])
print(A('h', [1, 2]).tobytes(), A('d', [1.0]).tobytes(), A('u', 'ab').tobytes())
x = A('h')
x.frombytes(b'\x01\x00\x02\x00')
x.frombytes(bytearray(b'\x03\x00'))
x.frombytes(memoryview(b'\x04\x00'))
print(x)
t("frombytes str", lambda: x.frombytes('ab'))
t("frombytes odd", lambda: x.frombytes(b'abc'))
print(A('d', [1, 2]).tolist(), A('u', 'xy').tolist(), A('Q', [2**64 - 1]).tolist())
x = A('i', [1])
x.fromlist([2, 3])
print(x)
t("fromlist tuple", lambda: x.fromlist((1,)))
t("fromlist bad", lambda: x.fromlist([4, 'a']))
print(x)
u = A('u', 'ab')
u.fromunicode('cd')
print(u, u.tounicode())
t("tounicode i", lambda: A('i').tounicode())
t("fromunicode i", lambda: A('i').fromunicode('a'))
t("fromunicode int", lambda: A('u').fromunicode(1))

# files
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data")
    with open(path, "wb") as f:
        A('i', range(10)).tofile(f)
    with open(path, "rb") as f:
        y = A('i')
        y.fromfile(f, 4)
        print(y)
        y.fromfile(f, 6)
        print(y)
        t("fromfile eof", lambda: y.fromfile(f, 1))
    with open(path, "rb") as f:
        print(len(f.read()))
        t("fromfile neg", lambda: y.fromfile(f, -1))
    with open(path, "wb") as f:
        f.write(A('h', [1, 2, 3]))
    with open(path, "rb") as f:
        z = A('h', [0, 0, 0, 0])
        print(f.readinto(z), z)
bio = io.BytesIO()
A('b', [1, 2]).tofile(bio)
bio.write(A('B', [3]))
print(bio.getvalue())
t("tofile int", lambda: A('i').tofile(1))
t("fromfile int", lambda: A('i').fromfile(1, 2))

# indexing and slicing
a = A('i', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[10:], a[-3:])
t("index out", lambda: a[10])
t("index str", lambda: a['a'])
t("step zero", lambda: a[::0])
a[0] = 100
a[-1] = -100
print(a)
t("set out", lambda: a.__setitem__(10, 1))
t("del out", lambda: a.__delitem__(10))
t("set str", lambda: a.__setitem__('a', 1))
t("set overflow", lambda: a.__setitem__(0, 2**40))
a[1:3] = A('i', [7, 7, 7])
print(a)
a[::2] = A('i', [0] * 6)
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
del a[0]
print(a)
a[2:2] = A('i', [5, 5])
print(a)
a[:] = a
print(a)
a[::-1] = A('i', range(len(a)))
print(a)
t("slice list", lambda: a.__setitem__(slice(0, 1), [1]))
t("slice other kind", lambda: a.__setitem__(slice(0, 1), A('d', [1])))
t("ext slice size", lambda: a.__setitem__(slice(0, 6, 2), A('i', [1])))

# operators
a = A('i', [1, 2])
print(a + A('i', [3]), a * 2, 3 * a, a * -1, a * 0)
t("add list", lambda: a + [1])
t("add other kind", lambda: a + A('d'))
t("mul str", lambda: a * 'a')
b = a
b += A('i', [3])
b *= 2
print(a, b is a)
t("iadd list", lambda: a.__iadd__([1]))
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1, 2]) < A('d', [1.0, 3.0]),
      A('i', [1]) != A('i', [1, 2]), A('i', [1, 2]) >= A('i', [1]), A('u', 'a') == A('u', 'a'),
      A('Q', [2**64 - 1]) > A('q', [1]), A('d', [float('nan')]) == A('d', [float('nan')]))
# (CPython names the type 'array.array' in these messages; ouro 'array')
try:
    A('i') < 3
except TypeError as e:
    print("lt int", str(e).replace("array.array", "array"))
t("lt u i", lambda: A('u', 'a') < A('i', [1]))
try:
    hash(A('i'))
except TypeError:
    print("unhashable", A.__hash__)
print(list(A('i', [1, 2, 3])), list(reversed(A('i', [1, 2]))), sum(A('d', [0.5, 0.25])))
print(sorted(A('b', [3, 1, 2])), max(A('H', [3, 9])), type(iter(A('i'))).__name__)
it = iter(A('i', [1]))
print(next(it), next(it, 'end'))

# the buffer protocol
a = A('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), len(m), m.readonly, m.shape)
m[0] = 10
print(a, m[1], bytes(m[1:]))
print(bytes(A('h', [1, 2])), bytearray(A('b', [-1])), struct.unpack('<2h', A('h', [5, 6])))
print(struct.unpack_from('d', A('d', [2.5])), memoryview(A('d', [0.5, 1.5])).tolist())
print(memoryview(A('B', [1, 2])).cast('b').tolist(), b''.join([A('b', [65, 66])]))

# copy, pickle, reduce
a = A('i', [1, 2])
print(a.__reduce_ex__(2), a.__reduce_ex__(3), A('u', 'ab').__reduce_ex__(4))
t("reduce", lambda: a.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for tc in array.typecodes:
        v = A(tc, 'ab' if tc == 'u' else [1, 2])
        w = pickle.loads(pickle.dumps(v, proto))
        assert w == v and w.typecode == tc, (proto, tc)
print("pickle ok")
c = copy.copy(a)
c.append(3)
print(a, c, copy.deepcopy(A('d', [1.0])))
print(array._array_reconstructor(A, 'i', 9, b'\x00\x00\x00\x01'))
t("reconstructor bad", lambda: array._array_reconstructor(A, 'i', 99, b''))


# subclasses
class MyArray(A):
    def total(self):
        return sum(self)


m = MyArray('d', [1.5, 2.5])
m.tag = 'x'
print(repr(m), m.total(), m.tag, type(m[:]).__name__, type(m + m).__name__, isinstance(m, A))
print(m.__reduce_ex__(3)[1][0].__name__, m.__reduce_ex__(3)[2])
m2 = pickle.loads(pickle.dumps(m))
print(type(m2).__name__, m2, m2.tag, copy.copy(m))


class Bits(A):
    def __new__(cls, n):
        return super().__new__(cls, 'B', [0] * n)


print(Bits(3), len(Bits(4)))
print(A('i', [1, 2]).__sizeof__() > 0, A.__doc__.splitlines()[0])
t("append()", lambda: A('i').append())
t("tolist(1)", lambda: A('i').tolist(1))
t("index()", lambda: A('i').index())
t("reconstructor()", lambda: array._array_reconstructor())


class Shadow(A):
    def __getitem__(self, i):
        return ('get', i)

    def __setitem__(self, i, v):
        print('set', i, v)


sh = Shadow('i', [1, 2])
sh[0] = 5
print(sh[0], sh[-1], list(sh), A.__getitem__(sh, 1))

# writable buffer uses
w = A('h', [0, 0, 0])
struct.pack_into('<hh', w, 2, 7, -8)
print(w)
t("pack_into past end", lambda: struct.pack_into('<hh', w, 4, 1, 2))

# resizing while exported
ex = A('i', [1, 2])
view = memoryview(ex)
t("append exported", lambda: ex.append(1))
t("pop exported", lambda: ex.pop())
t("extend exported", lambda: ex.extend([3]))
t("del exported", lambda: ex.__delitem__(0))
t("frombytes exported", lambda: ex.frombytes(b'\0\0\0\0'))
t("same-size slice", lambda: ex.__setitem__(slice(0, 1), A('i', [5])))
t("imul 1", lambda: ex.__imul__(1))
t("extend empty", lambda: ex.extend([]))
view[1] = 7
print(ex, view.tolist())
view.release()
ex.append(3)
print(ex)
