"""str.format() with a constant format: automatic and explicit field numbers,
keywords, conversions and format specs."""
def entry_point(argv: list[str]) -> int:
    a = 3
    name = "bob"
    print("{} has {} items".format(name, a))
    print("{1}-{0}-{1}".format(name, a))
    print("{n:>6}|{v:.2f}|{v!r}".format(n=name, v=2.5))
    print("{:^9}|{:<4}|{:05d}".format("mid", "x", 42))
    return 0
