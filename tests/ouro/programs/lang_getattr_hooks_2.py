# getattr/setattr/hasattr/delattr builtins and attribute error messages
class Obj:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"

o = Obj()
print(getattr(o, "inst"), getattr(o, "cls_attr"), getattr(o, "nope", "default"), getattr(Obj, "cls_attr"))
setattr(o, "new", 5)
setattr(o, "with space", 6)
print(o.new, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "new")
print(hasattr(o, "new"), hasattr(o, "inst"), hasattr(Obj, "inst"), hasattr(o, "cls_attr"))
o.cls_attr = "shadowed"
print(o.cls_attr, Obj.cls_attr)
del o.cls_attr
print(o.cls_attr)
for action in [lambda: getattr(o, "missing"), lambda: delattr(o, "missing"), lambda: o.missing,
               lambda: Obj.missing, lambda: getattr(o, 5), lambda: setattr(o, 5, 1),
               lambda: (1).foo, lambda: "s".foo, lambda: [].bar, lambda: delattr(o, "cls_attr"),
               lambda: setattr(1, "x", 1), lambda: setattr(object(), "x", 1), lambda: int.x,
               lambda: setattr(int, "x", 1), lambda: delattr(Obj, "nope")]:
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class WithInst:
    def __init__(self):
        self.value = 1
try:
    WithInst().valeu
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(getattr(o, "__class__"), "__name__"), getattr(o, "__dict__") is o.__dict__)
import math
print(getattr(math, "pi"), hasattr(math, "tau"), getattr(math, "nothing", None))
