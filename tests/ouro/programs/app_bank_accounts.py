from abc import ABC, abstractmethod
from decimal import Decimal


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"account {account.number} cannot cover {amount}")


class Account(ABC):
    _next = 1000

    def __init__(self, owner: str, balance: Decimal = Decimal("0")):
        self.owner = owner
        self._balance = balance
        Account._next += 1
        self.number = Account._next
        self.history: list[tuple[str, Decimal]] = []

    @property
    def balance(self) -> Decimal:
        return self._balance

    @balance.setter
    def balance(self, v):
        raise AttributeError("use deposit/withdraw")

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    @abstractmethod
    def available(self) -> Decimal: ...

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance!s})"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.number == other.number

    def __hash__(self):
        return hash(self.number)

    def __lt__(self, other):
        return self._balance < other._balance


class Checking(Account):
    def __init__(self, owner, balance=Decimal("0"), overdraft=Decimal("100")):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self._balance + self.overdraft


class Savings(Account):
    rate = Decimal("0.02")

    def available(self):
        return self._balance

    def add_interest(self):
        self.deposit((self._balance * self.rate).quantize(Decimal("0.01")))


try:
    Account("x")
except TypeError as e:
    print("TypeError:", e)

a = Checking("ann", Decimal("50"))
b = Savings("bob", Decimal("1000"))
c = Savings("cy")
print(a, b, c, a.number, b.number)
a.withdraw(Decimal("120")).deposit(Decimal("5"))
print(a.balance, a.history)
b.add_interest()
b.add_interest()
print(b.balance)
try:
    a.withdraw(Decimal("100"))
except InsufficientFunds as e:
    print(e, e.amount, e.account is a)
try:
    c.deposit(0)
except ValueError as e:
    print(repr(e))
try:
    a.balance = 5
except AttributeError as e:
    print(e)
print(sorted([a, b, c]), max([a, b, c]).owner, a == a, a == b, a != "x", len({a, b, a}))
print(Checking.__mro__)
print(isinstance(b, Account), Savings.available.__qualname__, Account.available.__isabstractmethod__)
print(a.__dict__.keys() == {"owner", "_balance", "number", "history", "overdraft"})
accounts = {acc.number: acc for acc in (a, b, c)}
print(sum(x.balance for x in accounts.values()))
c.withdraw(Decimal("1"))
