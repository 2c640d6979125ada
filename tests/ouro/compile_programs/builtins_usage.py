# builtins calling back into compiled functions: key=, map, filter, sorted, iter(callable, sentinel)...
words = ["pear", "Fig", "apple", "kiwi", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(min(words, key=lambda w: w[-1]), max(words, key=lambda w: (len(w), w)))
print(list(map(str.upper, words[:2])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, "", "x"])), list(filter(lambda w: "a" in w, words)))
print(list(enumerate("ab", start=1)), list(zip("ab", range(5))), list(reversed([1, 2, 3])))
print(sum([1, 2, 3], 10), any(w.startswith("k") for w in words), all(len(w) > 2 for w in words))
print(divmod(17, 5), pow(2, 10), pow(2, 10, 1000), abs(-3), round(3.14159, 2), round(2.5), round(3.5))
print(int("ff", 16), float("1.5"), str(12), repr("q"), bool([]), hex(255), oct(8), bin(5), chr(65), ord("a"))
print(isinstance(3, (int, str)), issubclass(bool, int), callable(len), callable(3))
print(getattr(words, "count")("Fig"), hasattr(words, "nope"), type(words).__name__, len(words))
it = iter([1, 2, 3, 4])
print(next(it), list(it), next(it, "done"))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))
print(dict(zip("abc", range(3))), set("aab") == {"a", "b"}, frozenset([1, 1, 2]), tuple("xy"))
print(list(range(10, 0, -3)), range(5)[2], len(range(0, 100, 7)), 7 in range(10))
print(format(3.14159, ".3f"), format(42, "08b"), "{:>5}|{:<5}|{:^5}".format("a", "b", "c"))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1]), sorted([(2, "b"), (1, "a")]))
import functools
import operator
print(functools.reduce(operator.add, range(5)), functools.partial(pow, 2)(8))
print(list(map(functools.partial(lambda a, b: a - b, 10), [1, 2])))


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __int__(self):
        return self.v

    def __float__(self):
        return float(self.v)

    def __repr__(self):
        return "Num(%d)" % self.v

    def __lt__(self, other):
        return self.v < other.v


print([0, 1, 2, 3][Num(2)], int(Num(7)), float(Num(2)), bin(Num(5)), sorted([Num(3), Num(1)]), max(Num(4), Num(9)))
print(vars(Num(1)), dir(Num(1))[-1], repr(Num(0)), ascii("é"), str(b"x", "ascii"))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])), list(zip(*zip("ab", "cd"))))
print(sorted(range(6), key=lambda x: (x % 3, -x)), list(filter(lambda x: x % 2, range(7))))
print(sum(x * x for x in range(4)), min((x for x in [3, 1, 2])), max([], default="empty"))
