"""rpy.rlib.rzlib: one-shot and streamed deflate/inflate (zlib, raw and
gzip framing, levels, flush modes), max_length and the unconsumed input,
the end of a stream with data after it, dictionaries, copies, errors
with zlib's codes and messages, crc32/adler32."""
from __future__ import annotations

from rpy.rlib import rgc, rzlib


def hexs(b: bytes) -> str:
    digits = "0123456789abcdef"
    out: list[str] = []
    for c in b:
        out.append(digits[c >> 4])
        out.append(digits[c & 15])
    return "".join(out)


def compress(data: bytes, level: int, wbits: int) -> bytes:
    h = rzlib.deflate_init(level, 8, wbits, 8, 0, None)
    out = rzlib.deflate(h, data, rzlib.Z_FINISH)
    rzlib.end(h)
    return out


def decompress(data: bytes, wbits: int) -> bytes:
    h = rzlib.inflate_init(wbits, None)
    out = rzlib.inflate(h, data, 0, rzlib.Z_NO_FLUSH)
    print("  eof", rzlib.eof(), "left", rzlib.avail_in(), "err", rzlib.error())
    rzlib.end(h)
    return out


def one_shot() -> None:
    text = b"hello hello hello hello, zlib! " * 20
    for level in [0, 1, 6, 9]:
        c = compress(text, level, 15)
        print("level", level, len(c), hexs(c[:12]))
        print("  back", decompress(c, 15) == text)
    raw = compress(text, 6, -15)
    print("raw", len(raw), decompress(raw, -15) == text)
    gz = compress(text, 6, 31)
    print("gzip", len(gz), hexs(gz[:4]), decompress(gz, 47) == text)


def streamed() -> None:
    h = rzlib.deflate_init(6, 8, 15, 8, 0, None)
    parts: list[bytes] = []
    for i in range(50):
        parts.append(rzlib.deflate(h, ("line %d of the stream\n" % i).encode("utf-8"), rzlib.Z_NO_FLUSH))
    parts.append(rzlib.deflate(h, b"", rzlib.Z_SYNC_FLUSH))
    print("sync flush ends with", hexs(parts[len(parts) - 1][-4:]))
    c = rzlib.deflate(h, b"the end\n", rzlib.Z_FINISH)
    parts.append(c)
    rzlib.end(h)
    whole = b"".join(parts)
    print("streamed", len(whole))
    d = rzlib.inflate_init(15, None)
    out: list[bytes] = []
    pos = 0
    tail = b""
    while pos < len(whole) or len(tail) > 0:
        chunk = tail + whole[pos:pos + 7]
        pos += 7
        got = rzlib.inflate(d, chunk, 16, rzlib.Z_NO_FLUSH)
        left = rzlib.avail_in()
        tail = chunk[len(chunk) - left:] if left > 0 else b""
        out.append(got)
        if rzlib.eof():
            break
    rzlib.end(d)
    data = b"".join(out)
    print("inflated", len(data), data[:20], data[-8:])


def trailing() -> None:
    c = compress(b"payload", 6, 15) + b"EXTRA"
    h = rzlib.inflate_init(15, None)
    out = rzlib.inflate(h, c, 0, rzlib.Z_NO_FLUSH)
    left = rzlib.avail_in()
    print("trailing", out, rzlib.eof(), c[len(c) - left:])
    rzlib.end(h)


def dictionaries() -> None:
    zdict = b"common words in the dictionary"
    h = rzlib.deflate_init(9, 8, 15, 8, 0, zdict)
    c = rzlib.deflate(h, b"common words again and the dictionary", rzlib.Z_FINISH)
    rzlib.end(h)
    d = rzlib.inflate_init(15, None)
    out = rzlib.inflate(d, c, 0, rzlib.Z_NO_FLUSH)
    print("needs dict", rzlib.error(), out)
    left = rzlib.avail_in()
    rzlib.set_dictionary(d, zdict)
    out = rzlib.inflate(d, c[len(c) - left:], 0, rzlib.Z_NO_FLUSH)
    print("with dict", out, rzlib.eof())
    rzlib.end(d)


def copies() -> None:
    h = rzlib.deflate_init(6, 8, 15, 8, 0, None)
    a = rzlib.deflate(h, b"shared prefix " * 10, rzlib.Z_NO_FLUSH)
    h2 = rzlib.copy(h)
    b1 = rzlib.deflate(h, b"first ending", rzlib.Z_FINISH)
    b2 = rzlib.deflate(h2, b"second ending", rzlib.Z_FINISH)
    print("copy", decompress(a + b1, 15)[-12:], decompress(a + b2, 15)[-13:])
    rzlib.end(h)
    rzlib.end(h2)


def errors() -> None:
    print("bad level", rzlib.deflate_init(42, 8, 15, 8, 0, None), rzlib.error())
    print("bad wbits", rzlib.inflate_init(3, None), rzlib.error())
    h = rzlib.inflate_init(15, None)
    out = rzlib.inflate(h, b"not zlib data", 0, rzlib.Z_NO_FLUSH)
    print("bad data", out, rzlib.error(), rzlib.error_msg())
    rzlib.end(h)
    c = compress(b"truncated stream here", 6, 15)
    h = rzlib.inflate_init(15, None)
    out = rzlib.inflate(h, c[:10], 0, rzlib.Z_NO_FLUSH)
    print("truncated", rzlib.eof(), rzlib.error(), rzlib.avail_in())
    rzlib.end(h)


def checksums() -> None:
    print("crc32", rzlib.crc32(b"", 0), rzlib.crc32(b"hello", 0),
          rzlib.crc32(b" world", rzlib.crc32(b"hello", 0)), rzlib.crc32(b"x", -1))
    print("adler32", rzlib.adler32(b"", 1), rzlib.adler32(b"hello", 1),
          rzlib.adler32(b"abc" * 1000, 1))


def pressure() -> None:
    # streams dropped without end(): memory pressure makes collections
    # happen (nothing to print that would differ untranslated)
    kept: list[int] = []
    for i in range(200):
        h = rzlib.deflate_init(6, 8, 15, 8, 0, None)
        rgc.add_memory_pressure(256 * 1024)
        if i % 50 == 0:
            kept.append(h)
        else:
            rzlib.end(h)
    for h in kept:
        rzlib.end(h)
    print("pressure ok", len(kept))


def entry_point(argv: list[str]) -> int:
    pressure()
    one_shot()
    streamed()
    trailing()
    dictionaries()
    copies()
    errors()
    checksums()
    print("version", len(rzlib.version()) > 0, rzlib.version() == rzlib.runtime_version())
    return 0
