# an uncaught AttributeError on an instance (with suggestion)
class Account:
    def __init__(self):
        self.balance = 100

    def withdraw(self, n):
        self.balance -= n
        return self.balanse


acct = Account()
print(acct.balance)
acct.withdraw(5)
