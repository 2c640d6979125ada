# except* and exception groups
def show_eg(eg, indent=""):
    if isinstance(eg, BaseExceptionGroup):
        print(indent + type(eg).__name__ + ":", eg.message)
        for e in eg.exceptions:
            show_eg(e, indent + "  ")
    else:
        print(indent + type(eg).__name__ + ":", eg)


try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as eg:
    print("ValueError part:")
    show_eg(eg)
except* TypeError as eg:
    print("TypeError part:")
    show_eg(eg)
except* KeyError:
    print("KeyError part (unnamed)")
try:
    try:
        raise ExceptionGroup("rest", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("handled ValueError")
except ExceptionGroup as rest:
    print("unhandled rest:")
    show_eg(rest)
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:")
    show_eg(eg)
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise KeyError("raised in except*")
except BaseException as e:
    print("result:")
    show_eg(e)
    print("context of KeyError:", type(e.exceptions[0].__context__).__name__ if isinstance(e, BaseExceptionGroup) else None)
try:
    try:
        raise ExceptionGroup("g2", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("re-raised:")
    show_eg(e)
try:
    try:
        raise ExceptionGroup("nested", [ValueError("top"), ExceptionGroup("inner", [ValueError("deep"), KeyError("kk")])])
    except* ValueError as eg:
        print("matched nested:")
        show_eg(eg)
except ExceptionGroup as e:
    print("left:")
    show_eg(e)
try:
    try:
        raise TypeError("not a group")
    except* ValueError:
        print("no")
except TypeError as e:
    print("naked unmatched propagates:", repr(e))
try:
    raise ExceptionGroup("tuple match", [ValueError(1), KeyError(2)])
except* (ValueError, KeyError) as eg:
    print("tuple matched", len(eg.exceptions))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)


def in_function():
    try:
        raise ExceptionGroup("f", [ValueError("in func"), IndexError("idx")])
    except* IndexError:
        return_value = "handled index"
    except* ValueError as eg:
        return_value = "handled value " + str(eg.exceptions[0])
    return "done"


print(in_function())
try:
    raise ExceptionGroup("else", [ValueError(1)])
except* ValueError:
    print("matched")
else:
    print("no else")
finally:
    print("finally after except*")
try:
    pass
except* ValueError:
    print("no")
else:
    print("else without exception")
