"""OrderedDict errors print CPython's tracebacks (its methods are C functions there:
no collections/__init__.py lines)."""
import collections, traceback
od = collections.OrderedDict(a=1, b=2)
for f in (lambda: od.popitem(last=False), lambda: od.move_to_end('zz'), lambda: od.pop('zz'), lambda: od.__delitem__('zz'), lambda: collections.OrderedDict(1, 2), lambda: collections.OrderedDict().popitem()):
    try: print(f())
    except Exception: traceback.print_exc()
print(od, od == {'b': 2}, list(reversed(od)))
def it():
    for k in od:
        od[k + 'x'] = 0
try: it()
except RuntimeError: traceback.print_exc()
print(sorted(od))
od2 = collections.OrderedDict(a=1, b=2)
try:
    for k in od2:
        od2[k + 'y'] = 0
except RuntimeError: traceback.print_exc()
collections.OrderedDict().popitem(last=True)
