"""chaos: the chaos game with B-spline transformations -- three cubic
B-splines draw a fractal on a 256x256 image (pyperformance's chaos
workload: a vector class with operators, spline evaluation by de Boor's
algorithm, random choice of a transformation weighted by spline length).
Written for Ouroboros; the random numbers come from a small linear
congruential generator of our own (ouro has no _random yet) and the image is
reduced to a checksum instead of being written to a file."""
import math
import sys


class Rng(object):
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return self.state / 2147483648.0

    def randrange(self, n):
        return int(self.random() * n)


class Vec(object):
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def dist(self, other):
        return (self - other).length()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def blend(self, other, s, t):
        """s * self + t * other"""
        return Vec(self.x * s + other.x * t, self.y * s + other.y * t,
                   self.z * s + other.z * t)


class BSpline(object):
    """A B-spline of the given degree over control points and a knot
    vector with len(knots) == len(points) + degree - 1."""

    def __init__(self, points, degree, knots):
        if len(points) > len(knots) - degree + 1:
            raise ValueError("too many control points")
        if len(points) < len(knots) - degree + 1:
            raise ValueError("not enough control points")
        prev = knots[0]
        for k in knots[1:]:
            if k < prev:
                raise ValueError("knots not increasing")
            prev = k
        self.points = points
        self.degree = degree
        self.knots = knots

    def domain(self):
        return (self.knots[self.degree - 1],
                self.knots[len(self.knots) - self.degree])

    def span(self, u):
        lo, hi = self.domain()
        for i in range(self.degree - 1, len(self.knots) - self.degree):
            if self.knots[i] <= u < self.knots[i + 1]:
                return i
        if u == hi:
            return len(self.knots) - self.degree - 1
        raise ValueError("%r outside the domain" % (u,))

    def __call__(self, u):
        d = self.degree
        i = self.span(u)
        knots = self.knots
        pts = [self.points[i - d + 1 + j] for j in range(d + 1)]
        for r in range(1, d + 1):
            for j in range(d, r - 1, -1):
                left = knots[i + j - d]
                right = knots[i + j - r + 1]
                a = (u - left) / (right - left)
                pts[j] = pts[j - 1].blend(pts[j], 1.0 - a, a)
        return pts[d]

    def __len__(self):
        return len(self.points)


class Chaos(object):
    def __init__(self, splines, thickness):
        self.splines = splines
        self.thickness = thickness
        xs = [p.x for s in splines for p in s.points]
        ys = [p.y for s in splines for p in s.points]
        self.minx = min(xs)
        self.miny = min(ys)
        self.maxx = max(xs)
        self.maxy = max(ys)
        self.height = self.maxy - self.miny
        self.width = self.maxx - self.minx
        self.ntrafos = []
        total = 0.0
        lengths = []
        for s in splines:
            lo, hi = s.domain()
            length = 0.0
            prev = s(lo)
            for k in range(1, 1001):
                cur = s(lo + (hi - lo) * k / 1000.0)
                length += cur.dist(prev)
                prev = cur
            lengths.append(length)
            total += length
        self.cumulative = []
        acc = 0.0
        for length in lengths:
            acc += length / total
            self.cumulative.append(acc)

    def pick(self, rng):
        r = rng.random()
        for i, c in enumerate(self.cumulative):
            if r <= c:
                return i
        return len(self.cumulative) - 1

    def clamp(self, p):
        x = min(max(p.x, self.minx), self.maxx)
        y = min(max(p.y, self.miny), self.maxy)
        return Vec(x, y, 0.0)

    def transform(self, p, rng):
        i = self.pick(rng)
        s = self.splines[i]
        lo, hi = s.domain()
        eps = 1e-5
        u = lo + (hi - lo) * (p.x - self.minx) / self.width
        if rng.randrange(2):
            u = hi - (u - lo)
        if u + eps > hi:
            base = s(u - eps)
            ahead = s(u)
            direction = ahead - base
        else:
            base = s(u)
            direction = s(u + eps) - base
        n = direction.length()
        if n == 0.0:
            return self.clamp(base)
        # the normal of the curve, scaled by the distance from the middle
        off = (p.y - self.miny) / self.height - 0.5
        k = off * self.thickness * self.width / n
        return self.clamp(Vec(base.x - direction.y * k, base.y + direction.x * k, 0.0))

    def draw(self, w, h, iterations, rng):
        image = [[0] * h for _ in range(w)]
        p = Vec((self.maxx + self.minx) / 2.0, (self.maxy + self.miny) / 2.0, 0.0)
        for _ in range(iterations):
            p = self.transform(p, rng)
            col = int((p.x - self.minx) / self.width * (w - 1))
            row = int((p.y - self.miny) / self.height * (h - 1))
            image[col][row] += 1
        return image


def make_splines():
    return [
        BSpline([Vec(1.597350, 3.304460), Vec(1.575810, 4.123260),
                 Vec(1.313210, 5.288350), Vec(1.618900, 5.329910),
                 Vec(2.889940, 5.502700), Vec(2.373060, 4.381830),
                 Vec(1.662000, 4.360280)],
                3, [0, 0, 0, 1, 1, 1, 2, 2, 2]),
        BSpline([Vec(2.804500, 4.017350), Vec(2.550500, 3.525230),
                 Vec(1.979010, 2.620360), Vec(1.979010, 2.620360)],
                3, [0, 0, 0, 1, 1, 1]),
        BSpline([Vec(2.001670, 4.011320), Vec(2.335040, 3.312830),
                 Vec(2.366800, 3.233460), Vec(2.366800, 3.233460)],
                3, [0, 0, 0, 1, 1, 1]),
    ]


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    for _ in range(loops):
        rng = Rng(1234)
        game = Chaos(make_splines(), 0.25)
        image = game.draw(256, 256, 5000, rng)
    lit = 0
    check = 0
    for c, col in enumerate(image):
        for r, v in enumerate(col):
            if v:
                lit += 1
                check = (check * 31 + c * 256 + r + v) % 1000000007
    print("chaos", loops, lit, check)


if __name__ == "__main__":
    main()
