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
from ouro.modules._multibytecodec.tables import (FOUR, GB18030_BMP_FOUR, ILLEGAL, LONG, MAKEUP,
                                                 MULTI, NODE, CodecTables)

ILLEGAL_REASON = "illegal multibyte sequence"
INCOMPLETE_REASON = "incomplete multibyte sequence"


def _get3(table: bytes, i: int) -> int:
    return table[3 * i] | (table[3 * i + 1] << 8) | (table[3 * i + 2] << 16)


# -- decoding

def decode_run(t: CodecTables, ctx: DecodeCtx, final: bool) -> int:
    """Decodes ctx.data into ctx.out; returns the position of the
    undecoded tail (len(data) unless final is False)."""
    data = ctx.data
    n = len(data)
    pos = 0
    while pos < n:
        v = _get3(t.dec, data[pos])
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


# -- encoding

class MBEncodeCtx(EncodeCtx):
    """An encoding call of a CJK codec: replacements go through the table."""
    t: CodecTables

    def __init__(self, t: CodecTables, chars: list[str], errors: str) -> None:
        EncodeCtx.__init__(self, t.name, ILLEGAL_REASON, chars, errors)
        self.t = t

    def encode_rep(self, rep: str) -> bytes | None:
        res: list[int] = []
        for c in rep:
            v = encode_value(self.t, ord(c))
            if v < 0:
                return None
            put_value(self.t, v, res)
        return bytes(res)


def encode_value(t: CodecTables, o: int) -> int:
    """The packed bytes of one code point (tables.py), -1 if unmappable."""
    if o < 0x10000:
        v = _get3(t.enc, (t.enc_index[o >> 8] << 8) | (o & 0xFF))
    elif o in t.enc_astral:
        v = t.enc_astral[o]
    elif t.name == "gb18030":
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
    """Encodes ctx.chars into ctx.out; returns the position of the
    unencoded tail (len(chars) unless final is False)."""
    chars = ctx.chars
    n = len(chars)
    i = 0
    res: list[int] = []
    while i < n:
        o = ord(chars[i])
        if o in t.pair_first:
            if i + 1 < n:
                key = o * 0x110000 + ord(chars[i + 1])
                if key in t.pairs:
                    put_value(t, t.pairs[key], res)
                    i += 2
                    continue
            elif not final:
                break
        v = encode_value(t, o)
        if v == -1:
            if len(res) > 0:
                ctx.out.append(bytes(res))
                res = []
            i = encode_failure(ctx, i, i + 1)
            continue
        put_value(t, v, res)
        i += 1
    if len(res) > 0:
        ctx.out.append(bytes(res))
    return i
