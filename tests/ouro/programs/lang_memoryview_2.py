# memoryview casting and slicing over bytearray; uncaught hash of writable view
ba = bytearray(range(16))
m = memoryview(ba)
ints = m.cast("I")
print(ints.format, ints.itemsize, len(ints), ints.nbytes)
print(m.cast("H").tolist()[:4])
print(m.cast("B", (4, 4)).tolist())
half = m[8:]
print(half.tolist())
half[:] = bytes(8)
print(ba)
ro = memoryview(b"immutable")
print(hash(ro) == hash(b"immutable"), ro.toreadonly().readonly)
print(ro[1:4].tobytes(), bytes(ro[-3:]))
total = 0
for byte in memoryview(b"\x01\x02\x03"):
    total += byte
print(total)
print(m.contiguous, m.c_contiguous, m.f_contiguous, m.suboffsets)
print(memoryview(b"ab") == memoryview(b"ab"), memoryview(b"ab") != b"ac")
print("hashing a writable view")
print(hash(m))
