"""A small state machine (vending machine) driven by a command script, with validation errors and an exit code."""
from enum import Enum, auto
import sys

class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()
    OUT_OF_ORDER = auto()

class VendingError(Exception):
    pass

class InvalidTransition(VendingError):
    def __init__(self, state, action):
        super().__init__(f"cannot {action} while {state.name.lower().replace('_', ' ')}")
        self.state, self.action = state, action

PRODUCTS = {"A1": ("Crisps", 150), "A2": ("Chocolate", 120), "B1": ("Water", 90), "B2": ("Juice", 210)}
COINS = (200, 100, 50, 20, 10, 5)

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.stock = {k: 2 for k in PRODUCTS}
        self.sales = []
    def insert(self, coin):
        if self.state not in (State.IDLE, State.HAS_MONEY):
            raise InvalidTransition(self.state, "insert coins")
        if coin not in COINS:
            raise VendingError(f"rejected coin {coin}p")
        self.credit += coin
        self.state = State.HAS_MONEY
    def select(self, code):
        if self.state is not State.HAS_MONEY:
            raise InvalidTransition(self.state, "select")
        try:
            name, price = PRODUCTS[code]
        except KeyError:
            raise VendingError(f"unknown product {code!r}") from None
        if self.stock[code] == 0:
            raise VendingError(f"{name} is sold out")
        if self.credit < price:
            raise VendingError(f"{name} costs {price / 100:.2f}, credit {self.credit / 100:.2f}")
        self.state = State.DISPENSING
        self.stock[code] -= 1
        self.credit -= price
        self.sales.append((code, price))
        change = self.make_change()
        self.state = State.IDLE
        return name, change
    def make_change(self):
        out = []
        for c in COINS:
            n, self.credit = divmod(self.credit, c)
            out += [c] * n
        return out
    def refund(self):
        if self.state is not State.HAS_MONEY:
            raise InvalidTransition(self.state, "refund")
        ch = self.make_change()
        self.state = State.IDLE
        return ch

SCRIPT = """
insert 100
insert 50
select A1
select A1
insert 3
insert 200
select Z9
select B2
refund
insert 100
select A2
insert 100
select A2
insert 100
select A2
break
insert 10
"""
m = Machine()
errors = 0
for lineno, line in enumerate(SCRIPT.strip().splitlines(), 1):
    cmd, *args = line.split()
    try:
        match cmd, args:
            case "insert", [amount]:
                m.insert(int(amount))
                print(f"{lineno:2}: credit {m.credit / 100:.2f}")
            case "select", [code]:
                name, change = m.select(code)
                print(f"{lineno:2}: got {name}, change {change or 'none'}")
            case "refund", []:
                print(f"{lineno:2}: refunded {m.refund()}")
            case "break", []:
                m.state = State.OUT_OF_ORDER
                print(f"{lineno:2}: machine broke")
            case _:
                raise VendingError(f"bad command {line!r}")
    except InvalidTransition as e:
        errors += 1
        print(f"{lineno:2}: invalid: {e} [{e.state}]")
    except VendingError as e:
        errors += 1
        print(f"{lineno:2}: error: {e}")
print("sales:", m.sales, "total", sum(p for _, p in m.sales), "stock", m.stock)
print("state", m.state, repr(m.state), State["IDLE"].value, [s.name for s in State])
if errors:
    print(f"{errors} errors", file=sys.stderr)
    sys.exit(min(errors, 3))
