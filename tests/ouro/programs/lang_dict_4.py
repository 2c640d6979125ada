# uncaught: KeyError with a tuple key and traceback through a method
class Inventory:
    def __init__(self):
        self.stock = {}

    def add(self, item, size, n=1):
        key = (item, size)
        self.stock[key] = self.stock.get(key, 0) + n

    def take(self, item, size):
        key = (item, size)
        self.stock[key] -= 1
        if self.stock[key] == 0:
            del self.stock[key]


inv = Inventory()
inv.add("shirt", "M", 3)
inv.add("shirt", "L")
inv.add("hat", "S", 2)
print(sorted(inv.stock.items()))
inv.take("shirt", "L")
inv.take("hat", "S")
print(sorted(inv.stock.items()))
print("taking a missing item")
inv.take("shirt", "L")
print("not reached")
