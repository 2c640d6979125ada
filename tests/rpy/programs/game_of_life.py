"""A real program: Conway's game of life on a toroidal 32x16 grid of
list[list[bool]]: a glider, a blinker and an R-pentomino evolved for 60
generations, printing some frames as text, population counts and a checksum
of the final board."""


def make_grid(w: int, h: int) -> list[list[bool]]:
    return [[False] * w for i in range(h)]


def place(grid: list[list[bool]], cells: list[tuple[int, int]], ox: int, oy: int) -> None:
    for x, y in cells:
        grid[oy + y][ox + x] = True


def step(grid: list[list[bool]]) -> list[list[bool]]:
    h = len(grid)
    w = len(grid[0])
    nxt = make_grid(w, h)
    for y in range(h):
        for x in range(w):
            n = 0
            for dy in range(-1, 2):
                for dx in range(-1, 2):
                    if dx == 0 and dy == 0:
                        continue
                    if grid[(y + dy) % h][(x + dx) % w]:
                        n += 1
            alive = grid[y][x]
            nxt[y][x] = n == 3 or (alive and n == 2)
    return nxt


def population(grid: list[list[bool]]) -> int:
    total = 0
    for row in grid:
        for cell in row:
            if cell:
                total += 1
    return total


def render(grid: list[list[bool]]) -> str:
    return "\n".join(["".join(["#" if c else "." for c in row]) for row in grid])


def checksum(grid: list[list[bool]]) -> int:
    h = 0
    for y in range(len(grid)):
        for x in range(len(grid[0])):
            if grid[y][x]:
                h = (h * 31 + y * 64 + x) % 1000000007
    return h


GLIDER = [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]
BLINKER = [(0, 0), (1, 0), (2, 0)]
R_PENTOMINO = [(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)]


def entry_point(argv: list[str]) -> int:
    grid = make_grid(32, 16)
    place(grid, GLIDER, 1, 1)
    place(grid, BLINKER, 25, 3)
    place(grid, R_PENTOMINO, 14, 8)
    print(render(grid))
    pops: list[int] = []
    for gen in range(1, 61):
        grid = step(grid)
        pops.append(population(grid))
        if gen % 20 == 0:
            print("generation", gen, "population", pops[-1])
            print(render(grid))
    print("populations:", " ".join([str(p) for p in pops[:20]]))
    print("max population", max(pops), "at generation", pops.index(max(pops)) + 1)
    print("checksum", checksum(grid))
    return 0
