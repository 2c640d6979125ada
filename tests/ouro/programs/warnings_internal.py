"""The interpreter's own warnings, which go to _warnings directly: the
DeprecationWarning of NotImplemented in a boolean context (shown
before and after the program imports warnings; raised under an 'error'
filter), the RuntimeWarning of a
PYTHONBREAKPOINT that cannot be imported, a SyntaxWarning of the
compiler."""
import os
import sys

print(bool(NotImplemented))
sys.stdout.flush()


def in_function():
    return not NotImplemented


print(in_function(), in_function())
sys.stdout.flush()
import warnings
warnings.simplefilter("always")
print(bool(NotImplemented))
sys.stdout.flush()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    bool(NotImplemented)
    compile("x is 1", "<made up>", "exec")
    os.environ["PYTHONBREAKPOINT"] = "no_such_module_here.hook"
    breakpoint()
    del os.environ["PYTHONBREAKPOINT"]
for w in log:
    print(w.category.__name__, w.message, os.path.basename(w.filename), w.lineno)
warnings.simplefilter("error")
try:
    bool(NotImplemented)
except DeprecationWarning as e:
    print("raised:", e)
