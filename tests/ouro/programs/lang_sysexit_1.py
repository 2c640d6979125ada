# SystemExit with an integer code: exit status 3, nothing on stderr
import sys


def main(argv):
    total = 0
    for i in range(5):
        total += i * i
    print("total", total)
    if total > 10:
        print("exiting with status 3")
        sys.exit(3)
    return 0


try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    raise SystemExit("message code")
except SystemExit as e:
    print("caught", e.code)
try:
    main([])
finally:
    print("finally runs before exit")
print("not reached")
