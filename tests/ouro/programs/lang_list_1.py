# list methods
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
a.extend([3, 5])
a.insert(0, 0)
a.insert(100, 99)
a.insert(-2, -1)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-3), a)
a.remove(1)
print(a, a.index(5), a.index(5, 5), a.count(5), a.count(42))
b = a.copy()
b.reverse()
print(b, a == b[::-1], a is not b)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w))
print(words)
a.clear()
print(a, len(a), bool(a))
c = [1, 2, 3]
c += [4]
c *= 2
print(c, c * 0, [0] * 3, [[]] * 2, c + [7], 3 * [1, 2])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1, [2]] == [1, [2]])
print(max([3, 7, 2]), min([3, 7, 2]), sum([3, 7, 2]), list(reversed([1, 2, 3])), 3 in c)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [1, "a"].sort(), lambda: [1][3], lambda: [1] + (2,), lambda: [].insert(),
            lambda: list(5), lambda: [1, 2] < [1, "x"]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
