# uncaught: assigning to a frozen dataclass
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def add(self, other):
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return Money(self.amount + other.amount, self.currency)


@dataclass
class Wallet:
    owner: str
    coins: list = field(default_factory=list)


m = Money(5).add(Money(7))
print(m, hash(m) == hash(Money(12)), m == Money(12, "EUR"))
w = Wallet("ann")
w.coins.append(m)
print(w)
print("mutating a frozen instance")
m.amount = 100
print("not reached")
