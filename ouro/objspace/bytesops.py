"""Byte-string algorithms of bytes and bytearray that make a new byte string
byte by byte (hex, fromhex, translate, the case mappings, expandtabs,
latin-1 text): they write into an rpy.rlib.rbytebuf.ByteBuf sized in
advance, one byte per byte, instead of a list of ints (a word per byte and
a bytes(list) conversion at the end).

Plain functions of RPy bytes; the methods (ouro/objspace/bytesobject.py)
parse arguments, raise errors and wrap results.
"""
from __future__ import annotations

from rpy.rlib.rbytebuf import ByteBuf

HEX = b"0123456789abcdef"


# ASCII character classes (pyctype.h), bytes' only ones

def is_space(b: int) -> bool:
    return b == 32 or (9 <= b <= 13)


def is_upper(b: int) -> bool:
    return 65 <= b <= 90


def is_lower(b: int) -> bool:
    return 97 <= b <= 122


def hex_text(data: bytes, sep: int, bytes_per_sep: int) -> str:
    """bytes.hex(): sep < 0 for none; groups of |bytes_per_sep| bytes,
    counted from the end when bytes_per_sep > 0 (as CPython)."""
    n = len(data)
    if n == 0:
        return ""
    per = bytes_per_sep if bytes_per_sep > 0 else -bytes_per_sep
    if sep < 0 or per == 0:
        out = ByteBuf(2 * n)
        j = 0
        for b in data:
            out.set(j, HEX[b >> 4])
            out.set(j + 1, HEX[b & 15])
            j += 2
        return out.tobytes().decode()
    nseps = (n - 1) // per
    out = ByteBuf(2 * n + nseps)
    # the first group is the short one when counting from the end
    first = n - nseps * per if bytes_per_sep > 0 else per
    j = 0
    i = 0
    while i < n:
        if i > 0 and (i - first) % per == 0:
            out.set(j, sep)
            j += 1
        b = data[i]
        out.set(j, HEX[b >> 4])
        out.set(j + 1, HEX[b & 15])
        j += 2
        i += 1
    return out.tobytes().decode()


def _hexval(b: int) -> int:
    if 48 <= b <= 57:
        return b - 48
    if 97 <= b <= 102:
        return b - 87
    if 65 <= b <= 70:
        return b - 55
    return 16


def parse_hex(text: bytes, out: ByteBuf) -> int:
    """bytes.fromhex over ASCII text: appends the bytes to out; returns -1,
    or the position of the first bad character."""
    n = len(text)
    i = 0
    while i < n:
        if is_space(text[i]):
            while i < n and is_space(text[i]):
                i += 1
            if i >= n:
                break
        top = _hexval(text[i])
        if top >= 16:
            return i
        i += 1
        bot = _hexval(text[i]) if i < n else 16
        if bot >= 16:
            return i
        i += 1
        out.append(top * 16 + bot)
    return -1


def translate(data: bytes, table: bytes | None, delete: bytes) -> bytes:
    """bytes.translate: table of 256 bytes or None, delete a set of bytes."""
    n = len(data)
    if len(delete) == 0:
        if table is None:
            return data
        out = ByteBuf(n)
        for i in range(n):
            out.set(i, table[data[i]])
        return out.tobytes()
    dropped = [False] * 256
    for d in delete:
        dropped[d] = True
    out = ByteBuf(n)
    j = 0
    for b in data:
        if dropped[b]:
            continue
        out.set(j, table[b] if table is not None else b)
        j += 1
    return out.slice(0, j)


def swapcase(data: bytes) -> bytes:
    out = ByteBuf(len(data))
    i = 0
    for b in data:
        if is_upper(b):
            b += 32
        elif is_lower(b):
            b -= 32
        out.set(i, b)
        i += 1
    return out.tobytes()


def capitalize(data: bytes) -> bytes:
    out = ByteBuf(len(data))
    i = 0
    for b in data:
        if i == 0:
            if is_lower(b):
                b -= 32
        elif is_upper(b):
            b += 32
        out.set(i, b)
        i += 1
    return out.tobytes()


def title(data: bytes) -> bytes:
    out = ByteBuf(len(data))
    prev_cased = False
    i = 0
    for b in data:
        if is_lower(b):
            if not prev_cased:
                b -= 32
            prev_cased = True
        elif is_upper(b):
            if prev_cased:
                b += 32
            prev_cased = True
        else:
            prev_cased = False
        out.set(i, b)
        i += 1
    return out.tobytes()


def expandtabs(data: bytes, tabsize: int) -> bytes:
    out = ByteBuf(0)
    out.reserve(len(data))
    col = 0
    for b in data:
        if b == 9:
            if tabsize > 0:
                incr = tabsize - (col % tabsize)
                col += incr
                for _k in range(incr):
                    out.append(32)
        else:
            col += 1
            out.append(b)
            if b == 10 or b == 13:
                col = 0
    return out.tobytes()


def latin1_utf8(data: bytes) -> bytes:
    """The UTF-8 encoding of the text whose characters are the bytes of
    data (latin-1 decoding): bytes >= 128 take two bytes."""
    extra = 0
    for b in data:
        if b >= 128:
            extra += 1
    if extra == 0:
        return data
    out = ByteBuf(len(data) + extra)
    j = 0
    for b in data:
        if b < 128:
            out.set(j, b)
            j += 1
        else:
            out.set(j, 0xC0 | (b >> 6))
            out.set(j + 1, 0x80 | (b & 63))
            j += 2
    return out.tobytes()


def utf8_latin1(encoded: bytes) -> bytes | None:
    """The latin-1 bytes of a text given as UTF-8, or None if some
    character is >= 256."""
    n = 0
    for b in encoded:
        if b >= 0xC4:
            return None
        if b < 0x80 or b >= 0xC0:
            n += 1
    out = ByteBuf(n)
    j = 0
    i = 0
    while i < len(encoded):
        b = encoded[i]
        if b < 0x80:
            out.set(j, b)
            i += 1
        else:
            out.set(j, ((b & 3) << 6) | (encoded[i + 1] & 63))
            i += 2
        j += 1
    return out.tobytes()
