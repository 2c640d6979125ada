# sys.setprofile's events of built-in calls (CPython 3.11's C_TRACE): c_call
# before a call of a builtin_function_or_method or of a method descriptor
# with a self (reported bound), c_return or c_exception after it; none for
# types, slot wrappers, Python functions, nor for calls made by built-ins
# (sorted's key); a profile function that raises on c_call (no call) or on
# c_exception (its error replaces the call's); setprofile's own events.
import sys

events = []

def name_of(arg):
    n = getattr(arg, '__qualname__', None) or getattr(arg, '__name__', None)
    s = getattr(arg, '__self__', None)
    kind = type(s).__name__ if s is not None and not isinstance(s, type(sys)) else '-'
    return '%s/%s/%s' % (type(arg).__name__, n, kind)

def prof(frame, event, arg):
    if event.startswith('c_'):
        events.append((event, frame.f_code.co_name, name_of(arg)))
    else:
        events.append((event, frame.f_code.co_name, None))

class C:
    def m(self):
        return len(self.__dict__)

def key(x):
    return -x

def body():
    l = []
    l.append(1)
    len(l)
    try:
        int("x")
    except ValueError:
        pass
    try:
        {}.pop(1)
    except KeyError:
        pass
    list.append(l, 2)
    str.upper("abc")
    f = len
    f(*[l])
    list.append(*[l, 3])
    sorted([3, 1], key=key)
    sorted([3, 1], key=abs)
    C().m()
    "a".join(["b"])
    dict.fromkeys([1])
    int.from_bytes(b"a", "big")
    isinstance(1, int)
    getattr(l, 'x', None)
    max(1, 2, key=key)
    l.__len__()
    list(range(2))
    iter(l)
    l.sort()
    print("printed", end="\n")
    [abs(x) for x in (1, -2)]
    it = iter([1])
    next(it)
    try:
        next(it)
    except StopIteration:
        pass
    try:
        list.append()
    except TypeError as e:
        print("TypeError", e)

sys.setprofile(prof)
body()
sys.setprofile(None)
for e in events:
    print(e)

# the profile function raises on c_call: the built-in is not called
events.clear()
calls = []
def raising(frame, event, arg):
    events.append((event, name_of(arg) if event.startswith('c_') else None))
    if event == 'c_call' and getattr(arg, '__name__', '') == 'append':
        raise RuntimeError("in c_call")

def g():
    calls.append(1)
    return 5

def h():
    l = []
    len(l)
    l.append(1)
    return l

sys.setprofile(raising)
try:
    h()
except RuntimeError as e:
    print("caught", e, sys.getprofile())
print(events)

# raising on c_exception replaces the built-in's exception
events.clear()
def raising_exc(frame, event, arg):
    events.append((event, name_of(arg) if event.startswith('c_') else None))
    if event == 'c_exception':
        raise KeyError("from profile")

def k():
    return {}.pop(3)

sys.setprofile(raising_exc)
try:
    k()
except KeyError as e:
    print("caught", repr(e), sys.getprofile())
print(events)

# events are off while the profile function runs; getprofile/setprofile
events.clear()
def noisy(frame, event, arg):
    len([])                   # not reported
    events.append((event, name_of(arg) if event.startswith('c_') else None))

def m():
    return abs(-1)

sys.setprofile(noisy)
m()
sys.setprofile(sys.getprofile())
m()
sys.setprofile(None)
print(events)

# a trace function alone does not get c_ events
seen = []
def tracer(frame, event, arg):
    seen.append(event)
    return None
sys.settrace(tracer)
m()
sys.settrace(None)
print(seen)

# generators and exceptions through frames
events.clear()
def gen():
    yield len("ab")
    yield abs(-3)

def boom():
    raise ValueError("x")

def outer():
    for x in gen():
        pass
    try:
        boom()
    except ValueError:
        pass
    return sum([1, 2])

sys.setprofile(prof)
outer()
sys.setprofile(None)
for e in events:
    print(e)
