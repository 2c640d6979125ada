# uncaught: exception with several args and with no args
class Empty(Exception):
    pass


def describe(e):
    return f"{type(e).__name__}: str={str(e)!r} args={e.args}"


print(describe(ValueError("a", 1)))
print(describe(Empty()))
print(describe(KeyError()))
print(describe(KeyError("k", "v")))
print(describe(Exception("")))
try:
    raise Empty
except Empty as e:
    print("caught class-raised", describe(e))
print("raising with two args")
raise ValueError("bad value", 42)
