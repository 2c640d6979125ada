# error: 6: returns str but is declared int
# Invalid RPy: returning a str from a function declared to return int.
def size(name: str) -> int:
    if name == "":
        return 0
    return name.upper()  # <-- error


def entry_point(argv: list[str]) -> int:
    print(size("abc"))
    return 0
