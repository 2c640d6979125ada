"""collections.OrderedDict is _collections.OrderedDict, a dict subclass in
RPy: its methods, reprs, views, order-sensitive equality, copying and
pickling, instance __dict__, and what it calls on a subclass."""
import collections, copy, pickle, sys
from collections import OrderedDict

print(OrderedDict.__module__, OrderedDict.__mro__, OrderedDict.__doc__)
print(type(OrderedDict().keys()).__mro__, type(OrderedDict().values()).__name__,
      type(OrderedDict().items()).__name__, type(iter(OrderedDict())).__name__,
      type(reversed(OrderedDict().items())).__name__)
od = OrderedDict.fromkeys('abcde', 0)
print(od, repr(OrderedDict()), list(od), list(reversed(od)))
od.move_to_end('c')
od.move_to_end('c', False)
od.move_to_end('b', last=False)
od.move_to_end('e', last=True)
print(list(od), od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(od.popitem(), od.popitem(last=False), od.popitem(False), od)
for f in (lambda: OrderedDict().popitem(), lambda: od.move_to_end('zz'),
          lambda: od.move_to_end('zz', last=False), lambda: od.pop('zz'),
          lambda: OrderedDict(1, 2), lambda: OrderedDict().update(1, 2),
          lambda: OrderedDict().update([(1, 2, 3)]), lambda: OrderedDict().update([(1,)]),
          lambda: OrderedDict() < OrderedDict(), lambda: OrderedDict() | 1,
          lambda: OrderedDict.move_to_end({}, 1), lambda: OrderedDict.__setitem__(1, 2, 3)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(od.pop('zz', 'dflt'), od.setdefault('x', 9), od.setdefault('x', 10), od.setdefault('g', default=1))
print(od.pop(key='g'), od)

# equality: order matters between two OrderedDicts only
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(b) == a, a == OrderedDict(a), a == [1])

# the merge operators
print(a | {'z': 3}, {'z': 3} | a, type({'z': 3} | a).__name__, a | b)
c = a.copy()
c |= [('w', 0)]
c |= {'x': 5}
print(c, a)

# recursion in repr, instance attributes, __reduce__
r = OrderedDict(a=1)
r['self'] = r
print(r, OrderedDict.fromkeys('ab').__reduce__()[:4])
r.tag = 'T'
print(r.__dict__, r.__reduce__()[2], vars(r))

# copy, deepcopy, pickle keep the order, the class and the __dict__
od = OrderedDict([('c', 1), ('b', [2]), ('a', 3)])
od.attr = ['v']
for dup in (od.copy(), copy.copy(od), copy.deepcopy(od),
            pickle.loads(pickle.dumps(od, 0)), pickle.loads(pickle.dumps(od, 5))):
    print(dup, type(dup).__name__, getattr(dup, 'attr', None), dup == od, dup is od)
it = iter(od.items())
next(it)
print(list(pickle.loads(pickle.dumps(it))), list(it))
print(sys.getsizeof(OrderedDict(a=1)) > sys.getsizeof(dict(a=1)), OrderedDict[str, int])

# a subclass: what OrderedDict calls of it
class Logged(OrderedDict):
    def __setitem__(self, k, v):
        print('  set', k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print('  get', k)
        return super().__getitem__(k)
    def __contains__(self, k):
        print('  contains', k)
        return super().__contains__(k)
    def __delitem__(self, k):
        print('  del', k)
        super().__delitem__(k)

print('init');    s = Logged([(1, 'one')], two=2)
print('update');  s.update({3: 'three'}, four=4)
print('setdef');  print(s.setdefault(5, 'five'), s.setdefault(1, 'x'))
print('pop');     print(s.pop(5), s.popitem(), s.popitem(last=False))
print('copy');    t = s.copy()
print('ior');     s |= {6: 'six'}
print('fromkeys'); print(Logged.fromkeys('ab'))
print('move');    s.move_to_end('two', last=False)
print(repr(s), s.__class__.__name__, isinstance(s, dict))

# an LRU cache the usual way
cache = OrderedDict()
def get(key):
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    cache[key] = key * 2
    if len(cache) > 4:
        cache.popitem(last=False)
    return cache[key]
for k in [1, 2, 3, 1, 4, 5, 2, 6, 1, 7, 3, 3, 8]:
    get(k)
print(cache)
big = OrderedDict((i, str(i)) for i in range(200))
for i in range(0, 200, 3):
    big.move_to_end(i, last=False)
for i in range(1, 200, 7):
    big.move_to_end(i)
for i in range(30):
    big.popitem(last=i % 2 == 0)
print(list(big)[:12], list(big)[-12:], len(big))
