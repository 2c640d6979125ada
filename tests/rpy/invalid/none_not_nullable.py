# error: 16: is not nullable
# Invalid RPy: passing None for a parameter declared with a non-optional instance type.
class Shape:
    side: float

    def __init__(self, side: float) -> None:
        self.side = side


def area(s: Shape) -> float:
    return s.side * s.side


def entry_point(argv: list[str]) -> int:
    print(area(Shape(2.0)))
    print(area(None))  # <-- error
    return 0
