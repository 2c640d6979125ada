# nested handlers, exceptions raised in handlers and finally blocks
def level3():
    raise ValueError("from level3")


def level2():
    try:
        level3()
    except ValueError as e:
        raise TypeError("converted") from e


def level1():
    try:
        level2()
    except TypeError as e:
        print("level1 caught", e, "cause:", repr(e.__cause__))
        raise


try:
    level1()
except TypeError as e:
    print("top caught", e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError as inner:
            print("inner handler", repr(inner), repr(inner.__context__))
        print("back in outer handler")
        raise
except KeyError as e:
    print("re-raised", repr(e))


def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        {}["missing"]


try:
    handler_raises()
except KeyError as e:
    print("KeyError", e, "context", type(e.__context__).__name__)


def finally_raises():
    try:
        return 1
    finally:
        raise RuntimeError("from finally")


try:
    finally_raises()
except RuntimeError as e:
    print(e, e.__context__)
for i in range(3):
    try:
        try:
            if i == 0:
                raise ValueError(i)
            if i == 1:
                raise TypeError(i)
        except ValueError as e:
            print("inner ValueError", e)
            raise KeyError(i)
    except (KeyError, TypeError) as e:
        print("outer", type(e).__name__, e)
    else:
        print("no error", i)


def cleanup_name():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(cleanup_name())


def except_in_loop_with_else():
    results = []
    for v in ["1", "x", "3"]:
        try:
            n = int(v)
        except ValueError:
            results.append("bad " + v)
            continue
        else:
            results.append(n)
        finally:
            results.append("|")
    return results


print(except_in_loop_with_else())


def deeply_nested(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        deeply_nested(n - 1)
    except LookupError as e:
        if n < 3:
            raise LookupError("level %d" % n) from e
        return "stopped at %d: %s <- %s" % (n, e, e.__cause__)


print(deeply_nested(5))
try:
    try:
        raise ValueError("original")
    except ValueError as e:
        saved = e
    raise saved
except ValueError as e:
    print("raised saved", e is saved)
