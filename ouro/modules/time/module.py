"""The `time` module (CPython 3.11's Modules/timemodule.c on Linux): the
clocks (time, monotonic, perf_counter, process_time, thread_time and
their _ns variants), sleep, struct_time, gmtime/localtime/mktime,
asctime/ctime, strftime (the C library's), strptime (through the pure
Python _strptime module), get_clock_info, and the timezone constants
(timezone, altzone, daylight, tzname, computed like CPython does on glibc
from the local time of January and July), tzset.
"""
from __future__ import annotations

from rpy.rlib import ros, rposix, rsignal

from ouro.interpreter import importing, iterreduce, signals
from ouro.interpreter.module import W_Module
from ouro.objspace import space
from ouro.objspace.exceptions import (operr, w_OverflowError, w_TypeError, w_ValueError)
from ouro.objspace.floatobject import W_FloatObject, wrap_float
from ouro.objspace.gateway import register
from ouro.objspace.intobject import W_IntObject, index_w, wrap_int
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.namespaceobject import w_namespace_type
from ouro.objspace.objectobject import W_Instance
from ouro.objspace.strobject import W_StrObject, c_int_w, word_w
from ouro.objspace.tupleobject import W_TupleObject
from ouro.modules.posix.errors import oserror
from ouro.modules.posix.structseq import W_StructSeq, make_structseq, new_structseq

STRUCT_TIME = make_structseq("struct_time", "time", [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
    "tm_isdst", "tm_zone", "tm_gmtoff"], 9)

NS = 1000000000


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def seconds_double(t: int) -> float:
    """_PyTime_AsSecondsDouble: nanoseconds as float seconds."""
    if t % NS == 0:
        return float(t // NS)
    return float(t) / 1e9


# -- clocks

def time_time(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(seconds_double(ros.time_ns()))


def time_time_ns(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(ros.time_ns())


def time_monotonic(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(seconds_double(ros.monotonic_ns()))


def time_monotonic_ns(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(ros.monotonic_ns())


def time_process_time(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(seconds_double(ros.process_time_ns()))


def time_process_time_ns(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(ros.process_time_ns())


def time_thread_time(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(seconds_double(ros.thread_time_ns()))


def time_thread_time_ns(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(ros.thread_time_ns())


def _clock_id(slots: list[W_Root | None]) -> int:
    w = slots[0]
    assert w is not None
    return iterreduce.c_int(w)      # PyArg_ParseTuple's "i"


def _clock_call(clk: int, res: bool) -> int:
    try:
        if res:
            return ros.clock_getres_ns(clk)
        return ros.clock_gettime_ns(clk)
    except OSError:
        raise oserror()


def time_clock_gettime(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(seconds_double(_clock_call(_clock_id(slots), False)))


def time_clock_gettime_ns(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(_clock_call(_clock_id(slots), False))


def _settime(clk: int, ns: int) -> W_Root:
    try:
        rposix.clock_settime_ns(clk, ns)
    except OSError:
        raise oserror()
    return w_None


def time_clock_settime(slots: list[W_Root | None]) -> W_Root:
    """clock_settime(clk_id, time): seconds (int or float, rounded toward
    minus infinity to nanoseconds)."""
    clk = _clock_id(slots)
    w_t = slots[1]
    assert w_t is not None
    if isinstance(w_t, W_FloatObject):
        x = w_t.floatval * 1e9
        if x != x:
            raise operr(w_ValueError, "Invalid value NaN (not a number)")
        if not -9.2e18 < x < 9.2e18:
            raise operr(w_OverflowError, "timestamp too large to convert to C _PyTime_t")
        ns = int(x)
        if float(ns) > x:
            ns -= 1
        return _settime(clk, ns)
    secs = word_w(w_t, "long long")
    if not -9223372036 <= secs <= 9223372036:
        raise operr(w_OverflowError, "timestamp too large to convert to C _PyTime_t")
    return _settime(clk, secs * 1000000000)


def time_clock_settime_ns(slots: list[W_Root | None]) -> W_Root:
    clk = _clock_id(slots)
    w_t = slots[1]
    assert w_t is not None
    if not isinstance(w_t, W_IntObject):
        raise operr(w_TypeError, "expect int, got %s" % type_name(w_t))
    return _settime(clk, w_t.intval)


def time_pthread_getcpuclockid(slots: list[W_Root | None]) -> W_Root:
    w_id = slots[0]
    assert w_id is not None
    if not isinstance(w_id, W_IntObject):
        raise operr(w_TypeError, "pthread_getcpuclockid() argument 1 must be int, not %s"
                    % type_name(w_id))
    try:
        return wrap_int(rposix.pthread_getcpuclockid(w_id.intval))
    except OSError:
        raise oserror()


def time_clock_getres(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(seconds_double(_clock_call(_clock_id(slots), True)))


CLOCKS = {
    "time": ("clock_gettime(CLOCK_REALTIME)", False, True),
    "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False),
    "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False),
}


def time_get_clock_info(slots: list[W_Root | None]) -> W_Root:
    w_name = _req(slots, 0)
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "get_clock_info() argument 1 must be str, not %s"
                    % type_name(w_name))
    name = w_name.as_str()
    if name not in CLOCKS:
        raise operr(w_ValueError, "unknown clock")
    impl, monotonic, adjustable = CLOCKS[name]
    w_info = W_Instance(w_namespace_type)
    w_info.setattr_in_map("implementation", space.wrap_str(impl))
    w_info.setattr_in_map("monotonic", space.wrap_bool(monotonic))
    w_info.setattr_in_map("adjustable", space.wrap_bool(adjustable))
    w_info.setattr_in_map("resolution", wrap_float(1e-09))
    return w_info


def time_sleep(slots: list[W_Root | None]) -> W_Root:
    w = _req(slots, 0)
    if isinstance(w, W_FloatObject):
        x = w.floatval
        if x != x:
            raise operr(w_ValueError, "Invalid value NaN (not a number)")
        if not (-9.2e9 < x < 9.2e9):
            raise operr(w_OverflowError, "timestamp too large to convert to C _PyTime_t")
        secs = x
    else:
        w_i = index_w(w)
        if not isinstance(w_i, W_IntObject) or not (-9200000000 < w_i.intval < 9200000000):
            raise operr(w_OverflowError, "timestamp too large to convert to C _PyTime_t")
        secs = float(w_i.intval)
    if secs < 0.0:
        raise operr(w_ValueError, "sleep length must be non-negative")
    # a handled signal ends the C sleep early: its handler runs, then the
    # sleep goes on for the time left unless the handler raised (PEP 475)
    deadline = ros.monotonic_ns() + int(secs * 1e9)
    while True:
        ros.sleep(secs)
        if not rsignal.pending():
            break
        signals.run_pending()
        left = deadline - ros.monotonic_ns()
        if left <= 0:
            break
        secs = left / 1e9
    return w_None


# -- broken-down time

def time_t_arg(w: W_Root | None) -> int:
    """_PyTime_ObjectToTime_t with ROUND_FLOOR; None: now."""
    if w is None or w is w_None:
        return ros.time_ns() // NS
    if isinstance(w, W_FloatObject):
        x = w.floatval
        if x != x:
            raise operr(w_ValueError, "Invalid value NaN (not a number)")
        if not (-9.2e18 < x < 9.2e18):
            raise operr(w_OverflowError, "timestamp out of range for platform time_t")
        i = int(x)
        if float(i) > x:
            i -= 1
        return i
    w_i = index_w(w)
    if not isinstance(w_i, W_IntObject):
        raise operr(w_OverflowError, "timestamp out of range for platform time_t")
    return w_i.intval


def struct_time_of_record() -> W_Root:
    values_w: list[W_Root] = []
    i = 0
    while i < 9:
        values_w.append(wrap_int(ros.tm_field(i)))
        i += 1
    values_w.append(space.wrap_str(ros.tm_zone()))
    values_w.append(wrap_int(ros.tm_field(ros.TM_GMTOFF)))
    return new_structseq(STRUCT_TIME, values_w)


def broken_down(t: int, local: bool) -> W_Root:
    try:
        ros.tm_into(t, local)
    except OSError:
        raise oserror()
    return struct_time_of_record()


def time_gmtime(slots: list[W_Root | None]) -> W_Root:
    return broken_down(time_t_arg(slots[0]), False)


def time_localtime(slots: list[W_Root | None]) -> W_Root:
    return broken_down(time_t_arg(slots[0]), True)


class TmArg:
    """A time tuple as gettmarg() reads it (Python conventions: full year,
    month 1..12, Monday = 0, yday 1..366)."""
    fields: list[int]
    zone: str
    gmtoff: int

    def __init__(self, fields: list[int], zone: str, gmtoff: int) -> None:
        self.fields = fields
        self.zone = zone
        self.gmtoff = gmtoff


def tm_arg(w: W_Root, fname: str) -> TmArg:
    if not isinstance(w, W_TupleObject):
        raise operr(w_TypeError, "Tuple or struct_time argument required")
    items_w = w.items_w
    if len(items_w) != 9:
        raise operr(w_TypeError, "%s(): illegal time tuple argument" % fname)
    fields = [c_int_w(w_x) for w_x in items_w]
    if fields[0] < -2147483648 + 1900:
        raise operr(w_OverflowError, "year out of range")
    zone = ""
    gmtoff = 0
    if isinstance(w, W_StructSeq) and w.desc is STRUCT_TIME:
        w_zone = w.field(9)
        if isinstance(w_zone, W_StrObject):
            zone = w_zone.as_str()
        w_off = w.field(10)
        if w_off is not w_None:
            gmtoff = index_w_int(w_off)
    return TmArg(fields, zone, gmtoff)


def index_w_int(w: W_Root) -> int:
    w_i = index_w(w)
    if isinstance(w_i, W_IntObject):
        return w_i.intval
    raise operr(w_OverflowError, "Python int too large to convert to C long")


def check_tm(tm: TmArg) -> None:
    """checktm(), on the C-convention values; fixes tm_mon/tm_mday/tm_yday
    as CPython does."""
    f = tm.fields
    mon = f[1] - 1
    if mon == -1:
        f[1] = 1
    elif mon < 0 or mon > 11:
        raise operr(w_ValueError, "month out of range")
    if f[2] == 0:
        f[2] = 1
    elif f[2] < 0 or f[2] > 31:
        raise operr(w_ValueError, "day of month out of range")
    if f[3] < 0 or f[3] > 23:
        raise operr(w_ValueError, "hour out of range")
    if f[4] < 0 or f[4] > 59:
        raise operr(w_ValueError, "minute out of range")
    if f[5] < 0 or f[5] > 61:
        raise operr(w_ValueError, "seconds out of range")
    if (f[6] + 1) % 7 < 0:
        raise operr(w_ValueError, "day of week out of range")
    yday = f[7] - 1
    if yday == -1:
        f[7] = 1
    elif yday < 0 or yday > 365:
        raise operr(w_ValueError, "day of year out of range")


def now_tm() -> TmArg:
    try:
        ros.tm_into(ros.time_ns() // NS, True)
    except OSError:
        raise oserror()
    return TmArg([ros.tm_field(i) for i in range(9)], ros.tm_zone(),
                 ros.tm_field(ros.TM_GMTOFF))


def time_mktime(slots: list[W_Root | None]) -> W_Root:
    tm = tm_arg(_req(slots, 0), "mktime")
    f = tm.fields
    try:
        t = ros.mktime(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8])
    except OverflowError:
        raise operr(w_OverflowError, "mktime argument out of range")
    return wrap_float(float(t))


WDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
MON_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def asctime_of(tm: TmArg) -> str:
    f = tm.fields
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (WDAY_NAMES[(f[6] + 1) % 7], MON_NAMES[f[1] - 1], f[2],
                                         f[3], f[4], f[5], f[0])


def time_asctime(slots: list[W_Root | None]) -> W_Root:
    w_t = slots[0]
    if w_t is None:
        tm = now_tm()
    else:
        tm = tm_arg(w_t, "asctime")
        check_tm(tm)
    return space.wrap_str(asctime_of(tm))


def time_ctime(slots: list[W_Root | None]) -> W_Root:
    t = time_t_arg(slots[0])
    try:
        ros.tm_into(t, True)
    except OSError:
        raise oserror()
    tm = TmArg([ros.tm_field(i) for i in range(9)], "", 0)
    return space.wrap_str(asctime_of(tm))


def time_strftime(slots: list[W_Root | None]) -> W_Root:
    w_fmt = _req(slots, 0)
    if not isinstance(w_fmt, W_StrObject):
        raise operr(w_TypeError, "strftime() argument 1 must be str, not %s" % type_name(w_fmt))
    fmt = w_fmt.as_str()
    w_t = slots[1]
    if w_t is None:
        tm = now_tm()
    else:
        tm = tm_arg(w_t, "strftime")
        check_tm(tm)
    f = tm.fields
    if f[8] < -1:
        f[8] = -1
    elif f[8] > 1:
        f[8] = 1
    if "\x00" in fmt:
        raise operr(w_ValueError, "embedded null character")
    if fmt == "":
        return space.wrap_str("")
    return space.wrap_str(ros.strftime(fmt, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
                                       tm.gmtoff, tm.zone))


def time_strptime(slots: list[W_Root | None]) -> W_Root:
    w_mod = importing.import_one("_strptime")
    w_fn = space.getattr(w_mod, "_strptime_time")
    args_w = [_req(slots, 0)]
    if slots[1] is not None:
        args_w.append(_req(slots, 1))
    return space.call_function(w_fn, args_w)


def time_tzset(slots: list[W_Root | None]) -> W_Root:
    ros.tzset()
    w_mod = MODULE_REF.w_module
    if w_mod is not None:
        init_timezone(w_mod)
    return w_None


class ModuleRef:
    w_module: W_Module | None

    def __init__(self) -> None:
        self.w_module = None


MODULE_REF = ModuleRef()


def init_timezone(w_mod: W_Module) -> None:
    """timezone, altzone, daylight, tzname from the local time of the
    start of this year and half a year later (CPython on glibc)."""
    year = (365 * 24 + 6) * 3600
    t = (ros.time_ns() // NS) // year * year
    janname = "   "
    julyname = "   "
    janzone = 0
    julyzone = 0
    try:
        ros.tm_into(t, True)
        janname = ros.tm_zone()[:9]
        janzone = -ros.tm_field(ros.TM_GMTOFF)
        ros.tm_into(t + year // 2, True)
        julyname = ros.tm_zone()[:9]
        julyzone = -ros.tm_field(ros.TM_GMTOFF)
    except OSError:
        pass
    d = w_mod.w_dict
    if janzone < julyzone:
        # DST is reversed in the southern hemisphere
        d.setitem_str("timezone", wrap_int(julyzone))
        d.setitem_str("altzone", wrap_int(janzone))
        d.setitem_str("daylight", wrap_int(1 if janzone != julyzone else 0))
        d.setitem_str("tzname", W_TupleObject([space.wrap_str(julyname),
                                               space.wrap_str(janname)]))
    else:
        d.setitem_str("timezone", wrap_int(janzone))
        d.setitem_str("altzone", wrap_int(julyzone))
        d.setitem_str("daylight", wrap_int(1 if janzone != julyzone else 0))
        d.setitem_str("tzname", W_TupleObject([space.wrap_str(janname),
                                               space.wrap_str(julyname)]))


FUNCTIONS = [
    register(None, "time()", time_time),
    register(None, "time_ns()", time_time_ns),
    register(None, "monotonic()", time_monotonic),
    register(None, "monotonic_ns()", time_monotonic_ns),
    register(None, "perf_counter()", time_monotonic),
    register(None, "perf_counter_ns()", time_monotonic_ns),
    register(None, "process_time()", time_process_time),
    register(None, "process_time_ns()", time_process_time_ns),
    register(None, "thread_time()", time_thread_time),
    register(None, "thread_time_ns()", time_thread_time_ns),
    register(None, "clock_gettime(clk_id, /)", time_clock_gettime),
    register(None, "clock_gettime_ns(clk_id, /)", time_clock_gettime_ns),
    register(None, "clock_getres(clk_id, /)", time_clock_getres),
    register(None, "clock_settime(clk_id, time, /)", time_clock_settime),
    register(None, "clock_settime_ns(clock_id, time, /)", time_clock_settime_ns),
    register(None, "pthread_getcpuclockid(thread_id, /)", time_pthread_getcpuclockid),
    register(None, "get_clock_info(name, /)", time_get_clock_info),
    register(None, "sleep(secs, /)", time_sleep),
    register(None, "gmtime(seconds=, /)", time_gmtime),
    register(None, "localtime(seconds=, /)", time_localtime),
    register(None, "mktime(t, /)", time_mktime),
    register(None, "asctime(t=, /)", time_asctime),
    register(None, "ctime(seconds=, /)", time_ctime),
    register(None, "strftime(format, t=, /)", time_strftime),
    register(None, "strptime(string, format=, /)", time_strptime),
    register(None, "tzset()", time_tzset),
]


def make_module() -> W_Module:
    w_mod = W_Module("time", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("struct_time", STRUCT_TIME.w_type)
    d.setitem_str("_STRUCT_TM_ITEMS", wrap_int(11))
    d.setitem_str("CLOCK_REALTIME", wrap_int(0))
    d.setitem_str("CLOCK_MONOTONIC", wrap_int(1))
    d.setitem_str("CLOCK_PROCESS_CPUTIME_ID", wrap_int(2))
    d.setitem_str("CLOCK_THREAD_CPUTIME_ID", wrap_int(3))
    d.setitem_str("CLOCK_MONOTONIC_RAW", wrap_int(4))
    d.setitem_str("CLOCK_BOOTTIME", wrap_int(7))
    d.setitem_str("CLOCK_TAI", wrap_int(11))
    init_timezone(w_mod)
    MODULE_REF.w_module = w_mod
    return w_mod


