# uncaught: AssertionError with a message
def checked_sqrt(x):
    assert x >= 0, f"negative input {x}"
    r = x ** 0.5
    assert abs(r * r - x) < 1e-9
    return r


print(checked_sqrt(16), checked_sqrt(2.25))
try:
    checked_sqrt(-1)
except AssertionError as e:
    print("caught", type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
values = [9, 4, -25]
for v in values:
    print(v, checked_sqrt(v))
print("not reached")
