"""The CJK codecs' mapping tables, made at load time (so at translation
time) from the translating CPython's own codecs: nothing here is copied
from CPython's C tables; every entry is what the host codec answers.

Decoding is a byte trie found by probing the host decoder: a node is 256
entries of 3 bytes (little-endian) in `CodecTables.dec`; the root is node
0.  Decoding `prefix + byte` with the host gives either a character (a
leaf: the code point), several characters (a leaf: an index into
`multi`), "incomplete multibyte sequence" (an inner node: probe one byte
deeper) or "illegal multibyte sequence" with its length.  The entry:

    v < 0x110000            the code point
    ILLEGAL + k             illegal sequence of k bytes (error span)
    NODE + n                inner node n
    MULTI + m               the string multi[m]
    FOUR                    gb18030's four-byte form (second byte 0-9)
    MAKEUP                  euc_kr's 8-byte KS X 1001 Annex 3 sequence

Encoding: the host encoder's bytes for every BMP code point (and every
non-BMP one the decoder can produce), packed in 3 bytes (`enc`, in
deduplicated blocks of 256 selected by `enc_index[cp >> 8]`; non-BMP in
`enc_astral`): 0 = unmappable (except U+0000), a value < 0x100 one byte,
< 0x10000 two bytes (lead first), LONG + offset a
longer output in `long_out` (its length byte, then the bytes).  `pairs`
are the two-character sequences that encode together (big5hkscs and the
JIS X 0213 codecs: Ê + U+0304 ...), keyed first * 0x110000 + second;
`pair_first` the characters that may start one (the encoder looks ahead).
"""
from __future__ import annotations

import codecs

ILLEGAL = 0x110000
NODE = 0x200000
MULTI = 0x400000
FOUR = 0x300000
MAKEUP = 0x300001
LONG = 0x800000

GB18030_BMP_FOUR = 39420      # the four-byte sequences of the BMP


def _put3(out: bytearray, v: int) -> None:
    out.append(v & 0xFF)
    out.append((v >> 8) & 0xFF)
    out.append(v >> 16)


def _pack(b: bytes, long_out: bytearray) -> int:
    if len(b) == 1:
        return b[0]
    if len(b) == 2:
        return (b[0] << 8) | b[1]
    off = len(long_out)
    long_out.append(len(b))
    long_out.extend(b)
    return LONG + off


class CodecTables:
    """One codec's tables (see the module docstring)."""
    name: str
    dec: bytes
    multi: list[str]
    enc_index: bytes
    enc: bytes
    enc_astral: dict[int, int]
    long_out: bytes
    pairs: dict[int, int]
    pair_first: dict[int, bool]
    gb_four: bytes                 # gb18030: the code point of each BMP four-byte index
    cho: bytes                     # euc_kr make-up: choseong index + 1 of A4xx (0: none)
    jong: bytes                    # jongseong index + 1 of A4xx

    def __init__(self, name: str) -> None:
        self.name = name
        self.multi = []
        self.enc_astral = {}
        self.pairs = {}
        self.pair_first = {}
        self.gb_four = b""
        self.cho = b""
        self.jong = b""
        _build(self)


def _probe(name: str, data: bytes) -> tuple[int, str]:
    """(kind, result): 0 decoded (result), 1 incomplete, 2 illegal (length in result)."""
    try:
        return 0, data.decode(name)
    except UnicodeDecodeError as e:
        if e.start != 0:
            # the first character ended before the error: a leaf made of
            # what decoded (cannot happen in a trie walked from the root)
            raise AssertionError("%s: %r" % (name, data))
        if e.reason == "incomplete multibyte sequence":
            return 1, ""
        return 2, str(e.end - e.start)


def _build(t: CodecTables) -> None:
    name = t.name
    nodes: list[list[int]] = []
    astral: set[int] = set()

    def node(prefix: bytes) -> int:
        n = len(nodes)
        entries = [0] * 256
        nodes.append(entries)
        for b in range(256):
            data = prefix + bytes([b])
            if name == "gb18030" and len(data) == 2 and 0x30 <= b <= 0x39:
                entries[b] = FOUR
                continue
            if name == "euc_kr" and data == b"\xa4\xd4":
                entries[b] = MAKEUP
                continue
            kind, res = _probe(name, data)
            if kind == 0:
                if len(res) == 1:
                    entries[b] = ord(res)
                    if ord(res) >= 0x10000:
                        astral.add(ord(res))
                else:
                    entries[b] = MULTI + len(t.multi)
                    t.multi.append(res)
            elif kind == 1:
                entries[b] = NODE + node(data)
            else:
                entries[b] = ILLEGAL + int(res)
        return n

    node(b"")
    dec = bytearray()
    for entries in nodes:
        for v in entries:
            _put3(dec, v)
    t.dec = bytes(dec)

    long_out = bytearray()
    blocks: dict[bytes, int] = {}
    enc = bytearray()
    index = bytearray()
    for hi in range(256):
        block = bytearray()
        for lo in range(256):
            cp = (hi << 8) | lo
            _put3(block, _encode_one(name, cp, long_out))
        key = bytes(block)
        if key not in blocks:
            blocks[key] = len(blocks)
            enc.extend(key)
        index.append(blocks[key])
    t.enc_index = bytes(index)
    t.enc = bytes(enc)
    for cp in sorted(astral):
        v = _encode_one(name, cp, long_out)
        if v:
            t.enc_astral[cp] = v
    for s in t.multi:
        if len(s) == 2:
            try:
                b = s.encode(name)
            except UnicodeEncodeError:
                continue
            t.pairs[ord(s[0]) * 0x110000 + ord(s[1])] = _pack(b, long_out)
            t.pair_first[ord(s[0])] = True
    if name == "gb18030":
        four = bytearray()
        for i in range(GB18030_BMP_FOUR):
            c4 = 0x30 + i % 10
            c3 = 0x81 + (i // 10) % 126
            c2 = 0x30 + (i // 1260) % 10
            c1 = 0x81 + i // 12600
            s = bytes([c1, c2, c3, c4]).decode(name)
            assert len(s) == 1
            _put3(four, ord(s))
        t.gb_four = bytes(four)
    if name == "euc_kr":
        cho = bytearray(256)
        jong = bytearray(256)
        for c in range(256):
            kind, res = _probe(name, bytes([0xA4, 0xD4, 0xA4, c, 0xA4, 0xBF, 0xA4, 0xD4]))
            if kind == 0 and len(res) == 1:
                cho[c] = (ord(res) - 0xAC00) // 588 + 1
            kind, res = _probe(name, bytes([0xA4, 0xD4, 0xA4, 0xA1, 0xA4, 0xBF, 0xA4, c]))
            if kind == 0 and len(res) == 1:
                jong[c] = (ord(res) - 0xAC00) % 28 + 1
        t.cho = bytes(cho)
        t.jong = bytes(jong)
    t.long_out = bytes(long_out)


def _encode_one(name: str, cp: int, long_out: bytearray) -> int:
    try:
        b = chr(cp).encode(name)
    except UnicodeEncodeError:
        return 0
    return _pack(b, long_out)


# the codecs made from tables, by the module that provides them
MODULE_CODECS = [
    ("_codecs_cn", ["gb2312", "gbk", "gb18030"]),
    ("_codecs_tw", ["big5", "cp950"]),
    ("_codecs_hk", ["big5hkscs"]),
    ("_codecs_jp", ["shift_jis", "cp932", "euc_jp", "shift_jis_2004", "shift_jisx0213",
                    "euc_jis_2004", "euc_jisx0213"]),
    ("_codecs_kr", ["euc_kr", "cp949", "johab"]),
]

TABLES: dict[str, CodecTables] = {}
for _mod, _names in MODULE_CODECS:
    for _name in _names:
        codecs.lookup(_name)
        TABLES[_name] = CodecTables(_name)
