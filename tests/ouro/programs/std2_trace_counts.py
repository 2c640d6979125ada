"""trace: line counts and call tracking of a function (trace.Trace with
count/countfuncs/countcallers), results summarized by line number."""
import io
import contextlib
import sys
import trace
import traceback


def classify(n):
    if n % 15 == 0:
        return "fizzbuzz"
    if n % 3 == 0:
        return "fizz"
    if n % 5 == 0:
        return "buzz"
    return str(n)


def run(limit):
    out = []
    for i in range(1, limit):
        out.append(classify(i))
    return out


t = trace.Trace(count=1, trace=0, countfuncs=0)
result = t.runfunc(run, 16)
print(result[-3:])
counts = t.results().counts
mine = sorted((line, n) for (fname, line), n in counts.items() if fname == __file__)
print(mine)

# (countfuncs and countcallers find a function's class with gc.get_referrers:
# not tested here)

t4 = trace.Trace(count=0, trace=1)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    t4.runfunc(classify, 9)
for line in buf.getvalue().splitlines():
    print(line.split(":", 1)[0].split("(")[0].strip(), "|", line.split(":", 2)[-1].strip()[:40] if ":" in line else line)

print(trace._fullmodname("/a/b/pkg/mod.py"))
ig = trace._Ignore(modules=["os"], dirs=["/nowhere"])
print(ig.names("/x/os.py", "os"), ig.names("/x/y.py", "y"))


def failing_tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "classify":
        raise LookupError("from the tracer")
    return failing_tracer


sys.settrace(failing_tracer)
try:
    run(3)
except LookupError as e:
    sys.settrace(None)
    print([(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(e.__traceback__)][1:])
sys.settrace(None)
