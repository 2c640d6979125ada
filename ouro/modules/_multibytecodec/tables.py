"""The CJK codecs' mapping tables, made at load time (so at translation
time) from the translating CPython's own codecs: nothing here is copied
from CPython's C tables; every entry is what the host codec answers.

Decoding is a byte trie found by probing the host decoder: a node is 256
entries of 3 bytes (little-endian) in `DEC` (shared by all the codecs);
the codec's root is node `dec_root`.  Decoding `prefix + byte` with the host gives either a character (a
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
`enc_astral`; the blocks are in `ENC`, shared): 0 = unmappable (except U+0000), a value < 0x100 one byte,
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

KIND_TABLE = 0                # stateless: the byte trie
KIND_HZ = 1
KIND_ISO2022 = 2

# ISO-2022 (CPython's _codecs_iso2022.c): a charset's mark is its final
# escape byte, | DBCS for the two-byte ones; the codecs' flags
DBCS = 0x80
MARK_ASCII = 0x42
NO_SHIFT = 1
USE_G2 = 2
USE_JISX0208_EXT = 4

# name -> (flags, [(mark, plane)]): the charsets each codec may designate,
# in the order its encoder tries them (CPython's configuration)
ISO2022_CONFIGS: dict[str, tuple[int, list[tuple[int, int]]]] = {
    "iso2022_kr": (0, [(0x43 | DBCS, 1)]),
    "iso2022_jp": (NO_SHIFT | USE_JISX0208_EXT, [(0x42 | DBCS, 0), (0x4A, 0), (0x40 | DBCS, 0)]),
    "iso2022_jp_1": (NO_SHIFT | USE_JISX0208_EXT,
                     [(0x42 | DBCS, 0), (0x44 | DBCS, 0), (0x4A, 0), (0x40 | DBCS, 0)]),
    "iso2022_jp_2": (NO_SHIFT | USE_G2 | USE_JISX0208_EXT,
                     [(0x42 | DBCS, 0), (0x44 | DBCS, 0), (0x43 | DBCS, 0), (0x41 | DBCS, 0),
                      (0x4A, 0), (0x40 | DBCS, 0), (0x41, 2), (0x46, 2)]),
    "iso2022_jp_2004": (NO_SHIFT | USE_JISX0208_EXT,
                        [(0x51 | DBCS, 0), (0x42 | DBCS, 0), (0x50 | DBCS, 0)]),
    "iso2022_jp_3": (NO_SHIFT | USE_JISX0208_EXT,
                     [(0x4F | DBCS, 0), (0x42 | DBCS, 0), (0x50 | DBCS, 0)]),
    "iso2022_jp_ext": (NO_SHIFT | USE_JISX0208_EXT,
                       [(0x42 | DBCS, 0), (0x44 | DBCS, 0), (0x4A, 0), (0x49, 0), (0x40 | DBCS, 0)]),
}


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
    enc_index: bytes               # 2 bytes (little-endian) per block of 256 code points
    dec_root: int                  # the trie's root node
    enc: bytes
    enc_astral: dict[int, int]
    long_out: bytes
    pairs: dict[int, int]
    pair_first: dict[int, bool]
    gb_four: bytes                 # gb18030: the code point of each BMP four-byte index
    cho: bytes                     # euc_kr make-up: choseong index + 1 of A4xx (0: none)
    jong: bytes                    # jongseong index + 1 of A4xx
    kind: int                      # KIND_*
    # hz and ISO-2022: the charsets (marks, planes), the decoding table of
    # each (width 1: 128 entries by byte; width 2: 128 * 128 by first << 7
    # | second; 0: unmappable); the encoding tables hold mark << 16 | code
    iso_flags: int
    iso_marks: list[int]
    iso_planes: list[int]
    iso_dec: list[bytes]
    g2_greek: bytes                # iso2022_jp_2's ISO 8859-7 in G2 (by byte)

    def __init__(self, name: str) -> None:
        self.name = name
        self.multi = []
        self.enc_astral = {}
        self.pairs = {}
        self.pair_first = {}
        self.gb_four = b""
        self.cho = b""
        self.jong = b""
        self.dec = b""
        self.enc = b""
        self.dec_root = 0
        self.long_out = b""
        self.iso_flags = 0
        self.iso_marks = []
        self.iso_planes = []
        self.iso_dec = []
        self.g2_greek = b""
        if name == "hz":
            self.kind = KIND_HZ
            _build_stateful(self, 0, [(0x41 | DBCS, 0)])
        elif name in ISO2022_CONFIGS:
            self.kind = KIND_ISO2022
            flags, dsgs = ISO2022_CONFIGS[name]
            _build_stateful(self, flags, dsgs)
        else:
            self.kind = KIND_TABLE
            _build(self)


class Pool:
    """Blocks of 256 entries shared by all the codecs (equal blocks once:
    most of the decoding nodes are alike, and the codecs of one family
    share most of their encoding blocks)."""
    data: bytearray
    index: dict[bytes, int]

    def __init__(self) -> None:
        self.data = bytearray()
        self.index = {}


DEC_POOL = Pool()
ENC_POOL = Pool()


def _pooled(pool: Pool, block: bytes) -> int:
    if block not in pool.index:
        pool.index[block] = len(pool.index)
        pool.data.extend(block)
    return pool.index[block]


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
    astral: set[int] = set()

    def node(prefix: bytes) -> int:
        entries = [0] * 256
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
        block = bytearray()
        for v in entries:
            _put3(block, v)
        return _pooled(DEC_POOL, bytes(block))

    t.dec_root = node(b"")

    long_out = bytearray()
    index = bytearray()
    for hi in range(256):
        block = bytearray()
        for lo in range(256):
            cp = (hi << 8) | lo
            _put3(block, _encode_one(name, cp, long_out))
        n = _pooled(ENC_POOL, bytes(block))
        index.append(n & 0xFF)
        index.append(n >> 8)
    t.enc_index = bytes(index)
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


def designation(mark: int, plane: int) -> bytes:
    """The escape sequence that designates a charset (CPython's encoder's)."""
    if plane == 0:
        if not mark & DBCS:
            return bytes([0x1B, 0x28, mark])
        if mark == 0x42 | DBCS:
            return b"\x1b$B"
        return bytes([0x1B, 0x24, 0x28, mark & 0x7F])
    if plane == 1:
        if not mark & DBCS:
            return bytes([0x1B, 0x29, mark])
        return bytes([0x1B, 0x24, 0x29, mark & 0x7F])
    return bytes([0x1B, 0x2E, mark])


_SHARED_DEC: dict[bytes, bytes] = {}


def _build_stateful(t: CodecTables, flags: int, dsgs: list[tuple[int, int]]) -> None:
    name = t.name
    t.iso_flags = flags
    astral: set[int] = set()
    for mark, plane in dsgs:
        t.iso_marks.append(mark)
        t.iso_planes.append(plane)
        table = bytearray()
        if plane == 2:
            # the G2 charsets decode through ESC N only (a dummy elsewhere)
            t.iso_dec.append(bytes(3 * 128))
            continue
        if name == "hz":
            prefix = b"~{"
        else:
            prefix = designation(mark, plane) + (b"\x0e" if plane == 1 else b"")
        if mark & DBCS:
            keys = [bytes([b1, b2]) for b1 in range(128) for b2 in range(128)]
        else:
            keys = [bytes([b1]) for b1 in range(128)]
        for key in keys:
            v = 0
            if key[0] >= 0x20 and not (name == "hz" and key[0] == 0x7E):
                try:
                    res = (prefix + key).decode(name)
                except UnicodeDecodeError:
                    res = ""
                if len(res) == 1:
                    v = ord(res)
                    if v >= 0x10000:
                        astral.add(v)
                elif len(res) == 2:
                    v = MULTI + len(t.multi)
                    t.multi.append(res)
            _put3(table, v)
        data = bytes(table)
        t.iso_dec.append(_SHARED_DEC.setdefault(data, data))
    if flags & USE_G2:
        greek = bytearray()
        for b in range(256):
            try:
                res = (b"\x1b.F\x1bN" + bytes([b])).decode(name)
            except UnicodeDecodeError:
                res = ""
            _put3(greek, ord(res) if len(res) == 1 else 0)
        t.g2_greek = bytes(greek)

    index = bytearray()
    for hi in range(256):
        block = bytearray()
        for lo in range(256):
            _put3(block, _encode_stateful(t, chr((hi << 8) | lo)))
        n = _pooled(ENC_POOL, bytes(block))
        index.append(n & 0xFF)
        index.append(n >> 8)
    t.enc_index = bytes(index)
    for cp in sorted(astral):
        v = _encode_stateful(t, chr(cp))
        if v:
            t.enc_astral[cp] = v
    for s in t.multi:
        v = _encode_stateful(t, s)
        if v:
            t.pairs[ord(s[0]) * 0x110000 + ord(s[1])] = v
            t.pair_first[ord(s[0])] = True


def _encode_stateful(t: CodecTables, s: str) -> int:
    """mark << 16 | code of what the host encodes s to (one character or
    a pair) from the initial state, 0 if it cannot."""
    if ord(s[0]) < 0x80:
        return 0
    try:
        out = s.encode(t.name)
    except UnicodeEncodeError:
        return 0
    if t.kind == KIND_HZ:
        assert out[:2] == b"~{" and out[-2:] == b"~}" and len(out) == 6
        return ((0x41 | DBCS) << 16) | (out[2] << 8) | out[3]
    for k in range(len(t.iso_marks)):
        mark = t.iso_marks[k]
        prefix = designation(mark, t.iso_planes[k]) + (b"\x0e" if t.iso_planes[k] == 1 else b"")
        width = 2 if mark & DBCS else 1
        if out.startswith(prefix) and len(out) > len(prefix) + width:
            code = out[len(prefix):len(prefix) + width]
            rest = out[len(prefix) + width:]
            assert rest in (b"\x1b(B", b"\x0f"), (t.name, s, out)
            return (mark << 16) | (code[0] << 8 if width == 2 else 0) | code[-1]
    raise AssertionError((t.name, s, out))


# the codecs made from tables, by the module that provides them
MODULE_CODECS = [
    ("_codecs_cn", ["gb2312", "gbk", "gb18030", "hz"]),
    ("_codecs_tw", ["big5", "cp950"]),
    ("_codecs_hk", ["big5hkscs"]),
    ("_codecs_jp", ["shift_jis", "cp932", "euc_jp", "shift_jis_2004", "shift_jisx0213",
                    "euc_jis_2004", "euc_jisx0213"]),
    ("_codecs_kr", ["euc_kr", "cp949", "johab"]),
    ("_codecs_iso2022", ["iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2",
                         "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext"]),
]

TABLES: dict[str, CodecTables] = {}
for _mod, _names in MODULE_CODECS:
    for _name in _names:
        codecs.lookup(_name)
        TABLES[_name] = CodecTables(_name)
DEC = bytes(DEC_POOL.data)
ENC = bytes(ENC_POOL.data)
for _t in TABLES.values():
    _t.dec = DEC
    _t.enc = ENC
