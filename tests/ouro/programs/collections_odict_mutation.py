"""Changing an OrderedDict while iterating over it: CPython's RuntimeErrors
(adding keys no longer loops forever); the uncaught one prints a traceback
without collections/__init__.py lines, as OrderedDict's methods are C."""
from collections import OrderedDict

def attempt(label, body):
    od = OrderedDict.fromkeys('abcde')
    seen = []
    try:
        for k in od:
            seen.append(k)
            body(od, k)
    except RuntimeError as e:
        print(label, 'RuntimeError:', e, seen)
    else:
        print(label, 'finished', seen)
    print('   ', list(od))

attempt('add', lambda od, k: od.__setitem__(k + k, 1))
attempt('delete', lambda od, k: od.__delitem__('e'))
attempt('move', lambda od, k: od.move_to_end(k))
attempt('move front', lambda od, k: od.move_to_end('e', last=False))
attempt('replace value', lambda od, k: od.__setitem__(k, 5))
attempt('pop', lambda od, k: od.pop('d'))
attempt('popitem', lambda od, k: od.popitem())
attempt('clear', lambda od, k: od.clear())
attempt('setdefault old', lambda od, k: od.setdefault('a'))
attempt('setdefault new', lambda od, k: od.setdefault('z'))

od = OrderedDict.fromkeys('abc')
for view in (od.keys(), od.values(), od.items()):
    it = iter(view)
    next(it)
    od['new'] = 1
    try:
        next(it)
    except RuntimeError as e:
        print(type(view).__name__, e)
    del od['new']
    try:
        print(next(it))
    except StopIteration:
        print('then StopIteration')
it = reversed(od)
print(next(it))
od.move_to_end('a')
try:
    next(it)
except RuntimeError as e:
    print('reversed:', e)

od = OrderedDict(x=1)
for k in od:
    od['y'] = 2     # added after the last key: CPython's iterator is done
print(list(od))
od = OrderedDict(x=1, y=2)
for k in od:
    od['z'] = 3
