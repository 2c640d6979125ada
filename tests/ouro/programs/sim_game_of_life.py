from itertools import product
from collections import Counter


class Life:
    def __init__(self, cells, width, height):
        self.cells = set(cells)
        self.w = width
        self.h = height
        self.generation = 0

    @classmethod
    def from_text(cls, text):
        lines = text.strip("\n").splitlines()
        cells = {(x, y) for y, line in enumerate(lines) for x, ch in enumerate(line) if ch == "#"}
        return cls(cells, max(map(len, lines)), len(lines))

    def neighbours(self, x, y):
        for dx, dy in product((-1, 0, 1), repeat=2):
            if dx or dy:
                yield (x + dx) % self.w, (y + dy) % self.h

    def step(self):
        counts = Counter(n for c in self.cells for n in self.neighbours(*c))
        self.cells = {c for c, n in counts.items() if n == 3 or (n == 2 and c in self.cells)}
        self.generation += 1
        return self

    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.cells else "." for x in range(self.w)) for y in range(self.h))

    def __repr__(self):
        return f"Life(gen={self.generation}, alive={len(self.cells)}, size={self.w}x{self.h})"

    def __len__(self):
        return len(self.cells)

    def __eq__(self, other):
        return self.cells == other.cells


glider = Life.from_text("""
.#......
..#.....
###.....
........
........
........
""")
print(repr(glider))
print(glider)
for _ in range(4):
    glider.step()
print(repr(glider))
print(glider)
print(sorted(glider.cells))
blinker = Life.from_text("....\n.###\n....\n....")
states = [str(blinker)]
for _ in range(3):
    states.append(str(blinker.step()))
print(states[0] == states[2], states[1] == states[3], len(blinker), bool(blinker))
empty = Life([], 3, 3)
print(repr(empty.step()), bool(empty), empty == Life([], 5, 5))
history = {}
g = Life.from_text("......\n.##...\n.##...\n...##.\n...##.\n......")
while str(g) not in history:
    history[str(g)] = g.generation
    g.step()
print("cycle found at", g.generation, "first seen", history[str(g)])
print(sum(1 for _ in glider.neighbours(0, 0)), list(glider.neighbours(0, 0))[:3])
