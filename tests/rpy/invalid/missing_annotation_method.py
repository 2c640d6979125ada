# error: 9: missing type annotation for parameter 'amount'
# Invalid RPy: a method parameter (not self) without a type annotation.
class Account:
    balance: int

    def __init__(self) -> None:
        self.balance = 0

    def deposit(self, amount) -> None:  # <-- error
        self.balance += amount


def entry_point(argv: list[str]) -> int:
    a = Account()
    a.deposit(5)
    print(a.balance)
    return 0
