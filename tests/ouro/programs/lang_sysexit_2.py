# SystemExit with a string: printed to stderr, exit status 1
import sys


class Cleanup:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit handler sees", exc[0].__name__ if exc[0] else None)
        return False


def run():
    with Cleanup():
        print("working")
        sys.exit("fatal: configuration missing")


try:
    sys.exit(None)
except SystemExit as e:
    print("code None ->", e.code)
try:
    exit_code = SystemExit(2, "extra")
    raise exit_code
except SystemExit as e:
    print("tuple code", e.code, e.args)
run()
print("not reached")
