# loops inside try/finally and try inside loops, with break/continue/return
def f():
    out = []
    try:
        for i in range(5):
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                out.append(i)
            finally:
                out.append("f%d" % i)
        else:
            out.append("else")
    finally:
        out.append("outer")
    return out


print(f())


def g():
    i = 0
    while True:
        try:
            i += 1
            if i > 3:
                return i
        finally:
            print("finally", i)


print(g())


def h():
    result = []
    for i in range(3):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        raise ValueError(i, j)
                    result.append((i, j))
                except ValueError:
                    result.append("VE")
                    break
        finally:
            result.append("end%d" % i)
    return result


print(h())


def loop_exception_escapes():
    try:
        for i in range(3):
            if i == 2:
                raise KeyError(i)
    except KeyError as e:
        return "escaped at %s" % e
    finally:
        print("cleanup")


print(loop_exception_escapes())


def while_with_try_else():
    n = 0
    while n < 3:
        try:
            n += 1
        except Exception:
            pass
        else:
            if n == 2:
                continue
            print("else branch", n)
    return n


print(while_with_try_else())


def nested_loops_with():
    import io
    out = []
    for i in range(2):
        with io.StringIO("x") as s:
            for c in s.read():
                if i == 1:
                    return out + ["returned", s.closed]
                out.append(c)
    return out


print(nested_loops_with())


def generator_in_loop_try():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print("exit at", i)
            raise
        finally:
            print("gen finally", i)


gen = generator_in_loop_try()
for v in gen:
    if v == 1:
        break
gen.close()


def for_over_failing():
    def items():
        yield 1
        raise IndexError("mid-iteration")
    got = []
    try:
        for x in items():
            got.append(x)
    except IndexError as e:
        got.append(str(e))
    return got


print(for_over_failing())
