"""sys.float_info/int_info/hash_info/thread_info are struct sequences (their
repr, indexing), float_repr_style, stdlib_module_names, audit hooks called
by sys.audit and by the pure-Python stdlib's events, the dlopen flags."""
import sys
print(sys.float_info); print(sys.int_info); print(sys.hash_info); print(sys.thread_info)
print(sys.float_info.max, sys.float_info[0], len(sys.hash_info), sys.float_repr_style)
print(len(sys.stdlib_module_names) > 200, 'os' in sys.stdlib_module_names, type(sys.stdlib_module_names))
ev = []
sys.addaudithook(lambda e, a: ev.append((e, a)) if e.startswith('my') else None)
sys.audit('my.event', 1, 'x')
import glob; glob.glob('/nonexistent*')
print(ev)
print(sys.getdlopenflags()); sys.setdlopenflags(258); print(sys.getdlopenflags())
try: sys.audit(5)
except TypeError as e: print(e)
