# printf-style formatting
print("%s %s" % ("a", 1), "%r" % "x", "%a" % "é", "%%", "%c%c" % (65, "b"))
print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%e %E %f %F %g %G" % (12345.678, 0.000123, 1.5, 2.25, 1e-5, 1e20))
print("%.2f %10.3f %-10.1f| %+.0f %.3e %.2g" % (3.14159, 2.71828, 1.5, 2.5, 12345, 0.000456))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 33})
print("%(x)s %(x)r %(y)05.1f" % {"x": "q", "y": 2.25})
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True), "%d" % True, "%d" % 3.99)
print("%s" % {"k": 1}, "%.3s" % "abcdef", "%5.2s|" % "xyz", "%-6s|" % "ab")
print("%x" % -255, "%o" % -8, "%d" % (2 ** 70), "%x" % (2 ** 70), "%#b" % 5 if False else "nob")
print("%c" % 0x1F600, "%5c|" % "z", "%r" % 1.0, "%s" % 1e100, "%.1f%%" % 99.5)
print(b"%s and %d" % (b"bytes", 5), b"%x" % 255, b"%c" % 65, b"%5s|" % b"ab")
print("%i" % 12.9, "%f" % 3, "%e" % 0, "%g" % 100000, "%g" % 1000000)
print("%-+8.2f|%+-8d|% 05d" % (3.14159, 42, 7))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1),
                  ("%(k)s", ("a",)), ("%c", 1 << 30), ("%c", "ab"), ("%d", None),
                  ("%(a)s %s", {"a": 1}), ("%*d", ("x", 1)), ("%x", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
