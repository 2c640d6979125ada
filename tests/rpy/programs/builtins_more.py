"""More built-ins: any/all, divmod, round (ties to even, ndigits), enumerate
with a start, str.partition/rpartition/capitalize/title/swapcase/removeprefix/removesuffix."""
def entry_point(argv: list[str]) -> int:
    print(any([x > 2 for x in [1, 2, 3]]), all([x > 2 for x in [1, 2, 3]]), any([0, 0]), all([1 > 0]))
    print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2.0))
    print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(1250, -2), round(7, 1))
    print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"))
    print("hello world".capitalize(), "hello wORLD 2x".title(), "AbC".swapcase())
    print("prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"), "x".removesuffix(""))
    return 0


def unused() -> None:
    for i, c in enumerate("xy", start=10):
        print(i, c)
