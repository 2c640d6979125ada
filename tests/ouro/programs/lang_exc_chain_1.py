# exception chaining: __cause__, __context__, __suppress_context__
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
          "| suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("converted") from z
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    show(e)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("no context") from None
except TypeError as e:
    show(e)
try:
    raise OSError("explicit cause") from KeyError("root")
except OSError as e:
    show(e)
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise KeyError("c")
except KeyError as e:
    show(e)
    show(e.__context__)
e = ValueError("manual")
e.__cause__ = TypeError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError from 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError("cls cause") from KeyError
except ValueError as err:
    show(err)
def reraise():
    try:
        raise KeyError("inner")
    except KeyError as ke:
        raise
try:
    reraise()
except KeyError as err:
    show(err)
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as err:
    show(err)
