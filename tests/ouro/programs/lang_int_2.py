# int(), bases, bin/hex/oct
print(int("42"), int("  -17  "), int("+9"), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZZZ", 36), int("10", 3), int("12", 5))
print(int("0", 0), int("00", 0), int("-0x10", 0))
print(bin(10), bin(-10), bin(0), hex(255), hex(-255), oct(8), oct(-8))
print(bin(2 ** 70), hex(2 ** 70), oct(2 ** 70))
print(int(bin(12345), 2), int(hex(-999), 16), int(oct(777), 8))
print(int(3.99), int(-3.99), int(True), int())
print(int(b"12"), int(bytearray(b"34")))
print(int("١٢٣"))
for s, base in [("12a", 10), ("", 10), ("0x", 16), ("1__0", 10), ("9", 8), ("08", 0), ("_1", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(1.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(format(255, "x"), format(255, "#X"), format(255, "#o"), format(5, "#b"))
print(format(1234567, ","), format(1234567, "_"), format(0xdeadbeef, "_x"))
print(format(-42, "+08d"), format(42, " d"), format(42, "^9d"), format(42, "*<6"))
print(format(65, "c"), format(42, "n"), format(1234, "e"), format(10, "%"))
