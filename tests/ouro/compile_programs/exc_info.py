# the handled exception (sys.exc_info / sys.exception) on every way out of a handler
import sys


def current():
    e = sys.exception()
    t = sys.exc_info()
    assert t[1] is e
    return None if e is None else "%s(%s)" % (type(e).__name__, e)


print("start", current())
try:
    raise ValueError("one")
except ValueError:
    print("in handler", current())
    try:
        raise KeyError("two")
    except KeyError:
        print("nested handler", current())
    print("back in outer handler", current())
print("after handlers", current())


def return_from_except():
    try:
        raise IndexError("ret")
    except IndexError:
        return current()


print(return_from_except(), "then", current())


def break_continue_from_except():
    seen = []
    for i in range(3):
        try:
            raise TypeError(i)
        except TypeError:
            if i == 0:
                continue
            if i == 1:
                seen.append(current())
                break
    seen.append(current())
    return seen


print(break_continue_from_except())


def return_from_finally_in_except():
    for _ in range(1):
        try:
            raise OSError("os")
        except OSError:
            try:
                return current()
            finally:
                print("  finally sees", current())


print(return_from_finally_in_except(), current())


def with_in_except():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            print("  exit sees", current(), a[0])
            return True
    try:
        raise LookupError("outer")
    except LookupError:
        with CM():
            raise ArithmeticError("in with")
        return current()


print(with_in_except(), current())


def gen():
    try:
        raise RuntimeError("in generator")
    except RuntimeError:
        yield current()
        yield current()
    yield current()


g = gen()
print(next(g), current())
try:
    raise ZeroDivisionError("caller")
except ZeroDivisionError:
    print(next(g), current())
print(next(g), current())


def called_from_handler():
    return current()


try:
    raise NameError("visible to callees")
except NameError:
    print(called_from_handler())
try:
    raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
except* ValueError:
    print("except* ValueError sees", current())
except* TypeError:
    print("except* TypeError sees", current())
print("end", current())


def except_as_cleared():
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    return "e" in dir(), current()


print(except_as_cleared())
for i in range(2):
    try:
        raise KeyError(i)
    except KeyError:
        if i == 0:
            continue
        print("second iteration", current())
print("loop done", current())
