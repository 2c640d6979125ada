# breakpoint() calls sys.breakpointhook with its arguments;
# sys.__breakpointhook__ is the default one ($PYTHONBREAKPOINT)
import os
import sys
import warnings

print(sys.__breakpointhook__ is sys.breakpointhook)


def hook(*args, **kws):
    print("hook called with", args, kws)
    return "hook result"


sys.breakpointhook = hook
print(breakpoint())
print(breakpoint(1, 2, key="v"))
sys.breakpointhook = sys.__breakpointhook__

os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
print(breakpoint("printed", "by", "the", "hook", sep="-"))
os.environ["PYTHONBREAKPOINT"] = "len"
print(breakpoint([1, 2, 3]))
os.environ["PYTHONBREAKPOINT"] = "no_such_module_xyz.func"
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(breakpoint())
print([(w.category.__name__, str(w.message)) for w in caught])
os.environ["PYTHONBREAKPOINT"] = "os.no_such_function"
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(breakpoint())
print([(w.category.__name__, str(w.message)) for w in caught])

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
