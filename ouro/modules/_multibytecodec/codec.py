"""The table-driven CJK encoder and decoder (the algorithms of CPython's
Modules/cjkcodecs/_codecs_*.c for the codecs without shift state, over the
tables of tables.py), with errors through ouro/modules/_codecs/errors.py
as CPython's _multibytecodec.c: the reasons "illegal multibyte sequence"
and "incomplete multibyte sequence"; a str replacement is encoded by the
codec itself.

Both directions work on a whole buffer and return where they stopped:
with final=False an incomplete sequence at the end (decoding) or a
character that may start a two-character pair (encoding) is left for the
next call (the incremental codecs keep it as their pending input).
"""
from __future__ import annotations

from ouro.modules._codecs.errors import DecodeCtx, EncodeCtx, decode_failure, encode_failure
from ouro.modules._multibytecodec.tables import (DBCS, FOUR, GB18030_BMP_FOUR, ILLEGAL,
                                                 KIND_HZ, KIND_ISO2022, KIND_TABLE, LONG, MARK_ASCII, MULTI,
                                                 NODE, NO_SHIFT, USE_G2, USE_JISX0208_EXT,
                                                 CodecTables, designation)
from ouro.objspace.exceptions import operr, w_RuntimeError

ILLEGAL_REASON = "illegal multibyte sequence"
STATE_SIZE = 8          # CPython's MultibyteCodec_State: c[0..3] G0-G3, c[4] flags

ESC = 0x1B
SO = 0x0E
SI = 0x0F
LF = 0x0A
F_SHIFTED = 1
F_ESCTHROUGHOUT = 2
TOOFEW = -1
INCOMPLETE_REASON = "incomplete multibyte sequence"


def _get3(table: bytes, i: int) -> int:
    return table[3 * i] | (table[3 * i + 1] << 8) | (table[3 * i + 2] << 16)


def new_state(t: CodecTables, encoder: bool) -> list[int]:
    """The state after CPython's encinit/decinit."""
    st = [0] * STATE_SIZE
    if t.kind == KIND_ISO2022:
        st[0] = MARK_ASCII
        st[1] = MARK_ASCII
        if not encoder:
            st[2] = MARK_ASCII
    return st


def decoder_reset(t: CodecTables, st: list[int]) -> None:
    if t.kind == KIND_ISO2022:
        st[0] = MARK_ASCII
        st[4] &= ~F_SHIFTED
    elif t.kind == KIND_HZ:
        st[0] = 0


# -- decoding

def decode_run(t: CodecTables, ctx: DecodeCtx, final: bool, st: list[int]) -> int:
    """Decodes ctx.data into ctx.out from state st (updated); returns the
    position of the undecoded tail (len(data) unless final is False)."""
    if t.kind == KIND_HZ:
        return _hz_decode(t, ctx, final, st)
    if t.kind == KIND_ISO2022:
        return _iso_decode(t, ctx, final, st)
    data = ctx.data
    n = len(data)
    pos = 0
    while pos < n:
        v = _get3(t.dec, (t.dec_root << 8) | data[pos])
        k = 1
        while NODE <= v < FOUR and pos + k < n:
            v = _get3(t.dec, ((v - NODE) << 8) | data[pos + k])
            k += 1
        if v < ILLEGAL:
            ctx.out.append(chr(v))
            pos += k
        elif v < NODE:
            pos = decode_failure(ctx, pos, pos + v - ILLEGAL, ILLEGAL_REASON)
        elif v < FOUR:
            # an inner node at the end of the input
            if not final:
                return pos
            pos = decode_failure(ctx, pos, n, INCOMPLETE_REASON)
        elif v >= MULTI:
            ctx.out.append(t.multi[v - MULTI])
            pos += k
        else:
            if pos + (4 if v == FOUR else 8) > n:
                if not final:
                    return pos
                pos = decode_failure(ctx, pos, n, INCOMPLETE_REASON)
                continue
            if v == FOUR:
                o = _gb18030_four(t, data, pos)
                size = 4
            else:
                o = _makeup(t, data, pos)
                size = 8
            if o < 0:
                pos = decode_failure(ctx, pos, pos + 1, ILLEGAL_REASON)
            else:
                ctx.out.append(chr(o))
                pos += size
    return n


def _gb18030_four(t: CodecTables, data: bytes, pos: int) -> int:
    """The code point of gb18030's four bytes at pos, -1 if illegal."""
    c1 = data[pos]
    c2 = data[pos + 1]
    c3 = data[pos + 2]
    c4 = data[pos + 3]
    if c1 < 0x81 or c1 > 0xFE or c3 < 0x81 or c3 > 0xFE or c4 < 0x30 or c4 > 0x39:
        return -1
    c1 -= 0x81
    lseq = (c2 - 0x30) * 1260 + (c3 - 0x81) * 10 + (c4 - 0x30)
    if c1 < 4:
        lseq += c1 * 12600
        if lseq < GB18030_BMP_FOUR:
            return _get3(t.gb_four, lseq)
    elif c1 >= 15:
        lseq += 0x10000 + (c1 - 15) * 12600
        if lseq <= 0x10FFFF:
            return lseq
    return -1


def _makeup(t: CodecTables, data: bytes, pos: int) -> int:
    """euc_kr's KS X 1001:1998 Annex 3 make-up sequence (A4D4 A4xx A4yy A4zz)."""
    if data[pos + 2] != 0xA4 or data[pos + 4] != 0xA4 or data[pos + 6] != 0xA4:
        return -1
    cho = t.cho[data[pos + 3]]
    jung = data[pos + 5]
    jong = t.jong[data[pos + 7]]
    if cho == 0 or jong == 0 or jung < 0xBF or jung > 0xD3:
        return -1
    return 0xAC00 + (cho - 1) * 588 + (jung - 0xBF) * 28 + (jong - 1)


def _dbcs_lookup(t: CodecTables, k: int, data: bytes, pos: int) -> int:
    """The value of charset k's table for the bytes at pos (0: unmappable)."""
    if t.iso_marks[k] & DBCS:
        b2 = data[pos + 1]
        if b2 >= 0x80:
            return 0
        return _get3(t.iso_dec[k], (data[pos] << 7) | b2)
    return _get3(t.iso_dec[k], data[pos])


def _out_value(t: CodecTables, ctx: DecodeCtx, v: int) -> None:
    if v >= MULTI:
        ctx.out.append(t.multi[v - MULTI])
    else:
        ctx.out.append(chr(v))


def _hz_decode(t: CodecTables, ctx: DecodeCtx, final: bool, st: list[int]) -> int:
    data = ctx.data
    n = len(data)
    pos = 0
    while pos < n:
        c = data[pos]
        err = 0
        if c == 0x7E:
            if pos + 1 >= n:
                err = TOOFEW
            else:
                c2 = data[pos + 1]
                if c2 == 0x7E and st[0] == 0:
                    ctx.out.append("~")
                elif c2 == 0x7B and st[0] == 0:
                    st[0] = 1
                elif c2 == LF and st[0] == 0:
                    pass
                elif c2 == 0x7D and st[0] == 1:
                    st[0] = 0
                else:
                    err = 1
                if err == 0:
                    pos += 2
        elif c & 0x80:
            err = 1
        elif st[0] == 0:
            ctx.out.append(chr(c))
            pos += 1
        elif pos + 1 >= n:
            err = TOOFEW
        else:
            v = _dbcs_lookup(t, 0, data, pos)
            if v == 0:
                err = 1
            else:
                _out_value(t, ctx, v)
                pos += 2
        if err == TOOFEW:
            if not final:
                return pos
            pos = decode_failure(ctx, pos, n, INCOMPLETE_REASON)
        elif err > 0:
            pos = decode_failure(ctx, pos, pos + err, ILLEGAL_REASON)
    return n


def _is_escend(c: int) -> bool:
    return 0x41 <= c <= 0x5A or c == 0x40


def _charset_index(t: CodecTables, mark: int) -> int:
    for k in range(len(t.iso_marks)):
        if t.iso_marks[k] == mark:
            return k
    return -1


def _process_esc(t: CodecTables, st: list[int], data: bytes, pos: int) -> int:
    """An escape sequence at pos: its length (> 0) once designated, TOOFEW,
    or -2 - the length of an error."""
    inleft = len(data) - pos
    esclen = 0
    i = 1
    while i < 16:
        if i >= inleft:
            return TOOFEW
        b = data[pos + i]
        if _is_escend(b):
            esclen = i + 1
            break
        if (t.iso_flags & USE_JISX0208_EXT and i + 1 < inleft and b == 0x26
                and data[pos + i + 1] == 0x40):
            i += 2
        i += 1
    if esclen == 0:
        return -2 - 1
    g = 0
    if esclen == 3:
        if data[pos + 1] == 0x24:
            charset = data[pos + 2] | DBCS
        else:
            charset = data[pos + 2]
            b1 = data[pos + 1]
            if b1 == 0x28:
                g = 0
            elif b1 == 0x29:
                g = 1
            elif t.iso_flags & USE_G2 and b1 == 0x2E:
                g = 2
            else:
                return -2 - 3
    elif esclen == 4:
        if data[pos + 1] != 0x24:
            return -2 - 4
        charset = data[pos + 3] | DBCS
        if data[pos + 2] == 0x28:
            g = 0
        elif data[pos + 2] == 0x29:
            g = 1
        else:
            return -2 - 4
    elif esclen == 6:
        if (t.iso_flags & USE_JISX0208_EXT and data[pos + 3] == ESC and data[pos + 4] == 0x24
                and data[pos + 5] == 0x42):
            charset = 0x42 | DBCS
        else:
            return -2 - 6
    else:
        return -2 - esclen
    if charset != MARK_ASCII and _charset_index(t, charset) < 0:
        return -2 - esclen
    st[g] = charset
    return esclen


def _g2_char(t: CodecTables, st: list[int], b: int) -> int:
    """The character of ESC N b (single shift 2), -1 if illegal."""
    g2 = st[2]
    if g2 == 0x41:
        return b + 0x80 if b < 0x80 else -1
    if g2 == 0x46:
        v = _get3(t.g2_greek, b)
        return v if v != 0 else -1
    if g2 == MARK_ASCII:
        return -1 if b & 0x80 else b
    raise operr(w_RuntimeError, "internal codec error")


def _iso_decode(t: CodecTables, ctx: DecodeCtx, final: bool, st: list[int]) -> int:
    data = ctx.data
    n = len(data)
    pos = 0
    while pos < n:
        c = data[pos]
        if st[4] & F_ESCTHROUGHOUT:
            ctx.out.append(chr(c))
            pos += 1
            if _is_escend(c):
                st[4] &= ~F_ESCTHROUGHOUT
            continue
        err = 0
        bypass = False
        if c == ESC:
            if pos + 1 >= n:
                err = TOOFEW
            else:
                c2 = data[pos + 1]
                if c2 == 0x28 or c2 == 0x29 or c2 == 0x24 or c2 == 0x2E or c2 == 0x26:
                    r = _process_esc(t, st, data, pos)
                    if r == TOOFEW:
                        err = TOOFEW
                    elif r < 0:
                        err = -2 - r
                    else:
                        pos += r
                elif t.iso_flags & USE_G2 and c2 == 0x4E:
                    if pos + 2 >= n:
                        err = TOOFEW
                    else:
                        o = _g2_char(t, st, data[pos + 2])
                        if o < 0:
                            err = 3
                        else:
                            ctx.out.append(chr(o))
                            pos += 3
                else:
                    ctx.out.append(chr(ESC))
                    st[4] |= F_ESCTHROUGHOUT
                    pos += 1
        elif c == SI or c == SO:
            if t.iso_flags & NO_SHIFT:
                bypass = True
            else:
                if c == SI:
                    st[4] &= ~F_SHIFTED
                else:
                    st[4] |= F_SHIFTED
                pos += 1
        elif c == LF:
            st[4] &= ~F_SHIFTED
            ctx.out.append("\n")
            pos += 1
        elif c < 0x20:
            bypass = True
        elif c >= 0x80:
            err = 1
        else:
            charset = st[1] if st[4] & F_SHIFTED else st[0]
            if charset == MARK_ASCII:
                bypass = True
            else:
                k = _charset_index(t, charset)
                width = 2 if charset & DBCS else 1
                if k < 0:
                    raise operr(w_RuntimeError, "internal codec error")
                if pos + width > n:
                    err = TOOFEW
                else:
                    v = _dbcs_lookup(t, k, data, pos)
                    if v == 0:
                        err = width
                    else:
                        _out_value(t, ctx, v)
                        pos += width
        if bypass:
            ctx.out.append(chr(c))
            pos += 1
        elif err == TOOFEW:
            if not final:
                return pos
            pos = decode_failure(ctx, pos, n, INCOMPLETE_REASON)
        elif err > 0:
            pos = decode_failure(ctx, pos, pos + err, ILLEGAL_REASON)
    return n


# -- encoding

class MBEncodeCtx(EncodeCtx):
    """An encoding call of a CJK codec: a str replacement is encoded by
    the codec, from the current state (CPython's multibytecodec_encerror)."""
    t: CodecTables
    st: list[int]
    cap: int               # the size of CPython's output buffer (hz needs it)
    flushed: int           # bytes in self.out

    def __init__(self, t: CodecTables, chars: list[str], errors: str, st: list[int]) -> None:
        EncodeCtx.__init__(self, t.name, ILLEGAL_REASON, chars, errors)
        self.t = t
        self.st = st
        self.cap = len(chars) * 2 + 16
        self.flushed = 0
        self.overflow_pos = True

    def room(self, res: list[int], k: int) -> None:
        """CPython grows its buffer when k more bytes do not fit."""
        while self.flushed + len(res) + k > self.cap:
            self.cap += (self.cap >> 1) | 1

    def encode_rep(self, rep: str) -> bytes | None:
        res: list[int] = []
        for c in rep:
            if not encode_char(self.t, ord(c), res, self.st):
                return None
        return bytes(res)


def encode_char(t: CodecTables, o: int, res: list[int], st: list[int]) -> bool:
    """Appends one character's bytes (and the shifts and designations it
    needs) to res; False if it cannot be encoded."""
    if t.kind != KIND_TABLE and o < 0x80:
        if t.kind == KIND_HZ:
            if st[0] != 0:
                res.append(0x7E)
                res.append(0x7D)
                st[0] = 0
            res.append(o)
            if o == 0x7E:
                res.append(0x7E)
            return True
        if st[0] != MARK_ASCII:
            res.append(ESC)
            res.append(0x28)
            res.append(MARK_ASCII)
            st[0] = MARK_ASCII
        if st[4] & F_SHIFTED:
            res.append(SI)
            st[4] &= ~F_SHIFTED
        res.append(o)
        return True
    v = encode_value(t, o)
    if v == -1:
        return False
    put_stateful(t, v, res, st)
    return True


def put_stateful(t: CodecTables, v: int, res: list[int], st: list[int]) -> None:
    """The bytes of a table value, for hz and ISO-2022 with their shifts."""
    if t.kind == KIND_TABLE:
        put_value(t, v, res)
        return
    mark = v >> 16
    if t.kind == KIND_HZ:
        if st[0] == 0:
            res.append(0x7E)
            res.append(0x7B)
            st[0] = 1
    else:
        plane = t.iso_planes[_charset_index(t, mark)]
        if plane == 0:
            if st[4] & F_SHIFTED:
                res.append(SI)
                st[4] &= ~F_SHIFTED
            if st[0] != mark:
                for b in designation(mark, 0):
                    res.append(b)
                st[0] = mark
        else:
            if st[1] != mark:
                for b in designation(mark, 1):
                    res.append(b)
                st[1] = mark
            if not st[4] & F_SHIFTED:
                res.append(SO)
                st[4] |= F_SHIFTED
    if mark & DBCS:
        res.append((v >> 8) & 0xFF)
    res.append(v & 0xFF)


def _hz_char(ctx: MBEncodeCtx, o: int, res: list[int]) -> bool:
    """hz: one character into res, as CPython's encoder with its output
    buffer: a '~' doubled when the buffer is full loses its second '~'
    (the input has moved on when the write fails); False if unmappable."""
    st = ctx.st
    if o < 0x80:
        if st[0] != 0:
            ctx.room(res, 2)
            res.append(0x7E)
            res.append(0x7D)
            st[0] = 0
        ctx.room(res, 1)
        res.append(o)
        if o == 0x7E:
            if ctx.flushed + len(res) + 1 > ctx.cap:
                ctx.cap += (ctx.cap >> 1) | 1
            else:
                res.append(0x7E)
        return True
    v = encode_value(ctx.t, o)
    if v == -1:
        return False
    ctx.room(res, 2 if st[0] != 0 else 4)
    put_stateful(ctx.t, v, res, st)
    return True


def encoder_reset(t: CodecTables, st: list[int], res: list[int]) -> None:
    """CPython's encreset: back to the initial shift state."""
    if t.kind == KIND_HZ:
        if st[0] != 0:
            res.append(0x7E)
            res.append(0x7D)
            st[0] = 0
    elif t.kind == KIND_ISO2022:
        if st[4] & F_SHIFTED:
            res.append(SI)
            st[4] &= ~F_SHIFTED
        if st[0] != MARK_ASCII:
            res.append(ESC)
            res.append(0x28)
            res.append(MARK_ASCII)
            st[0] = MARK_ASCII


def encode_value(t: CodecTables, o: int) -> int:
    """The packed bytes of one code point (tables.py), -1 if unmappable."""
    if o < 0x10000:
        hi = o >> 8
        block = t.enc_index[2 * hi] | (t.enc_index[2 * hi + 1] << 8)
        v = _get3(t.enc, (block << 8) | (o & 0xFF))
    elif o in t.enc_astral:
        v = t.enc_astral[o]
    elif t.kind == KIND_TABLE and t.name == "gb18030":
        return -2 - (o - 0x10000)      # the algorithmic four bytes
    else:
        v = 0
    if v == 0 and o != 0:
        return -1
    return v


def put_value(t: CodecTables, v: int, res: list[int]) -> None:
    if v <= -2:
        lseq = -2 - v
        res.append(0x90 + lseq // 12600)
        res.append(0x30 + (lseq // 1260) % 10)
        res.append(0x81 + (lseq // 10) % 126)
        res.append(0x30 + lseq % 10)
    elif v < 0x100:
        res.append(v)
    elif v < 0x10000:
        res.append(v >> 8)
        res.append(v & 0xFF)
    else:
        off = v - LONG
        size = t.long_out[off]
        for k in range(size):
            res.append(t.long_out[off + 1 + k])


def encode_run(t: CodecTables, ctx: MBEncodeCtx, final: bool) -> int:
    """Encodes ctx.chars into ctx.out from the state ctx.st (updated);
    returns the position of the unencoded tail (len(chars) unless final is
    False).  final also resets the shift state at the end (CPython's
    MBENC_FLUSH | MBENC_RESET)."""
    chars = ctx.chars
    st = ctx.st
    n = len(chars)
    i = 0
    res: list[int] = []
    while i < n:
        o = ord(chars[i])
        if t.kind == KIND_HZ:
            if _hz_char(ctx, o, res):
                i += 1
                continue
        elif o in t.pair_first:
            if i + 1 < n:
                key = o * 0x110000 + ord(chars[i + 1])
                if key in t.pairs:
                    put_stateful(t, t.pairs[key], res, st)
                    i += 2
                    continue
            elif not final:
                break
        if not encode_char(t, o, res, st):
            if len(res) > 0:
                ctx.out.append(bytes(res))
                ctx.flushed += len(res)
                res = []
            before = len(ctx.out)
            i = encode_failure(ctx, i, i + 1)
            added = 0
            for k in range(before, len(ctx.out)):
                added += len(ctx.out[k])
            if added > ctx.cap - ctx.flushed:
                half = ctx.cap >> 1
                ctx.cap += added if added >= half else half | 1
            ctx.flushed += added
            continue
        i += 1
    if final and i == n:
        encoder_reset(t, st, res)
    if len(res) > 0:
        ctx.out.append(bytes(res))
    return i
