"""io.BytesIO and io.StringIO pickle and copy through __getstate__ and
__setstate__ (the value, the position, the newline of a StringIO and the
instance dict, None when empty), as CPython's; the messages of a bad
state.  copy.deepcopy of an object holding a BytesIO is what
tarfile.TarInfo.replace() does."""
import copy
import io
import pickle

b = io.BytesIO(b"abcdef")
b.seek(2)
print(b.__getstate__())
b.tag = [1]
print(b.__getstate__())
for proto in (0, 1):
    try:
        pickle.dumps(b, proto)
    except TypeError as e:
        print(proto, e)
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    c = pickle.loads(pickle.dumps(b, proto))
    print(proto, c.getvalue(), c.tell(), c.tag, c.read(2))

d = copy.deepcopy(b)
d.write(b"XY")
print(d.getvalue(), b.getvalue(), d.tag is b.tag, d.tag == b.tag)
c = copy.copy(b)
print(c.getvalue(), c.tell(), c.tag is b.tag)

s = io.StringIO("one\r\ntwo\n", newline=None)
s.readline()
print(s.__getstate__())
for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("a\r\nb\nc\r", newline=newline)
    s.read(1)
    s.n = newline
    t = pickle.loads(pickle.dumps(s))
    print(repr(newline), repr(t.getvalue()), t.tell(), repr(t.n), repr(t.read()))
    u = copy.deepcopy(s)
    print(" deepcopy:", repr(u.getvalue()), u.tell(), u.__getstate__()[1:3])


class Holder:
    def __init__(self):
        self.f = io.BytesIO(b"x" * 512)
        self.f.seek(100)
        self.name = "h"


h = copy.deepcopy(Holder())
print(h.f.tell(), len(h.f.getvalue()), h.name)

# a second __setstate__ replaces the contents
r = io.BytesIO(b"long contents")
r.__setstate__((b"ab", 1, None))
print(r.getvalue(), r.tell())
r = io.StringIO("long contents")
r.__setstate__(("ab", None, 1, {"k": 1}))
print(repr(r.getvalue()), r.tell(), r.k)

for bad in [(1,), [b"", 0, None], (b"x", "0", None), (b"x", -1, None), (b"x", 0, 5),
            ("str", 0, None), None]:
    try:
        io.BytesIO().__setstate__(bad)
        print("accepted", bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [(1,), ["", "\n", 0, None], ("x", "\n", "0", None), ("x", "\n", -1, None),
            ("x", "\n", 0, 5), (b"x", "\n", 0, None), ("x", "bad", 0, None)]:
    try:
        io.StringIO().__setstate__(bad)
        print("accepted", bad)
    except Exception as e:
        print(type(e).__name__, e)
closed = io.BytesIO(b"q")
closed.close()
for f in (closed.__getstate__, lambda: closed.__setstate__((b"", 0, None))):
    try:
        f()
    except ValueError as e:
        print("closed:", e)
closed = io.StringIO("q")
closed.close()
try:
    closed.__setstate__(("", "", 0, None))
except ValueError as e:
    print("closed:", e)
