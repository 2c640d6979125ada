"""time.clock_settime/clock_settime_ns (an unsettable clock, errors and
argument errors as CPython's) and time.pthread_getcpuclockid (a clock
that time.clock_gettime reads)."""
import threading
import time


def show(f, *args):
    try:
        print(f.__name__, f(*args))
    except (OSError, TypeError, ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)


show(time.clock_settime, time.CLOCK_MONOTONIC, 0)
show(time.clock_settime_ns, time.CLOCK_MONOTONIC, 0)
show(time.clock_settime, 99, 0)
show(time.clock_settime, time.CLOCK_MONOTONIC, "x")
show(time.clock_settime, time.CLOCK_MONOTONIC, 1.5)
show(time.clock_settime, time.CLOCK_MONOTONIC, float("nan"))
show(time.clock_settime_ns, time.CLOCK_MONOTONIC, 1.5)
show(time.pthread_getcpuclockid, "x")
show(time.clock_settime)
show(time.pthread_getcpuclockid)
clk = time.pthread_getcpuclockid(threading.get_ident())
print(type(clk), time.clock_gettime(clk) >= 0, time.clock_gettime_ns(clk) >= 0)
