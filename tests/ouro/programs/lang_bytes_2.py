# bytes from objects, buffer protocol and iteration
class WithBytes:
    def __bytes__(self):
        return b"custom"

class WithIndex:
    def __index__(self):
        return 4

print(bytes(WithBytes()), bytes(WithIndex()), bytes(iter([1, 2, 3])), bytes(bytearray(b"ba")))
print(bytes(memoryview(b"mem")), bytes((x * 2 for x in range(4))))
data = bytes(range(256))
print(len(data), data[:8], data[-4:], data[65:91].decode())
print(sum(data), max(data), min(data), sorted(b"banana"), sorted(set(b"banana")))
print(b"ABC"[1], b"ABC"[1:2], [bytes([c]) for c in b"ABC"])
counts = {}
for byte in b"mississippi":
    counts[byte] = counts.get(byte, 0) + 1
print(sorted((chr(k), v) for k, v in counts.items()))
print(bytes.fromhex("00ff").hex().upper(), int.from_bytes(bytes.fromhex("0100"), "big"))
enc = "naïve café 😀".encode()
print(enc, len(enc), enc.decode().upper())
print(enc.decode("utf-8", "replace")[:5], enc[:3].decode("utf-8", "replace"))
print(b"%s|%r|%a" % (b"x", b"y", "é"), b"%5.1f|%x|%c" % (2.25, 255, 120))
print(b"abc".__len__(), b"abc".__getitem__(0), b"abc".__contains__(98), b"a".__add__(b"b"))
print(bytes.__name__, type(b"").__name__, isinstance(b"", bytes), issubclass(bytes, object))
print(b"one two  three".split(b" "), b"one two  three".split(None, 1), b"a.b.c".split(b".", -1))
print(b" spaced ".lstrip(), b" spaced ".rstrip(), b"xxaxx".strip(b"x"))
try:
    bytes(WithBytes(), "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"%d" % b"x"
except TypeError as e:
    print(type(e).__name__, e)
