"""String % formatting: conversions d i x X o s r f e g, flags (- 0 + space #),
width and precision, %% escapes, a single non-tuple argument, and a table
formatted with padding."""


def row(name: str, qty: int, price: float) -> str:
    return "|%-10s|%5d|%9.2f|%s|" % (name, qty, price, "*" * (qty % 4))


def entry_point(argv: list[str]) -> int:
    print("%d %i %d" % (42, -7, 0))
    print("%5d|%-5d|%05d|%+d|%+d|% d|% d" % (42, 42, 42, 42, -42, 42, -42))
    print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
    print("%08x|%-8X|%+x|%x" % (48879, 48879, 10, -10))
    print("%.3d|%6.3d|%-6.3d|" % (7, 7, -7))
    print("%s|%10s|%-10s|%.2s|%8.3s|" % ("text", "right", "left", "truncate", "abcdef"))
    print("%s %s %s %s" % (12, -3.5, True, "s"))
    print("%r %r %r %r" % ("quote'd", "dq\"", 5, 2.5))
    print("%f|%.1f|%8.3f|%-8.2f|%08.2f|%+.2f|% .2f" % (3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 3.14159, 3.14159))
    print("%e|%.2e|%E|%12.3e|" % (12345.678, 0.000123, 1e100, -5.5))
    print("%g|%g|%g|%g|%.2g|%G" % (0.00001, 123456.0, 1234567.0, 0.5, 1234.0, 1e-10))
    print("100%% sure, %d%% done" % 50)
    print("single: %d" % 99)
    print("single str: %s" % "alone")
    print(row("apple", 3, 0.5))
    print(row("watermelon", 12, 3.256))
    print(row("kiwi", 100, 12.0))
    print("[" + "%5d" % 3 + "]" + "%s-%s" % ("a", "b") * 2)
    lines = ["%3d. %s" % (i + 1, w) for i, w in enumerate(["first", "second", "third"])]
    for line in lines:
        print(line)
    total = 0.0
    for price in [1.25, 2.5, 3.75]:
        total += price
    print("total: %.2f (%d items, avg %.3f)" % (total, 3, total / 3.0))
    return 0
