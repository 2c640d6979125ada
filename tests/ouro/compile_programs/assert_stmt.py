# assert with and without messages; the message is evaluated only on failure
def msg():
    print("message evaluated")
    return "custom message"


assert True
assert 1 == 1, msg()
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError args:", e.args)
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print("tuple message:", e.args)


def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x


print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(e)
AssertionError = ValueError
try:
    assert False, "still the builtin AssertionError"
except ValueError:
    print("caught as ValueError (wrong)")
except BaseException as e:
    print("caught", type(e).__name__, e)
del AssertionError
for v in [1, 0]:
    try:
        assert v
        print("passed", v)
    except AssertionError:
        print("failed", v)
