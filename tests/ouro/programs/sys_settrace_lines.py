# sys.settrace: the call/line/return/exception events of many statement
# kinds (loops, while True, continue/break, if/elif, multi-line
# expressions, with, try/except/finally, return in finally, closures,
# comprehensions, decorators, generators, assert, del, methods), printed
# with absolute lines: they show the line table is CPython's.
import sys
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    a = arg
    if event == 'exception':
        a = arg[0].__name__
    elif event == 'return' or event == 'call':
        a = repr(arg)[:20]
    print(event, frame.f_code.co_name, frame.f_lineno, a)
    return tracer

def loops(n):
    i = 0
    while i < n:
        i += 1
        if i == 2:
            continue
    while True:
        i -= 1
        if i < 0:
            break
    for j in range(3):
        pass
    else:
        k = 1
    return i

def branches(x):
    if x > 1:
        y = 1
    elif x > 0:
        y = 2
    else:
        y = 3
    z = (y +
         x +
         1)
    return z

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return False

def withs():
    with CM() as c:
        a = 1
    with CM():
        pass
    try:
        with CM():
            raise KeyError('k')
    except KeyError:
        b = 2
    return a

def fin():
    try:
        return 1
    finally:
        x = 2

def nested():
    def inner(a):
        return a * 2
    f = lambda q: q + 1
    return inner(3) + f(2)

def comps():
    a = [x for x in range(3) if x]
    b = {x: x for x in range(2)}
    c = sum(x for x in range(3))
    return a, b, c

def deco(fn):
    return fn

@deco
def decorated():
    """doc"""
    return 5

def raiser():
    raise ValueError("v")

def catcher():
    try:
        raiser()
    except ValueError as e:
        msg = str(e)
    finally:
        done = True
    return msg

def gen():
    x = yield 1
    y = yield x
    return y

def usegen():
    g = gen()
    next(g)
    g.send(10)
    try:
        g.send(20)
    except StopIteration as e:
        return e.value

def asserting():
    try:
        assert 1 == 2, "no"
    except AssertionError:
        pass
    del_me = 1
    del del_me
    return None

def empty_if(x):
    if x:
        pass
    return x

def multi(a,
          b=2):
    return (a,
            b)

class K:
    attr = 1
    def meth(self):
        return self.attr

sys.settrace(tracer)
loops(3)
branches(0)
branches(2)
withs()
fin()
nested()
comps()
decorated()
catcher()
usegen()
asserting()
empty_if(0)
multi(1)
K().meth()
sys.settrace(None)
print(sys.gettrace())
