"""dir() of built-in types and instances as CPython's: object has the
order comparisons (returning NotImplemented) and __sizeof__, its
__dict__ descriptor is not listed for types whose instances have none,
exceptions/staticmethod/classmethod list their own __dict__, only the
generic built-ins have __class_getitem__; staticmethod's __dict__ is what
functools.wraps copies, __wrapped__ a member."""
for t in [object, int, float, str, bytes, list, tuple, dict, set, frozenset, bool, complex,
          range, slice, BaseException, Exception, type(None), bytearray, property,
          staticmethod, classmethod, enumerate, map, filter]:
    print(t.__name__, sorted(set(dir(t))))


class K:
    pass


def f():
    pass


print(sorted(dir(K())))
print(sorted(dir(f)))
print(sorted(dir(K)))
for t in [map, zip, filter, reversed, memoryview, slice, list, dict, enumerate]:
    try:
        print(t[int])
    except TypeError as e:
        print(e)
print(type(Exception.__dict__['__dict__']).__name__, type(E.__dict__.get('__dict__')).__name__)
class P: pass
p = P(); p.z = 1; print(p.__dict__, '__dict__' in dir(p), P() < P() if False else '', hasattr(p, '__lt__'), p.__lt__(p), p.__sizeof__() > 0)
try: P() < P()
except TypeError as e: print(e)
try: P() >= 1
except TypeError as e: print(e)
import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(2) > V(1), V(1) >= V(1))
print(sorted([V(3), V(1)], key=lambda v: v.v)[0].v, max([1, 3, 2]))
class Q:
    def __gt__(self, o): return 'gt called'
print(1 < Q(), Q() > 1)

e = ValueError(1); e.note = 'x'; print(e.__dict__, vars(e))
def f(): pass
s = staticmethod(f); s.tag = 1; print(s.__dict__, vars(s)['tag'])
c = classmethod(f); print(c.__dict__)
