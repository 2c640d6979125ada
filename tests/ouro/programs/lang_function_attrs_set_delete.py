"""Function attributes: __dict__ can be replaced by any dict (not deleted,
not a non-dict); deleting __defaults__, __kwdefaults__, __doc__,
__annotations__, __module__ leaves None (or a fresh {}); __name__,
__qualname__, __code__ refuse with CPython's messages."""
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
def f(a=1, *, k=2):
    "doc"
def run(stmt):
    try:
        exec(stmt, {'f': f})
        print(stmt, 'ok')
    except Exception as e:
        print(stmt, type(e).__name__, e)
for s in ["f.__dict__ = {'x': 1}", "print(f.x, f.__dict__)", "f.__dict__ = 3", "f.__dict__ = None", "del f.__dict__",
          "del f.__defaults__", "print(f.__defaults__)", "del f.__defaults__", "del f.__kwdefaults__", "print(f.__kwdefaults__)",
          "del f.__doc__", "print(f.__doc__)", "del f.__doc__", "del f.__annotations__", "print(f.__annotations__)",
          "del f.__module__", "print(f.__module__)", "del f.__name__", "del f.__qualname__", "del f.__code__", "del f.__globals__", "del f.__closure__", "f.__globals__ = {}",
          "import collections; f.__dict__ = collections.OrderedDict(y=2); print(f.y, type(f.__dict__))",
          "class D(dict): pass\nf.__dict__ = D(z=3); print(f.z, type(f.__dict__))"]:
    run(s)
