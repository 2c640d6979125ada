# __slots__ next to __dict__: the slot values never show in __dict__ (also after
# obj.__dict__ = d, in dict mode, through copy and pickle)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__, vars(wd))
wd.__dict__ = {"c": 3}
print(wd.a, wd.c, wd.__dict__, hasattr(wd, "b"))
del wd.a
print(hasattr(wd, "a"), wd.__dict__)
wd.a = 5
print(wd.a, sorted(dir(wd))[-4:])
class P:
    __slots__ = ("x", "y")
class Q(P):
    pass
q = Q(); q.x = 1; q.y = 2; q.z = 3
print(q.x, q.y, q.z, q.__dict__)
import copy, pickle
q2 = copy.copy(q); print(q2.x, q2.y, q2.__dict__)
class S:
    __slots__ = ("a", "b", "__dict__")
s = S(); s.a = 1; s.b = 2; s.c = 3
s3 = pickle.loads(pickle.dumps(s)); print(s3.a, s3.b, s3.__dict__)
print(s.__getstate__())
for i in range(1100): setattr(s, "k%d" % i, i)
print(s.a, s.b, len(s.__dict__))
s.a = 9; del s.b; print(s.a, hasattr(s, "b"))
try:
    wd.__dict__["a"]
except KeyError as e:
    print("KeyError", e)
