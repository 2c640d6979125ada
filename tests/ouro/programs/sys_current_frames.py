"""sys._current_frames(): the running thread's frame, and another thread's
while it waits; the argument error."""
import sys, threading, time
def here():
    return sys._current_frames()
d = here()
me = threading.get_ident()
print(list(d) == [me], d[me].f_code.co_name)
ev = threading.Event(); done = threading.Event()
def worker():
    ev.set()
    done.wait()
t = threading.Thread(target=worker); t.start(); ev.wait()
d = sys._current_frames()
print(sorted(d) == sorted([me, t.ident]), d[me].f_code.co_name)
f = d[t.ident]
names = []
while f is not None:
    names.append(f.f_code.co_name); f = f.f_back
print("worker" in names)
done.set(); t.join()
print(len(sys._current_frames()))
try: sys._current_frames(1)
except TypeError as e: print(e)
