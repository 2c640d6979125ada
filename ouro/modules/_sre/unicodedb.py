"""Character data for the matcher, as CPython's _sre uses it: the simple
case mappings (sre_lower_unicode/sre_upper_unicode: the first character
of str.lower()/str.upper() of one character) and the Unicode predicates
of the categories (\\d: decimal, \\s: space, \\w: alphanumeric or '_',
line breaks).  Built at load time from the CPython that imports this
module (the translator: the same Unicode data as the RPy runtime) as
two-level tables: a block number per 256 code points, then the blocks
(deduplicated).  The matcher calls these through unichars.py, which
answers ASCII itself and imports this module lazily."""
from __future__ import annotations

F_DECIMAL = 1
F_SPACE = 2
F_ALNUM = 4
F_LINEBREAK = 8

_LINEBREAKS = "\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029"


def _build() -> tuple[list[int], list[int], list[int], list[int], list[int], list[int]]:
    """Load time only."""
    lower_index: list[int] = []
    lower_blocks: list[int] = []
    upper_index: list[int] = []
    upper_blocks: list[int] = []
    flag_index: list[int] = []
    flag_blocks: list[int] = []
    seen_lower: dict[tuple[int, ...], int] = {}
    seen_upper: dict[tuple[int, ...], int] = {}
    seen_flags: dict[tuple[int, ...], int] = {}
    for block in range(0x110000 >> 8):
        chars = [chr(c) for c in range(block << 8, (block + 1) << 8)]
        low = tuple([ord(ch.lower()[0]) - ord(ch) for ch in chars])
        up = tuple([ord(ch.upper()[0]) - ord(ch) for ch in chars])
        fl = tuple([(F_DECIMAL if ch.isdecimal() else 0) | (F_SPACE if ch.isspace() else 0) |
                    (F_ALNUM if ch.isalnum() else 0) | (F_LINEBREAK if ch in _LINEBREAKS else 0)
                    for ch in chars])
        for key, seen, index, blocks in ((low, seen_lower, lower_index, lower_blocks),
                                         (up, seen_upper, upper_index, upper_blocks),
                                         (fl, seen_flags, flag_index, flag_blocks)):
            if key not in seen:
                seen[key] = len(blocks) >> 8
                blocks.extend(key)
            index.append(seen[key])
    return lower_index, lower_blocks, upper_index, upper_blocks, flag_index, flag_blocks


(LOWER_INDEX, LOWER_BLOCKS, UPPER_INDEX, UPPER_BLOCKS,
 FLAG_INDEX, FLAG_BLOCKS) = _build()


def lower_unicode(ch: int) -> int:
    if ch < 128:
        if 65 <= ch <= 90:
            return ch + 32
        return ch
    if ch >= 0x110000 or ch < 0:
        return ch
    return ch + LOWER_BLOCKS[(LOWER_INDEX[ch >> 8] << 8) | (ch & 255)]


def upper_unicode(ch: int) -> int:
    if ch < 128:
        if 97 <= ch <= 122:
            return ch - 32
        return ch
    if ch >= 0x110000 or ch < 0:
        return ch
    return ch + UPPER_BLOCKS[(UPPER_INDEX[ch >> 8] << 8) | (ch & 255)]


def char_flags(ch: int) -> int:
    if ch >= 0x110000 or ch < 0:
        return 0
    return FLAG_BLOCKS[(FLAG_INDEX[ch >> 8] << 8) | (ch & 255)]


def uni_isdecimal(ch: int) -> bool:
    if ch < 128:
        return 48 <= ch <= 57
    return (char_flags(ch) & F_DECIMAL) != 0


def uni_isspace(ch: int) -> bool:
    if ch < 128:
        return ch == 32 or (9 <= ch <= 13) or (28 <= ch <= 31)
    return (char_flags(ch) & F_SPACE) != 0


def uni_isalnum(ch: int) -> bool:
    if ch < 128:
        return (48 <= ch <= 57) or (65 <= ch <= 90) or (97 <= ch <= 122)
    return (char_flags(ch) & F_ALNUM) != 0


def uni_isword(ch: int) -> bool:
    if ch < 128:
        return (48 <= ch <= 57) or (65 <= ch <= 90) or (97 <= ch <= 122) or ch == 95
    return (char_flags(ch) & F_ALNUM) != 0


def uni_islinebreak(ch: int) -> bool:
    if ch < 128:
        return (10 <= ch <= 13) or (28 <= ch <= 30)
    return (char_flags(ch) & F_LINEBREAK) != 0
