"""Cellular automata: rule 30/90/110 rows, Langton's ant, a small Life glider, drawn as text."""
def rule_row(rule, width=31, steps=15):
    row = [0] * width
    row[width // 2] = 1
    out = []
    for _ in range(steps):
        out.append("".join("#" if c else "." for c in row))
        row = [(rule >> (row[(i - 1) % width] << 2 | row[i] << 1 | row[(i + 1) % width])) & 1 for i in range(width)]
    return out
for rule in (30, 90, 110):
    print(f"rule {rule}")
    print("\n".join(rule_row(rule)))
def langton(steps, size=11):
    grid = [[0] * size for _ in range(size)]
    r = c = size // 2
    dr, dc = -1, 0
    for _ in range(steps):
        if grid[r][c]:
            dr, dc = -dc, dr
        else:
            dr, dc = dc, -dr
        grid[r][c] ^= 1
        r, c = (r + dr) % size, (c + dc) % size
    return grid
for line in langton(200):
    print("".join("█" if v else "·" for v in line))
def life_step(cells):
    from collections import Counter
    counts = Counter((x + dx, y + dy) for x, y in cells for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in cells)}
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
for gen in range(4):
    xs = [x for x, _ in glider]
    ys = [y for _, y in glider]
    print(f"gen {gen}: {sorted(glider)} bbox {min(xs)},{min(ys)}-{max(xs)},{max(ys)}")
    glider = life_step(glider)
print(len(life_step({(0, 0), (0, 1), (0, 2)})), sorted(life_step(life_step({(0, 0), (0, 1), (0, 2)}))))
