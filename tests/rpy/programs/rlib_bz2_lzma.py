"""rpy.rlib.rbz2 and rpy.rlib.rlzma: one-shot and streamed compression,
decompression with max_length (needs_input, eof, unused_data), the xz,
alone and raw formats with filter records, the check of a stream, filter
properties, and the error codes of corrupt data and of calls after the
end of a stream."""
from __future__ import annotations

from rpy.rlib import rbz2, rlzma
from rpy.rlib.rarithmetic import intmask


def words(rec: list[int]) -> bytes:
    out: list[int] = []
    for v in rec:
        for b in range(8):
            out.append((v >> (8 * b)) & 0xff)
    return bytes(out)


def record(fid: int, preset: int) -> list[int]:
    rec = [rlzma.UNSET] * rlzma.NFIELDS
    rec[rlzma.F_ID] = fid
    rec[rlzma.F_PRESET] = preset
    return rec


def text() -> bytes:
    parts: list[bytes] = []
    for i in range(3000):
        parts.append(("line %d: alpha beta gamma %d\n" % (i, i * i % 101)).encode("utf-8"))
    return b"".join(parts)


def bz2_part() -> None:
    data = text()
    for level in [1, 9]:
        h = rbz2.compressor_new(level)
        c = rbz2.compress(h, data, False) + rbz2.compress(h, b"", True)
        print("bz2 level", level, len(c), rbz2.error())
        print("  after the end", len(rbz2.compress(h, b"x", False)), rbz2.error())
        rbz2.free(h)
        d = rbz2.decompressor_new()
        back = rbz2.decompress(d, c + b"TAIL", -1)
        print("  back", back == data, rbz2.eof(d), rbz2.needs_input(d), rbz2.unused_data(d))
        print("  after eof", len(rbz2.decompress(d, b"x", -1)), rbz2.error())
        rbz2.free(d)
    h = rbz2.compressor_new(5)
    c = rbz2.compress(h, data, True)
    rbz2.free(h)
    d = rbz2.decompressor_new()
    out: list[bytes] = []
    pos = 0
    calls = 0
    while not rbz2.eof(d):
        chunk = b""
        if rbz2.needs_input(d):
            chunk = c[pos:pos + 500]
            pos += 500
        out.append(rbz2.decompress(d, chunk, 3000))
        calls += 1
    print("bz2 pieces", calls, b"".join(out) == data, rbz2.unused_data(d))
    rbz2.free(d)
    d = rbz2.decompressor_new()
    print("bz2 corrupt", len(rbz2.decompress(d, b"BZh9" + b"\x00" * 40, -1)), rbz2.error())
    rbz2.free(d)
    print("bz2 bad level", rbz2.compressor_new(0), rbz2.error())


def lzma_part() -> None:
    data = text()
    h = rlzma.compressor_new(rlzma.FORMAT_XZ, rlzma.CHECK_SHA256, 6, None)
    print("memusage", rlzma.memusage(h) > 0)
    c = rlzma.compress(h, data, False) + rlzma.compress(h, b"", True)
    print("xz", len(c), rlzma.error(), len(rlzma.compress(h, b"x", False)), rlzma.error())
    rlzma.free(h)
    d = rlzma.decompressor_new(rlzma.FORMAT_AUTO, -1, None)
    print("  check before", rlzma.check(d))
    out: list[bytes] = []
    pos = 0
    calls = 0
    while not rlzma.eof(d):
        chunk = b""
        if rlzma.needs_input(d):
            chunk = c[pos:pos + 300]
            pos += 300
        out.append(rlzma.decompress(d, chunk, 2000))
        calls += 1
    print("  pieces", calls, b"".join(out) == data, rlzma.check(d), rlzma.unused_data(d))
    print("  after eof", len(rlzma.decompress(d, b"x", -1)), rlzma.error())
    rlzma.free(d)

    chain = words(record(rlzma.FILTER_DELTA, rlzma.UNSET)) + words(record(rlzma.FILTER_LZMA2, 1))
    h = rlzma.compressor_new(rlzma.FORMAT_RAW, -1, 0, chain)
    c = rlzma.compress(h, data, True)
    rlzma.free(h)
    d = rlzma.decompressor_new(rlzma.FORMAT_RAW, -1, chain)
    print("raw", len(c), rlzma.decompress(d, c, -1) == data, rlzma.eof(d), rlzma.check(d))
    rlzma.free(d)
    lz1 = record(rlzma.FILTER_LZMA1, 6)
    lz1[rlzma.F_LC] = 2
    h = rlzma.compressor_new(rlzma.FORMAT_ALONE, -1, 0, words(lz1))
    c = rlzma.compress(h, data, True)
    rlzma.free(h)
    d = rlzma.decompressor_new(rlzma.FORMAT_ALONE, -1, None)
    back = rlzma.decompress(d, c + b"MORE", -1)
    print("alone", len(c), back == data, rlzma.eof(d), rlzma.unused_data(d))
    rlzma.free(d)

    d = rlzma.decompressor_new(rlzma.FORMAT_AUTO, -1, None)
    print("garbage", len(rlzma.decompress(d, b"not xz data at all", -1)), rlzma.error())
    rlzma.free(d)
    h = rlzma.compressor_new(rlzma.FORMAT_XZ, rlzma.CHECK_SHA256, 6, None)
    c = rlzma.compress(h, data, True)
    rlzma.free(h)
    d = rlzma.decompressor_new(rlzma.FORMAT_XZ, 1024, None)
    print("memlimit", len(rlzma.decompress(d, c, -1)), rlzma.error())
    rlzma.free(d)
    print("bad check", rlzma.compressor_new(rlzma.FORMAT_XZ, 5, 6, None), rlzma.error())
    print("bad lzma1 in xz", rlzma.compressor_new(rlzma.FORMAT_XZ, 4, 0, words(lz1)),
          rlzma.error())

    props = rlzma.encode_props(words(record(rlzma.FILTER_LZMA1, 6)))
    print("props", len(props), props[0], rlzma.error())
    rec: list[int] = []
    raw = rlzma.decode_props(rlzma.FILTER_LZMA1, props)
    for i in range(len(raw) // 8):
        v = 0
        for b in range(7, -1, -1):
            v = (v << 8) | raw[i * 8 + b]
        rec.append(intmask(v))
    print("  decoded", rec[rlzma.F_LC], rec[rlzma.F_LP], rec[rlzma.F_PB], rec[rlzma.F_DICT_SIZE],
          rec[rlzma.F_DIST])
    print("  bad", len(rlzma.decode_props(rlzma.FILTER_LZMA2, b"\xff")), rlzma.error())
    print("checks", rlzma.is_check_supported(rlzma.CHECK_CRC32),
          rlzma.is_check_supported(rlzma.CHECK_SHA256), rlzma.is_check_supported(3))


def entry_point(argv: list[str]) -> int:
    bz2_part()
    lzma_part()
    return 0
