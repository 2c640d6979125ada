# error: 6: holds both int and str
# Invalid RPy: a local variable assigned an int, then a str.
def describe(n: int) -> str:
    value = n * 2
    if n > 3:
        value = "big"  # <-- error
    return "done"


def entry_point(argv: list[str]) -> int:
    print(describe(5))
    return 0
