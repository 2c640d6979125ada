"""hexiom: solve Hexiom puzzles -- place numbered tiles on a hexagonal
board so that every tile's number equals its count of occupied
neighbours -- by constraint propagation and depth-first search over
per-cell candidate lists (the workload of pyperformance's hexiom: a
solver of that kind on a fixed level). Written for Ouroboros: the
puzzle is generated from a fixed seed (some cells given), and the solver
counts all the solutions."""
import sys

EMPTY = 7


class Rng(object):
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return self.state / 2147483648.0


class Hex(object):
    """The cells of a hexagon of side `size` in axial coordinates and
    their neighbours."""

    def __init__(self, size):
        self.size = size
        self.coords = []
        index = {}
        for q in range(-size + 1, size):
            for r in range(-size + 1, size):
                if abs(q + r) < size:
                    index[(q, r)] = len(self.coords)
                    self.coords.append((q, r))
        self.count = len(self.coords)
        self.neighbours = []
        for (q, r) in self.coords:
            ns = []
            for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
                k = index.get((q + dq, r + dr))
                if k is not None:
                    ns.append(k)
            self.neighbours.append(ns)


class Contradiction(Exception):
    pass


class Done(object):
    """The candidates of every cell (lists of values, EMPTY for no tile)."""

    def __init__(self, count, cells=None):
        if cells is None:
            cells = [[0, 1, 2, 3, 4, 5, 6, EMPTY] for _ in range(count)]
        self.cells = cells
        self.count = count

    def clone(self):
        return Done(self.count, [c[:] for c in self.cells])

    def already_done(self, i):
        return len(self.cells[i]) == 1

    def remove(self, i, v):
        c = self.cells[i]
        if v in c:
            c.remove(v)
            if not c:
                raise Contradiction()
            return True
        return False

    def set_done(self, i, v):
        self.cells[i] = [v]

    def first_unfixed(self):
        best = -1
        best_len = 100
        for i in range(self.count):
            n = len(self.cells[i])
            if 1 < n < best_len:
                best = i
                best_len = n
        return best

    def can_be_empty(self, i):
        return EMPTY in self.cells[i]

    def surely_empty(self, i):
        c = self.cells[i]
        return len(c) == 1 and c[0] == EMPTY


class Puzzle(object):
    def __init__(self, hexagon, counts, given):
        self.hex = hexagon
        self.counts = counts          # value -> number of tiles (EMPTY: empty cells)
        self.given = given            # cell -> value


def propagate(puzzle, done):
    hx = puzzle.hex
    changed = True
    while changed:
        changed = False
        # the numbers of tiles
        for v in range(8):
            want = puzzle.counts[v]
            fixed = 0
            possible = 0
            for i in range(hx.count):
                c = done.cells[i]
                if v in c:
                    possible += 1
                    if len(c) == 1:
                        fixed += 1
            if fixed > want or possible < want:
                raise Contradiction()
            if fixed == want and possible > fixed:
                for i in range(hx.count):
                    if not done.already_done(i) and done.remove(i, v):
                        changed = True
            elif possible == want and possible > fixed:
                for i in range(hx.count):
                    c = done.cells[i]
                    if len(c) > 1 and v in c:
                        done.set_done(i, v)
                        changed = True
        # the neighbourhoods
        for i in range(hx.count):
            ns = hx.neighbours[i]
            sure = 0
            maybe = 0
            for n in ns:
                if not done.can_be_empty(n):
                    sure += 1
                if not done.surely_empty(n):
                    maybe += 1
            c = done.cells[i]
            for v in c[:]:
                if v != EMPTY and (v < sure or v > maybe):
                    if done.remove(i, v):
                        changed = True
            if done.already_done(i) and c[0] != EMPTY:
                v = c[0]
                if v == sure and maybe > sure:
                    for n in ns:
                        if not done.already_done(n) and done.can_be_empty(n):
                            done.set_done(n, EMPTY)
                            changed = True
                elif v == maybe and maybe > sure:
                    for n in ns:
                        if not done.already_done(n) and done.remove(n, EMPTY):
                            changed = True


def solve(puzzle, done, solutions):
    try:
        propagate(puzzle, done)
    except Contradiction:
        return
    i = done.first_unfixed()
    if i < 0:
        solutions.append([c[0] for c in done.cells])
        return
    for v in done.cells[i]:
        d = done.clone()
        d.set_done(i, v)
        solve(puzzle, d, solutions)


def make_puzzle(size, seed, density, given_every):
    hx = Hex(size)
    rng = Rng(seed)
    occupied = [rng.random() < density for _ in range(hx.count)]
    values = []
    for i in range(hx.count):
        if occupied[i]:
            values.append(sum(1 for n in hx.neighbours[i] if occupied[n]))
        else:
            values.append(EMPTY)
    counts = [0] * 8
    for v in values:
        counts[v] += 1
    given = {}
    for i in range(0, hx.count, given_every):
        given[i] = values[i]
    return Puzzle(hx, counts, given), values


def run(size, seed):
    puzzle, expected = make_puzzle(size, seed, 0.55, 4)
    done = Done(puzzle.hex.count)
    for i, v in puzzle.given.items():
        done.set_done(i, v)
    solutions = []
    solve(puzzle, done, solutions)
    found = expected in solutions
    return len(solutions), found, "".join("." if v == EMPTY else str(v) for v in solutions[0])


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for _ in range(loops):
        results = [run(4, seed) for seed in (9, 10, 18, 20)]
    print("hexiom", loops, results)


if __name__ == "__main__":
    main()
