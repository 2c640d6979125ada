"""datetime.time: a time of day with an optional tzinfo and a fold;
isoformat/strftime, comparisons (naive against aware rules), hashing,
replace(), pickling, fromisoformat()."""
from __future__ import annotations

from ouro.modules._datetime.dateobject import date_format
from ouro.modules._datetime.deltaobject import cmp_result, delta_hash_of
from ouro.modules._datetime.formatting import (TimeFields, call_offset, call_tzname,
                                               offset_suffix, strftime, hms_isoformat)
from ouro.modules._datetime.isoparse import TimeResult, parse_time
from ouro.modules._datetime.objects import check_state_tzinfo
from ouro.modules._datetime.objects import req as _arg
from ouro.modules._datetime.objects import (W_Time, c_int_w, check_tzinfo, cls_arg, int_slot,
                                            new_delta, new_time, parse_args, w_time_type)
from ouro.modules._datetime.tzobjects import offset_timezone
from ouro.modules._datetime.objects import state_bytes
from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import operr, w_TypeError, w_ValueError
from ouro.objspace.gateway import (register, register_classmethod, register_comparisons,
                                   register_raw)
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import (Arguments, W_Root, W_TypeObject, tp_name, type_name, w_None,
                                 w_NotImplemented)
from ouro.objspace.space import wrap_bool
from ouro.objspace.strobject import W_StrObject

TIME_PARAMS = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"]


def time_w(w: W_Root | None) -> W_Time:
    if isinstance(w, W_Time):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a 'datetime.time' object but "
                "received a '%s'" % type_name(w))


def tz_slot(slots: list[W_Root | None], i: int, w_default: W_Root) -> W_Root:
    w = slots[i]
    if w is None:
        return w_default
    return w


def make_time(w_cls: W_TypeObject, hour: int, minute: int, second: int, us: int,
              w_tz: W_Root, fold: int) -> W_Root:
    if w_cls is w_time_type:
        return new_time(hour, minute, second, us, w_tz, fold)
    w_t = space.call_function(w_cls, [wrap_int(hour), wrap_int(minute), wrap_int(second),
                                      wrap_int(us), w_tz])
    if fold != 0 and isinstance(w_t, W_Time):
        w_t.fold = fold
    return w_t


def time_new(args: Arguments) -> W_Root:
    w_cls = cls_arg(args, w_time_type)
    n = len(args.args_w)
    if 2 <= n <= 3 and not args.has_keywords():
        s = state_bytes(args.args_w[1], 6)
        if s is not None and (s[0] & 0x7f) < 24:
            w_tz = args.args_w[2] if n == 3 else w_None
            check_state_tzinfo(w_tz)
            fold = 1 if s[0] > 127 else 0
            return W_Time(w_cls, s[0] & 0x7f, s[1], s[2],
                          (s[3] << 16) | (s[4] << 8) | s[5], w_tz, fold)
    slots = parse_args(args, "function", TIME_PARAMS, 0, 1, 5)
    t = new_time(int_slot(slots, 0, 0), int_slot(slots, 1, 0), int_slot(slots, 2, 0),
                 int_slot(slots, 3, 0), tz_slot(slots, 4, w_None), int_slot(slots, 5, 0))
    t.w_type = w_cls
    return t


def time_repr(slots: list[W_Root | None]) -> W_Root:
    t = time_w(slots[0])
    name = tp_name(t.getclass())
    if t.us != 0:
        s = "%s(%d, %d, %d, %d" % (name, t.hour, t.minute, t.second, t.us)
    elif t.second != 0:
        s = "%s(%d, %d, %d" % (name, t.hour, t.minute, t.second)
    else:
        s = "%s(%d, %d" % (name, t.hour, t.minute)
    if t.w_tzinfo is not w_None:
        s += ", tzinfo=" + space.repr_str(t.w_tzinfo)
    if t.fold != 0:
        s += ", fold=1"
    return W_StrObject(s + ")")


def timespec_arg(w: W_Root | None) -> str:
    if w is None:
        return "auto"
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "isoformat() argument 1 must be str, not %s" % type_name(w))
    return w.as_str()


def time_isoformat(slots: list[W_Root | None]) -> W_Root:
    t = time_w(slots[0])
    s = time_isoformat_of(t, timespec_arg(slots[1]))
    return W_StrObject(s)


def time_isoformat_of(t: W_Time, timespec: str) -> str:
    s = hms_isoformat(t.hour, t.minute, t.second, t.us, timespec)
    return s + offset_suffix(t.w_tzinfo, w_None, ":")


def time_str(slots: list[W_Root | None]) -> W_Root:
    return space.call_method(_arg(slots, 0), "isoformat", [])


def time_strftime(slots: list[W_Root | None]) -> W_Root:
    t = time_w(slots[0])
    tf = TimeFields(1900, 1, 1, t.hour, t.minute, t.second, t.us, 0, 1, -1, t.w_tzinfo, w_None)
    return strftime(_arg(slots, 1), tf)


def time_utcoffset(slots: list[W_Root | None]) -> W_Root:
    t = time_w(slots[0])
    d = call_offset(t.w_tzinfo, "utcoffset", w_None)
    if d is None:
        return w_None
    return d


def time_dst(slots: list[W_Root | None]) -> W_Root:
    t = time_w(slots[0])
    d = call_offset(t.w_tzinfo, "dst", w_None)
    if d is None:
        return w_None
    return d


def time_tzname(slots: list[W_Root | None]) -> W_Root:
    t = time_w(slots[0])
    return call_tzname(t.w_tzinfo, w_None)


def time_replace(slots: list[W_Root | None]) -> W_Root:
    t = time_w(slots[0])
    w_tz = tz_slot(slots, 5, t.w_tzinfo)
    fold = int_slot(slots, 6, t.fold)
    hour = int_slot(slots, 1, t.hour)
    minute = int_slot(slots, 2, t.minute)
    second = int_slot(slots, 3, t.second)
    us = int_slot(slots, 4, t.us)
    if fold != 0 and fold != 1:
        raise operr(w_ValueError, "fold must be either 0 or 1")
    return make_time(t.getclass(), hour, minute, second, us, w_tz, fold)


def time_state(t: W_Time, proto: int) -> W_Root:
    h = t.hour
    if proto > 3 and t.fold != 0:
        h |= 128
    return W_BytesObject(bytes([h, t.minute, t.second, (t.us >> 16) & 255, (t.us >> 8) & 255,
                                t.us & 255]))


def time_reduce_of(t: W_Time, proto: int) -> W_Root:
    args_w: list[W_Root] = [time_state(t, proto)]
    if t.w_tzinfo is not w_None:
        args_w.append(t.w_tzinfo)
    return space.newtuple([t.getclass(), space.newtuple(args_w)])


def time_reduce_ex(slots: list[W_Root | None]) -> W_Root:
    return time_reduce_of(time_w(slots[0]), c_int_w(_arg(slots, 1)))


def time_reduce(slots: list[W_Root | None]) -> W_Root:
    return time_reduce_of(time_w(slots[0]), 2)


def time_seconds(t: W_Time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def time_cmp_fields(a: W_Time, b: W_Time) -> int:
    sa = time_seconds(a)
    sb = time_seconds(b)
    if sa != sb:
        return -1 if sa < sb else 1
    if a.us != b.us:
        return -1 if a.us < b.us else 1
    return 0


def _compare(slots: list[W_Root | None], op: int) -> W_Root:
    a = time_w(slots[0])
    w_b = _arg(slots, 1)
    if not isinstance(w_b, W_Time):
        return w_NotImplemented
    if a.w_tzinfo is w_b.w_tzinfo:
        return cmp_result(time_cmp_fields(a, w_b), op)
    off1 = call_offset(a.w_tzinfo, "utcoffset", w_None)
    off2 = call_offset(w_b.w_tzinfo, "utcoffset", w_None)
    if off1 is None and off2 is None:
        return cmp_result(time_cmp_fields(a, w_b), op)
    if off1 is not None and off2 is not None:
        if off1.days == off2.days and off1.seconds == off2.seconds and off1.us == off2.us:
            return cmp_result(time_cmp_fields(a, w_b), op)
        s1 = time_seconds(a) - off1.days * 86400 - off1.seconds
        s2 = time_seconds(w_b) - off2.days * 86400 - off2.seconds
        diff = s1 - s2
        if diff == 0:
            diff = a.us - off1.us - w_b.us + off2.us
        return cmp_result(-1 if diff < 0 else (1 if diff > 0 else 0), op)
    if op == 2:
        return wrap_bool(False)
    if op == 3:
        return wrap_bool(True)
    raise operr(w_TypeError, "can't compare offset-naive and offset-aware times")


def time_hash(slots: list[W_Root | None]) -> W_Root:
    t = time_w(slots[0])
    if t.hashcode == -1:
        # the tzinfo gets None: the fold cannot change the offset
        off = call_offset(t.w_tzinfo, "utcoffset", w_None)
        if off is None:
            t.hashcode = space.hash_w(time_state(t, 2))
        else:
            d = new_delta(-off.days, time_seconds(t) - off.seconds, t.us - off.us)
            t.hashcode = delta_hash_of(d)
    return wrap_int(t.hashcode)


def time_fromisoformat(slots: list[W_Root | None]) -> W_Root:
    w_cls = _arg(slots, 0)
    assert isinstance(w_cls, W_TypeObject)
    w_s = _arg(slots, 1)
    if not isinstance(w_s, W_StrObject):
        raise operr(w_TypeError, "fromisoformat: argument must be str")
    s = w_s.as_str()
    start = 1 if len(s) > 0 and s[0] == "T" else 0
    res = TimeResult()
    if not parse_time(s, start, res):
        raise operr(w_ValueError, "Invalid isoformat string: %s" % space.repr_str(w_s))
    w_tz: W_Root = w_None
    if res.has_offset:
        w_tz = offset_timezone(res.offset_seconds, res.offset_us)
    return make_time(w_cls, res.hour, res.minute, res.second, res.us, w_tz, 0)


def time_hour(w: W_Root) -> W_Root:
    return wrap_int(time_w(w).hour)


def time_minute(w: W_Root) -> W_Root:
    return wrap_int(time_w(w).minute)


def time_second(w: W_Root) -> W_Root:
    return wrap_int(time_w(w).second)


def time_microsecond(w: W_Root) -> W_Root:
    return wrap_int(time_w(w).us)


def time_tzinfo(w: W_Root) -> W_Root:
    return time_w(w).w_tzinfo


def time_fold(w: W_Root) -> W_Root:
    return wrap_int(time_w(w).fold)


register_raw(w_time_type, "__new__", time_new)
register(w_time_type, "__repr__(self, /)", time_repr)
register(w_time_type, "isoformat(self, timespec=)", time_isoformat)
register(w_time_type, "__str__(self, /)", time_str)
register(w_time_type, "strftime(self, format)", time_strftime)
register(w_time_type, "__format__(self, fmt, /)", date_format)
register(w_time_type, "utcoffset(self, /)", time_utcoffset)
register(w_time_type, "dst(self, /)", time_dst)
register(w_time_type, "tzname(self, /)", time_tzname)
register(w_time_type, "replace(self, hour=, minute=, second=, microsecond=, tzinfo=, *, fold=)",
         time_replace)
register(w_time_type, "__reduce_ex__(self, proto, /)", time_reduce_ex)
register(w_time_type, "__reduce__(self, /)", time_reduce)
register_comparisons(w_time_type, _compare)
register(w_time_type, "__hash__(self, /)", time_hash)
register_classmethod(w_time_type, "fromisoformat(cls, time_string, /)", time_fromisoformat)
getset(w_time_type, "hour", time_hour)
getset(w_time_type, "minute", time_minute)
getset(w_time_type, "second", time_second)
getset(w_time_type, "microsecond", time_microsecond)
getset(w_time_type, "tzinfo", time_tzinfo)
getset(w_time_type, "fold", time_fold)
w_time_type.dict_w["min"] = W_Time(w_time_type, 0, 0, 0, 0, w_None, 0)
w_time_type.dict_w["max"] = W_Time(w_time_type, 23, 59, 59, 999999, w_None, 0)
w_time_type.dict_w["resolution"] = new_delta(0, 0, 1)
