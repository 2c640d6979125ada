"""datetime.datetime (a date subclass with a time of day, tzinfo and
fold): constructors (fields, pickle state, timestamps, now, combine,
fromisoformat, strptime), arithmetic, naive/aware comparisons with the
PEP 495 fold rules, astimezone() and the local timezone, formatting,
pickling; and tzinfo.fromutc / timezone.fromutc, which need datetime
arithmetic."""
from __future__ import annotations

from rpy.rlib import ros
from rpy.rlib.rbigint import rbigint
from ouro.interpreter import importing
from ouro.modules._datetime.calendar import YMD, ymd_to_ord
from ouro.modules._datetime.dateobject import ctime_of, date_cmp, struct_time, yday_of
from ouro.modules._datetime.deltaobject import (BIG_MILLION, add_deltas, cmp_result,
                                                delta_cmp, delta_hash_of)
from ouro.modules._datetime.formatting import (TimeFields, call_offset, call_tzname,
                                               hms_isoformat, offset_suffix, strftime)
from ouro.modules._datetime.isoparse import TimeResult, datetime_separator, parse_date, parse_time
from ouro.modules._datetime.localtime import local_to_seconds, tm_into, utc_to_seconds
from ouro.modules._datetime.objects import check_state_tzinfo
from ouro.modules._datetime.objects import req as _arg
from ouro.modules._datetime.objects import (W_Date, W_DateTime, W_Time, W_Timedelta,
                                            W_Timezone, W_TZInfo, arg_type_error, c_int_w,
                                            check_tzinfo, cls_arg, int_slot, new_date,
                                            new_datetime, new_delta, new_time, parse_args,
                                            state_bytes, w_datetime_type, w_timezone_type,
                                            w_tzinfo_type)
from ouro.modules._datetime.calendar import weekday
from ouro.modules._datetime.timeobject import timespec_arg, tz_slot
from ouro.modules._datetime.tzobjects import W_UTC, new_timezone, offset_timezone
from ouro.modules.time.module import time_t_arg
from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import operr, w_OverflowError, w_TypeError, w_ValueError
from ouro.objspace.floatobject import W_FloatObject, round_half_even, wrap_float
from ouro.objspace.gateway import (register, register_classmethod, register_comparisons,
                                   register_raw)
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import (Arguments, W_Root, W_TypeObject, tp_name, type_name, w_None,
                                 w_NotImplemented)
from ouro.objspace.space import wrap_bool
from ouro.objspace.strobject import W_StrObject

DATETIME_PARAMS = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo",
                   "fold"]
MAX_FOLD_SECONDS = 24 * 3600


def dt_w(w: W_Root | None) -> W_DateTime:
    if isinstance(w, W_DateTime):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a 'datetime.datetime' object but "
                "received a '%s'" % type_name(w))


def make_datetime(w_cls: W_TypeObject, year: int, month: int, day: int, hour: int,
                  minute: int, second: int, us: int, w_tz: W_Root, fold: int) -> W_Root:
    """A datetime of class w_cls (a subclass's made by calling it)."""
    if w_cls is w_datetime_type:
        return new_datetime(year, month, day, hour, minute, second, us, w_tz, fold)
    w_dt = space.call_function(w_cls, [wrap_int(year), wrap_int(month), wrap_int(day),
                                       wrap_int(hour), wrap_int(minute), wrap_int(second),
                                       wrap_int(us), w_tz])
    if fold != 0 and isinstance(w_dt, W_DateTime):
        w_dt.fold = fold
    return w_dt


def datetime_new(args: Arguments) -> W_Root:
    w_cls = cls_arg(args, w_datetime_type)
    n = len(args.args_w)
    if 2 <= n <= 3 and not args.has_keywords():
        s = state_bytes(args.args_w[1], 10)
        if s is not None and 1 <= (s[2] & 0x7f) <= 12:
            w_tz = args.args_w[2] if n == 3 else w_None
            check_state_tzinfo(w_tz)
            return W_DateTime(w_cls, s[0] * 256 + s[1], s[2] & 0x7f, s[3],
                              s[4], s[5], s[6],
                              (s[7] << 16) | (s[8] << 8) | s[9], w_tz,
                              1 if s[2] > 127 else 0)
    slots = parse_args(args, "function", DATETIME_PARAMS, 3, 1, 8)
    dt = new_datetime(c_int_w(_arg(slots, 0)), c_int_w(_arg(slots, 1)), c_int_w(_arg(slots, 2)),
                      int_slot(slots, 3, 0), int_slot(slots, 4, 0), int_slot(slots, 5, 0),
                      int_slot(slots, 6, 0), tz_slot(slots, 7, w_None), int_slot(slots, 8, 0))
    dt.w_type = w_cls
    return dt


# -- arithmetic

def datetime_add_delta(dt: W_DateTime, d: W_Timedelta, sign: int) -> W_Root:
    f = YMD(dt.year, dt.month, dt.day + sign * d.days, dt.hour, dt.minute,
            dt.second + sign * d.seconds, dt.us + sign * d.us)
    f.normalize()
    return make_datetime(dt.getclass(), f.year, f.month, f.day, f.hour, f.minute, f.second,
                         f.us, dt.w_tzinfo, 0)


def utcoffset_of(dt: W_DateTime) -> W_Timedelta | None:
    return call_offset(dt.w_tzinfo, "utcoffset", dt)


def naive_diff(a: W_DateTime, b: W_DateTime) -> W_Timedelta:
    days = ymd_to_ord(a.year, a.month, a.day) - ymd_to_ord(b.year, b.month, b.day)
    secs = (a.hour - b.hour) * 3600 + (a.minute - b.minute) * 60 + a.second - b.second
    return new_delta(days, secs, a.us - b.us)


def datetime_minus(a: W_DateTime, b: W_DateTime) -> W_Timedelta:
    off1: W_Timedelta | None = None
    off2: W_Timedelta | None = None
    if a.w_tzinfo is not b.w_tzinfo:
        off1 = utcoffset_of(a)
        off2 = utcoffset_of(b)
        if (off1 is None) != (off2 is None):
            raise operr(w_TypeError, "can't subtract offset-naive and offset-aware datetimes")
    result = naive_diff(a, b)
    if off1 is not None and off2 is not None and delta_cmp(off1, off2) != 0:
        result = add_deltas(result, add_deltas(off1, off2, -1), -1)
    return result


def datetime_add(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    w_b = _arg(slots, 1)
    if isinstance(w_b, W_Timedelta):
        return datetime_add_delta(dt, w_b, 1)
    return w_NotImplemented


def datetime_sub(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    w_b = _arg(slots, 1)
    if isinstance(w_b, W_Timedelta):
        return datetime_add_delta(dt, w_b, -1)
    if isinstance(w_b, W_DateTime):
        return datetime_minus(dt, w_b)
    return w_NotImplemented


# -- comparisons and hashing

def fields_cmp(a: W_DateTime, b: W_DateTime) -> int:
    c = date_cmp(a, b)
    if c != 0:
        return c
    sa = a.hour * 3600 + a.minute * 60 + a.second
    sb = b.hour * 3600 + b.minute * 60 + b.second
    if sa != sb:
        return -1 if sa < sb else 1
    if a.us != b.us:
        return -1 if a.us < b.us else 1
    return 0


def flipped(dt: W_DateTime) -> W_DateTime:
    return W_DateTime(dt.getclass(), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
                      dt.us, dt.w_tzinfo, 1 - dt.fold)


def same_offset(a: W_Timedelta | None, b: W_Timedelta | None) -> bool:
    if a is None:
        return b is None
    if b is None:
        return False
    return delta_cmp(a, b) == 0


def pep495_exception(a: W_DateTime, b: W_DateTime, off1: W_Timedelta | None,
                     off2: W_Timedelta | None) -> bool:
    """An aware datetime in a fold (its offset depends on fold) is never
    equal to one in another timezone (PEP 495)."""
    if not same_offset(utcoffset_of(flipped(a)), off1):
        return True
    return not same_offset(utcoffset_of(flipped(b)), off2)


def _compare(slots: list[W_Root | None], op: int) -> W_Root:
    a = dt_w(slots[0])
    w_b = _arg(slots, 1)
    if not isinstance(w_b, W_DateTime):
        if isinstance(w_b, W_Date):
            if op == 2:
                return wrap_bool(False)
            if op == 3:
                return wrap_bool(True)
            raise operr(w_TypeError, "can't compare %s to %s" % (type_name(a), type_name(w_b)))
        return w_NotImplemented
    if a.w_tzinfo is w_b.w_tzinfo:
        return cmp_result(fields_cmp(a, w_b), op)
    off1 = utcoffset_of(a)
    off2 = utcoffset_of(w_b)
    if same_offset(off1, off2):
        diff = fields_cmp(a, w_b)
        if (op == 2 or op == 3) and diff == 0 and off1 is not None and \
                pep495_exception(a, w_b, off1, off2):
            diff = 1
        return cmp_result(diff, op)
    if off1 is not None and off2 is not None:
        d = datetime_minus(a, w_b)
        diff = d.days
        if diff == 0:
            diff = 1 if (d.seconds != 0 or d.us != 0) else 0
        if (op == 2 or op == 3) and diff == 0 and pep495_exception(a, w_b, off1, off2):
            diff = 1
        return cmp_result(diff, op)
    if op == 2:
        return wrap_bool(False)
    if op == 3:
        return wrap_bool(True)
    raise operr(w_TypeError, "can't compare offset-naive and offset-aware datetimes")


def datetime_state(dt: W_DateTime, proto: int) -> W_BytesObject:
    m = dt.month
    if proto > 3 and dt.fold != 0:
        m |= 128
    return W_BytesObject(bytes([dt.year >> 8, dt.year & 255, m, dt.day, dt.hour, dt.minute,
                                dt.second, (dt.us >> 16) & 255, (dt.us >> 8) & 255,
                                dt.us & 255]))


def datetime_hash(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    if dt.hashcode == -1:
        probe = dt if dt.fold == 0 else flipped(dt)
        off = utcoffset_of(probe)
        if off is None:
            dt.hashcode = space.hash_w(datetime_state(dt, 2))
        else:
            d = new_delta(ymd_to_ord(dt.year, dt.month, dt.day),
                          dt.hour * 3600 + dt.minute * 60 + dt.second, dt.us)
            dt.hashcode = delta_hash_of(add_deltas(d, off, -1))
    return wrap_int(dt.hashcode)


# -- timestamps and the local time

def timestamp_parts(w_ts: W_Root) -> tuple[int, int]:
    """Seconds and microseconds of a timestamp (microseconds rounded half
    to even), as _PyTime_ObjectToTimeval."""
    if isinstance(w_ts, W_FloatObject):
        x = w_ts.floatval
        if x != x:
            raise operr(w_ValueError, "Invalid value NaN (not a number)")
        if not (-9.2e18 < x < 9.2e18):
            raise operr(w_OverflowError, "timestamp out of range for platform time_t")
        secs = int(x)                      # toward zero
        frac = round_half_even((x - float(secs)) * 1e6)
        us = int(frac)
        if us >= 1000000:
            us -= 1000000
            secs += 1
        elif us < 0:
            us += 1000000
            secs -= 1
        return secs, us
    return time_t_arg(w_ts), 0


def from_timet(w_cls: W_TypeObject, local: bool, t: int, us: int, w_tz: W_Root) -> W_Root:
    tm_into(t, local)
    year = ros.tm_field(0)
    month = ros.tm_field(1)
    day = ros.tm_field(2)
    hour = ros.tm_field(3)
    minute = ros.tm_field(4)
    second = min(59, ros.tm_field(5))       # leap seconds are dropped
    fold = 0
    if local and w_tz is w_None:
        result = utc_to_seconds(year, month, day, hour, minute, second)
        probe = local_seconds(t - MAX_FOLD_SECONDS)
        transition = result - probe - MAX_FOLD_SECONDS
        if transition < 0:
            if local_seconds(t + transition) == result:
                fold = 1
    w_dt = make_datetime(w_cls, year, month, day, hour, minute, second, us, w_tz, fold)
    if w_tz is not w_None:
        w_dt = space.call_method(w_tz, "fromutc", [w_dt])
    return w_dt


def local_seconds(u: int) -> int:
    tm_into(u, True)
    return utc_to_seconds(ros.tm_field(0), ros.tm_field(1), ros.tm_field(2), ros.tm_field(3),
                          ros.tm_field(4), ros.tm_field(5))


def cls_of(slots: list[W_Root | None]) -> W_TypeObject:
    w_cls = slots[0]
    assert isinstance(w_cls, W_TypeObject)
    return w_cls


def datetime_fromtimestamp(slots: list[W_Root | None]) -> W_Root:
    w_cls = cls_of(slots)
    w_tz = tz_slot(slots, 2, w_None)
    check_tzinfo(w_tz)
    secs, us = timestamp_parts(_arg(slots, 1))
    return from_timet(w_cls, w_tz is w_None, secs, us, w_tz)


def datetime_utcfromtimestamp(slots: list[W_Root | None]) -> W_Root:
    secs, us = timestamp_parts(_arg(slots, 1))
    return from_timet(cls_of(slots), False, secs, us, w_None)


def now_parts() -> tuple[int, int]:
    ns = ros.time_ns()
    return ns // 1000000000, (ns % 1000000000) // 1000


def datetime_now(slots: list[W_Root | None]) -> W_Root:
    w_cls = cls_of(slots)
    w_tz = tz_slot(slots, 1, w_None)
    check_tzinfo(w_tz)
    secs, us = now_parts()
    return from_timet(w_cls, w_tz is w_None, secs, us, w_tz)


def datetime_utcnow(slots: list[W_Root | None]) -> W_Root:
    secs, us = now_parts()
    return from_timet(cls_of(slots), False, secs, us, w_None)


def datetime_combine(slots: list[W_Root | None]) -> W_Root:
    w_cls = cls_of(slots)
    w_d = _arg(slots, 1)
    w_t = _arg(slots, 2)
    if not isinstance(w_d, W_Date):
        raise arg_type_error("combine", 1, "datetime.date", w_d)
    if not isinstance(w_t, W_Time):
        raise arg_type_error("combine", 2, "datetime.time", w_t)
    w_tz = tz_slot(slots, 3, w_t.w_tzinfo)
    return make_datetime(w_cls, w_d.year, w_d.month, w_d.day, w_t.hour, w_t.minute, w_t.second,
                         w_t.us, w_tz, w_t.fold)


def datetime_fromisoformat(slots: list[W_Root | None]) -> W_Root:
    w_cls = cls_of(slots)
    w_s = _arg(slots, 1)
    if not isinstance(w_s, W_StrObject):
        raise operr(w_TypeError, "fromisoformat: argument must be str")
    s = w_s.as_str()
    sep = datetime_separator(s)
    ymd: list[int] | None = None
    res = TimeResult()
    ok = False
    if sep >= 0:
        ymd = parse_date(s, sep)
        if ymd is not None:
            ok = True
            if sep < len(s):
                ok = parse_time(s, sep + 1, res)
    if not ok:
        raise operr(w_ValueError, "Invalid isoformat string: %s" % space.repr_str(w_s))
    if ymd is None:
        raise operr(w_ValueError, "Invalid isoformat string: %s" % space.repr_str(w_s))
    w_tz: W_Root = w_None
    if res.has_offset:
        w_tz = offset_timezone(res.offset_seconds, res.offset_us)
    return make_datetime(w_cls, ymd[0], ymd[1], ymd[2], res.hour, res.minute, res.second,
                         res.us, w_tz, 0)


def datetime_strptime(slots: list[W_Root | None]) -> W_Root:
    w_mod = importing.import_one("_strptime")
    return space.call_method(w_mod, "_strptime_datetime", [cls_of(slots), _arg(slots, 1),
                                                           _arg(slots, 2)])


def local_timezone_at(t: int) -> W_Root:
    """The local UTC offset and zone name at POSIX second t."""
    tm_into(t, True)
    off = new_delta(0, ros.tm_field(ros.TM_GMTOFF), 0)
    return new_timezone(off, W_StrObject(ros.tm_zone()))


def datetime_timestamp_of(dt: W_DateTime) -> float:
    off = utcoffset_of(dt)
    if off is not None:
        d = naive_diff(dt, EPOCH_NAIVE)
        d = add_deltas(d, off, -1)
        us = rbigint.from_int(d.days).int_mul(86400).int_add(d.seconds).int_mul(1000000)
        return us.int_add(d.us).truediv(BIG_MILLION)
    secs = local_to_seconds(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.fold)
    return float(secs) + dt.us / 1e6


def datetime_timestamp(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(datetime_timestamp_of(dt_w(slots[0])))


def datetime_astimezone(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    w_tz = tz_slot(slots, 1, w_None)
    check_tzinfo(w_tz)
    w_self_tz = dt.w_tzinfo
    off: W_Timedelta | None = None
    if w_self_tz is not w_None:
        if w_self_tz is w_tz:
            return dt
        off = call_offset(w_self_tz, "utcoffset", dt)
    if off is None:
        # naive (or a tzinfo without an offset): local time
        secs = local_to_seconds(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
                                dt.fold)
        w_self_tz = local_timezone_at(secs)
        if w_self_tz is w_tz:
            return dt
        off = call_offset(w_self_tz, "utcoffset", dt)
        assert off is not None
    w_utc = datetime_add_delta(dt, off, -1)
    assert isinstance(w_utc, W_DateTime)
    if w_tz is w_None:
        t = utc_to_seconds(w_utc.year, w_utc.month, w_utc.day, w_utc.hour, w_utc.minute,
                           w_utc.second)
        w_tz = local_timezone_at(t)
    w_utc.w_tzinfo = w_tz
    return space.call_method(w_tz, "fromutc", [w_utc])


# -- accessors and conversions

def datetime_date(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    return new_date(dt.year, dt.month, dt.day)


def datetime_time(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    return new_time(dt.hour, dt.minute, dt.second, dt.us, w_None, dt.fold)


def datetime_timetz(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    return new_time(dt.hour, dt.minute, dt.second, dt.us, dt.w_tzinfo, dt.fold)


def datetime_replace(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    fold = int_slot(slots, 9, dt.fold)
    if fold != 0 and fold != 1:
        raise operr(w_ValueError, "fold must be either 0 or 1")
    return make_datetime(dt.getclass(), int_slot(slots, 1, dt.year), int_slot(slots, 2, dt.month),
                         int_slot(slots, 3, dt.day), int_slot(slots, 4, dt.hour),
                         int_slot(slots, 5, dt.minute), int_slot(slots, 6, dt.second),
                         int_slot(slots, 7, dt.us), tz_slot(slots, 8, dt.w_tzinfo), fold)


def dst_flag(dt: W_DateTime) -> int:
    """tm_isdst: -1 without a dst(), else whether it is nonzero."""
    d = call_offset(dt.w_tzinfo, "dst", dt)
    if d is None:
        return -1
    return 0 if d.is_zero() else 1


def datetime_timetuple(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    isdst = dst_flag(dt)
    return struct_time(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, isdst)


def datetime_utctimetuple(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    off = utcoffset_of(dt)
    f = YMD(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.us)
    if off is not None:
        f = YMD(dt.year, dt.month, dt.day - off.days, dt.hour, dt.minute, dt.second - off.seconds,
                dt.us - off.us)
        f.normalize()
    return struct_time(f.year, f.month, f.day, f.hour, f.minute, f.second, 0)


def datetime_utcoffset(slots: list[W_Root | None]) -> W_Root:
    d = utcoffset_of(dt_w(slots[0]))
    if d is None:
        return w_None
    return d


def datetime_dst(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    d = call_offset(dt.w_tzinfo, "dst", dt)
    if d is None:
        return w_None
    return d


def datetime_tzname(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    return call_tzname(dt.w_tzinfo, dt)


# -- formatting

def datetime_repr(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    name = tp_name(dt.getclass())
    s = "%s(%d, %d, %d, %d, %d" % (name, dt.year, dt.month, dt.day, dt.hour, dt.minute)
    if dt.us != 0:
        s += ", %d, %d" % (dt.second, dt.us)
    elif dt.second != 0:
        s += ", %d" % dt.second
    if dt.w_tzinfo is not w_None:
        s += ", tzinfo=" + space.repr_str(dt.w_tzinfo)
    if dt.fold != 0:
        s += ", fold=1"
    return W_StrObject(s + ")")


def isoformat_of(dt: W_DateTime, sep: str, timespec: str) -> str:
    s = "%04d-%02d-%02d%s" % (dt.year, dt.month, dt.day, sep)
    s += hms_isoformat(dt.hour, dt.minute, dt.second, dt.us, timespec)
    return s + offset_suffix(dt.w_tzinfo, dt, ":")


def datetime_isoformat(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    sep = "T"
    w_sep = slots[1]
    if w_sep is not None:
        if isinstance(w_sep, W_StrObject) and w_sep.length() == 1:
            sep = w_sep.as_str()
        else:
            what = "str" if isinstance(w_sep, W_StrObject) else type_name(w_sep)
            raise operr(w_TypeError, "isoformat() argument 1 must be a unicode character, "
                        "not %s" % what)
    return W_StrObject(isoformat_of(dt, sep, timespec_arg(slots[2])))


def datetime_str(slots: list[W_Root | None]) -> W_Root:
    return space.call_method(_arg(slots, 0), "isoformat", [W_StrObject(" ")])


def datetime_ctime(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    return W_StrObject(ctime_of(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second))


def datetime_strftime(slots: list[W_Root | None]) -> W_Root:
    dt = dt_w(slots[0])
    isdst = dst_flag(dt)
    tf = TimeFields(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.us,
                    weekday(dt.year, dt.month, dt.day), yday_of(dt), isdst, dt.w_tzinfo, dt)
    return strftime(_arg(slots, 1), tf)


def datetime_reduce_of(dt: W_DateTime, proto: int) -> W_Root:
    args_w: list[W_Root] = [datetime_state(dt, proto)]
    if dt.w_tzinfo is not w_None:
        args_w.append(dt.w_tzinfo)
    return space.newtuple([dt.getclass(), space.newtuple(args_w)])


def datetime_reduce_ex(slots: list[W_Root | None]) -> W_Root:
    return datetime_reduce_of(dt_w(slots[0]), c_int_w(_arg(slots, 1)))


def datetime_reduce(slots: list[W_Root | None]) -> W_Root:
    return datetime_reduce_of(dt_w(slots[0]), 2)


def dt_hour(w: W_Root) -> W_Root:
    return wrap_int(dt_w(w).hour)


def dt_minute(w: W_Root) -> W_Root:
    return wrap_int(dt_w(w).minute)


def dt_second(w: W_Root) -> W_Root:
    return wrap_int(dt_w(w).second)


def dt_microsecond(w: W_Root) -> W_Root:
    return wrap_int(dt_w(w).us)


def dt_tzinfo(w: W_Root) -> W_Root:
    return dt_w(w).w_tzinfo


def dt_fold(w: W_Root) -> W_Root:
    return wrap_int(dt_w(w).fold)


# -- fromutc of tzinfo and timezone

def tzinfo_fromutc(slots: list[W_Root | None]) -> W_Root:
    w_self = _arg(slots, 0)
    w_dt = _arg(slots, 1)
    if not isinstance(w_dt, W_DateTime):
        raise operr(w_TypeError, "fromutc: argument must be a datetime")
    if w_dt.w_tzinfo is not w_self:
        raise operr(w_ValueError, "fromutc: dt.tzinfo is not self")
    off = call_offset(w_self, "utcoffset", w_dt)
    if off is None:
        raise operr(w_ValueError, "fromutc: non-None utcoffset() result required")
    dst = call_offset(w_self, "dst", w_dt)
    if dst is None:
        raise operr(w_ValueError, "fromutc: non-None dst() result required")
    w_res = datetime_add_delta(w_dt, add_deltas(off, dst, -1), 1)
    assert isinstance(w_res, W_DateTime)
    dst = call_offset(w_self, "dst", w_res)
    if dst is None:
        raise operr(w_ValueError, "fromutc: tz.dst() gave inconsistent results; cannot convert")
    return datetime_add_delta(w_res, dst, 1)


def timezone_fromutc(slots: list[W_Root | None]) -> W_Root:
    w_tz = _arg(slots, 0)
    assert isinstance(w_tz, W_Timezone)
    w_dt = _arg(slots, 1)
    if not isinstance(w_dt, W_DateTime):
        raise operr(w_TypeError, "fromutc: argument must be a datetime")
    if w_dt.w_tzinfo is not w_tz:
        raise operr(w_ValueError, "fromutc: dt.tzinfo is not self")
    return datetime_add_delta(w_dt, w_tz.w_offset, 1)


EPOCH_NAIVE = W_DateTime(w_datetime_type, 1970, 1, 1, 0, 0, 0, 0, w_None, 0)

register_raw(w_datetime_type, "__new__", datetime_new)
register_classmethod(w_datetime_type, "fromtimestamp(cls, timestamp, tz=)", datetime_fromtimestamp)
register_classmethod(w_datetime_type, "utcfromtimestamp(cls, timestamp, /)", datetime_utcfromtimestamp)
register_classmethod(w_datetime_type, "now(cls, tz=)", datetime_now)
register_classmethod(w_datetime_type, "utcnow(cls, /)", datetime_utcnow)
register_classmethod(w_datetime_type, "combine(cls, date, time, tzinfo=)", datetime_combine)
register_classmethod(w_datetime_type, "fromisoformat(cls, date_string, /)", datetime_fromisoformat)
register_classmethod(w_datetime_type, "strptime(cls, date_string, format, /)", datetime_strptime)
register(w_datetime_type, "__add__(self, value, /)", datetime_add)
register(w_datetime_type, "__radd__(self, value, /)", datetime_add)
register(w_datetime_type, "__sub__(self, value, /)", datetime_sub)
register_comparisons(w_datetime_type, _compare)
register(w_datetime_type, "__hash__(self, /)", datetime_hash)
register(w_datetime_type, "timestamp(self, /)", datetime_timestamp)
register(w_datetime_type, "astimezone(self, tz=)", datetime_astimezone)
register(w_datetime_type, "date(self, /)", datetime_date)
register(w_datetime_type, "time(self, /)", datetime_time)
register(w_datetime_type, "timetz(self, /)", datetime_timetz)
register(w_datetime_type, "replace(self, year=, month=, day=, hour=, minute=, second=, "
         "microsecond=, tzinfo=, *, fold=)", datetime_replace)
register(w_datetime_type, "timetuple(self, /)", datetime_timetuple)
register(w_datetime_type, "utctimetuple(self, /)", datetime_utctimetuple)
register(w_datetime_type, "utcoffset(self, /)", datetime_utcoffset)
register(w_datetime_type, "dst(self, /)", datetime_dst)
register(w_datetime_type, "tzname(self, /)", datetime_tzname)
register(w_datetime_type, "__repr__(self, /)", datetime_repr)
register(w_datetime_type, "isoformat(self, sep=, timespec=)", datetime_isoformat)
register(w_datetime_type, "__str__(self, /)", datetime_str)
register(w_datetime_type, "ctime(self, /)", datetime_ctime)
register(w_datetime_type, "strftime(self, format)", datetime_strftime)
register(w_datetime_type, "__reduce_ex__(self, proto, /)", datetime_reduce_ex)
register(w_datetime_type, "__reduce__(self, /)", datetime_reduce)
getset(w_datetime_type, "hour", dt_hour)
getset(w_datetime_type, "minute", dt_minute)
getset(w_datetime_type, "second", dt_second)
getset(w_datetime_type, "microsecond", dt_microsecond)
getset(w_datetime_type, "tzinfo", dt_tzinfo)
getset(w_datetime_type, "fold", dt_fold)
w_datetime_type.dict_w["min"] = W_DateTime(w_datetime_type, 1, 1, 1, 0, 0, 0, 0, w_None, 0)
w_datetime_type.dict_w["max"] = W_DateTime(w_datetime_type, 9999, 12, 31, 23, 59, 59, 999999,
                                           w_None, 0)
w_datetime_type.dict_w["resolution"] = new_delta(0, 0, 1)
register(w_tzinfo_type, "fromutc(self, dt, /)", tzinfo_fromutc)
register(w_timezone_type, "fromutc(self, dt, /)", timezone_fromutc)
