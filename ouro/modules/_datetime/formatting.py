"""Text output of `_datetime`: the time-of-day part of isoformat by
timespec, UTC offsets as "+HH:MM[:SS[.ffffff]]", the calls of a tzinfo's
utcoffset/dst/tzname with their result checks, and strftime (CPython's
wrap_strftime: %z, %Z and %f are expanded here, the rest goes to the C
library's strftime as time.strftime does)."""
from __future__ import annotations

from rpy.rlib import ros
from ouro.modules._datetime.objects import W_Timedelta
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_TypeError, w_ValueError
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.strobject import CODEC_UTF8, W_StrObject, encode_error


def hms_isoformat(hour: int, minute: int, second: int, us: int, timespec: str) -> str:
    if timespec == "auto":
        timespec = "microseconds" if us != 0 else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, us)
    raise operr(w_ValueError, "Unknown timespec value")


def format_offset(d: W_Timedelta, sep: str) -> str:
    """+HH<sep>MM[<sep>SS[.ffffff]] of an offset (strictly within a day)."""
    sign = "+"
    days = d.days
    seconds = d.seconds
    us = d.us
    if days < 0:
        sign = "-"
        # negate: -(days*86400 + seconds + us/1e6)
        total_us = -((days * 86400 + seconds) * 1000000 + us)
        seconds = total_us // 1000000
        us = total_us % 1000000
    hours = seconds // 3600
    minutes = (seconds // 60) % 60
    secs = seconds % 60
    s = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if secs != 0 or us != 0:
        s += "%s%02d" % (sep, secs)
        if us != 0:
            s += ".%06d" % us
    return s


def offset_in_range(d: W_Timedelta) -> bool:
    """-timedelta(hours=24) < d < timedelta(hours=24)"""
    if d.days < -1 or d.days > 0:
        return False
    if d.days == -1 and d.seconds == 0 and d.us == 0:
        return False
    return True


def call_offset(w_tz: W_Root, name: str, w_arg: W_Root) -> W_Timedelta | None:
    """tzinfo.utcoffset(arg) or .dst(arg), checked (None when w_tz is None)."""
    if w_tz is w_None:
        return None
    w_res = space.call_method(w_tz, name, [w_arg])
    if w_res is w_None:
        return None
    if not isinstance(w_res, W_Timedelta):
        raise operr(w_TypeError, "tzinfo.%s() must return None or timedelta, not '%s'"
                    % (name, type_name(w_res)))
    if not offset_in_range(w_res):
        raise operr(w_ValueError, "offset must be a timedelta strictly between "
                    "-timedelta(hours=24) and timedelta(hours=24).")
    return w_res


def call_tzname(w_tz: W_Root, w_arg: W_Root) -> W_Root:
    if w_tz is w_None:
        return w_None
    w_res = space.call_method(w_tz, "tzname", [w_arg])
    if w_res is not w_None and not isinstance(w_res, W_StrObject):
        raise operr(w_TypeError, "tzinfo.tzname() must return None or a string, not '%s'"
                    % type_name(w_res))
    return w_res


def offset_suffix(w_tz: W_Root, w_arg: W_Root, sep: str) -> str:
    d = call_offset(w_tz, "utcoffset", w_arg)
    if d is None:
        return ""
    return format_offset(d, sep)


class TimeFields:
    """The struct tm strftime gets, and what %z/%Z/%f need."""
    year: int
    month: int
    day: int
    hour: int
    minute: int
    second: int
    us: int
    wday: int          # Monday 0
    yday: int          # 1..366
    isdst: int
    w_tz: W_Root       # w_None: %z and %Z are empty
    w_arg: W_Root      # what the tzinfo methods get

    def __init__(self, year: int, month: int, day: int, hour: int, minute: int, second: int,
                 us: int, wday: int, yday: int, isdst: int, w_tz: W_Root,
                 w_arg: W_Root) -> None:
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.us = us
        self.wday = wday
        self.yday = yday
        self.isdst = isdst
        self.w_tz = w_tz
        self.w_arg = w_arg


def check_utf8(s: str) -> None:
    """The UnicodeEncodeError CPython's strftime gets from encoding the
    format (with the tzname put in) to UTF-8: a lone surrogate."""
    i = 0
    while i < len(s):
        if 0xD800 <= ord(s[i]) <= 0xDFFF:
            raise encode_error(CODEC_UTF8, [s[i]], 0, 1, "surrogates not allowed")
        i += 1


def strftime(w_fmt: W_Root, tf: TimeFields) -> W_Root:
    if not isinstance(w_fmt, W_StrObject):
        raise operr(w_TypeError, "strftime() argument 1 must be str, not %s"
                    % type_name(w_fmt))
    fmt = w_fmt.as_str()
    parts: list[str] = []
    i = 0
    n = len(fmt)
    start = 0
    while i < n:
        if fmt[i] != "%":
            i += 1
            continue
        if i + 1 >= n:
            break
        c = fmt[i + 1]
        if c == "z" or c == "Z" or c == "f":
            parts.append(fmt[start:i])
            if c == "z":
                parts.append(offset_suffix(tf.w_tz, tf.w_arg, ""))
            elif c == "Z":
                w_name = call_tzname(tf.w_tz, tf.w_arg)
                if w_name is not w_None:
                    # CPython calls the str's replace method (a subclass's too)
                    w_rep = space.call_method(w_name, "replace", [W_StrObject("%"),
                                                                 W_StrObject("%%")])
                    if not isinstance(w_rep, W_StrObject):
                        raise operr(w_TypeError, "tzname.replace() did not return a string")
                    parts.append(w_rep.as_str())
            else:
                parts.append("%06d" % tf.us)
            start = i + 2
        i += 2
    parts.append(fmt[start:])
    newfmt = "".join(parts)
    check_utf8(newfmt)
    if "\x00" in newfmt:
        raise operr(w_ValueError, "embedded null character")
    if newfmt == "":
        return W_StrObject("")
    isdst = tf.isdst
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    # ros.strftime takes struct_time's conventions (Monday 0, yday from 1)
    return W_StrObject(ros.strftime(newfmt, tf.year, tf.month, tf.day, tf.hour, tf.minute,
                                    tf.second, tf.wday, tf.yday, isdst, 0, ""))
