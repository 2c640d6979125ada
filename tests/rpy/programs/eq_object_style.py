"""__eq__ written the mypy-clean way (`other: object`, isinstance check,
`return NotImplemented`), used by ==, !=, `in`, list.index and as dict keys."""
from __future__ import annotations


class Money:
    cents: int
    currency: str

    def __init__(self, cents: int, currency: str) -> None:
        self.cents = cents
        self.currency = currency

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents and self.currency == other.currency

    def __hash__(self) -> int:
        return hash(self.currency) ^ self.cents


class Euro(Money):
    def __init__(self, cents: int) -> None:
        Money.__init__(self, cents, "EUR")


def entry_point(argv: list[str]) -> int:
    a = Money(150, "EUR")
    b = Euro(150)
    c = Money(150, "USD")
    print(a == b, a != b, a == c, a != c, b == a)
    wallet = [c, b]
    print(a in wallet, wallet.index(a), Money(1, "X") in wallet)
    prices: dict[Money, str] = {a: "one fifty"}
    print(prices[b], Money(150, "USD") in prices, len(prices))
    prices[Euro(150)] = "again"
    print(len(prices), prices[a])
    return 0
