"""Conversions between types: int(s) and float(s) with ValueError caught (and
their CPython messages), str() of int/float/bool, bool(), chr/ord, int(f)."""


def parse_int(s: str) -> int:
    try:
        return int(s)
    except ValueError as e:
        print("  int(%r) failed: %s" % (s, str(e)))
        return -1


def parse_float(s: str) -> float:
    try:
        return float(s)
    except ValueError as e:
        print("  float(%r) failed: %s" % (s, str(e)))
        return -1.0


def entry_point(argv: list[str]) -> int:
    for s in ["0", "42", "-17", "+8", "  12  ", "007", "1_000", "12a", "", "3.5", "abc", "--1", " - 3"]:
        print("int(%r) = %d" % (s, parse_int(s)))
    for s in ["0", "2.5", "-0.0", "1e3", "1E-5", " 3.25 ", ".5", "5.", "inf", "-inf", "nan", "x1.0", "", "1.2.3"]:
        print("float(%r) = %r" % (s, parse_float(s)))
    print(str(123), str(-5), str(0), str(2.0), str(-0.5), str(True), str(False))
    print(str(9223372036854775807), str(-9223372036854775807 - 1))
    print(bool(0), bool(7), bool(-1), bool(0.0), bool(0.5), bool(""), bool("x"))
    print(int(True), int(False), float(True), int(2.9999), int(-2.9999), int(1e18))
    print(ord("A"), ord("z"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("中"), ord("😀"))
    print(chr(65), chr(97) + chr(98), chr(233), chr(20013), chr(128512), chr(48 + 7))
    try:
        c = chr(-1)
        print("chr(-1) gave", c)
    except ValueError:
        print("chr(-1) raised ValueError")
    digits = "31415"
    value = 0
    for ch in digits:
        value = value * 10 + (ord(ch) - ord("0"))
    print("manual parse:", value, value == int(digits))
    back = ""
    n = 9876
    while n > 0:
        back = chr(ord("0") + n % 10) + back
        n //= 10
    print("manual format:", back)
    return 0
