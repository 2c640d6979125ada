# slice objects and __getitem__ receiving slices
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100, 3).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print("hashable slice")
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1], q[1:2], q[::3], q[1:2, 3], q[...], q[:, None], q["a":"b":"c"], q[()])
print(q[1:2:], q[::], q[-1:])
data = list(range(10))
print(data[s], data[slice(None, None, -3)], "abcdefghij"[s], tuple(data)[slice(2)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    data[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    data["a":]
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2
print(data[I():5], data[slice(I(), None, I())], "hello"[I():])
print(slice(1, 2, 3).__reduce__(), type(s).__name__)
