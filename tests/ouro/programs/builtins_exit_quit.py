"""exit() and quit(): the builtins CPython's site module installs
(_sitebuiltins.Quitter): their repr, SystemExit with the code, sys.stdin
closed, and a script ending with exit(message): status 1, the message on
stderr."""
import sys

print(exit, quit, type(exit), type(exit).__module__, repr(quit))
for f, args in [(exit, ()), (quit, (5,)), (exit, (None,)), (exit, ('text',)), (quit, (SystemExit,))]:
    try:
        f(*args)
    except SystemExit as e:
        print(repr(e.args), repr(e.code))
print(sys.stdin.closed)


def main():
    print("working")
    exit("fatal: bad thing")


main()
print("not reached")
