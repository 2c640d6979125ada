"""sys.exit's argument as PyErr_SetObject takes it (a tuple gives the
args, None none, a SystemExit instance is raised itself); sys.flags and
sys.version_info cannot be instantiated; sys._getframe's argument errors;
sys.excepthook with a value that is no exception; sys._stdlib_dir."""
import os, sys
for v in [None, (42,), (17, 23), "exit", [1], ()]:
    try:
        sys.exit(v)
    except SystemExit as e:
        print(repr(v), "->", e.args, repr(e.code))
e0 = SystemExit(5)
try:
    sys.exit(e0)
except SystemExit as e:
    print(e is e0, e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError", e)
for obj in [sys.flags, sys.version_info]:
    t = type(obj)
    for make in [lambda: t(obj), lambda: t()]:
        try:
            make()
        except TypeError as e:
            print("TypeError", e)
    try:        # (the message differs: ouro's type has its own __new__)
        t.__new__(t, obj)
    except TypeError:
        print("TypeError")
print(type(sys.float_info)(list(sys.float_info)) == sys.float_info)
for args in [(42, 42), ()]:
    try:
        print(sys._getframe(*args).f_code.co_name)
    except TypeError as e:
        print("TypeError", e)
try:
    sys._getframe(depth=1)
except TypeError as e:
    print("TypeError", e)
try:
    sys._getframe(99)
except ValueError as e:
    print("ValueError", e)
sys.stderr = sys.stdout
for v in ["1", None, 3]:
    sys.excepthook(type(v), v, None)
print(os.path.isfile(os.path.join(sys._stdlib_dir, "os.py")))
# one code object per function: f.__code__ is the frame's f_code
def code_here():
    return sys._getframe().f_code
print(code_here.__code__ is code_here(), code_here() is code_here())
def gen():
    yield sys._getframe().f_code
g = gen()
print(next(g) is gen.__code__ is g.gi_code)
