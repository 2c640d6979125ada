"""Proleptic Gregorian calendar arithmetic on machine ints for `_datetime`:
ordinals (day 1 is 0001-01-01), month lengths, ISO weeks, and the
normalisation of out-of-range fields (carry seconds into days...).
Nothing here touches Python objects except the range errors."""
from __future__ import annotations

from ouro.objspace.exceptions import OperationError, operr, w_OverflowError, w_ValueError

MINYEAR = 1
MAXYEAR = 9999
MAX_ORDINAL = 3652059              # date(9999, 12, 31).toordinal()
MAX_DELTA_DAYS = 999999999

DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
               "Nov", "Dec"]

DI400Y = 146097     # days in 400 years
DI100Y = 36524
DI4Y = 1461


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2 and is_leap(year):
        return 29
    return DAYS_IN_MONTH[month]


def days_before_month(year: int, month: int) -> int:
    n = DAYS_BEFORE_MONTH[month]
    if month > 2 and is_leap(year):
        n += 1
    return n


def days_before_year(year: int) -> int:
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def ymd_to_ord(year: int, month: int, day: int) -> int:
    return days_before_year(year) + days_before_month(year, month) + day


def ord_to_ymd(ordinal: int) -> tuple[int, int, int]:
    """The (year, month, day) of an ordinal >= 1."""
    n = ordinal - 1
    n400 = n // DI400Y
    n = n % DI400Y
    year = n400 * 400 + 1
    n100 = n // DI100Y
    n = n % DI100Y
    n4 = n // DI4Y
    n = n % DI4Y
    n1 = n // 365
    n = n % 365
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5          # an estimate: never too small by more than one
    preceding = DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    if preceding > n:
        month -= 1
        preceding -= DAYS_IN_MONTH[month] + (1 if month == 2 and leap else 0)
    return year, month, n - preceding + 1


def weekday(year: int, month: int, day: int) -> int:
    """Monday is 0."""
    return (ymd_to_ord(year, month, day) + 6) % 7


def iso_week1_monday(year: int) -> int:
    """The ordinal of the Monday of ISO week 1 of `year`."""
    first = days_before_year(year) + 1
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:                     # Jan 1 is Fri..Sun: week 1 starts next Monday
        monday += 7
    return monday


def iso_calendar(year: int, month: int, day: int) -> tuple[int, int, int]:
    today = ymd_to_ord(year, month, day)
    week1 = iso_week1_monday(year)
    week = (today - week1) // 7
    if week < 0:
        year -= 1
        week1 = iso_week1_monday(year)
        week = (today - week1) // 7
    elif week >= 52 and today >= iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, (today - week1) % 7 + 1


def check_date(year: int, month: int, day: int) -> None:
    if year < MINYEAR or year > MAXYEAR:
        raise operr(w_ValueError, "year %d is out of range" % year)
    if month < 1 or month > 12:
        raise operr(w_ValueError, "month must be in 1..12")
    if day < 1 or day > days_in_month(year, month):
        raise operr(w_ValueError, "day is out of range for month")


def check_time(hour: int, minute: int, second: int, us: int, fold: int) -> None:
    if hour < 0 or hour > 23:
        raise operr(w_ValueError, "hour must be in 0..23")
    if minute < 0 or minute > 59:
        raise operr(w_ValueError, "minute must be in 0..59")
    if second < 0 or second > 59:
        raise operr(w_ValueError, "second must be in 0..59")
    if us < 0 or us > 999999:
        raise operr(w_ValueError, "microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise operr(w_ValueError, "fold must be either 0 or 1")


def date_range_error() -> OperationError:
    return operr(w_OverflowError, "date value out of range")


class YMD:
    """A date and time of day being normalised (fields may be out of
    range until normalize() carries them)."""
    year: int
    month: int
    day: int
    hour: int
    minute: int
    second: int
    us: int

    def __init__(self, year: int, month: int, day: int, hour: int, minute: int,
                 second: int, us: int) -> None:
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.us = us

    def normalize(self) -> None:
        """Carries every field into range (OverflowError "date value out of
        range" when the year leaves 1..9999).  The fields must be small
        enough not to overflow a word (|day| < 2**40 or so)."""
        self.second += self.us // 1000000
        self.us = self.us % 1000000
        self.minute += self.second // 60
        self.second = self.second % 60
        self.hour += self.minute // 60
        self.minute = self.minute % 60
        self.day += self.hour // 24
        self.hour = self.hour % 24
        self.normalize_date()

    def normalize_date(self) -> None:
        # month in range first, then the day through ordinals
        self.year += (self.month - 1) // 12
        self.month = (self.month - 1) % 12 + 1
        dim = days_in_month(self.year, self.month) if MINYEAR <= self.year <= MAXYEAR else 31
        if 1 <= self.day <= dim and MINYEAR <= self.year <= MAXYEAR:
            return
        if self.year < MINYEAR - 1 or self.year > MAXYEAR + 1:
            raise date_range_error()
        ordinal = days_before_year(self.year) + days_before_month(self.year, self.month) \
            + self.day
        if ordinal < 1 or ordinal > MAX_ORDINAL:
            raise date_range_error()
        y, m, d = ord_to_ymd(ordinal)
        self.year = y
        self.month = m
        self.day = d
