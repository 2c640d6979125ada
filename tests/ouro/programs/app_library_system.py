from __future__ import annotations
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import ClassVar, Iterator


class LibraryError(Exception):
    """Base of the library's errors."""


class NotAvailable(LibraryError):
    def __init__(self, item: "Item", due: date):
        super().__init__(f"{item.title!r} is on loan until {due.isoformat()}")
        self.item = item
        self.due = due


class LimitReached(LibraryError):
    pass


@dataclass(eq=False)
class Item(ABC):
    title: str
    year: int
    _ids: ClassVar[int] = 0
    id: int = field(init=False)

    def __post_init__(self):
        Item._ids += 1
        self.id = Item._ids

    @property
    @abstractmethod
    def loan_days(self) -> int: ...

    def __str__(self):
        return f"#{self.id} {self.title} ({self.year})"


@dataclass(eq=False)
class Book(Item):
    author: str = "anon"

    @property
    def loan_days(self):
        return 21


@dataclass(eq=False)
class DVD(Item):
    minutes: int = 90

    @property
    def loan_days(self):
        return 7


@dataclass
class Member:
    name: str
    limit: int = 2
    loans: dict = field(default_factory=dict, repr=False)


class Library:
    def __init__(self, today: date):
        self.today = today
        self.items: dict[int, Item] = {}
        self.loaned: dict[int, tuple[Member, date]] = {}

    def add(self, *items: Item) -> None:
        for it in items:
            self.items[it.id] = it

    def lend(self, item_id: int, who: Member) -> date:
        item = self.items[item_id]
        if item_id in self.loaned:
            raise NotAvailable(item, self.loaned[item_id][1])
        if len(who.loans) >= who.limit:
            raise LimitReached(f"{who.name} already has {len(who.loans)} items")
        due = self.today + timedelta(days=item.loan_days)
        self.loaned[item_id] = (who, due)
        who.loans[item_id] = due
        return due

    def give_back(self, item_id: int) -> int:
        who, due = self.loaned.pop(item_id)
        del who.loans[item_id]
        late = (self.today - due).days
        return max(0, late) * (50 if isinstance(self.items[item_id], DVD) else 10)

    def available(self) -> Iterator[Item]:
        return (it for id_, it in sorted(self.items.items()) if id_ not in self.loaned)

    def overdue(self):
        return sorted((due, self.items[i].title, m.name) for i, (m, due) in self.loaned.items() if due < self.today)


lib = Library(date(2024, 5, 1))
lib.add(Book("Dune", 1965, "Herbert"), Book("Emma", 1815, "Austen"), DVD("Alien", 1979, 117), DVD("Heat", 1995))
ann, bob = Member("Ann"), Member("Bob", limit=1)
print(ann, bob)
print([str(i) for i in lib.available()])
print(lib.lend(1, ann), lib.lend(3, ann))
for action in [lambda: lib.lend(1, bob), lambda: lib.lend(2, ann), lambda: lib.lend(9, bob), lambda: Item("x", 1)]:
    try:
        action()
    except NotAvailable as e:
        print("NotAvailable:", e, "| due", e.due)
    except LibraryError as e:
        print(type(e).__name__ + ":", e)
    except KeyError as e:
        print("KeyError:", e)
    except TypeError as e:
        print("TypeError:", e)
print(lib.lend(4, bob), [str(i) for i in lib.available()])
lib.today += timedelta(days=10)
print(lib.overdue())
print("fine:", lib.give_back(3), "fine:", lib.give_back(1), ann.loans)
lib.today += timedelta(days=30)
print(lib.overdue(), lib.give_back(4))
print(repr(lib.items[2]), lib.items[2] == lib.items[2], lib.items[1] == Book("Dune", 1965, "Herbert"))
print(issubclass(NotAvailable, LibraryError), NotAvailable.__mro__[1:3], LibraryError.__doc__)
lib.give_back(2)
