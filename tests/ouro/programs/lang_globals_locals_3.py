# module-level namespace manipulation: globals() writes, del, __dict__ of functions, vars() with objects
import sys
mod = sys.modules[__name__]
print(mod.__name__, type(mod).__name__, mod is sys.modules["__main__"])
setattr(mod, "via_setattr", 1)
print(via_setattr, globals()["via_setattr"])
globals().update({"a1": 10, "a2": 20})
print(a1 + a2)
del globals()["a1"]
print("a1" in globals(), "a2" in globals())
temp = 5
del temp
try:
    temp
except NameError as e:
    print(type(e).__name__, e)
def fn():
    pass
fn.custom = "attr"
print(vars(fn), fn.__dict__ is vars(fn), fn.__name__, fn.__module__)
fn.__dict__["other"] = 2
print(sorted(vars(fn)))
class Holder:
    pass
h = Holder()
vars(h)["z"] = 26
print(h.z, vars(h))
def uses_global():
    return undefined_yet
try:
    uses_global()
except NameError as e:
    print(type(e).__name__, e)
undefined_yet = "now defined"
print(uses_global())
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
print(type(__builtins__).__name__ in ("module", "dict"), __name__, __doc__)
def show_builtin_shadow():
    len = lambda x: "shadowed"
    return len([1, 2])
print(show_builtin_shadow(), len([1, 2]))
import builtins
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print(type(e).__name__, e)
