# Ellipsis and NotImplemented singletons
print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis, bool(...))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
def stub():
    ...
print(stub(), [..., 1], {...: "e"}[Ellipsis], str(...))
print(type(...)() is ..., type(NotImplemented)() is NotImplemented)
class A:
    def __eq__(self, other):
        return NotImplemented
    def __add__(self, other):
        return NotImplemented
a = A()
print(a == a, a != 1, a == 1, 1 == a)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 1
except TypeError as e:
    print(type(e).__name__, e)
print((1).__add__("x") is NotImplemented, "x".__lt__(1) is NotImplemented, [].__eq__(1))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = bool(NotImplemented)
    print(r, len(w), w[0].category.__name__ if w else None)
print(... == ..., ... != None, hash(...) == hash(Ellipsis))
try:
    Ellipsis.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
x = [1, 2, 3]
class V:
    def __getitem__(self, k):
        return "got " + repr(k)
print(V()[..., 1], V()[1, ..., ::2])
print(NotImplemented.__reduce__(), Ellipsis.__reduce__())
