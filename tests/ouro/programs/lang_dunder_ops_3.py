# uncaught: unsupported operand with user classes (no reflected method)
class Money:
    def __init__(self, amount, cur):
        self.amount = amount
        self.cur = cur

    def __add__(self, other):
        if isinstance(other, Money) and other.cur == self.cur:
            return Money(self.amount + other.amount, self.cur)
        return NotImplemented

    def __repr__(self):
        return f"{self.amount} {self.cur}"


class Points:
    def __init__(self, n):
        self.n = n


m = Money(5, "EUR") + Money(7, "EUR")
print(m)
try:
    Money(1, "EUR") + Money(1, "USD")
except TypeError as e:
    print("caught:", e)
print(sum([Money(1, "EUR"), Money(2, "EUR")], Money(0, "EUR")))
print(Money(3, "GBP") + Points(4))
print("not reached")
