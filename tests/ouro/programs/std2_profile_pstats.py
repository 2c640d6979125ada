"""profile and cProfile collecting call counts (never times), read back
through pstats."""
import cProfile
import io
import profile
import pstats


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    total = 0
    for i in range(5):
        total += fib(i + 5)
    sorted([3, 1, 2])
    return total


def counts(stats):
    rows = []
    for (filename, line, name), (cc, nc, tt, ct, callers) in stats.stats.items():
        if filename.endswith("std2_profile_pstats.py"):
            rows.append((name, line, cc, nc, sorted(c[2] for c in callers if " at 0x" not in c[2])))
    return sorted(rows)


for mod in (profile, cProfile):
    p = mod.Profile()
    result = p.runcall(work)
    print(mod.__name__, result)
    st = pstats.Stats(p, stream=io.StringIO())
    for row in counts(st):
        print("  ", row)
    st.sort_stats(pstats.SortKey.CALLS)
    print("  total calls >=", st.total_calls >= 100, "primitive:", st.prim_calls > 0)
    out = io.StringIO()
    st.stream = out
    st.print_stats("fib")
    text = out.getvalue()
    print("  listed fib:", "fib" in text, "ncalls" in text)

pr = cProfile.Profile()
pr.enable()
fib(10)
pr.disable()
st = pstats.Stats(pr)
print([(name, nc) for (f, l, name), (cc, nc, tt, ct, cl) in st.stats.items() if name == "fib"])
try:
    pstats.Stats("no-such-file.prof")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
try:
    st.sort_stats("nonsense")
except KeyError as e:
    print("KeyError:", e)
