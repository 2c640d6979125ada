"""input() and sys.stdin share one buffer (a program mixing them reads
each line once); input() writes its prompt to a replaced sys.stdout and
reads a replaced sys.stdin; EOFError and the lost-stdin error.  The
program runs itself as a child with its standard input piped."""
import io
import subprocess
import sys


def child():
    n = int(input())
    vals = [int(x) for x in input().split()]
    print(n, sum(vals))
    print(repr(sys.stdin.readline()))
    print(input("prompt> "))
    rest = sys.stdin.read()
    print(repr(rest))
    try:
        input()
    except EOFError as e:
        print("EOFError:", e)
    old = sys.stdout
    sys.stdout = io.StringIO()
    try:
        input("prompt-in-stringio")
    except EOFError:
        pass
    captured = sys.stdout.getvalue()
    sys.stdout = old
    print(repr(captured))
    sys.stdin = io.StringIO("from a StringIO\nsecond\n")
    print(input(), input())
    sys.stdin = None
    try:
        input()
    except RuntimeError as e:
        print(e)


if len(sys.argv) > 1:
    child()
else:
    r = subprocess.run([sys.executable, __file__, "child"], input=b"3\n1 2 3\nnext\nc\nmore\nlines\n",
                       capture_output=True)
    print(r.stdout.decode(), end="")
    print("status", r.returncode, "stderr", repr(r.stderr.decode()))
