# error: 17: multiple inheritance is not supported
# Invalid RPy: a class with two base classes.
class Named:
    name: str

    def __init__(self) -> None:
        self.name = "n"


class Sized:
    size: int

    def __init__(self) -> None:
        self.size = 0


class Both(Named, Sized):  # <-- error
    def describe(self) -> str:
        return self.name


def entry_point(argv: list[str]) -> int:
    b = Both()
    print(b.describe())
    return 0
