# finally on every exit path
log = []
def f_return():
    try:
        return "try"
    finally:
        log.append("finally after return")
def f_override():
    try:
        return "try"
    finally:
        return "finally wins"
def f_exception():
    try:
        raise ValueError("x")
    finally:
        log.append("finally after raise")
def f_swallow():
    for _ in range(1):
        try:
            raise ValueError("swallowed by break")
        finally:
            break
    return "swallowed"
def f_loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
def f_nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("caught outer")
    finally:
        log.append("outer finally")
    return "nested done"
def f_return_value_eval():
    x = 1
    try:
        return x
    finally:
        x = 2
def f_while():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            log.append(f"while {n}")
print(f_return(), f_override(), f_swallow(), f_loop(), f_nested(), f_return_value_eval(), f_while())
try:
    f_exception()
except ValueError as e:
    print("propagated", e)
def f_finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    f_finally_raises()
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
for entry in log:
    print(entry)
