# sys.unraisablehook: the default output, a custom hook, a hook that raises;
# exceptions from __del__ and atexit functions go through it
import sys, gc, atexit


class Noisy:
    def __del__(self):
        raise ValueError("boom in del")

    def __repr__(self):
        return "<Noisy>"


class Named:
    """A callable with a repr without an address."""
    def __init__(self, name, fn):
        self.name = name
        self.fn = fn

    def __call__(self, *args):
        return self.fn(*args)

    def __repr__(self):
        return "<callable %s>" % self.name


print(sys.unraisablehook is sys.__unraisablehook__)

seen = []


def hook(args):
    seen.append((type(args).__name__, args.exc_type.__name__, str(args.exc_value), args.err_msg,
                 args.object.__qualname__, args.exc_traceback is not None))


sys.unraisablehook = hook
n = Noisy()
del n
gc.collect()
print(seen)


def bad_hook(args):
    raise RuntimeError("the hook failed")


sys.unraisablehook = Named("bad_hook", bad_hook)
n = Noisy()
del n
gc.collect()
sys.stderr.flush()
sys.unraisablehook = sys.__unraisablehook__


def at_exit():
    raise KeyError("at exit")


atexit.register(Named("at_exit", at_exit))
print("end")
