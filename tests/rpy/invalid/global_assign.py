# error: 8: cannot assign to module global 'COUNTER'
# Invalid RPy: rebinding a module global through a global statement.
COUNTER = 0


def bump() -> int:
    global COUNTER
    COUNTER = COUNTER + 1  # <-- error
    return COUNTER


def entry_point(argv: list[str]) -> int:
    print(bump())
    return 0
