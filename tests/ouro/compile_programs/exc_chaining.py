# implicit and explicit chaining, suppress_context, bare raise
def show(e):
    parts = []
    while e is not None:
        parts.append("%s(%s)%s" % (type(e).__name__, e, " [suppress]" if e.__suppress_context__ else ""))
        e = e.__cause__ if e.__cause__ is not None else (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(parts)


try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    print(show(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
except ValueError as e:
    print(show(e), e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("suppressed") from None
except ValueError as e:
    print(show(e), repr(e.__context__), e.__cause__)
try:
    raise KeyError("k") from ValueError("class cause")
except KeyError as e:
    print(show(e))
try:
    raise KeyError("k2") from IndexError
except KeyError as e:
    print(show(e), type(e.__cause__).__name__)
try:
    try:
        raise TypeError("a")
    except TypeError:
        try:
            raise NameError("b")
        except NameError:
            raise AttributeError("c")
except AttributeError as e:
    print(show(e))


def bare_raise_in_nested():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise


try:
    bare_raise_in_nested()
except ValueError as e:
    print("bare raise re-raised", repr(e), repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


def raise_in_finally_context():
    try:
        try:
            raise ValueError("v")
        finally:
            raise KeyError("k")
    except KeyError as e:
        return show(e)


print(raise_in_finally_context())


def context_after_handler():
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    try:
        raise KeyError("fresh")
    except KeyError as e:
        return repr(e.__context__)


print(context_after_handler())


def raise_same_exception_object():
    err = ValueError("same")
    try:
        try:
            raise err
        except ValueError:
            raise err
    except ValueError as e:
        return e.__context__ is None


print(raise_same_exception_object())


def builtin_error_context():
    try:
        {}["a"]
    except KeyError:
        return int("not a number")


try:
    builtin_error_context()
except ValueError as e:
    print(show(e))


def gen_context():
    try:
        raise IndexError("in generator")
    except IndexError:
        yield 1
        raise ValueError("after yield")


g = gen_context()
next(g)
try:
    next(g)
except ValueError as e:
    print(show(e))
try:
    raise ValueError("a") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
err = RuntimeError("cycle1")
try:
    try:
        raise err
    except RuntimeError as e1:
        try:
            raise ValueError("cycle2")
        except ValueError as e2:
            raise e1
except RuntimeError as final:
    print(show(final)[:80])
try:
    try:
        raise ValueError("with note")
    except ValueError as e:
        e.add_note("a note")
        raise
except ValueError as e:
    print(e.__notes__)
