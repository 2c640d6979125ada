"""The instance classes and type objects of `_datetime`, and the checked
constructors every other file of the module uses.

Each instance carries its class (the types are subclassable like CPython's)
and map-based attributes for the instances of Python subclasses.  The date
and time fields are machine ints; a cached hash (-1: not computed yet)."""
from __future__ import annotations

from ouro.modules._datetime.calendar import (MAX_DELTA_DAYS, check_date, check_time,
                                             date_range_error)
from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.exceptions import (OperationError, operr, w_OverflowError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.intobject import W_IntObject, index_w
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_OTHER, LAYOUT_TUPLE, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, tp_name, type_name, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObjectUser, w_tuple_type

LAYOUT_DELTA = 180
LAYOUT_DATE = 181
LAYOUT_DATETIME = 182
LAYOUT_TIME = 183
LAYOUT_TZINFO = 184
for _layout in (LAYOUT_DELTA, LAYOUT_DATE, LAYOUT_DATETIME, LAYOUT_TIME, LAYOUT_TZINFO):
    space.SUBCLASSABLE_LAYOUTS.append(_layout)


def _dt_type(name: str, bases_w: list[W_TypeObject], layout: int) -> W_TypeObject:
    w_t = make_builtin_type(name, bases_w, layout)
    w_t.dict_w["__module__"] = W_StrObject("datetime")
    w_t.tp_prefix = "datetime."
    return w_t


w_timedelta_type = _dt_type("timedelta", [w_object_type], LAYOUT_DELTA)
w_date_type = _dt_type("date", [w_object_type], LAYOUT_DATE)
w_datetime_type = _dt_type("datetime", [w_date_type], LAYOUT_DATETIME)
w_time_type = _dt_type("time", [w_object_type], LAYOUT_TIME)
w_tzinfo_type = _dt_type("tzinfo", [w_object_type], LAYOUT_TZINFO)
# timezone cannot be subclassed (CPython: "not an acceptable base type")
w_timezone_type = _dt_type("timezone", [w_tzinfo_type], LAYOUT_OTHER)
w_isocal_type = _dt_type("IsoCalendarDate", [w_tuple_type], LAYOUT_TUPLE)


class W_Timedelta(W_ObjectWithMap):
    w_type: W_TypeObject
    days: int           # -999999999 .. 999999999
    seconds: int        # 0 .. 86399
    us: int             # 0 .. 999999
    hashcode: int

    def __init__(self, w_type: W_TypeObject, days: int, seconds: int, us: int) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.days = days
        self.seconds = seconds
        self.us = us
        self.hashcode = -1

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def is_zero(self) -> bool:
        return self.days == 0 and self.seconds == 0 and self.us == 0


class W_Date(W_ObjectWithMap):
    w_type: W_TypeObject
    year: int
    month: int
    day: int
    hashcode: int

    def __init__(self, w_type: W_TypeObject, year: int, month: int, day: int) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.year = year
        self.month = month
        self.day = day
        self.hashcode = -1

    def getclass(self) -> W_TypeObject:
        return self.w_type


class W_DateTime(W_Date):
    hour: int
    minute: int
    second: int
    us: int
    w_tzinfo: W_Root        # w_None: naive
    fold: int

    def __init__(self, w_type: W_TypeObject, year: int, month: int, day: int, hour: int,
                 minute: int, second: int, us: int, w_tzinfo: W_Root, fold: int) -> None:
        W_Date.__init__(self, w_type, year, month, day)
        self.hour = hour
        self.minute = minute
        self.second = second
        self.us = us
        self.w_tzinfo = w_tzinfo
        self.fold = fold


class W_Time(W_ObjectWithMap):
    w_type: W_TypeObject
    hour: int
    minute: int
    second: int
    us: int
    w_tzinfo: W_Root
    fold: int
    hashcode: int

    def __init__(self, w_type: W_TypeObject, hour: int, minute: int, second: int, us: int,
                 w_tzinfo: W_Root, fold: int) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.hour = hour
        self.minute = minute
        self.second = second
        self.us = us
        self.w_tzinfo = w_tzinfo
        self.fold = fold
        self.hashcode = -1

    def getclass(self) -> W_TypeObject:
        return self.w_type


class W_TZInfo(W_ObjectWithMap):
    w_type: W_TypeObject

    def __init__(self, w_type: W_TypeObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type

    def getclass(self) -> W_TypeObject:
        return self.w_type


class W_Timezone(W_TZInfo):
    w_offset: W_Timedelta
    w_name: W_Root          # a str, or w_None

    def __init__(self, w_offset: W_Timedelta, w_name: W_Root) -> None:
        W_TZInfo.__init__(self, w_timezone_type)
        self.w_offset = w_offset
        self.w_name = w_name


# -- checked constructors

def new_delta(days: int, seconds: int, us: int,
              w_type: W_TypeObject = w_timedelta_type) -> W_Timedelta:
    """A timedelta from fields that may be out of range (not by more than
    a word can hold): carried, then the days checked."""
    seconds += us // 1000000
    us = us % 1000000
    days += seconds // 86400
    seconds = seconds % 86400
    if not -2147483648 <= days <= 2147483647:
        raise operr(w_OverflowError, "Python int too large to convert to C int")
    if days > MAX_DELTA_DAYS or days < -MAX_DELTA_DAYS:
        raise operr(w_OverflowError, "days=%d; must have magnitude <= %d"
                    % (days, MAX_DELTA_DAYS))
    return W_Timedelta(w_type, days, seconds, us)


def new_date(year: int, month: int, day: int, w_type: W_TypeObject = w_date_type) -> W_Date:
    check_date(year, month, day)
    return W_Date(w_type, year, month, day)


def check_tzinfo(w_tz: W_Root) -> None:
    if w_tz is not w_None and not space.isinstance_w(w_tz, w_tzinfo_type):
        raise operr(w_TypeError, "tzinfo argument must be None or of a tzinfo subclass, "
                    "not type '%s'" % type_name(w_tz))


def new_datetime(year: int, month: int, day: int, hour: int, minute: int, second: int,
                 us: int, w_tz: W_Root, fold: int,
                 w_type: W_TypeObject = w_datetime_type) -> W_DateTime:
    check_date(year, month, day)
    check_time(hour, minute, second, us, fold)
    check_tzinfo(w_tz)
    return W_DateTime(w_type, year, month, day, hour, minute, second, us, w_tz, fold)


def new_time(hour: int, minute: int, second: int, us: int, w_tz: W_Root, fold: int,
             w_type: W_TypeObject = w_time_type) -> W_Time:
    check_time(hour, minute, second, us, fold)
    check_tzinfo(w_tz)
    return W_Time(w_type, hour, minute, second, us, w_tz, fold)


def check_state_tzinfo(w_tz: W_Root) -> None:
    if w_tz is not w_None and not space.isinstance_w(w_tz, w_tzinfo_type):
        raise operr(w_TypeError, "bad tzinfo state arg")


def new_isocal(year: int, week: int, weekday: int) -> W_Root:
    return W_TupleObjectUser(w_isocal_type, [W_IntObject(year), W_IntObject(week),
                                             W_IntObject(weekday)])


def range_error_if(cond: bool) -> None:
    if cond:
        raise date_range_error()


# -- arguments

def c_int_w(w: W_Root) -> int:
    """A C int argument ("i" of PyArg_Parse): an int or __index__."""
    w_i = index_w(w)
    if not isinstance(w_i, W_IntObject):
        raise operr(w_OverflowError, "Python int too large to convert to C long")
    v = w_i.intval
    if v > 2147483647:
        raise operr(w_OverflowError, "signed integer is greater than maximum")
    if v < -2147483648:
        raise operr(w_OverflowError, "signed integer is less than minimum")
    return v


def parse_args(args: Arguments, fname: str, params: list[str], required: int,
               skip: int, maxpos: int = -1) -> list[W_Root | None]:
    """PyArg_ParseTupleAndKeywords' binding and messages; `fname` is how
    the messages name the function ("function", "__new__()"); params from
    `maxpos` on are keyword-only."""
    pos_w = args.args_w[skip:]
    npos = len(pos_w)
    nkw = len(args.kw_names)
    n = len(params)
    if 0 <= maxpos < npos:
        raise operr(w_TypeError, "%s takes at most %d positional argument%s (%d given)"
                    % (fname, maxpos, "" if maxpos == 1 else "s", npos))
    if npos + nkw > n:
        raise operr(w_TypeError, "%s takes at most %d argument%s (%d given)"
                    % (fname, n, "" if n == 1 else "s", npos + nkw))
    kw_used = [False] * nkw
    slots: list[W_Root | None] = [None] * n
    i = 0
    while i < n:
        k = 0
        while k < nkw:
            if args.kw_names[k] == params[i]:
                break
            k += 1
        if i < npos:
            if k < nkw:
                raise operr(w_TypeError, "argument for %s given by name ('%s') and position (%d)"
                            % (fname, params[i], i + 1))
            slots[i] = pos_w[i]
        elif k < nkw:
            slots[i] = args.kw_values_w[k]
            kw_used[k] = True
        elif i < required:
            raise operr(w_TypeError, "%s missing required argument '%s' (pos %d)"
                        % (fname, params[i], i + 1))
        i += 1
    k = 0
    while k < nkw:
        if not kw_used[k]:
            where = "this function" if fname == "function" else fname
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for %s"
                        % (args.kw_names[k], where))
        k += 1
    return slots


def req(slots: list[W_Root | None], i: int) -> W_Root:
    """A required argument's slot."""
    w = slots[i]
    assert w is not None
    return w


def int_slot(slots: list[W_Root | None], i: int, default: int) -> int:
    w = slots[i]
    if w is None:
        return default
    return c_int_w(w)


def cls_arg(args: Arguments, w_base: W_TypeObject) -> W_TypeObject:
    """The class a __new__ makes an instance of."""
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "%s.__new__(): not enough arguments" % tp_name(w_base))
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "%s.__new__(X): X is not a type object" % tp_name(w_base))
    if not w_cls.issubtype(w_base):
        raise operr(w_TypeError, "%s.__new__(%s): %s is not a subtype of %s"
                    % (tp_name(w_base), w_cls.name, w_cls.name, tp_name(w_base)))
    return w_cls


def arg_type_error(fname: str, argno: int, expected: str, w_got: W_Root) -> OperationError:
    return operr(w_TypeError, "%s() argument %d must be %s, not %s"
                 % (fname, argno, expected, type_name(w_got)))


def state_bytes(w: W_Root, size: int) -> list[int] | None:
    """The pickle state argument of a constructor (bytes, or a latin-1 str
    from a Python 2 pickle) when it looks like one: `size` bytes."""
    if isinstance(w, W_BytesObject):
        b = w.value
        if len(b) == size:
            return [b[i] for i in range(size)]
    elif isinstance(w, W_StrObject):
        s = w.as_str()
        if len(s) == size:
            for c in s:
                if ord(c) > 255:
                    raise operr(w_ValueError, "Failed to encode latin1 string when "
                                "unpickling a date or datetime object. pickle.load"
                                "(data, encoding='latin1') is assumed.")
            return [ord(c) for c in s]
    return None
