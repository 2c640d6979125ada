# __contains__ and membership fallbacks
class Evens:
    def __contains__(self, x):
        return isinstance(x, int) and x % 2 == 0
e = Evens()
print(4 in e, 3 in e, "a" in e, 3 not in e)
class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy(), type(1 in Truthy()).__name__)
class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10
print(20 in GetItemOnly(), 25 in GetItemOnly())
print("b" in "abc", "ab" in "abc", "" in "", 1 in [1.0], [1] in [[1]], (1,) in {(1,): 2}, 1 in {1: 0})
print("k" in {"k": 1}.keys(), 1 in {"k": 1}.values(), ("k", 1) in {"k": 1}.items(), 2 in range(0, 10, 2))
print(b"a" in b"abc", 97 in b"abc", b"" in b"x", None in [None], float("nan") in [float("nan")])
class NoContains:
    pass
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" in 5
except TypeError as e:
    print(type(e).__name__, e)
class Raising:
    def __contains__(self, x):
        raise ValueError("cannot check " + repr(x))
try:
    1 in Raising()
except ValueError as e:
    print(type(e).__name__, e)
class Eq:
    def __eq__(self, o):
        return True
print(Eq() in [1, 2], 5 in [Eq()], [Eq()].count(9), [1, Eq()].index("z"))
