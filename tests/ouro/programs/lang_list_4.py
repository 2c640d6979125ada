# sort stability, key functions, list identity semantics
people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35), ("fay", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_age = sorted(people, key=lambda p: p[0], reverse=True)
by_age.sort(key=lambda p: p[1])
print(by_age)
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(1, 0)))
class R:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"R({self.n})"
    def __lt__(self, other):
        return self.n < other.n
rs = [R(3), R(1), R(2)]
print(sorted(rs), max(rs), min(rs), sorted(rs, key=attrgetter("n"), reverse=True))
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4])
def mutate(lst):
    lst += [5]
    lst = [0]
    return lst
print(mutate(a), a)
xs = [5, 2, 8]
xs.sort(key=None)
print(xs, xs.sort(), sorted(xs, reverse=True))
print(sorted([[2, "b"], [1, "z"], [2, "a"], [1, "a"]]))
print(sorted("The quick Brown fox".split(), key=str.casefold))
ll = [3, 1, 2]
try:
    ll.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print(type(e).__name__, e, ll)
class Bad:
    def __lt__(self, other):
        raise RuntimeError("no compare")
try:
    sorted([Bad(), Bad()])
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    sorted([R(1), 2])
except TypeError as e:
    print(type(e).__name__, e)
