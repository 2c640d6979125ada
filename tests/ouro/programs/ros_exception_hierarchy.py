"""A custom exception hierarchy for a banking ledger: chaining, notes, groups, re-raise, finally ordering, exit codes."""
import sys

class LedgerError(Exception):
    """Base of the ledger's errors."""
    code = 1
    def __init__(self, message, *, account=None):
        super().__init__(message)
        self.account = account
    def __str__(self):
        base = super().__str__()
        return f"{base} (account {self.account})" if self.account else base

class InsufficientFunds(LedgerError):
    code = 2
    def __init__(self, account, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}, balance is {balance:.2f}", account=account)
        self.shortfall = amount - balance

class FrozenAccount(LedgerError):
    code = 3

class ValidationError(LedgerError, ValueError):
    code = 4

class Ledger:
    def __init__(self):
        self.balances = {}
        self.frozen = set()
        self.log = []
    def open(self, acct, amount=0.0):
        if acct in self.balances:
            raise ValidationError(f"duplicate account {acct!r}")
        self.balances[acct] = float(amount)
    def withdraw(self, acct, amount):
        try:
            bal = self.balances[acct]
        except KeyError as e:
            raise LedgerError("no such account", account=acct) from e
        if acct in self.frozen:
            raise FrozenAccount("account is frozen", account=acct)
        if amount <= 0:
            raise ValidationError(f"amount must be positive, got {amount}")
        if amount > bal:
            raise InsufficientFunds(acct, bal, amount)
        self.balances[acct] = bal - amount
        self.log.append(("withdraw", acct, amount))
    def transfer(self, src, dst, amount):
        try:
            self.withdraw(src, amount)
            if dst not in self.balances:
                raise LedgerError("unknown destination", account=dst)
            self.balances[dst] += amount
        except LedgerError as e:
            e.add_note(f"while transferring {amount} from {src} to {dst}")
            raise
        finally:
            self.log.append(("transfer-attempt", src, dst))

L = Ledger()
L.open("alice", 100)
L.open("bob", 20)
L.frozen.add("carol")
L.open("carol", 5)
ops = [("alice", "bob", 30), ("bob", "alice", 500), ("zed", "bob", 1), ("carol", "bob", 1),
       ("alice", "bob", -5), ("alice", "nobody", 10)]
for src, dst, amt in ops:
    try:
        L.transfer(src, dst, amt)
        print(f"ok {src}->{dst} {amt}")
    except InsufficientFunds as e:
        print(f"{type(e).__name__} code={e.code}: {e}; short {e.shortfall:.2f}; notes={e.__notes__}")
    except (FrozenAccount, ValidationError) as e:
        print(f"{type(e).__name__} code={e.code}: {e} isValueError={isinstance(e, ValueError)}")
    except LedgerError as e:
        print(f"LedgerError: {e} cause={e.__cause__!r} ctx={type(e.__context__).__name__}")
print(L.balances, len(L.log))
try:
    L.open("bob")
except ValueError as e:
    print("as ValueError:", e, [c.__name__ for c in type(e).__mro__])

def collect(ops):
    errors = []
    for src, dst, amt in ops:
        try:
            L.transfer(src, dst, amt)
        except LedgerError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("batch failed", errors)
try:
    collect([("alice", "bob", 1000), ("carol", "bob", 1), ("alice", "bob", 1)])
except* InsufficientFunds as eg:
    print("insufficient:", [str(e) for e in eg.exceptions])
except* FrozenAccount as eg:
    print("frozen:", len(eg.exceptions), eg.message)
eg = ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t"), ValueError("w")])])
match, rest = eg.split(ValueError)
print(repr(match), "|", repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
try:
    raise BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError()])
except BaseExceptionGroup as e:
    print(type(e).__name__, e, len(e.exceptions))
print(type(ExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
for bad in (lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup([ValueError()]),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

def order():
    try:
        try:
            print("try")
            return "from try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(order())
def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_overrides())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("re-raised", e, e.__context__)
e = KeyError("k")
print(repr(e), str(e), e.args, repr(LedgerError("m", account="x")), LedgerError("m").args)
print(issubclass(InsufficientFunds, Exception), InsufficientFunds.__mro__[1].__name__, LedgerError.__doc__)
err = None
try:
    L.withdraw("alice", 10 ** 6)
except LedgerError as exc:
    err = exc
print(err.code, "exc var cleared:", "exc" not in dir())
sys.exit(err.code)
