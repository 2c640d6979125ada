# error: 8: cannot assign to module global 'TOTAL'
# Invalid RPy: augmented assignment to a module global through a global statement.
TOTAL = 100


def spend(n: int) -> None:
    global TOTAL
    TOTAL -= n  # <-- error


def entry_point(argv: list[str]) -> int:
    spend(5)
    print(TOTAL)
    return 0
