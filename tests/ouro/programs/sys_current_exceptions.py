"""sys._current_exceptions(): (type, value, traceback) of the exception
each thread is handling (CPython 3.11's tuples), (None, None, None) where
none is; the argument error."""
import sys, threading
me = threading.get_ident()
d = sys._current_exceptions()
print(list(d) == [me], d[me])
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys._current_exceptions()[me]
    print(t.__name__, repr(v), tb.tb_frame.f_code.co_name)
entered = threading.Event(); leave = threading.Event()
def inner():
    try:
        raise ValueError("oops")
    except ValueError:
        entered.set()
        leave.wait()
def worker():
    inner()
t = threading.Thread(target=worker); t.start(); entered.wait()
d = sys._current_exceptions()
print(sorted(d) == sorted([me, t.ident]), d.pop(me))
typ, val, tb = d.pop(t.ident)
print(typ.__name__, val, tb.tb_frame.f_code.co_name, tb.tb_lineno - inner.__code__.co_firstlineno)
leave.set(); t.join()
print(list(sys._current_exceptions()) == [me])
try: sys._current_exceptions(1)
except TypeError as e: print(e)
