# try/except/else/finally in every combination
def attempt(action):
    try:
        r = action()
    except ZeroDivisionError as e:
        print("  ZeroDivisionError:", e)
        return "zde"
    except (KeyError, IndexError) as e:
        print("  lookup error:", type(e).__name__, e)
        return "lookup"
    except Exception as e:
        print("  other:", type(e).__name__, e)
        return "other"
    else:
        print("  else, result", r)
        return "ok"
    finally:
        print("  finally")


for act in (lambda: 1 / 0, lambda: {}["k"], lambda: [][1], lambda: int("x"), lambda: 42):
    print(attempt(act))
try:
    pass
except ValueError:
    print("not reached")
else:
    print("else without exception")
try:
    print("try only with finally")
finally:
    print("finally only")
try:
    raise TypeError("t")
except TypeError:
    print("bare except type without name")
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, type(e).__name__)
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
try:
    [1, 2][5]
except LookupError as e:
    print("LookupError base caught", type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    exit_code = 0
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit caught", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
e = "preserved?"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)


def bad_except_clause():
    try:
        raise ValueError("v")
    except 42:
        pass


try:
    bad_except_clause()
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
exc_types = (ValueError, TypeError)
try:
    raise TypeError("dynamic tuple")
except exc_types as e:
    print("dynamic", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handled")
    else:
        print("no")
    finally:
        print("cleanup")
except Exception:
    print("unexpected")
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError(count)
        break
    except RuntimeError as e:
        print("retry", e)
print("count", count)
