# pdb driven by a script of commands (next, step, where, p, break,
# continue, return), a bdb.Bdb subclass recording line and return
# events, and trace.Trace counting lines: the debuggers and tools built on
# sys.settrace.
import io, pdb, sys, bdb, trace

def compute(n):
    total = 0
    for i in range(n):
        total += i * i
    label = "sum"
    return label, total

def under_debugger():
    out = io.StringIO()
    cmds = io.StringIO("next\nnext\np total\nstep\nwhere\nnext\nnext\np i, total\nbreak 8\ncontinue\np label\nreturn\ncontinue\n")
    d = pdb.Pdb(stdin=cmds, stdout=out, nosigint=True)
    d.use_rawinput = False
    d.prompt = "(Pdb) "
    result = d.runcall(compute, 3)
    text = out.getvalue().replace(__file__, "FILE")
    print(text)
    print("result", result)

class Counter(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.lines = []
    def user_line(self, frame):
        if frame.f_code.co_name == 'compute':
            self.lines.append(frame.f_lineno - frame.f_code.co_firstlineno)
    def user_return(self, frame, value):
        if frame.f_code.co_name == 'compute':
            self.lines.append(('ret', value))

under_debugger()
c = Counter()
c.runcall(compute, 2)
print(c.lines)
t = trace.Trace(count=1, trace=0)
t.runfunc(compute, 4)
counts = sorted((ln - compute.__code__.co_firstlineno, n) for (fn, ln), n in t.results().counts.items() if fn == __file__)
print(counts)
print(sys.gettrace())
