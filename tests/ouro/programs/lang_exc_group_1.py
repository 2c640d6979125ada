# exception groups and except*
def show(eg, indent=0):
    pad = "  " * indent
    print(pad + f"{type(eg).__name__}: {eg.message if isinstance(eg, BaseExceptionGroup) else eg}")
    if isinstance(eg, BaseExceptionGroup):
        for sub in eg.exceptions:
            show(sub, indent + 1)

eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ExceptionGroup("nested", [ValueError("v2"), KeyError("k")])])
show(eg)
print(str(eg), repr(eg.exceptions[0]), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("ValueErrors:", repr(g))
except* (TypeError, KeyError) as g:
    print("Type/KeyErrors:", repr(g))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
sub = eg.subgroup(lambda e: isinstance(e, (KeyError, ExceptionGroup)) or "1" in str(e))
print(repr(sub))
print(eg.subgroup(OSError))
try:
    try:
        raise ExceptionGroup("g", [OSError("o"), ValueError("v")])
    except* OSError:
        print("handled OSError part")
except ExceptionGroup as leftover:
    print("leftover:", repr(leftover))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g), type(g).__name__)
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "+", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = mg.split(TypeError)
print(repr(m), repr(r), type(m).__name__)
e = ValueError("noted")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
