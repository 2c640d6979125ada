"""The time module: clocks (types, monotonicity, sleep), struct_time,
gmtime/localtime/mktime, asctime/ctime, strftime with CPython's argument
checks and messages, get_clock_info, timezone constants."""
import time

t0 = time.time()
print(type(t0).__name__, type(time.time_ns()).__name__, t0 > 1.6e9)
m0 = time.monotonic()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
time.sleep(0.02)
time.sleep(0)
print(time.monotonic() - m0 >= 0.02, time.perf_counter() - p0 >= 0.02,
      time.perf_counter_ns() - n0 >= 20000000)
print(type(time.process_time()).__name__, time.process_time_ns() >= 0, time.thread_time() >= 0)
print(abs(time.time_ns() / 1e9 - time.time()) < 1, time.monotonic_ns() > 0)

g = time.gmtime(1700000000)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday,
      g.tm_isdst, g.tm_zone, g.tm_gmtoff, g[0], g[-1], len(g), tuple(g)[:3])
print(time.gmtime(0), time.gmtime(-1), time.gmtime(1.9)[5], time.gmtime(-1.5)[5])
print(time.gmtime(951782400))
print(time.struct_time((2024, 2, 29, 12, 0, 0, 3, 60, 0)))
st = time.struct_time((2024, 2, 29, 12, 0, 0, 3, 60, 0))
print(st.tm_zone, st.tm_gmtoff, isinstance(st, tuple), type(st).__name__,
      time.struct_time.n_fields, time.struct_time.n_sequence_fields)
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)

lt = time.localtime(1700000000)
print(time.mktime(lt), time.mktime(time.localtime(0)), type(time.mktime(lt)).__name__)
print(time.localtime(time.mktime((2001, 9, 9, 1, 46, 40, 0, 0, -1)))[:6])
print(time.asctime(g), time.asctime((2020, 1, 5, 1, 2, 3, 6, 5, 0)))
print(time.ctime(0) == time.asctime(time.localtime(0)), len(time.ctime()), len(time.asctime()))

print(time.strftime("%Y-%m-%d %H:%M:%S", g))
print(time.strftime("%a %A %b %B %d %j %U %W %w %y %% %p %I", (2021, 3, 4, 17, 6, 7, 3, 63, 0)))
print(time.strftime("%Y", (1900, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("", g),
      time.strftime("%z %Z", g))
print(time.strftime("%m/%d", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(len(time.strftime("%Y")) == 4)
for bad in [(1, 2), "x", (2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0),
            (2020, 1, 1, 0, 0, 0, 0, 1, 0.5)]:
    try:
        time.strftime("%Y", bad)
        print("accepted", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for fn, arg in [(time.sleep, -1), (time.sleep, "x"), (time.gmtime, float("nan")),
                (time.gmtime, 1e20), (time.localtime, "x"), (time.mktime, (1, 2)),
                (time.asctime, (2020, 1, 1, 0, 0, 0, -1, 1, 0))]:
    try:
        fn(arg)
        print("accepted", arg)
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
try:
    time.strftime(1)
except TypeError as e:
    print("TypeError:", e)

info = time.get_clock_info("monotonic")
print(info.implementation, info.monotonic, info.adjustable, info.resolution)
print(time.get_clock_info("time").adjustable, time.get_clock_info("perf_counter").monotonic)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError:", e)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1),
      type(time.tzname).__name__, len(time.tzname))
time.tzset()
print(time.timezone == -time.localtime(0).tm_gmtoff or time.daylight == 1)
