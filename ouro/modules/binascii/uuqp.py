"""binascii's uuencode and quoted-printable functions (a2b_uu, b2a_uu,
a2b_qp, b2a_qp), as CPython 3.11's Modules/binascii.c: the uu module, the
uu_codec and quopri_codec codecs and quopri's fast path use them.
"""
from __future__ import annotations

from ouro.modules.binascii.module import ascii_arg, bytes_arg, error
from ouro.objspace.bytesops import hex_digit_value
from ouro.objspace.bytesobject import wrap_bytes
from ouro.objspace.gateway import register
from ouro.objspace.model import W_Root
from ouro.objspace.strobject import c_int_w

# quoted-printable lines are at most this long, the soft break's '=' included
MAXLINESIZE = 76
HEXDIGITS = "0123456789ABCDEF"


def flag(w: W_Root | None, default: bool) -> bool:
    """Argument Clinic's `bool(accept={int})`: an int, not any object."""
    if w is None:
        return default
    return c_int_w(w) != 0


def b_a2b_uu(slots: list[W_Root | None]) -> W_Root:
    data = ascii_arg(slots[0])
    n = len(data)
    # CPython reads the C string's terminating NUL as the length byte of an
    # empty line: b'' decodes to 32 NULs
    first = data[0] if n > 0 else 0
    bin_len = (first - 32) & 0o77
    pos = 1
    left = n - 1
    out: list[int] = []
    leftchar = 0
    leftbits = 0
    while bin_len > 0:
        ch = data[pos] if left > 0 else 0
        if ch == 10 or ch == 13 or left <= 0:
            # whitespace: some spaces were eaten at the end of the line
            ch = 0
        else:
            # 64 rather than 63: some uuencoders write '`' for zero
            if ch < 32 or ch > 32 + 64:
                raise error("Illegal char")
            ch = (ch - 32) & 0o77
        leftchar = (leftchar << 6) | ch
        leftbits += 6
        if leftbits >= 8:
            leftbits -= 8
            out.append((leftchar >> leftbits) & 0xff)
            leftchar &= (1 << leftbits) - 1
            bin_len -= 1
        pos += 1
        left -= 1
    # what is left on the line must be padding or whitespace
    while left > 0:
        ch = data[pos]
        if ch != 32 and ch != 32 + 64 and ch != 10 and ch != 13:
            raise error("Trailing garbage")
        pos += 1
        left -= 1
    return wrap_bytes(bytes(out))


def b_b2a_uu(slots: list[W_Root | None]) -> W_Root:
    data = bytes_arg(slots[0])
    backtick = flag(slots[1], False)
    n = len(data)
    if n > 45:
        # the 45 is a limit that appears in all uuencode's
        raise error("At most 45 bytes at once")
    out: list[int] = []
    if backtick and n == 0:
        out.append(96)
    else:
        out.append(32 + n)
    leftchar = 0
    leftbits = 0
    i = 0
    while i < n or leftbits != 0:
        if i < n:
            leftchar = ((leftchar << 8) | data[i]) & 0xffffff
        else:
            leftchar = (leftchar << 8) & 0xffffff
        leftbits += 8
        while leftbits >= 6:
            ch = (leftchar >> (leftbits - 6)) & 0x3f
            leftbits -= 6
            out.append(96 if backtick and ch == 0 else ch + 32)
        i += 1
    out.append(10)
    return wrap_bytes(bytes(out))


def b_a2b_qp(slots: list[W_Root | None]) -> W_Root:
    data = ascii_arg(slots[0])
    header = flag(slots[1], False)
    n = len(data)
    out: list[int] = []
    i = 0
    while i < n:
        ch = data[i]
        if ch == 61:                          # '='
            i += 1
            if i >= n:
                break
            nxt = data[i]
            if nxt == 10 or nxt == 13:        # a soft line break
                if nxt != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif nxt == 61:                   # '==', from broken encoders
                out.append(61)
                i += 1
            elif i + 1 < n and hex_digit_value(nxt) >= 0 and hex_digit_value(data[i + 1]) >= 0:
                out.append((hex_digit_value(nxt) << 4) | hex_digit_value(data[i + 1]))
                i += 2
            else:
                out.append(61)
        elif header and ch == 95:             # '_' is a space in headers
            out.append(32)
            i += 1
        else:
            out.append(ch)
            i += 1
    return wrap_bytes(bytes(out))


def needs_quoting(data: bytes, i: int, linelen: int, quotetabs: bool, istext: bool,
                  header: bool) -> bool:
    """Whether data[i] is written as =XX."""
    ch = data[i]
    n = len(data)
    if ch > 126 or ch == 61 or (header and ch == 95):
        return True
    # a lone '.' at the start of a line means the end of an SMTP message
    if ch == 46 and linelen == 0 and (i + 1 == n or data[i + 1] == 10 or
                                      data[i + 1] == 13 or data[i + 1] == 0):
        return True
    if not istext and (ch == 13 or ch == 10):
        return True
    # whitespace at the very end would be stripped in transit
    if (ch == 9 or ch == 32) and i + 1 == n:
        return True
    return (ch < 33 and ch != 13 and ch != 10
            and (quotetabs or (ch != 9 and ch != 32)))


def soft_break(out: list[int], crlf: bool) -> None:
    out.append(61)
    if crlf:
        out.append(13)
    out.append(10)


def b_b2a_qp(slots: list[W_Root | None]) -> W_Root:
    data = bytes_arg(slots[0])
    quotetabs = flag(slots[1], False)
    istext = flag(slots[2], True)
    header = flag(slots[3], False)
    n = len(data)
    # the line ends of the output are those of the first line of the input
    crlf = False
    nl = data.find(b"\n")
    if nl > 0 and data[nl - 1] == 13:
        crlf = True
    out: list[int] = []
    i = 0
    linelen = 0
    while i < n:
        ch = data[i]
        if needs_quoting(data, i, linelen, quotetabs, istext, header):
            if linelen + 3 >= MAXLINESIZE:
                soft_break(out, crlf)
                linelen = 0
            out.append(61)
            out.append(ord(HEXDIGITS[ch >> 4]))
            out.append(ord(HEXDIGITS[ch & 15]))
            i += 1
            linelen += 3
        elif istext and (ch == 10 or (i + 1 < n and ch == 13 and data[i + 1] == 10)):
            linelen = 0
            # whitespace before a line end is quoted, or it would be lost
            if len(out) > 0 and (out[-1] == 32 or out[-1] == 9):
                last = out[-1]
                out[-1] = 61
                out.append(ord(HEXDIGITS[last >> 4]))
                out.append(ord(HEXDIGITS[last & 15]))
            if crlf:
                out.append(13)
            out.append(10)
            i += 2 if ch == 13 else 1
        else:
            if i + 1 != n and data[i + 1] != 10 and linelen + 1 >= MAXLINESIZE:
                soft_break(out, crlf)
                linelen = 0
            linelen += 1
            if header and ch == 32:
                out.append(95)
            else:
                out.append(ch)
            i += 1
    return wrap_bytes(bytes(out))


FUNCTIONS = [
    register(None, "a2b_uu(data, /)", b_a2b_uu),
    register(None, "b2a_uu(data, /, *, backtick=)", b_b2a_uu),
    register(None, "a2b_qp(data, header=)", b_a2b_qp),
    register(None, "b2a_qp(data, quotetabs=, istext=, header=)", b_b2a_qp),
]
