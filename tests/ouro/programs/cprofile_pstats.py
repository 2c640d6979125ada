# cProfile over _lsprof, with pstats' reports (times masked): Profile's
# enable/disable, runcall, runctx, run, the context manager, create_stats,
# print_stats/print_callers/print_callees sorted several ways, cProfile.run
# into a file, and `python -m cProfile script.py`.
import cProfile, pstats, io, os, re, subprocess, sys, tempfile

d = tempfile.mkdtemp()

TIME = re.compile(r'\d+\.\d{3}')

DATE = re.compile(r'^\w\w\w \w\w\w [ \d]\d [\d:]+ \d+ ', re.M)

def masked(text):
    text = DATE.sub('DATE ', text.replace(d, 'DIR'))
    return TIME.sub('T', text).rstrip() + '\n'

def report(source, *sorts, callers=False):
    s = io.StringIO()
    st = pstats.Stats(source, stream=s)
    st.sort_stats(*sorts)
    st.print_stats()
    if callers:
        st.print_callers()
        st.print_callees()
    print(masked(s.getvalue()))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth else []
    def size(self):
        return 1 + sum(k.size() for k in self.kids)

def work(n):
    words = []
    for i in range(n):
        words.append(str(fib(i)))
    t = Tree(3)
    return len(" ".join(words)) + t.size() + len(sorted(words, key=len))

pr = cProfile.Profile()
pr.enable()
work(6)
pr.disable()
report(pr, 'calls', 'name')
report(pr, 'ncalls', 'filename', 'line', 'name', callers=True)

pr = cProfile.Profile()
print(pr.runcall(work, 4))
pr.create_stats()
print(sorted((k[2], v[0], v[1]) for k, v in pr.stats.items()))

pr = cProfile.Profile()
pr.runctx('x = fib(6)', globals(), None)
print(x)
report(pr, 'stdname')

with cProfile.Profile() as pr:
    fib(3)
report(pr, 'pcalls', 'name')

out = os.path.join(d, 'prof.out')
cProfile.run('work(3)', out)
report(out, 'nfl')

script = os.path.join(d, 'script.py')
with open(script, 'w') as f:
    f.write('def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\n'
            'class C:\n    def m(self):\n        return [f(3)].count(2)\n'
            'print(f(7), C().m(), len("abc"))\n')
r = subprocess.run([sys.executable, '-m', 'cProfile', '-s', 'name', 'script.py'],
                   capture_output=True, text=True, cwd=d)
print(r.returncode, masked(r.stdout), r.stderr)
r = subprocess.run([sys.executable, '-m', 'cProfile', '-o', 'p.out', 'script.py'],
                   capture_output=True, text=True, cwd=d)
print(r.returncode, r.stdout, r.stderr)
report(os.path.join(d, 'p.out'), 'calls', 'name')
