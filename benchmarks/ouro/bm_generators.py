"""generators: in-order traversal of a balanced binary tree of 100000
nodes by recursive generators delegating with `yield from` (the
pyperformance generators workload). Written for Ouroboros."""
import sys


class Tree(object):
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(values, lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(values, lo, mid), values[mid], build(values, mid + 1, hi))


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    values = list(range(100000))
    tree = build(values, 0, len(values))
    for _ in range(loops):
        total = 0
        count = 0
        prev = -1
        ordered = True
        for v in tree:
            total += v
            count += 1
            if v < prev:
                ordered = False
            prev = v
    print("generators", loops, count, total, ordered)


if __name__ == "__main__":
    main()
