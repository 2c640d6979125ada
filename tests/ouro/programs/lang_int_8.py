# uncaught: int() of a bad literal in a nested call
def parse_all(items):
    return [parse(x) for x in items]


def parse(x):
    value = int(x, 16)
    if value < 0:
        raise ValueError("negative")
    return value


class Totals:
    def __init__(self):
        self.items = []

    def add(self, xs):
        self.items.extend(parse_all(xs))
        return sum(self.items)


t = Totals()
print(t.add(["a", "ff", "10"]))
print(t.add(["cafe", "0xbeef"]))
print(t.items)
print(t.add(["12", "xyz", "1"]))
print("not reached")
