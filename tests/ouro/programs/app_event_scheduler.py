from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import IntEnum
from collections import defaultdict
import heapq
import itertools


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


@dataclass(order=True)
class Event:
    when: datetime
    priority: int = field(compare=True)
    title: str = field(compare=False)
    duration: timedelta = field(default=timedelta(hours=1), compare=False)
    tags: frozenset = field(default=frozenset(), compare=False)

    @property
    def end(self):
        return self.when + self.duration

    def overlaps(self, other):
        return self.when < other.end and other.when < self.end


class Calendar:
    def __init__(self):
        self._heap = []
        self._counter = itertools.count()
        self.listeners = defaultdict(list)

    def on(self, kind):
        def register(fn):
            self.listeners[kind].append(fn)
            return fn
        return register

    def emit(self, kind, *args):
        for fn in self.listeners[kind]:
            fn(*args)

    def add(self, ev):
        clashes = [e for _, _, e in self._heap if e.overlaps(ev)]
        heapq.heappush(self._heap, (ev.when, next(self._counter), ev))
        self.emit("added", ev, clashes)
        return ev

    def pop_until(self, moment):
        out = []
        while self._heap and self._heap[0][0] <= moment:
            out.append(heapq.heappop(self._heap)[2])
        for e in out:
            self.emit("fired", e)
        return out

    def agenda(self, day):
        return sorted(e for _, _, e in self._heap if e.when.date() == day)


cal = Calendar()
log = []


@cal.on("added")
def note(ev, clashes):
    msg = f"added {ev.title!r} at {ev.when:%H:%M}"
    if clashes:
        msg += " (clashes with " + ", ".join(c.title for c in sorted(clashes)) + ")"
    log.append(msg)


@cal.on("fired")
def fired(ev):
    log.append(f"fired {ev.title} [{Priority(ev.priority).name}]")


base = datetime(2024, 3, 15, 9, 0)
cal.add(Event(base, Priority.NORMAL, "standup", timedelta(minutes=15)))
cal.add(Event(base + timedelta(minutes=10), Priority.HIGH, "incident review", tags=frozenset({"ops"})))
cal.add(Event(base + timedelta(hours=3), Priority.LOW, "lunch"))
cal.add(Event(base + timedelta(days=1), Priority.NORMAL, "planning", timedelta(hours=2)))
cal.add(Event(base + timedelta(hours=3, minutes=30), Priority.HIGH, "1:1"))
print("\n".join(log))
for e in cal.agenda(date(2024, 3, 15)):
    print(f"{e.when:%a %d %b %H:%M}-{e.end:%H:%M} {e.title:<16} {Priority(e.priority)!r}")
log.clear()
fired_now = cal.pop_until(base + timedelta(hours=3))
print([e.title for e in fired_now], log)
print(cal.agenda(date(2024, 3, 16))[0])
print(Priority.HIGH > Priority.LOW, Priority(2), list(Priority), Priority.HIGH + 1, f"{Priority.LOW:03d}")
ev = Event(base, 1, "x")
print(ev == Event(base, 1, "y"), ev < Event(base, 2, "a"), ev.end - ev.when, str(ev.duration))
weekly = [base + timedelta(weeks=i) for i in range(4)]
print([d.strftime("%Y-%m-%d") for d in weekly], (weekly[-1] - weekly[0]).days)
print(sorted(set(d.isoweekday() for d in weekly)), weekly[1].isoformat(timespec="minutes"))
