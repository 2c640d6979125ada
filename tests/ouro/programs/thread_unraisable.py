# an exception in a thread started by _thread goes through sys.unraisablehook
import _thread, time, sys
class F:
    def __call__(self):
        raise ValueError("in thread")
    def __repr__(self):
        return "<F>"
_thread.start_new_thread(F(), ())
time.sleep(0.3)
seen = []
sys.unraisablehook = lambda a: seen.append((a.err_msg, repr(a.object), a.exc_type.__name__))
_thread.start_new_thread(F(), ())
time.sleep(0.3)
print(seen)
