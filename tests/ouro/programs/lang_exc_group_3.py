# uncaught: except* handles part of a group, the rest propagates (nested group)
def fail_many():
    raise ExceptionGroup(
        "outer",
        [
            KeyError("a"),
            ExceptionGroup("inner", [OSError("disk"), KeyError("b")]),
            ZeroDivisionError("div"),
        ],
    )


try:
    fail_many()
except* KeyError as g:
    print("handled keys:", repr(g))
except* ZeroDivisionError as g:
    print("handled zero:", repr(g))
except* OSError:
    print("handled os")
print("second round")
try:
    fail_many()
except* KeyError as g:
    print("only keys:", len(g.exceptions))
print("not reached")
