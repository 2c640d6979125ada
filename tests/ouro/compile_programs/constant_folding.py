# constant expressions the compiler may fold, and ones it must not raise on
print(2 ** 10, 2 ** 64, -2 ** 2, (-2) ** 3, 1 << 65, ~0, -(-7), +3, not 1, not 0)
print("ab" * 3, "x" + "y" + "z", (1, 2) + (3,), (1,) * 3, b"a" * 2, "abc"[1], (5, 6, 7)[-1])
print(1 / 4, 7 // 2, 7 % 3, -7 // 2, -7 % 3, 2.0 ** 0.5, 1e300 * 10, -0.0, 0.0 == -0.0)
print(str(-0.0), repr(-(0.0)), 1 - 1.0, (1 + 2j) * 2)
print(3 in (1, 2, 3), 4 not in [1, 2, 3], "a" in {"a", "b"}, 2 in {1, 2})


def never_called():
    return 1 / 0


def never_called2():
    return "abc"[10] + (1, 2)[5] + 1 << -1


print(never_called.__name__, never_called2.__name__)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("runtime", e)
try:
    print("abc"[10])
except IndexError as e:
    print("runtime", e)
try:
    print(1 << -1)
except ValueError as e:
    print("runtime", e)
x = 5
print(x + 2 * 3, 2 * 3 + x, x * (2 + 3), (1, 2, (3, 4)), ((1, 2), ()), [(), (1,)])
t = (1, "a", None, True, 2.5, (3, (4,)), b"z", ..., frozenset())
print(t, type(t[5]))
print(1 if True else 2, "yes" if 0 else "no", [i for i in (1, 2, 3)], {4, 5, 6} == {6, 5, 4})
print(True + 1, False * 3, 10 ** -2, 0 ** 0, 2 ** 100 % 7, -(2 ** 63), 2 ** 63)
print(1_0 + 0x10 + 0o10 + 0b10, 100000000000000000000000000 * 3)
print("ab" "cd" "ef", "a" * 0, "" * 5, -(1), ---1, not not 2)
big = "x" * 5000
print(len(big), len((1,) * 1000), len("ab" * 2000))
print(None is None, 1 == 1.0, (1, 2) == (1, 2), 2 ** 0.5 * 2 ** 0.5 > 1.99)
print((1, 2) < (1, 3), "a" < "b" < "c", 1 < 2 < 3 > 2)
for v in (1, 2, 3):
    if v in (2, 3):
        print("in tuple", v)
    if v not in {1, 2}:
        print("not in set", v)
print(True & True, True | False, True ^ True, False & True, type(True | True).__name__, ~True, -True)
print(True & 3, 6 | False, (True, False) == (1, 0), not True & False)
