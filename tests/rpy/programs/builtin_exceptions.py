"""Built-in exceptions raised by operations and caught: IndexError (list index
out of range, str index), KeyError, ZeroDivisionError (int // and %, int /,
float / % //), ValueError (int(), list.index), AssertionError via assert
(with and without message), OverflowError via ovfcheck, OSError from a
missing file; explicitly raised built-ins with and without a message
(NotImplementedError, TypeError, RuntimeError, StopIteration, MemoryError)
and str(e) of those."""
from rpy.rlib.rarithmetic import ovfcheck, MAXINT
from rpy.rlib import ros


def get_item(l: list[int], i: int) -> str:
    try:
        return "item %d" % l[i]
    except IndexError:
        return "IndexError"


def lookup(d: dict[str, int], k: str) -> str:
    try:
        return "value %d" % d[k]
    except KeyError:
        return "KeyError"


def int_div(a: int, b: int) -> str:
    try:
        return "%d %d" % (a // b, a % b)
    except ZeroDivisionError:
        return "ZeroDivisionError"


def int_truediv(a: int, b: int) -> str:
    try:
        return repr(a / b)
    except ZeroDivisionError:
        return "ZeroDivisionError"


def int_mod(a: int, b: int) -> str:
    try:
        return str(a % b)
    except ZeroDivisionError:
        return "ZeroDivisionError"


def float_ops(a: float, b: float) -> str:
    results: list[str] = []
    try:
        results.append(repr(a / b))
    except ZeroDivisionError:
        results.append("ZDE/")
    try:
        results.append(repr(a % b))
    except ZeroDivisionError:
        results.append("ZDE%")
    try:
        results.append(repr(a // b))
    except ZeroDivisionError:
        results.append("ZDE//")
    return " ".join(results)


def check_positive(n: int) -> int:
    assert n > 0, "n must be positive"
    return n


def check_even(n: int) -> int:
    assert n % 2 == 0
    return n // 2


def raise_kind(kind: int) -> None:
    if kind == 0:
        raise NotImplementedError("not yet")
    elif kind == 1:
        raise TypeError("wrong type")
    elif kind == 2:
        raise RuntimeError("runtime trouble")
    elif kind == 3:
        raise StopIteration("no more")
    elif kind == 4:
        raise ValueError()
    elif kind == 5:
        raise MemoryError()
    elif kind == 6:
        raise IndexError("custom index message")
    raise Exception("generic")


def entry_point(argv: list[str]) -> int:
    l = [10, 20, 30]
    print(get_item(l, 0), get_item(l, -3), get_item(l, 3), get_item(l, -4), get_item([], 0))
    s = "abc"
    try:
        print(s[3])
    except IndexError:
        print("str IndexError")
    d = {"a": 1}
    print(lookup(d, "a"), lookup(d, "b"), lookup({}, ""))
    print(int_div(7, 2), int_div(-7, 2), int_div(7, 0), int_div(0, 0))
    print(int_truediv(1, 4), int_truediv(1, 0), int_mod(5, 3), int_mod(5, 0))
    print(float_ops(7.0, 2.0))
    print(float_ops(7.0, 0.0))
    print(float_ops(-0.0, 0.0))
    for text in ["12", "x", "1.5", "99"]:
        try:
            print("parsed", int(text))
        except ValueError:
            print("ValueError for", repr(text))
    try:
        print(l.index(99))
    except ValueError:
        print("ValueError from index")
    for n in [5, -1]:
        try:
            print("positive", check_positive(n))
        except AssertionError as e:
            print("AssertionError:", str(e))
    for n in [4, 3]:
        try:
            print("half", check_even(n))
        except AssertionError:
            print("AssertionError without message")
    try:
        print(ovfcheck(MAXINT + 1))
    except OverflowError:
        print("OverflowError")
    try:
        data = ros.read_file("/nonexistent/rpy/test/file")
        print("read", len(data))
    except OSError:
        print("OSError for a missing file")
    for kind in range(8):
        try:
            raise_kind(kind)
        except NotImplementedError as e0:
            print("NotImplementedError:", str(e0))
        except TypeError as e1:
            print("TypeError:", str(e1))
        except RuntimeError as e2:
            print("RuntimeError:", str(e2))
        except StopIteration as e3:
            print("StopIteration:", str(e3))
        except ValueError as e4:
            print("ValueError: [" + str(e4) + "]")
        except MemoryError:
            print("MemoryError")
        except IndexError as e6:
            print("IndexError:", str(e6))
        except Exception as e7:
            print("Exception:", str(e7))
    return 0
