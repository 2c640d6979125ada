from enum import Enum, auto
from dataclasses import dataclass, field
from collections import deque
import random


class State(Enum):
    IDLE = auto()
    MOVING_UP = auto()
    MOVING_DOWN = auto()
    DOORS_OPEN = auto()

    def __str__(self):
        return self.name.replace("_", " ").lower()


@dataclass
class Elevator:
    floors: int
    floor: int = 0
    state: State = State.IDLE
    requests: set = field(default_factory=set)
    log: list = field(default_factory=list)
    travelled: int = 0

    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"floor {floor} out of range 0..{self.floors - 1}")
        self.requests.add(floor)

    def _direction(self):
        above = [f for f in self.requests if f > self.floor]
        below = [f for f in self.requests if f < self.floor]
        if self.state is State.MOVING_UP and above:
            return 1
        if self.state is State.MOVING_DOWN and below:
            return -1
        if above and (not below or min(above) - self.floor <= self.floor - max(below)):
            return 1
        if below:
            return -1
        return 0

    def tick(self, t):
        prev = self.state
        if self.floor in self.requests:
            self.requests.discard(self.floor)
            self.state = State.DOORS_OPEN
        else:
            d = self._direction()
            if d == 0:
                self.state = State.IDLE
            else:
                self.state = State.MOVING_UP if d > 0 else State.MOVING_DOWN
                self.floor += d
                self.travelled += 1
        if self.state is not prev or self.state is State.DOORS_OPEN:
            self.log.append(f"t={t:02d} floor={self.floor} {prev} -> {self.state}")


rng = random.Random(2024)
e = Elevator(10)
schedule = deque(sorted((rng.randrange(30), rng.randrange(10)) for _ in range(8)))
print(list(schedule))
for t in range(45):
    while schedule and schedule[0][0] == t:
        _, f = schedule.popleft()
        e.call(f)
    e.tick(t)
print("\n".join(e.log))
print(e.floor, e.state, repr(e.state), e.travelled, sorted(e.requests))
try:
    e.call(12)
except ValueError as err:
    print("ValueError:", err)
counts = {}
for line in e.log:
    new = line.rsplit("-> ", 1)[1]
    counts[new] = counts.get(new, 0) + 1
print(sorted(counts.items()))
print([s.value for s in State], State["IDLE"], State(3))
