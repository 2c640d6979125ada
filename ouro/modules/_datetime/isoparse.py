"""The ISO 8601 parsing of fromisoformat() (CPython 3.11's grammar: dates
YYYY-MM-DD, YYYYMMDD and ISO week dates YYYY-Www[-D]; times
HH[:MM[:SS[.f+]]] or compact HHMMSS, ',' or '.' before the fraction
(digits beyond six dropped); offsets Z or +HH[:MM[:SS[.ffffff]]]; any
single character between date and time).  Positions at or past the end
read as NUL, like the C parser reading its terminator."""
from __future__ import annotations

from ouro.modules._datetime.calendar import (MAXYEAR, MINYEAR, iso_week1_monday, is_leap,
                                             ord_to_ymd, weekday)


def at(s: str, i: int) -> str:
    if 0 <= i < len(s):
        return s[i]
    return "\x00"


def is_digit(c: str) -> bool:
    return 48 <= ord(c) <= 57


class Cursor:
    """A position in the string being parsed and the last number read."""
    s: str
    pos: int
    value: int

    def __init__(self, s: str, pos: int) -> None:
        self.s = s
        self.pos = pos
        self.value = 0

    def digits(self, n: int) -> bool:
        """Reads exactly n digits into value."""
        v = 0
        i = 0
        while i < n:
            c = at(self.s, self.pos)
            if not is_digit(c):
                return False
            v = v * 10 + (ord(c) - 48)
            self.pos += 1
            i += 1
        self.value = v
        return True

    def next_char(self) -> str:
        c = at(self.s, self.pos)
        self.pos += 1
        return c


def iso_week_date(year: int, week: int, day: int) -> list[int] | None:
    if year < MINYEAR or year > MAXYEAR:
        return None
    if week <= 0 or week >= 53:
        ok = False
        if week == 53:
            first = weekday(year, 1, 1)
            ok = first == 3 or (first == 2 and is_leap(year))
        if not ok:
            return None
    if day <= 0 or day >= 8:
        return None
    y, m, d = ord_to_ymd(iso_week1_monday(year) + (week - 1) * 7 + day - 1)
    return [y, m, d]


def parse_date(s: str, length: int) -> list[int] | None:
    """The [year, month, day] of s[:length] (fields unchecked except for
    week dates), or None."""
    cur = Cursor(s, 0)
    if not cur.digits(4):
        return None
    year = cur.value
    sep = at(s, cur.pos) == "-"
    if sep:
        cur.pos += 1
    if at(s, cur.pos) == "W":
        cur.pos += 1
        if not cur.digits(2):
            return None
        week = cur.value
        day = 1
        if cur.pos < length:
            if sep and cur.next_char() != "-":
                return None
            if not cur.digits(1):
                return None
            day = cur.value
        return iso_week_date(year, week, day)
    if not cur.digits(2):
        return None
    month = cur.value
    if sep and cur.next_char() != "-":
        return None
    if not cur.digits(2):
        return None
    return [year, month, cur.value]


def datetime_separator(s: str) -> int:
    """Where the date part of a datetime string ends (-1: nowhere)."""
    n = len(s)
    if n == 7:
        return 7
    if at(s, 4) == "-":
        if at(s, 5) == "W":
            if n < 8:
                return -1
            if n > 8 and at(s, 8) == "-":
                if n == 9:
                    return -1
                if n > 10 and is_digit(at(s, 10)):
                    return 8
                return 10
            return 8
        return 10
    if at(s, 4) == "W":
        idx = 7
        while idx < n and is_digit(at(s, idx)):
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


class TimeResult:
    hour: int
    minute: int
    second: int
    us: int
    has_offset: bool
    offset_seconds: int
    offset_us: int

    def __init__(self) -> None:
        self.hour = 0
        self.minute = 0
        self.second = 0
        self.us = 0
        self.has_offset = False
        self.offset_seconds = 0
        self.offset_us = 0


CORRECTION = [100000, 10000, 1000, 100, 10]


def parse_hms(s: str, start: int, end: int, vals: list[int]) -> int:
    """[HH[:?MM[:?SS[{.,}f+]]]] of s[start:end] into vals (h, m, s, us):
    -3/-4 on errors, 1 when something other than the string's end
    follows, else 0."""
    vals[0] = 0
    vals[1] = 0
    vals[2] = 0
    vals[3] = 0
    cur = Cursor(s, start)
    has_sep = True
    i = 0
    fraction = False
    while i < 3:
        if not cur.digits(2):
            return -3
        vals[i] = cur.value
        c = cur.next_char()
        if i == 0:
            has_sep = c == ":"
        if cur.pos >= end:
            return 0 if c == "\x00" else 1
        if has_sep and c == ":":
            i += 1
            continue
        if c == "." or c == ",":
            fraction = True
            break
        if not has_sep:
            cur.pos -= 1
        else:
            return -4
        i += 1
    remains = end - cur.pos
    to_parse = 6 if remains >= 6 else remains
    if not fraction and to_parse == 0:
        return 0 if at(s, cur.pos) == "\x00" else 1
    if not cur.digits(to_parse):
        return -3
    us = cur.value
    if to_parse < 6:
        us *= CORRECTION[to_parse - 1]
    vals[3] = us
    while is_digit(at(s, cur.pos)):
        cur.pos += 1
    return 0 if at(s, cur.pos) == "\x00" else 1


def parse_time(s: str, start: int, res: TimeResult) -> bool:
    """The time (and offset) of s[start:]; False if malformed."""
    end = len(s)
    tzpos = start
    while True:
        c = at(s, tzpos)
        if c == "Z" or c == "+" or c == "-":
            break
        tzpos += 1
        if tzpos >= end:
            break
    vals = [0, 0, 0, 0]
    rv = parse_hms(s, start, tzpos, vals)
    if rv < 0:
        return False
    res.hour = vals[0]
    res.minute = vals[1]
    res.second = vals[2]
    res.us = vals[3]
    if tzpos >= end:
        return rv == 0
    res.has_offset = True
    if at(s, tzpos) == "Z":
        return at(s, tzpos + 1) == "\x00"
    sign = -1 if at(s, tzpos) == "-" else 1
    rv = parse_hms(s, tzpos + 1, end, vals)
    if rv != 0:
        return False
    res.offset_seconds = sign * (vals[0] * 3600 + vals[1] * 60 + vals[2])
    res.offset_us = sign * vals[3]
    return True
