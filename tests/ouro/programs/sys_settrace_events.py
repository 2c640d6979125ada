# sys.settrace and sys.setprofile: throw/close into traced generators,
# exceptions through several frames, class bodies, a trace function set
# on a running frame (f_trace), f_locals changed by a trace function, a
# trace function that raises (removed, its error propagates), f_trace_lines,
# profile call/return events; lines relative to co_firstlineno.
import sys, contextlib

def show(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    elif event in ('return', 'call'):
        arg = repr(arg)[:25]
    print(' ', event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, arg)

def tracer(frame, event, arg):
    show(frame, event, arg)
    return tracer

def call_only(frame, event, arg):
    show(frame, event, arg)
    return None

def gen():
    try:
        yield 1
        yield 2
    finally:
        print('  cleanup')

def thrower():
    g = gen()
    next(g)
    try:
        g.throw(KeyError('x'))
    except KeyError:
        pass
    g2 = gen()
    next(g2)
    g2.close()

def deep(n):
    if n == 0:
        raise IndexError(n)
    deep(n - 1)

def catch_deep():
    try:
        deep(2)
    except IndexError as e:
        return e.args

class Body:
    x = 1
    y = x + 1

def make_class():
    class Local:
        a = 1
        def m(self):
            return self.a
    return Local().m()

def set_later():
    a = 1
    sys._getframe().f_trace = tracer
    b = 2
    c = 3
    return a + b + c

def locals_change():
    v = 1
    w = 2
    return v + w

def change_tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'locals_change':
        if frame.f_lineno - frame.f_code.co_firstlineno == 3:
            frame.f_locals['v'] = 100
    return change_tracer

def failing_tracer(frame, event, arg):
    if event == 'line':
        raise RuntimeError('tracer failed')
    return failing_tracer

def victim():
    x = 1
    return x

def withs():
    pass
    with contextlib.nullcontext():
        for i in range(2):
            if i:
                break
    try:
        pass
    finally:
        z = 1
    return z

def while_true():
    n = 0
    while True:
        n += 1
        if n > 2:
            break
    return n

def opcodes_off():
    sys._getframe().f_trace_lines = False
    a = 1
    return a

print('-- thrower'); sys.settrace(tracer); thrower(); sys.settrace(None)
print('-- catch_deep'); sys.settrace(tracer); catch_deep(); sys.settrace(None)
print('-- make_class'); sys.settrace(tracer); make_class(); sys.settrace(None)
print('-- call_only'); sys.settrace(call_only); catch_deep(); sys.settrace(None)
print('-- set_later'); sys.settrace(call_only); set_later(); sys.settrace(None)
print('-- locals_change'); sys.settrace(change_tracer); print(locals_change()); sys.settrace(None)
print('-- failing');
sys.settrace(failing_tracer)
try:
    victim()
except RuntimeError as e:
    print('caught', e, sys.gettrace())
print('-- withs'); sys.settrace(tracer); withs(); sys.settrace(None)
print('-- while_true'); sys.settrace(tracer); while_true(); sys.settrace(None)
print('-- lines off'); sys.settrace(tracer); opcodes_off(); sys.settrace(None)
print('-- profile')
def prof(frame, event, arg):
    if event in ('call', 'return'):
        show(frame, event, arg)
sys.setprofile(prof); catch_deep(); list(gen()); sys.setprofile(None)
print(sys.getprofile(), sys.gettrace())
