# SystemExit(0) from nested functions: exit status 0, finally blocks run
import sys


def level2():
    try:
        print("level2")
        raise SystemExit(0)
    finally:
        print("level2 finally")


def level1():
    try:
        level2()
    except Exception:
        print("Exception does not catch SystemExit")
    finally:
        print("level1 finally")


print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    level1()
except BaseException as e:
    print("caught at top:", type(e).__name__, e.code)
print("calling again without catching")
level1()
print("not reached")
