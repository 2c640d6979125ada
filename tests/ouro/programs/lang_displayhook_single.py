# Expression statements compiled in 'single' mode (the interactive prompt,
# code.InteractiveInterpreter, doctest) go through sys.displayhook, which
# writes to the current sys.stdout and keeps the value in builtins._.
import builtins
import code
import contextlib
import io
import sys

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    exec(compile("6 * 7", "<single>", "single"))
    exec(compile("None", "<single>", "single"))
    exec(compile("'text'", "<single>", "single"))
    sys.displayhook([1, 2])
print(repr(buf.getvalue()), builtins._)

seen = []
sys.displayhook = lambda v: seen.append(v)
exec(compile("1 + 1", "<single>", "single"))
exec(compile("x = 5\nx * 3\n", "<single>", "exec"))
exec(compile("for i in range(2): i\n", "<single>", "single"))
print(seen)
sys.displayhook = sys.__displayhook__

interp = code.InteractiveInterpreter({"__name__": "__console__"})
out = io.StringIO()
with contextlib.redirect_stdout(out):
    for src in ["a = 10", "a * 2", "def f(n):\n    return n + 1\n", "f(a)", "[f(i) for i in range(3)]", "print('printed')"]:
        interp.runsource(src)
print(out.getvalue(), end="")
err = io.StringIO()
with contextlib.redirect_stderr(err):
    interp.runsource("1 / 0")
    interp.runsource("undefined_name")
print(err.getvalue().replace("\n", "|"))
del sys.displayhook
try:
    exec(compile("3", "<single>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
sys.stdout = None
try:
    sys.displayhook(5)
except RuntimeError as e:
    sys.stdout = sys.__stdout__
    print("RuntimeError:", e)
sys.stdout = sys.__stdout__
print(builtins._)
