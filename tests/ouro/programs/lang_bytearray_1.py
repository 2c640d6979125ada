# bytearray: mutation
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
ba[1:3] = b"EL"
print(ba)
ba.append(33)
ba.extend(b" wow")
ba.extend([65, 66])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("w"))
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba[::2] = b"xxx"
print(ba)
ba.reverse()
print(ba, ba.copy(), ba.count(b"x"), ba.find(b"x"), ba.index(b"o"))
ba2 = bytearray(3)
print(ba2, bytearray(), bytearray(range(3)), bytearray("é", "utf-8"), bytearray(b"a") * 3)
ba += b"++"
ba *= 2
print(ba, ba == bytes(ba), ba.upper(), ba.decode("latin-1"))
ba.clear()
print(ba, len(ba), bool(ba))
b3 = bytearray(b"abc")
b3[1:2] = []
print(b3)
b3[0:0] = b"__"
print(b3, b3.hex(), bytearray.fromhex("41 42"), b3.startswith(b"_"), b3.replace(b"_", b"-"))
for bad in [lambda: b3.__setitem__(0, 256), lambda: b3.__setitem__(0, b"x"), lambda: b3.pop(10),
            lambda: bytearray().pop(), lambda: b3.remove(120), lambda: b3.__setitem__(slice(0, 4, 2), b"abc"),
            lambda: bytearray(b"x") + "y", lambda: hash(bytearray())]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
