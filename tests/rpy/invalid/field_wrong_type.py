# error: 10: is declared int, not str
# Invalid RPy: assigning a str to a field declared int.
class Item:
    count: int

    def __init__(self) -> None:
        self.count = 0

    def mark_many(self) -> None:
        self.count = "many"  # <-- error


def entry_point(argv: list[str]) -> int:
    it = Item()
    it.mark_many()
    return 0
