# custom exception hierarchies, args, attributes, str/repr, notes
class AppError(Exception):
    code = 1


class NotFound(AppError):
    code = 404

    def __init__(self, what):
        super().__init__("not found: " + what)
        self.what = what


class Invalid(AppError, ValueError):
    pass


for exc in (NotFound("page"), Invalid("bad", 2), AppError()):
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.what, e.code, e.args)
    except ValueError as e:
        print("ValueError branch", type(e).__name__, e.args, e.code, isinstance(e, AppError))
    except AppError as e:
        print("AppError", repr(e), str(e) == "", e.code)
print(Invalid.__mro__[1].__name__, issubclass(Invalid, ValueError))


class WithStr(Exception):
    def __str__(self):
        return "custom str"

    def __repr__(self):
        return "WithStr!"


try:
    raise WithStr(1, 2)
except WithStr as e:
    print(e, repr(e), e.args)
e = ValueError("base")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    raise KeyError("key")
except KeyError as k:
    print(str(k), repr(k), k.args[0])
errors = []
for f in (lambda: [].pop(), lambda: {}.popitem(), lambda: int("1.5"), lambda: "a" + 1, lambda: None.attr,
          lambda: 1 / 0, lambda: 10 ** 1000 * 1.0, lambda: [1][2], lambda: next(iter([])), lambda: open("/nonexistent/x")):
    try:
        f()
    except Exception as exc:
        errors.append("%s: %s" % (type(exc).__name__, exc))
print("\n".join(errors))


class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts


def flaky(state):
    state["n"] += 1
    if state["n"] < 3:
        raise Retry(state["n"])
    return "succeeded after %d" % state["n"]


state = {"n": 0}
while True:
    try:
        print(flaky(state))
        break
    except Retry as r:
        print("retry", r.attempts, r.args)
eg = ExceptionGroup("grp", [NotFound("x"), Invalid("y")])
print(eg.message, [type(x).__name__ for x in eg.exceptions], eg.subgroup(ValueError).exceptions[0].args)
try:
    raise BaseExceptionGroup("base grp", [KeyboardInterrupt()])
except BaseExceptionGroup as bg:
    print(type(bg).__name__, len(bg.exceptions))
