# error: 12: object has no attribute 'foo'
# Invalid RPy: reading a field that the class does not declare.
class Box:
    width: int

    def __init__(self) -> None:
        self.width = 3


def entry_point(argv: list[str]) -> int:
    b = Box()
    n = b.foo  # <-- error
    print(n)
    return 0
