# constants the compiler must keep distinct or exact
print((0.0, -0.0), [0.0, -0.0], {0.0: "zero"}, 1 / -0.0 if False else "skip")
a = 0.0
b = -0.0
print(a, b, str(-0.0), (-0.0).hex(), 0.0 == -0.0)
print({1: "a", 1.0: "b", True: "c"}, [1, 1.0, True], (1, 1.0, True), {True, 1, 1.0})
print(type(1), type(1.0), type(True), type(1j), (1, True)[1] is True)
print(1e400, -1e400, 1e-400, 0.1 + 0.2, 1_000.000_1, 1e16, 1.5e-7, 123456789.0 * 10)
print(1j * 1j, -0j, 0j, (-0j).real, 3 + 0j, complex(0, -0.0), -(0j))
print(ascii("\ud800"), len("\U0001F600"), b"\xff\x00"[0], "\N{GREEK SMALL LETTER ALPHA}", "\x00".encode())
print(len("é"), "é".encode(), b"\x80abc", r"\d+\s", "tab\there", 'quote\'s', "back\\slash")
print(0x7fffffffffffffff, 0x8000000000000000, -0x8000000000000000, -0x8000000000000001)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 2 ** 63 - 1, 10 ** 19)
print(((), ((),), (((),),)), frozenset(), frozenset({1}), ..., Ellipsis)
print(("a",) * 2, ("a" "b",), ("ab" * 2,), ("x", ("y", ("z",))))
print(b"" == bytes(), "" == str(), () == tuple(), None, True, False)
x = 5
print(x in (1, 5), x in [1, 5], x in {1, 5}, x not in {1: 2}, x in (), x in frozenset())
print("abc"[::-1], "abc"[0:0], (1, 2, 3)[::2], b"abc"[1:], "x" * 3 + "y" * 0)
print(1 if () else 2, 1 if (0,) else 2, 1 if "" else 2, 1 if "0" else 2, 1 if 0.0 else 2, 1 if -0.0 else 2)
print(__debug__, not __debug__)
if __debug__:
    print("debug branch")
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3), 10 // 3.0, -10 // 3, 10 % -3, -10 % 3.0)
print("%s %r %a" % ("é", "é", "é"), "{!r:^7}".format("a"), "{0}{0}".format("rep"))
big = 12345678901234567890123456789
print(big, -big, big * 0, big // big, big % 97, hex(big), str(big)[::-1][:5])
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), 0 == False == 0.0 == -0.0 == 0j)
