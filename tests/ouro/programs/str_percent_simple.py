"""printf-style formatting of str: the simple conversions (%s, %r, %d of
ints, %%) and their neighbours that take the general path, errors included."""
class S:
    def __str__(self): print("str called"); return "S!"
    def __repr__(self): return "<S>"
class I(int): pass
class T(tuple): pass
class Sub(str):
    def __str__(self): return "sub-str"
cases = [
    ("%s=%d", ("a", 5)), ("%s", "x"), ("%s", ("x",)), ("%s", (1, 2)), ("%r|%s", (S(), S())),
    ("%d", True), ("%d", I(7)), ("%d", 2 ** 80), ("%d", -2 ** 63), ("%d", 3.7), ("%d", "x"),
    ("%s %s", ("a",)), ("%s", ("a", "b")), ("%%", ()), ("100%%", ()), ("%", ()), ("%s%", ("a",)),
    ("%s", {}), ("%s", {"a": 1}), ("", {}), ("", ()), ("abc", 5), ("%(a)s", {"a": 1}), ("%5s|%-3d", ("x", 4)),
    ("%s", T((1,))), ("é%sü%dß", ("ñ", 42)), ("%s", Sub("q")), ("%r", "it's"), ("%s %r %d %%", ("€", "€", -0)),
    ("%d%d%d", (1, 2, 3)), ("%s", None), ("%d", None), ("%x %s", (255, "a")), ("%s" * 3, (1, S(), 3)),
    ("%s", [1, 2]), ("%d items", (10 ** 18,)), ("%s %d", ("a", "b")), ("%s", ()),
]
for fmt, v in cases:
    try:
        print(repr(fmt), "->", repr(fmt % v))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)
