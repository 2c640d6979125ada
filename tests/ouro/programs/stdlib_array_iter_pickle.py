"""Array iterators pickle and copy as CPython's: (iter, (array,), index),
(iter, ((),)) once exhausted, __setstate__ clipping the index."""
import array
import copy
import pickle

a = array.array("i", [10, 20, 30, 40])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = iter(a)
    next(it)
    it2 = pickle.loads(pickle.dumps(it, proto))
    print(proto, type(it2).__name__, list(it2), list(it))

it = iter(array.array("d", [1.5, 2.5]))
print(it.__reduce__()[0] is iter, it.__reduce__()[1:])
next(it)
print(it.__reduce__()[1:])
next(it)
print(it.__reduce__()[1:])
try:
    next(it)
except StopIteration:
    print("exhausted", it.__reduce__()[1:])
print(list(pickle.loads(pickle.dumps(it))))

b = array.array("u", "hello")
it = iter(b)
for state in [-5, 0, 3, 5, 99]:
    it.__setstate__(state)
    print(state, list(copy.copy(it)))
for bad in ["1", 1.0, None]:
    try:
        it.__setstate__(bad)
    except TypeError as e:
        print(type(bad).__name__, "TypeError", e)
try:
    it.__setstate__(2 ** 70)
except OverflowError as e:
    print("OverflowError", e)
try:
    type(it).__reduce__(iter([1]))
except TypeError as e:
    print("TypeError", e)
c = copy.deepcopy(iter(array.array("b", [1, 2, 3])))
print(list(c))
