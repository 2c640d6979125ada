# struct: the 'p' code keeps data beyond 255 bytes, embedded NULs and
# huge counts in formats, and Struct subclasses (3.11: __init__ takes the format)
import struct
import sys

for code, data in [("p", b"abc"), ("1p", b"abc"), ("2p", b"abc"), ("4p", b"abc"),
                   ("6p", b"abc"), ("300p", b"x" * 300), ("1000p", b"y" * 1000)]:
    packed = struct.pack(code, data)
    (back,) = struct.unpack(code, packed)
    print(code, len(packed), packed[:6], packed[-3:], len(back), back[:4])

for fmt in ["\0", "2\0i", b"\0", "{}b".format(sys.maxsize + 1),
            "{}b{}H".format(sys.maxsize // 2, sys.maxsize // 2),
            "99999999999999999999999b", "{}x{}x".format(2**62, 2**62)]:
    try:
        print(struct.calcsize(fmt))
    except struct.error as e:
        print("struct.error:", e)


class Record(struct.Struct):
    def __init__(self, count):
        super().__init__("<%dH" % count)
        self.count = count

    def pack_all(self, *values):
        return self.pack(*values)


r = Record(3)
print(type(r).__name__, r.format, r.size, r.count, r.pack_all(1, 2, 3), r.unpack(b"\x01\x00\x02\x00\x03\x00"))
print(r.__dict__, isinstance(r, struct.Struct))
s = struct.Struct("i")
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    struct.Struct()
except TypeError as e:
    print("TypeError:", e)
print(struct.Struct(format=">h").pack(258))
