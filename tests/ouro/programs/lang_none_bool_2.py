# truthiness via __bool__ and __len__
class A:
    def __bool__(self):
        return False

class B:
    def __len__(self):
        return 0

class C:
    def __len__(self):
        return 3

class D:
    pass

for obj in (A(), B(), C(), D()):
    print(type(obj).__name__, bool(obj), not obj)

print(0 or "x", "" or None, 1 and 2, 0 and 1, None or 0)
print([] or [1], [2] and [3])
print(not None, not not 5)
x = None
if x is None:
    print("x is None")
print(all([]), any([]), all([1, 2, 0]), any([0, 0, 3]))
print(all(x > 0 for x in [1, 2, 3]), any(x < 0 for x in [1, 2, 3]))

class BadBool:
    def __bool__(self):
        return 1

try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)

class BadLen:
    def __len__(self):
        return -1

try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)

class NoBool:
    __bool__ = None

try:
    if NoBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)
