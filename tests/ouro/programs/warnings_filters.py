"""The warnings filters as CPython's C _warnings applies them: the
default filters, the actions (error, ignore, always, default, module,
once) with the registries they use, filters by message regex, category,
module and line, the filters version that resets registries, and the
module attributes Lib/warnings.py takes from _warnings."""
import sys
import warnings
import _warnings

print(warnings.filters is _warnings.filters)
print(warnings.defaultaction, warnings.onceregistry is _warnings._onceregistry)
print(sorted(n for n in vars(_warnings) if not n.startswith("__")))
print(type(_warnings.warn).__name__, hasattr(warnings.warn, "__code__"))
for f in warnings.filters:
    print(f)


def emit(text, category=UserWarning):
    warnings.warn(text, category)


def emit_other_line(text, category=UserWarning):
    warnings.warn(text, category)


def shown(action, calls):
    warnings.resetwarnings()
    warnings.simplefilter(action)
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for c in calls:
            c()
    return [(str(w.message), w.lineno) for w in log]


calls = [lambda: emit("a"), lambda: emit("a"), lambda: emit_other_line("a"),
         lambda: emit("b"), lambda: emit_other_line("b")]
for action in ("always", "default", "module", "once", "ignore"):
    print(action, shown(action, calls))

# "error": the warning raised; the message object itself for a Warning
warnings.resetwarnings()
warnings.simplefilter("error")
try:
    emit("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e.args)
inst = FutureWarning("instance")
try:
    warnings.warn(inst)
except FutureWarning as e:
    print("same object", e is inst)

# filters by message regex, category, module, line
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")           # a prefix, case-insensitive
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("error", category=BytesWarning, module="__main__")
    warnings.filterwarnings("ignore", module="other_module")
    emit("SKIP me")
    emit("do not skip me")
    emit("old", DeprecationWarning)
    emit("pending", PendingDeprecationWarning)
    try:
        emit("bytes", BytesWarning)
    except BytesWarning as e:
        print("BytesWarning raised:", e)
    warnings.warn_explicit("explicit", UserWarning, "other_module.py", 3)
    warnings.warn_explicit("explicit", UserWarning, "other_module.py", 3, module="mine")
    warnings.warn_explicit("explicit2", UserWarning, "x.py", 5, module=None)
    warnings.filterwarnings("ignore", lineno=7)
    warnings.warn_explicit("line 7", UserWarning, "x.py", 7)
    warnings.warn_explicit("line 8", UserWarning, "x.py", 8)
print([(str(w.message), w.category.__name__, w.filename, w.lineno) for w in log])

# registries: warn_explicit's own, the version key, reset by a filter change
reg = {}
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn_explicit("r", UserWarning, "f.py", 1, registry=reg)
    print(len(log), sorted(map(str, reg)))
    warnings.filterwarnings("ignore", "never matches")
    warnings.warn_explicit("r", UserWarning, "f.py", 1, registry=reg)
    print(len(log), "version" in reg)
    reg["version"] = "junk"
    warnings.warn_explicit("r", UserWarning, "f.py", 1, registry=reg)
    print(len(log))
    try:
        warnings.warn_explicit("r", UserWarning, "f.py", 1, registry=[])
    except TypeError as e:
        print("TypeError:", e)
    warnings.simplefilter("once")
    warnings.warn_explicit("o", UserWarning, "f.py", 1)
    warnings.warn_explicit("o", UserWarning, "g.py", 2)
    print(len(log), warnings.onceregistry)
    warnings.onceregistry.clear()

# bad filters and actions
for bad_filters in (("nonsense", None, Warning, None, 0),):
    with warnings.catch_warnings():
        warnings.filters.insert(0, bad_filters)
        try:
            warnings.warn("x")
        except RuntimeError as e:
            print("RuntimeError:", e)
with warnings.catch_warnings():
    warnings.filters.insert(0, ("ignore", None, Warning))
    try:
        warnings.warn("x")
    except ValueError as e:
        print("ValueError:", e)
with warnings.catch_warnings():
    warnings.filters.insert(0, (1, None, Warning, None, 0))
    try:
        warnings.warn("x")
    except TypeError as e:
        print("TypeError:", e)
with warnings.catch_warnings():
    warnings.filters = ()
    try:
        warnings.warn("x")
    except ValueError as e:
        print("ValueError:", e)
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.defaultaction = 3
    try:
        warnings.warn("x")
    except TypeError as e:
        print("TypeError:", e)
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.defaultaction = "always"
    warnings.warn("by the default action")
    print([str(w.message) for w in log])
print("done", file=sys.stderr)
