# range objects
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], 11 in r, 12 in r, r.index(14), r.count(5))
print(range(5), range(0), range(1, 1), list(range(-5)), list(range(5, 0, -2)), range(10)[-3:])
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), range(3) == [0, 1, 2], range(1, 2) == range(1, 2, 5))
print(hash(range(3)) == hash(range(0, 3, 1)), repr(range(1, 10, 2)), str(range(-3, 3)))
print(r.start, r.stop, r.step, range(7).step, bool(range(0)), bool(range(1)))
big = range(10 ** 20)
print(len(range(0, 10 ** 6, 7)), big[-1], 10 ** 19 in big, big[10 ** 19], big.index(123))
print(list(reversed(range(1, 6))), sorted(range(3), reverse=True), sum(range(101)), max(range(7)))
print(range(10)[3:100:4], range(10)[-100:-1], range(0, -10, -3)[1:], list(range(0, -10, -3)))
print(3.0 in range(5), 2.5 in range(5), "a" in range(3), True in range(2))
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(5)[10], lambda: range(5).index(9),
            lambda: range("a"), lambda: len(range(2 ** 64)), lambda: range(3)[1.0]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"), type(it).__name__)
print(list(zip(range(3), range(10, 13))), [i for i in range(10) if i % 4 == 0])
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(1, Idx()), list(range(Idx())), range(10)[Idx()])
