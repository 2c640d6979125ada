"""tracemalloc: the API a program uses to find where memory goes
(start/stop, is_tracing, traced memory, snapshots and their statistics);
only facts that hold on every implementation are printed."""
import tracemalloc

print(tracemalloc.is_tracing())
tracemalloc.start(5)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
data = [bytearray(1000) for _ in range(100)]
current, peak = tracemalloc.get_traced_memory()
print(current >= 0, peak >= current)
snap = tracemalloc.take_snapshot()
print(type(snap).__name__, snap.traceback_limit)
stats = snap.statistics("lineno")
print(isinstance(stats, list), all(isinstance(s, tracemalloc.Statistic) for s in stats))
filtered = snap.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
print(type(filtered).__name__)
tracemalloc.reset_peak()
tracemalloc.clear_traces()
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError:", e)
f = tracemalloc.Frame(("a.py", 3))
tb = tracemalloc.Traceback((("a.py", 3), ("b.py", 7)))
print(f, repr(f), tb, len(tb), tb.format())
flt = tracemalloc.Filter(True, "x.py", lineno=3)
print(flt.inclusive, flt.filename_pattern, flt.lineno, flt.all_frames, flt.domain)
print(tracemalloc._format_size(123456, False), tracemalloc._format_size(-2048, True))
