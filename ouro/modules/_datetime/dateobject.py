"""datetime.date (and IsoCalendarDate, the named tuple isocalendar()
returns): construction (fields, pickle state, ordinals, timestamps, ISO
strings and ISO calendar dates), arithmetic with timedeltas, comparisons,
formatting, replace() and pickling."""
from __future__ import annotations

from ouro.interpreter import importing
from ouro.modules._datetime.calendar import (DAY_NAMES, MAX_ORDINAL, MAXYEAR, MINYEAR,
                                             MONTH_NAMES, days_before_month, days_in_month,
                                             iso_calendar, iso_week1_monday, ord_to_ymd,
                                             weekday, ymd_to_ord, date_range_error)
from ouro.modules._datetime.deltaobject import cmp_result
from ouro.modules._datetime.formatting import TimeFields, strftime
from ouro.modules._datetime.isoparse import parse_date
from ouro.modules._datetime.localtime import tm_into
from ouro.modules._datetime.objects import req as _arg
from ouro.modules._datetime.objects import (W_Date, W_DateTime, W_Timedelta, c_int_w,
                                            cls_arg, int_slot, new_date, new_delta, new_isocal,
                                            parse_args, state_bytes, w_date_type,
                                            w_isocal_type)
from ouro.modules.posix.structseq import new_structseq
from ouro.modules.time.module import STRUCT_TIME, time_t_arg
from rpy.rlib import ros
from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import OperationError, operr, w_OverflowError, w_TypeError, w_ValueError
from ouro.objspace.gateway import (register, register_classmethod, register_comparisons,
                                   register_raw)
from ouro.objspace.intobject import W_IntObject, is_int, wrap_int
from ouro.objspace.model import (Arguments, W_Root, W_TypeObject, tp_name, type_name,
                                 w_None, w_NotImplemented)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject, w_tuple_type


def date_w(w: W_Root | None) -> W_Date:
    if isinstance(w, W_Date):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a 'datetime.date' object but "
                "received a '%s'" % type_name(w))


def make_date(w_cls: W_TypeObject, year: int, month: int, day: int) -> W_Root:
    """A date of class w_cls: a subclass's through its constructor, as
    CPython's new_date_subclass_ex."""
    if w_cls is w_date_type:
        return new_date(year, month, day)
    return space.call_function(w_cls, [wrap_int(year), wrap_int(month), wrap_int(day)])


def date_new(args: Arguments) -> W_Root:
    w_cls = cls_arg(args, w_date_type)
    if len(args.args_w) == 2 and not args.has_keywords():
        s = state_bytes(args.args_w[1], 4)
        if s is not None and 1 <= s[2] <= 12:
            return W_Date(w_cls, s[0] * 256 + s[1], s[2], s[3])
    slots = parse_args(args, "function", ["year", "month", "day"], 3, 1)
    d = new_date(c_int_w(_arg(slots, 0)), c_int_w(_arg(slots, 1)), c_int_w(_arg(slots, 2)))
    d.w_type = w_cls
    return d


# -- alternate constructors

def local_date_of(t: int) -> tuple[int, int, int]:
    tm_into(t, True)
    return ros.tm_field(0), ros.tm_field(1), ros.tm_field(2)


def date_fromtimestamp(slots: list[W_Root | None]) -> W_Root:
    w_cls = _arg(slots, 0)
    assert isinstance(w_cls, W_TypeObject)
    y, m, d = local_date_of(time_t_arg(_arg(slots, 1)))
    return make_date(w_cls, y, m, d)


def date_today(slots: list[W_Root | None]) -> W_Root:
    w_cls = _arg(slots, 0)
    assert isinstance(w_cls, W_TypeObject)
    w_time = space.call_method(importing.import_one("time"), "time", [])
    # CPython: cls.fromtimestamp(time.time())
    return space.call_method(w_cls, "fromtimestamp", [w_time])


def date_fromordinal(slots: list[W_Root | None]) -> W_Root:
    w_cls = _arg(slots, 0)
    assert isinstance(w_cls, W_TypeObject)
    n = c_int_w(_arg(slots, 1))
    if n < 1:
        raise operr(w_ValueError, "ordinal must be >= 1")
    if n > MAX_ORDINAL:
        raise operr(w_ValueError, "year %d is out of range" % ord_to_ymd(n)[0])
    y, m, d = ord_to_ymd(n)
    return make_date(w_cls, y, m, d)


def date_fromisoformat(slots: list[W_Root | None]) -> W_Root:
    w_cls = _arg(slots, 0)
    assert isinstance(w_cls, W_TypeObject)
    w_s = _arg(slots, 1)
    if not isinstance(w_s, W_StrObject):
        raise operr(w_TypeError, "fromisoformat: argument must be str")
    s = w_s.as_str()
    ymd: list[int] | None = None
    if len(s) == 7 or len(s) == 8 or len(s) == 10:
        ymd = parse_date(s, len(s))
    if ymd is None:
        raise operr(w_ValueError, "Invalid isoformat string: %s" % space.repr_str(w_s))
    return make_date(w_cls, ymd[0], ymd[1], ymd[2])


def iso_to_ymd(year: int, week: int, day: int) -> tuple[int, int, int]:
    """The date of an ISO calendar date (ValueErrors as CPython's)."""
    if year < MINYEAR or year > MAXYEAR:
        raise operr(w_ValueError, "Year is out of range: %d" % year)
    if week <= 0 or week >= 53:
        out_of_range = True
        if week == 53:
            # only years starting on a Thursday (or leap years starting on
            # a Wednesday) have a week 53
            first = weekday(year, 1, 1)
            if first == 3 or (first == 2 and (year % 4 == 0 and (year % 100 != 0
                                                                 or year % 400 == 0))):
                out_of_range = False
        if out_of_range:
            raise operr(w_ValueError, "Invalid week: %d" % week)
    if day <= 0 or day >= 8:
        raise operr(w_ValueError, "Invalid day: %d (range is [1, 7])" % day)
    ordinal = iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return ord_to_ymd(ordinal)


def date_fromisocalendar(slots: list[W_Root | None]) -> W_Root:
    w_cls = _arg(slots, 0)
    assert isinstance(w_cls, W_TypeObject)
    try:
        year = c_int_w(_arg(slots, 1))
        week = c_int_w(_arg(slots, 2))
        day = c_int_w(_arg(slots, 3))
    except OperationError as e:
        if e.match(w_OverflowError):
            raise operr(w_ValueError, "ISO calendar component out of range")
        raise
    y, m, d = iso_to_ymd(year, week, day)
    return make_date(w_cls, y, m, d)


# -- formatting

def date_repr(slots: list[W_Root | None]) -> W_Root:
    d = date_w(slots[0])
    return W_StrObject("%s(%d, %d, %d)" % (tp_name(d.getclass()), d.year, d.month, d.day))


def date_iso(d: W_Date) -> str:
    return "%04d-%02d-%02d" % (d.year, d.month, d.day)


def date_isoformat(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(date_iso(date_w(slots[0])))


def date_str(slots: list[W_Root | None]) -> W_Root:
    # CPython calls the isoformat method (a subclass may override it)
    return space.call_method(_arg(slots, 0), "isoformat", [])


def ctime_of(year: int, month: int, day: int, hour: int, minute: int, second: int) -> str:
    return "%s %s %2d %02d:%02d:%02d %04d" % (DAY_NAMES[weekday(year, month, day)],
                                              MONTH_NAMES[month - 1], day, hour, minute,
                                              second, year)


def date_ctime(slots: list[W_Root | None]) -> W_Root:
    d = date_w(slots[0])
    return W_StrObject(ctime_of(d.year, d.month, d.day, 0, 0, 0))


def yday_of(d: W_Date) -> int:
    return days_before_month(d.year, d.month) + d.day


def date_strftime(slots: list[W_Root | None]) -> W_Root:
    d = date_w(slots[0])
    tf = TimeFields(d.year, d.month, d.day, 0, 0, 0, 0, weekday(d.year, d.month, d.day),
                    yday_of(d), -1, w_None, w_None)
    return strftime(_arg(slots, 1), tf)


def date_format(slots: list[W_Root | None]) -> W_Root:
    w_self = _arg(slots, 0)
    w_fmt = _arg(slots, 1)
    if not isinstance(w_fmt, W_StrObject):
        raise operr(w_TypeError, "__format__() argument 1 must be str, not %s"
                    % type_name(w_fmt))
    if w_fmt.as_str() == "":
        return space.str_obj(w_self)
    return space.call_method(w_self, "strftime", [w_fmt])


def struct_time(year: int, month: int, day: int, hour: int, minute: int, second: int,
                isdst: int) -> W_Root:
    values_w: list[W_Root] = [wrap_int(year), wrap_int(month), wrap_int(day), wrap_int(hour),
                              wrap_int(minute), wrap_int(second),
                              wrap_int(weekday(year, month, day)),
                              wrap_int(days_before_month(year, month) + day), wrap_int(isdst),
                              w_None, w_None]
    return new_structseq(STRUCT_TIME, values_w)


def date_timetuple(slots: list[W_Root | None]) -> W_Root:
    d = date_w(slots[0])
    return struct_time(d.year, d.month, d.day, 0, 0, 0, -1)


def date_toordinal(slots: list[W_Root | None]) -> W_Root:
    d = date_w(slots[0])
    return wrap_int(ymd_to_ord(d.year, d.month, d.day))


def date_weekday(slots: list[W_Root | None]) -> W_Root:
    d = date_w(slots[0])
    return wrap_int(weekday(d.year, d.month, d.day))


def date_isoweekday(slots: list[W_Root | None]) -> W_Root:
    d = date_w(slots[0])
    return wrap_int(weekday(d.year, d.month, d.day) + 1)


def date_isocalendar(slots: list[W_Root | None]) -> W_Root:
    d = date_w(slots[0])
    y, w, wd = iso_calendar(d.year, d.month, d.day)
    return new_isocal(y, w, wd)


def date_replace(slots: list[W_Root | None]) -> W_Root:
    d = date_w(slots[0])
    y = int_slot(slots, 1, d.year)
    m = int_slot(slots, 2, d.month)
    dd = int_slot(slots, 3, d.day)
    return make_date(d.getclass(), y, m, dd)


def date_state(d: W_Date) -> W_Root:
    return W_BytesObject(bytes([d.year >> 8, d.year & 255, d.month, d.day]))


def date_reduce(slots: list[W_Root | None]) -> W_Root:
    d = date_w(slots[0])
    return space.newtuple([d.getclass(), space.newtuple([date_state(d)])])


# -- comparisons and arithmetic

def date_cmp(a: W_Date, b: W_Date) -> int:
    if a.year != b.year:
        return -1 if a.year < b.year else 1
    if a.month != b.month:
        return -1 if a.month < b.month else 1
    if a.day != b.day:
        return -1 if a.day < b.day else 1
    return 0


def _compare(slots: list[W_Root | None], op: int) -> W_Root:
    a = date_w(slots[0])
    w_b = _arg(slots, 1)
    if not isinstance(w_b, W_Date):
        return w_NotImplemented
    return cmp_result(date_cmp(a, w_b), op)


def date_hash(slots: list[W_Root | None]) -> W_Root:
    d = date_w(slots[0])
    if d.hashcode == -1:
        d.hashcode = space.hash_w(date_state(d))
    return wrap_int(d.hashcode)


def date_plus_days(d: W_Date, days: int) -> W_Root:
    ordinal = ymd_to_ord(d.year, d.month, d.day) + days
    if ordinal < 1 or ordinal > MAX_ORDINAL:
        raise date_range_error()
    y, m, dd = ord_to_ymd(ordinal)
    return make_date(d.getclass(), y, m, dd)


def date_add(slots: list[W_Root | None]) -> W_Root:
    d = date_w(slots[0])
    w_b = _arg(slots, 1)
    if isinstance(w_b, W_Timedelta):
        return date_plus_days(d, w_b.days)
    return w_NotImplemented


def date_sub(slots: list[W_Root | None]) -> W_Root:
    d = date_w(slots[0])
    w_b = _arg(slots, 1)
    if isinstance(w_b, W_Timedelta):
        return date_plus_days(d, -w_b.days)
    if isinstance(w_b, W_Date) and not isinstance(w_b, W_DateTime):
        return new_delta(ymd_to_ord(d.year, d.month, d.day)
                         - ymd_to_ord(w_b.year, w_b.month, w_b.day), 0, 0)
    return w_NotImplemented


def date_year(w: W_Root) -> W_Root:
    return wrap_int(date_w(w).year)


def date_month(w: W_Root) -> W_Root:
    return wrap_int(date_w(w).month)


def date_day(w: W_Root) -> W_Root:
    return wrap_int(date_w(w).day)


register_raw(w_date_type, "__new__", date_new)
register_classmethod(w_date_type, "fromtimestamp(cls, timestamp, /)", date_fromtimestamp)
register_classmethod(w_date_type, "today(cls, /)", date_today)
register_classmethod(w_date_type, "fromordinal(cls, ordinal, /)", date_fromordinal)
register_classmethod(w_date_type, "fromisoformat(cls, date_string, /)", date_fromisoformat)
register_classmethod(w_date_type, "fromisocalendar(cls, year, week, day)", date_fromisocalendar)
register(w_date_type, "__repr__(self, /)", date_repr)
register(w_date_type, "isoformat(self, /)", date_isoformat)
register(w_date_type, "__str__(self, /)", date_str)
register(w_date_type, "ctime(self, /)", date_ctime)
register(w_date_type, "strftime(self, format)", date_strftime)
register(w_date_type, "__format__(self, fmt, /)", date_format)
register(w_date_type, "timetuple(self, /)", date_timetuple)
register(w_date_type, "toordinal(self, /)", date_toordinal)
register(w_date_type, "weekday(self, /)", date_weekday)
register(w_date_type, "isoweekday(self, /)", date_isoweekday)
register(w_date_type, "isocalendar(self, /)", date_isocalendar)
register(w_date_type, "replace(self, year=, month=, day=)", date_replace)
register(w_date_type, "__reduce__(self, /)", date_reduce)
register_comparisons(w_date_type, _compare)
register(w_date_type, "__hash__(self, /)", date_hash)
register(w_date_type, "__add__(self, value, /)", date_add)
register(w_date_type, "__radd__(self, value, /)", date_add)
register(w_date_type, "__sub__(self, value, /)", date_sub)
getset(w_date_type, "year", date_year)
getset(w_date_type, "month", date_month)
getset(w_date_type, "day", date_day)
w_date_type.dict_w["min"] = W_Date(w_date_type, 1, 1, 1)
w_date_type.dict_w["max"] = W_Date(w_date_type, 9999, 12, 31)
w_date_type.dict_w["resolution"] = new_delta(1, 0, 0)


# -- IsoCalendarDate

def isocal_field(w: W_Root, i: int) -> W_Root:
    assert isinstance(w, W_TupleObject)
    return w.items_w[i]


def isocal_year(w: W_Root) -> W_Root:
    return isocal_field(w, 0)


def isocal_week(w: W_Root) -> W_Root:
    return isocal_field(w, 1)


def isocal_weekday(w: W_Root) -> W_Root:
    return isocal_field(w, 2)


def isocal_repr(slots: list[W_Root | None]) -> W_Root:
    w = _arg(slots, 0)
    assert isinstance(w, W_TupleObject)
    return W_StrObject("%s(year=%s, week=%s, weekday=%s)" % (
        tp_name(w.getclass()), space.repr_str(w.items_w[0]), space.repr_str(w.items_w[1]),
        space.repr_str(w.items_w[2])))


def isocal_reduce(slots: list[W_Root | None]) -> W_Root:
    w = _arg(slots, 0)
    assert isinstance(w, W_TupleObject)
    return space.newtuple([w_tuple_type, space.newtuple([W_TupleObject(list(w.items_w))])])


def isocal_new(args: Arguments) -> W_Root:
    cls_arg(args, w_isocal_type)
    slots = parse_args(args, "IsoCalendarDate()", ["year", "week", "weekday"], 3, 1)
    return new_isocal(c_int_w(_arg(slots, 0)), c_int_w(_arg(slots, 1)),
                      c_int_w(_arg(slots, 2)))


register_raw(w_isocal_type, "__new__", isocal_new)
register(w_isocal_type, "__repr__(self, /)", isocal_repr)
register(w_isocal_type, "__reduce__(self, /)", isocal_reduce)
getset(w_isocal_type, "year", isocal_year)
getset(w_isocal_type, "week", isocal_week)
getset(w_isocal_type, "weekday", isocal_weekday)
