"""repr(float) microbenchmarks (docs/status.md, issue 4): best of 3 wall times
in one process.  Usage: INTERPRETER benchmarks/float_repr.py [all|1.5i|mix]"""
import time, json, sys
def bench(name, f):
    best = 1e9
    for _ in range(3):
        t = time.perf_counter(); f(); best = min(best, time.perf_counter() - t)
    print('%-28s %.3f' % (name, best))
N = 200000
fl = [i / 3 for i in range(N)]
which = sys.argv[1] if len(sys.argv) > 1 else 'all'
if which in ('all', '1.5i'): bench('repr(1.5*i)', lambda: [repr(1.5 * i) for i in range(N)])
if which in ('all', 'mix'):
    bench('repr(i/7)', lambda: [repr(i / 7) for i in range(N)])
    bench('str(i*1.37e-300)', lambda: [str(i * 1.37e-300) for i in range(N)])
    bench('json.dumps(200k floats)', lambda: json.dumps(fl))
    bench("'%r' % x, f'{x}', format(x,'')", lambda: [('%r' % x, f'{x}', format(x, '')) for x in fl[:60000]])
