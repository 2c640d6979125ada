# error: 4: unsupported operand types for +: int and str
# Invalid RPy: adding an int and a str.
def label(n: int, unit: str) -> str:
    total = n + unit  # <-- error
    return "x"


def entry_point(argv: list[str]) -> int:
    print(label(3, "kg"))
    return 0
