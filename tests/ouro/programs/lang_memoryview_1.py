# memoryview basics
b = b"abcdefgh"
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:4]), m.tobytes(), m.tolist()[:3], m.readonly)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.obj is b)
print(m == b, m[2:4] == b"cd", bytes(m[::2]), m.hex(), m[::-1].tobytes())
ba = bytearray(b"0123456789")
mv = memoryview(ba)
mv[0] = ord("X")
mv[2:4] = b"YZ"
print(ba, mv.readonly, bytes(mv[-3:]))
sub = mv[5:]
sub[0] = 33
print(ba, len(sub), sub.tobytes())
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
print(cm.__class__.__name__)
try:
    cm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
print(list(memoryview(b"xyz")), b"".join([memoryview(b"a"), memoryview(b"b")]))
m2 = memoryview(b"abc")
m2.release()
print(repr(m2).startswith("<released memory"))
print(bytearray(memoryview(b"copy")), str(memoryview(b"q").tobytes(), "ascii"))
