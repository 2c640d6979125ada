# error: 4: assignment expressions (:=) are not supported
# Invalid RPy: an assignment expression in an if condition.
def check(s: str) -> int:
    if (n := len(s)) > 3:  # <-- error
        return n
    return 0


def entry_point(argv: list[str]) -> int:
    print(check("hello"))
    return 0
