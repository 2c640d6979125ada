"""float: make 100000 points from sin/cos, normalize each, and reduce
them to the componentwise maximum with a method call per point
(pyperformance's float workload). Written for Ouroboros."""
import sys
from math import sin, cos, sqrt

POINTS = 100000


class Point(object):
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    for _ in range(loops):
        res = benchmark(POINTS)
    print("float", loops, res)


if __name__ == "__main__":
    main()
