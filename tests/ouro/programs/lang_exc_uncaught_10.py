# uncaught: exception raised inside an except block inside a finally (nested context chain)
def step_a():
    raise KeyError("a-failed")


def step_b():
    raise ValueError("b-failed")


def pipeline():
    try:
        step_a()
    finally:
        try:
            step_b()
        except ValueError:
            raise RuntimeError("cleanup failed")


try:
    pipeline()
except RuntimeError as e:
    print("caught", e, "| context", repr(e.__context__), "| its context", repr(e.__context__.__context__))
print("running again uncaught")
pipeline()
