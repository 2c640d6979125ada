# an exception raised while handling one whose __context__ chain already
# has a cycle: no hang, the chain is kept; tracebacks print it once
import traceback


def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)
print("".join(traceback.format_exception_only(type(exc), exc)), end="")
lines = traceback.format_exception(exc)
print(len([ln for ln in lines if "During handling" in ln]))


def longer_cycle():
    try:
        try:
            raise KeyError("a")
        except KeyError as a:
            try:
                raise IndexError("b")
            except IndexError as b:
                a.__context__ = b
                b.__context__ = a
                raise
    except IndexError as b2:
        raise RuntimeError("c")


try:
    longer_cycle()
except RuntimeError as e:
    c = e
print(type(c.__context__).__name__, type(c.__context__.__context__).__name__,
      c.__context__.__context__.__context__ is c.__context__)

# re-raising an exception that is in the chain cuts the chain there
try:
    try:
        raise ValueError("outer")
    except ValueError as outer:
        try:
            raise KeyError("inner")
        except KeyError:
            raise outer
except ValueError as v:
    print(type(v.__context__).__name__, v.__context__.__context__)
