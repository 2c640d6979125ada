# error: 5: is not callable
# Invalid RPy: calling an int.
def entry_point(argv: list[str]) -> int:
    limit = 5
    print(limit(2))  # <-- error
    return 0
