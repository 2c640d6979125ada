"""Unicode character classes the tokenizer needs, for code points >= 128:
XID_Start and XID_Continue (what `str.isidentifier` accepts: PEP 3131) and
"printable" (`str.isprintable`, used in CPython's error messages).

The tables are sorted lists of inclusive ranges [lo0, hi0, lo1, hi1, ...],
computed at load time from the CPython 3.11 that imports this module (the
translator: the translated program gets them as prebuilt constants), so
they follow exactly the Unicode version of CPython 3.11.  Lookups are
binary searches.
"""
from __future__ import annotations

import re as _re


# load time only (runs on CPython when the module is imported; not RPy)

def _ranges_from_flags(flags: bytes) -> list[int]:
    out: list[int] = []
    for m in _re.finditer(b"\x01+", flags):
        out.append(m.start())
        out.append(m.end() - 1)
    return out


def _build() -> tuple[list[int], list[int], list[int]]:
    chars = list(map(chr, range(0x110000)))
    start = _ranges_from_flags(bytes(map(str.isidentifier, chars)))
    cont = _ranges_from_flags(bytes(map(str.isidentifier, map("a".__add__, chars))))
    printable = _ranges_from_flags(bytes(map(str.isprintable, chars)))
    return start, cont, printable


XID_START, XID_CONTINUE, PRINTABLE = _build()


def in_ranges(table: list[int], cp: int) -> bool:
    """Is cp inside one of the ranges of table?"""
    lo = 0
    hi = len(table) // 2        # number of ranges
    while lo < hi:
        mid = (lo + hi) // 2
        if cp > table[2 * mid + 1]:
            lo = mid + 1
        elif cp < table[2 * mid]:
            hi = mid
        else:
            return True
    return False


def is_xid_start(cp: int) -> bool:
    """May the code point start an identifier (XID_Start or '_')?"""
    return in_ranges(XID_START, cp)


def is_xid_continue(cp: int) -> bool:
    """May the code point continue an identifier (XID_Continue)?"""
    return in_ranges(XID_CONTINUE, cp)


def is_printable(cp: int) -> bool:
    return in_ranges(PRINTABLE, cp)
