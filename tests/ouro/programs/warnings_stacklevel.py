"""warnings.warn's stacklevel through functions of three modules (the
file, line and module a warning is charged to), the 'sys':1 fallback
when the stack is too short, a Warning instance as the message, the
category checks, and the __warningregistry__ each module gets."""
import os
import sys
import tempfile
import warnings

d = tempfile.mkdtemp()
with open(os.path.join(d, "wmod_a.py"), "w") as f:
    f.write("import warnings\n"
            "def inner(level):\n"
            "    warnings.warn('from a, level %d' % level, UserWarning, stacklevel=level)\n")
with open(os.path.join(d, "wmod_b.py"), "w") as f:
    f.write("import wmod_a\n"
            "def middle(level):\n"
            "    wmod_a.inner(level)\n")
sys.path.insert(0, d)
import wmod_a
import wmod_b


def show(w):
    print(type(w.message).__name__, str(w.message), w.category.__name__,
          os.path.basename(w.filename), w.lineno, w.source, w.line)


def outer(level):
    wmod_b.middle(level)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for level in (1, 2, 3, 4, 50, 0, -3):
        outer(level)
    warnings.warn(UserWarning("an instance"), DeprecationWarning)
    warnings.warn("default category")
    warnings.warn("a deprecation", DeprecationWarning, 1)
    class MyWarning(RuntimeWarning):
        pass
    warnings.warn("mine", MyWarning)
for w in log:
    show(w)

for bad in (str, 3, None.__class__, Exception):
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        print("TypeError:", e)
for bad_level in ("2", 1.5):
    try:
        warnings.warn("x", UserWarning, bad_level)
    except TypeError as e:
        print("TypeError:", e)

# registries: one per module's globals, keys (text, category, lineno)
warnings.resetwarnings()
warnings.simplefilter("default")
with warnings.catch_warnings(record=True) as log:
    for i in range(3):
        outer(1)
        outer(3)
print(len(log), [os.path.basename(w.filename) for w in log])
print(sorted(k for k in wmod_a.__warningregistry__ if k != "version"))
print(sorted(k for k in __warningregistry__ if k != "version"))
print("__warningregistry__" in vars(wmod_b))
print(sys.__warningregistry__ if hasattr(sys, "__warningregistry__") else "no sys registry")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    outer(50)
print([(w.filename, w.lineno) for w in log])
print(sorted(k[0] for k in sys.__warningregistry__ if k != "version"))
import shutil
shutil.rmtree(d)
