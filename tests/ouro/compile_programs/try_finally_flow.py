# return/break/continue inside try, except and finally
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"


def ret_overrides_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed"


def ret_in_except():
    try:
        raise KeyError
    except KeyError:
        return "except"
    finally:
        print("  finally after except-return")


def finally_sees_return_value():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x changed to", x)


print(ret_in_finally(), ret_overrides_exception(), ret_in_except(), finally_sees_return_value())


def loop_break_in_finally():
    for i in range(5):
        try:
            if i == 2:
                raise ValueError
        finally:
            if i == 2:
                break
    return i


def loop_continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError("odd")
            out.append(i)
        finally:
            continue
    return out


def break_in_try():
    for i in range(3):
        try:
            break
        finally:
            print("  finally on break", i)
    return "after loop"


def continue_in_try():
    n = 0
    for i in range(3):
        try:
            continue
        finally:
            n += 1
    return n


def break_in_except():
    while True:
        try:
            raise IndexError
        except IndexError:
            break
    return "broke from except"


def continue_in_except():
    r = []
    for i in range(3):
        try:
            1 / (i - 1)
        except ZeroDivisionError:
            continue
        r.append(i)
    return r


print(loop_break_in_finally(), loop_continue_in_finally(), break_in_try())
print(continue_in_try(), break_in_except(), continue_in_except())


def nested_finally_order():
    try:
        try:
            try:
                return "value"
            finally:
                print("  f1")
        finally:
            print("  f2")
    finally:
        print("  f3")


print(nested_finally_order())


def return_in_loop_in_try():
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    return (i, j)
            finally:
                print("  finally", i, j)


print(return_in_loop_in_try())


def exception_replaced_in_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            raise KeyError("second")
    except KeyError as e:
        return "caught %r with context %r" % (e, e.__context__)


print(exception_replaced_in_finally())


def while_else_with_finally():
    i = 0
    while i < 3:
        try:
            i += 1
        finally:
            pass
    else:
        return "else ran %d" % i


print(while_else_with_finally())


def generator_finally_return():
    try:
        yield 1
        return "r"
    finally:
        print("  gen finally")


print(list(generator_finally_return()))


def deep_return():
    for a in range(2):
        try:
            for b in range(2):
                try:
                    with open(__file__) as fh:
                        if b == 1:
                            return "returned from with in nested loops", fh.closed
                finally:
                    print("  inner finally", a, b)
        finally:
            print("  outer finally", a)


r = deep_return()
print(r)


def finally_break_discards_exception():
    for _ in range(1):
        try:
            raise RuntimeError("discarded")
        finally:
            break
    return "no exception"


print(finally_break_discards_exception())
