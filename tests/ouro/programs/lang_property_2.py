# uncaught: AttributeError from a property with no setter
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    def deposit(self, n):
        self._balance += n
        return self


acct = Account("ann", 10)
print(acct.balance)
acct.deposit(5).deposit(7)
print(acct.balance)
print(acct.owner, type(Account.balance).__name__)
print(Account.balance.fset is None)
print("setting balance directly")
acct.balance = 100
print("not reached")
