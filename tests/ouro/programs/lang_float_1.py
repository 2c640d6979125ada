# float repr: shortest round-trip
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789012345678.0,
        1e-5, 0.0001, 1e-4, 1.5e-7, 2.5, 1 / 3, 2 / 3, 100.0, 1e22, 1e23,
        5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 9007199254740993.0,
        3.141592653589793, 2.718281828459045, 0.30000000000000004, 1234.5678]
for v in vals:
    print(repr(v), str(v))
print(float("0.1"), float("  -2.5e3 "), float("1_000.5"), float("+.5"), float("5."))
print(float("inf"), float("-Infinity"), float("nan"), float("-NaN"), float("INF"))
print(float(10), float(2 ** 60), float(True), float("1e500"), float("-1e500"))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("0x1.fffffffffffffp+1023"))
print((0.5).hex(), (1.0).hex(), (-0.1).hex(), (0.0).hex(), (1e300).hex(), (5e-324).hex())
print(float.fromhex((3.7).hex()) == 3.7)
print((0.25).as_integer_ratio(), (0.1).as_integer_ratio(), (-3.0).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (1e300).is_integer())
print(1e16 + 1, 2.0 ** 53 + 1, 0.1 * 3, 1.1 * 1.1)
print(round(0.1 + 0.2, 10), 1e-7 * 3, 4.35 * 100)
for s in ["abc", "1.2.3", "", "1e", "0x10", "1_", "in f"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
