# to_bytes / from_bytes
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"))
print((2 ** 64 - 1).to_bytes(8, "big"), (2 ** 100).to_bytes(13, "little"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(bytearray(b"\x80"), "little", signed=True))
print(int.from_bytes(b"\x01" * 20, "big"))
print((258).to_bytes(2), int.from_bytes(b"\x01\x02"))
for v in [0, 1, 127, 128, -128, -129, 32767, -32768, 10 ** 20, -(10 ** 20)]:
    n = (v.bit_length() + 8) // 8
    bs = v.to_bytes(n, "big", signed=True)
    print(v, n, bs.hex(), int.from_bytes(bs, "big", signed=True) == v)
for args in [(1, "big"), (256, "big"), (-1, "big")]:
    v = args[0]
    try:
        print(v.to_bytes(1, args[1]))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print(type(e).__name__, e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print(type(e).__name__, e)

class Sub(int):
    pass

r = Sub.from_bytes(b"\x05", "big")
print(type(r).__name__, r)
