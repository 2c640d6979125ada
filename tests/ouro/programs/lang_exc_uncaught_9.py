# uncaught: exception re-raised from a handler after logging (bare raise keeps traceback)
log = []


def risky(n):
    if n > 2:
        raise OverflowError(f"{n} is too big")
    return n * 10


def guarded(n):
    try:
        return risky(n)
    except OverflowError as e:
        log.append(str(e))
        raise


print(guarded(1), guarded(2))
try:
    guarded(5)
except OverflowError:
    print("first failure logged:", log)
print(guarded(0))
print(guarded(3))
print("not reached")
