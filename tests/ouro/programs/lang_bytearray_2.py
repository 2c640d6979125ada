# bytearray as a buffer, comparisons, methods returning bytearray
buf = bytearray()
for i in range(10):
    buf += bytes([i * 3])
print(buf, buf.hex())
print(buf[2:8:2], bytes(buf[::-1]), list(buf[:4]))
buf[2:5] = bytearray(b"XYZW")
print(buf, len(buf))
print(buf.split(b"Y"), buf.partition(b"Z"), buf.strip(b"\x00"), type(buf.strip()).__name__)
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd", b"abc" in bytearray(b"xabcx"))
print(bytearray(b"a,b").split(b","), bytearray(b" a ").strip(), bytearray(b"ab").center(6, b"."))
print(bytearray(b"Hello").lower(), bytearray(b"hello").title(), bytearray(b"x").join([b"1", b"2"]))
print(repr(bytearray(b"\x00'q")), str(bytearray(b"q")), bytearray(b"ab").isalpha())
rev = bytearray(b"racecar")
print(rev == rev[::-1], bytearray(reversed(rev)))
ba = bytearray(b"0123456789")
del ba[::3]
print(ba)
ba[len(ba):] = b"END"
print(ba)
ba[:] = b""
print(ba, ba.__alloc__() >= 0)
ba.extend(range(65, 70))
print(ba, ba.rfind(b"C"), ba.rindex(66), ba.count(68))
print(bytearray(b"abc").translate(None, b"b"), bytearray(b"%d") % 5)
m = {bytes(bytearray(b"k")): 1}
print(m[b"k"])
