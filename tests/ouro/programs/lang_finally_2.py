# try/except/else/finally ordering, bare except, exception variable cleanup
def run(kind):
    out = []
    try:
        out.append("try")
        if kind == "value":
            raise ValueError(kind)
        if kind == "key":
            raise KeyError(kind)
        if kind == "other":
            raise RuntimeError(kind)
    except ValueError as e:
        out.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        out.append(f"except tuple {e!r}")
    except:
        out.append("bare except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
for k in ["none", "value", "key", "other"]:
    print(k, run(k))
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)
def else_raises():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise KeyError("from else")
    finally:
        print("finally after else raise")
try:
    else_raises()
except KeyError as e:
    print("else raised", e)
def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        raise OverflowError("from handler")
    finally:
        print("finally after handler raise")
try:
    handler_raises()
except OverflowError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
count = 0
while count < 3:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
    except ValueError as e:
        print("retry after", e)
        continue
    else:
        print("succeeded on", count)
    finally:
        print("attempt", count)
