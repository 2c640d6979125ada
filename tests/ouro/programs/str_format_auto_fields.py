"""str.format with automatically numbered fields ({}, {:spec}, {!r}, {!s})
and the forms next to them that take the general parser, errors included."""
class S:
    def __str__(self): print("str called"); return "S!"
    def __repr__(self): return "<S>"
    def __format__(self, spec): print("format", repr(spec)); return "F" + spec
cases = [
    ("{}:{:>5}", (1, "x")), ("{}", ()), ("{} {}", (1,)), ("{}", (1, 2)), ("{{}}", ()), ("{{{}}}", (5,)),
    ("}}{{", ()), ("{", ()), ("}", ()), ("a}b", (1,)), ("{:}", (3,)), ("{!r}", ("s",)), ("{!s}", (S(),)),
    ("{!r:>8}", ("s",)), ("{!a}", ("é",)), ("{!x}", (1,)), ("{!}", (1,)), ("{!r", (1,)), ("{:{}}", (1, 5)),
    ("{0}", (1,)), ("{} {0}", (1,)), ("{a}", ()), ("{[0]}", ([1],)), ("{.real}", (1,)), ("{:%Y}", (1,)),
    ("{:.3f}|{:,}|{:08.2e}", (3.14159, 10 ** 9, 12345.678)), ("{}", (S(),)), ("{:abc}", (S(),)),
    ("é{}ü{:^7}ß", ("ñ", "€")), ("{:x}", ("s",)), ("{}{}{}", (None, True, 1.5)), ("{:", (1,)), ("{:}}", (1,)),
    ("{!r:}", (S(),)), ("{:>{}}", ("a", 4)), ("x{}y", ([1, 2],)), ("{:d}", (2 ** 70,)),
]
for fmt, v in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format(*v)))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)
print("{}-{}".format(1, 2, x=3), "{x}{}".format(1, x=2))
