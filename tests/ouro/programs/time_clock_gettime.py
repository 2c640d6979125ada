"""time.clock_gettime, clock_gettime_ns and clock_getres of the Linux
clocks, and their errors."""
import time

for name in ("CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID",
             "CLOCK_THREAD_CPUTIME_ID", "CLOCK_MONOTONIC_RAW", "CLOCK_BOOTTIME", "CLOCK_TAI"):
    clk = getattr(time, name)
    t = time.clock_gettime(clk)
    ns = time.clock_gettime_ns(clk)
    print(name, type(t).__name__, type(ns).__name__, t >= 0, ns >= 0, time.clock_getres(clk) > 0)
a = time.clock_gettime(time.CLOCK_MONOTONIC)
b = time.monotonic()
c = time.clock_gettime(time.CLOCK_MONOTONIC)
print(a <= b <= c, abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
for bad in [(), (1, 2), ("x",), (1.5,), (2 ** 40,), (999,), (-5,)]:
    # (CPython's clock_gettime_ns names itself clock_gettime in these)
    for f in (time.clock_gettime, time.clock_getres):
        try:
            f(*bad)
        except (TypeError, OverflowError, OSError) as e:
            print(f.__name__, bad, type(e).__name__, e)
try:
    time.clock_gettime(clk_id=1)
except TypeError as e:
    print("TypeError", e)
