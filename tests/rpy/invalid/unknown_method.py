# error: 16: object has no attribute 'foo'
# Invalid RPy: calling a method that the class does not define.
class Greeter:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def greet(self) -> str:
        return "hi " + self.name


def entry_point(argv: list[str]) -> int:
    g = Greeter("ann")
    print(g.greet())
    print(g.foo())  # <-- error
    return 0
