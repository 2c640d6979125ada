"""The character predicates and case mappings of the matcher, with ASCII
answered here and the rest from the tables of unicodedb.py.  That module
is reached through a LazyModule: building its tables takes a moment at
load time, which an untranslated run (python -m ouro) then pays only when
a regular expression meets a non-ASCII character.  The translator reads
the attributes at translation time and sees the real functions."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ouro.objspace.strobject import LazyModule

if TYPE_CHECKING:
    from ouro.modules._sre import unicodedb
else:
    unicodedb = LazyModule("ouro.modules._sre.unicodedb")


def lower_unicode(ch: int) -> int:
    """sre_lower_unicode: the first character of str.lower()."""
    if ch < 128:
        if 65 <= ch <= 90:
            return ch + 32
        return ch
    return unicodedb.lower_unicode(ch)


def upper_unicode(ch: int) -> int:
    if ch < 128:
        if 97 <= ch <= 122:
            return ch - 32
        return ch
    return unicodedb.upper_unicode(ch)


def uni_isdecimal(ch: int) -> bool:
    if ch < 128:
        return 48 <= ch <= 57
    return unicodedb.uni_isdecimal(ch)


def uni_isspace(ch: int) -> bool:
    if ch < 128:
        return ch == 32 or (9 <= ch <= 13) or (28 <= ch <= 31)
    return unicodedb.uni_isspace(ch)


def uni_isword(ch: int) -> bool:
    if ch < 128:
        return (48 <= ch <= 57) or (65 <= ch <= 90) or (97 <= ch <= 122) or ch == 95
    return unicodedb.uni_isword(ch)


def uni_islinebreak(ch: int) -> bool:
    if ch < 128:
        return (10 <= ch <= 13) or (28 <= ch <= 30)
    return unicodedb.uni_islinebreak(ch)
