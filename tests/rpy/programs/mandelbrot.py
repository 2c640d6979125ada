"""A real program: ASCII Mandelbrot and Julia sets (float arithmetic in tight
loops, escape-time iteration counts mapped to characters), iteration
histogram and float sums printed with repr."""


def escape_time(cr: float, ci: float, max_iter: int) -> int:
    zr = 0.0
    zi = 0.0
    for i in range(max_iter):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return max_iter


def julia_time(zr: float, zi: float, cr: float, ci: float, max_iter: int) -> int:
    for i in range(max_iter):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return max_iter


PALETTE = " .:-=+*#%@"


def render(width: int, height: int, max_iter: int, julia: bool) -> tuple[list[str], list[int]]:
    rows: list[str] = []
    hist = [0] * (max_iter + 1)
    for y in range(height):
        line: list[str] = []
        ci = -1.2 + 2.4 * float(y) / float(height - 1)
        for x in range(width):
            cr = -2.1 + 3.0 * float(x) / float(width - 1)
            if julia:
                it = julia_time(cr * 0.8 + 0.6, ci, -0.8, 0.156, max_iter)
            else:
                it = escape_time(cr, ci, max_iter)
            hist[it] += 1
            idx = (it * (len(PALETTE) - 1)) // max_iter
            line.append(PALETTE[idx])
        rows.append("".join(line))
    return rows, hist


def entry_point(argv: list[str]) -> int:
    rows, hist = render(72, 28, 60, False)
    for r in rows:
        print(r.rstrip())
    inside = hist[60]
    print("inside:", inside, "escaped at 0:", hist[0], "total:", sum(hist))
    area = 3.0 * 2.4 * float(inside) / float(72 * 28)
    print("area estimate:", area)
    jrows, jhist = render(60, 20, 80, True)
    for r in jrows:
        print(r.rstrip())
    weighted = 0.0
    for i in range(len(jhist)):
        weighted += float(i * jhist[i]) / 80.0
    print("julia weighted:", weighted, "bounded:", jhist[80])
    return 0
