# _lsprof.Profiler (cProfile's engine): getstats() entries and sub-entries
# with call counts, recursive call counts (CPython's rules: a recursion
# counts its total time once), times from a custom timer (ticks: the same
# events give the same times), timeunit, subcalls=False, builtins=False,
# clear(), disable() during calls, sys.getprofile(), the structseqs.
import _lsprof, sys

def label(code):
    if isinstance(code, str):
        return code
    return '%s:%d' % (code.co_name, code.co_firstlineno - label.first)
label.first = sys._getframe().f_code.co_firstlineno

def show(p):
    rows = []
    for e in p.getstats():
        subs = None
        if e.calls is not None:
            subs = sorted((label(s.code), s.callcount, s.reccallcount, s.totaltime, s.inlinetime)
                          for s in e.calls)
        rows.append((label(e.code), e.callcount, e.reccallcount, e.totaltime, e.inlinetime, subs))
    for r in sorted(rows):
        print(' ', r)

class Ticks:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def even(n):
    return True if n == 0 else odd(n - 1)

def odd(n):
    return False if n == 0 else even(n - 1)

class K:
    def meth(self, x):
        return [x].count(x)

def gen():
    for i in range(3):
        yield abs(-i)

def work():
    fib(5)
    even(4)
    K().meth(3)
    sum(gen())
    "-".join(map(str, [1, 2]))
    sorted([2, 1], key=abs)
    try:
        {}.pop(1)
    except KeyError:
        pass

print("ticks, timeunit 1")
p = _lsprof.Profiler(Ticks(), 1.0)
p.enable()
print(sys.getprofile() is p)
work()
p.disable()
print(sys.getprofile())
show(p)

print("ticks, timeunit 0 (seconds)")
p = _lsprof.Profiler(Ticks())
p.enable()
fib(3)
p.disable()
show(p)

print("float timer")
t = [0.0]
def ftimer():
    t[0] += 0.25
    return t[0]
p = _lsprof.Profiler(ftimer)
p.enable()
fib(2)
p.disable()
show(p)

print("subcalls=False, builtins=False")
p = _lsprof.Profiler(Ticks(), 2.0, subcalls=False, builtins=False)
p.enable()
work()
p.disable()
show(p)

print("enable(subcalls=False)")
p = _lsprof.Profiler(Ticks(), 1.0)
p.enable(subcalls=False)
fib(3)
len("x")
p.disable()
show(p)

print("clear")
p.clear()
print(p.getstats())
p.enable(builtins=False)
fib(2)
p.disable()
show(p)

print("disable inside a call")
p = _lsprof.Profiler(Ticks(), 1.0)
def inner():
    p.disable()
def outer():
    inner()
    fib(2)
p.enable()
outer()
print(sys.getprofile())
show(p)

print("clear while enabled")
p = _lsprof.Profiler(Ticks(), 1.0)
def clearing():
    p.clear()
    fib(1)
p.enable()
clearing()
fib(1)
p.disable()
show(p)

print("default clock")
p = _lsprof.Profiler()
p.enable()
fib(4)
p.disable()
for e in p.getstats():
    assert e.totaltime >= 0.0 and e.inlinetime >= 0.0 and e.inlinetime <= e.totaltime + 1e-9
print(sorted((label(e.code), e.callcount, e.reccallcount) for e in p.getstats()))

print("setprofile replaces the profiler")
p = _lsprof.Profiler(Ticks(), 1.0)
p.enable()
sys.setprofile(None)
fib(2)
p.disable()
show(p)

print("structseqs")
e = _lsprof.profiler_entry(("c", 1, 0, 0.5, 0.25, None))
print(e, e.code, e.calls, len(e), type(e).__module__)
s = _lsprof.profiler_subentry(("c", 1, 0, 0.5, 0.25))
print(s, tuple(s))
print(_lsprof.Profiler.__module__, _lsprof.Profiler.__name__)
print(sorted(n for n in dir(_lsprof) if not n.startswith('__')))
for m in ('enable', 'disable', 'clear', 'getstats'):
    print(getattr(_lsprof.Profiler, m))
try:
    _lsprof.Profiler(None, 0.0, 1, 1, 5)
except TypeError as exc:
    print("TypeError", exc)

class Sub(_lsprof.Profiler):
    def __init__(self):
        super().__init__(Ticks(), 1.0)
        self.extra = 1
q = Sub()
q.enable()
fib(1)
q.disable()
print(q.extra, isinstance(q, _lsprof.Profiler))
show(q)
