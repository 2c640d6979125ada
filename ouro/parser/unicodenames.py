"""Unicode character names for `\\N{...}` escapes, and NFKC of identifiers.

`lookup(name)` returns the code point of a character name (any case), or
-1. The names come from unicodenames_data.py (generated from CPython's
unicodedata); the blob is split into a dict on the first lookup, so
programs that never use `\\N{}` never pay for it. Names computed from the
code point (`CJK UNIFIED IDEOGRAPH-4E00`) are checked against ranges.
"""
from __future__ import annotations

from ouro.parser.unicodenames_data import (COMPUTED_FIRST, COMPUTED_LAST, COMPUTED_PREFIXES,
                                           NAMES, NFKC)


class NameTable:
    codes: dict[str, int]
    loaded: bool
    nfkc: dict[str, str]
    nfkc_loaded: bool

    def __init__(self) -> None:
        self.codes = {}
        self.loaded = False
        self.nfkc = {}
        self.nfkc_loaded = False

    def load(self) -> None:
        for line in NAMES.split("\n"):
            tab = line.find("\t")
            if tab > 0:
                self.codes[line[:tab]] = int(line[tab + 1:], 16)
        self.loaded = True

    def load_nfkc(self) -> None:
        for line in NFKC.split("\n"):
            tab = line.find("\t")
            if tab > 0:
                self.nfkc[chr(int(line[:tab], 16))] = line[tab + 1:]
        self.nfkc_loaded = True


TABLE = NameTable()


def lookup(name: str) -> int:
    key = name.upper()
    for i in range(len(COMPUTED_PREFIXES)):
        prefix = COMPUTED_PREFIXES[i]
        if key.startswith(prefix):
            digits = key[len(prefix):]
            if 4 <= len(digits) <= 6 and all_hex(digits):
                cp = int(digits, 16)
                if COMPUTED_FIRST[i] <= cp <= COMPUTED_LAST[i]:
                    return cp
    if not TABLE.loaded:
        TABLE.load()
    return TABLE.codes.get(key, -1)


def all_hex(s: str) -> bool:
    for c in s:
        if not ("0" <= c <= "9" or "A" <= c <= "F"):
            return False
    return True


def normalize_identifier(name: str) -> str:
    """NFKC of an identifier (PEP 3131), character by character: exact for
    identifiers without combining sequences that compose (nearly all)."""
    if not TABLE.nfkc_loaded:
        TABLE.load_nfkc()
    parts: list[str] = []
    changed = False
    for c in name:
        n = TABLE.nfkc.get(c)
        if n is None:
            parts.append(c)
        else:
            parts.append(n)
            changed = True
    return "".join(parts) if changed else name
