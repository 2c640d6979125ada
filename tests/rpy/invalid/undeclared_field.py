# error: 8: has no declared field 'y'
# Invalid RPy: assigning self.y in __init__ without declaring y in the class body.
class Point:
    x: int

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y  # <-- error


def entry_point(argv: list[str]) -> int:
    p = Point(1, 2)
    print(p.x)
    return 0
