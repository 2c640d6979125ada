# error: 4: 'match' is not supported
# Invalid RPy: a match statement.
def name_of(n: int) -> str:
    match n:  # <-- error
        case 0:
            return "zero"
        case _:
            return "many"


def entry_point(argv: list[str]) -> int:
    print(name_of(0))
    return 0
