# except clause order, catching with base classes and tuples
def classify(exc):
    try:
        raise exc
    except (FileNotFoundError, PermissionError) as e:
        return f"file problem: {type(e).__name__}"
    except OSError as e:
        return f"os problem: {type(e).__name__} errno={e.errno}"
    except LookupError as e:
        return f"lookup: {type(e).__name__} {e}"
    except ArithmeticError as e:
        return f"math: {type(e).__name__}"
    except (UnicodeError, ValueError) as e:
        return f"value: {type(e).__name__}"
    except Exception as e:
        return f"other: {type(e).__name__}"
    except BaseException as e:
        return f"base: {type(e).__name__}"
for exc in [FileNotFoundError(2, "x"), PermissionError(), ConnectionResetError(104, "reset"), IsADirectoryError(21, "d"),
            KeyError("k"), IndexError("i"), ZeroDivisionError(), OverflowError(), UnicodeDecodeError("utf-8", b"", 0, 0, "r"),
            ValueError(), RuntimeError(), RecursionError(), StopIteration(), GeneratorExit(), KeyboardInterrupt(), SystemExit(1)]:
    print(classify(exc))
excs = (TypeError, ValueError)
try:
    int("x")
except excs as e:
    print("dynamic tuple caught", type(e).__name__)
def pick():
    return KeyError
try:
    {}["q"]
except pick() as e:
    print("caught via call", repr(e))
try:
    try:
        raise ValueError("x")
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
nested = 0
try:
    try:
        raise IndexError("inner")
    except KeyError:
        nested = 1
except LookupError as e:
    nested = 2
print("nested", nested)
