"""An event-driven simulation: a binary heap of events (generic over the
payload with a Callable priority), accounts in a class hierarchy, a ledger
dict of lists, reports sorted by tuple keys and formatted in columns."""
from __future__ import annotations

from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class Heap:
    keys: list[int]
    vals: list[int]

    def __init__(self) -> None:
        self.keys = []
        self.vals = []

    def push(self, key: int, val: int) -> None:
        self.keys.append(key)
        self.vals.append(val)
        i = len(self.keys) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.keys[parent] <= self.keys[i]:
                break
            self.keys[parent], self.keys[i] = self.keys[i], self.keys[parent]
            self.vals[parent], self.vals[i] = self.vals[i], self.vals[parent]
            i = parent

    def pop(self) -> tuple[int, int]:
        if not self.keys:
            raise IndexError("pop from empty heap")
        top = (self.keys[0], self.vals[0])
        last_k = self.keys.pop()
        last_v = self.vals.pop()
        if self.keys:
            self.keys[0] = last_k
            self.vals[0] = last_v
            i = 0
            n = len(self.keys)
            while True:
                smallest = i
                for c in (2 * i + 1, 2 * i + 2):
                    if c < n and self.keys[c] < self.keys[smallest]:
                        smallest = c
                if smallest == i:
                    break
                self.keys[smallest], self.keys[i] = self.keys[i], self.keys[smallest]
                self.vals[smallest], self.vals[i] = self.vals[i], self.vals[smallest]
                i = smallest
        return top

    def __len__(self) -> int:
        return len(self.keys)


class Account:
    name: str
    balance: int
    history: list[int]

    def __init__(self, name: str, balance: int = 0) -> None:
        self.name = name
        self.balance = balance
        self.history = []

    def fee(self, amount: int) -> int:
        return 0

    def apply(self, amount: int) -> bool:
        cost = amount - self.fee(amount)
        if self.balance + cost < 0:
            return False
        self.balance += cost
        self.history.append(cost)
        return True

    def kind(self) -> str:
        return "basic"


class Premium(Account):
    def fee(self, amount: int) -> int:
        return 0 if amount > 0 else 1

    def kind(self) -> str:
        return "premium"


class Frozen(Account):
    def apply(self, amount: int) -> bool:
        return False

    def kind(self) -> str:
        return "frozen"


def best(items: list[T], score: Callable[[T], int]) -> T:
    result = items[0]
    for x in items[1:]:
        if score(x) > score(result):
            result = x
    return result


def balance_of(a: Account) -> int:
    return a.balance


def lcg(state: list[int]) -> int:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7fffffff
    return state[0] >> 8


def entry_point(argv: list[str]) -> int:
    accounts: list[Account] = [Account("ann", 100), Premium("bob", 50), Frozen("cid", 500),
                               Account("dee"), Premium("eve", 10)]
    heap = Heap()
    rng = [42]
    for t in range(200):
        heap.push(lcg(rng) % 1000, t)
    ledger: dict[str, list[int]] = {}
    rejected = 0
    order: list[int] = []
    while len(heap) > 0:
        when, ev = heap.pop()
        order.append(when)
        acct = accounts[ev % len(accounts)]
        amount = (ev * 37) % 90 - 45
        if acct.apply(amount):
            ledger.setdefault(acct.name, []).append(amount)
        else:
            rejected += 1
    print("events in order:", order == sorted(order), "rejected:", rejected)
    rows = sorted([(-a.balance, a.name, a.kind()) for a in accounts])
    print("{:<6}|{:>8}|{:^9}".format("name", "balance", "kind"))
    for neg, name, kind in rows:
        print("{:<6}|{:>8}|{:^9}".format(name, -neg, kind))
    for name in sorted(ledger):
        moves = ledger[name]
        print("%-4s %3d moves, net %+d, largest %d" % (name, len(moves), sum(moves), max(moves)))
    richest = best(accounts, balance_of)
    print("richest:", richest.name, richest.kind())
    try:
        Heap().pop()
    except IndexError as e:
        print("error:", e)
    return 0
