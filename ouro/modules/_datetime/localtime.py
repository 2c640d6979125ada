"""Local time for `_datetime`: the C library's localtime() as seconds,
the conversion of a naive local date and time to a POSIX timestamp (with
CPython's handling of folds and gaps), and the fixed-offset timezone of
the local time at a timestamp (what astimezone() gives)."""
from __future__ import annotations

from rpy.rlib import ros
from ouro.modules._datetime.calendar import ymd_to_ord
from ouro.modules.posix.errors import oserror

EPOCH_ORDINAL = 719163          # date(1970, 1, 1).toordinal()
MAX_FOLD_SECONDS = 24 * 3600


def utc_to_seconds(year: int, month: int, day: int, hour: int, minute: int,
                   second: int) -> int:
    """POSIX seconds of a UTC date and time."""
    return ((ymd_to_ord(year, month, day) - EPOCH_ORDINAL) * 86400 + hour * 3600
            + minute * 60 + second)


def tm_into(t: int, local: bool) -> None:
    """Fills the C library's struct tm record (ros.tm_field reads it)."""
    try:
        ros.tm_into(t, local)
    except OSError:
        raise oserror()


def local(u: int) -> int:
    """The local date and time at POSIX second u, as if it were UTC."""
    tm_into(u, True)
    return utc_to_seconds(ros.tm_field(0), ros.tm_field(1), ros.tm_field(2), ros.tm_field(3),
                          ros.tm_field(4), ros.tm_field(5))


def local_to_seconds(year: int, month: int, day: int, hour: int, minute: int, second: int,
                     fold: int) -> int:
    """The POSIX second of a naive local time: of the two in a fold, the
    first (fold=0) or second (fold=1); in a gap, as if the offset before
    (fold=0) or after (fold=1) still applied, as CPython does."""
    t = utc_to_seconds(year, month, day, hour, minute, second)
    a = local(t) - t
    u1 = t - a
    t1 = local(u1)
    if t1 == t:
        u2 = u1 + MAX_FOLD_SECONDS if fold != 0 else u1 - MAX_FOLD_SECONDS
        b = local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = local(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    # t is in a gap: neither offset gives it back
    if fold != 0:
        return min(u1, u2)
    return max(u1, u2)
