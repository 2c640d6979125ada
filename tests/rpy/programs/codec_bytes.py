"""Bytes processing with machine words: base64 encode/decode, CRC-32 with
r_uint, FNV-1a, run-length encoding, a file round trip through rpy.rlib.ros."""
from __future__ import annotations

from rpy.rlib import ros
from rpy.rlib.rarithmetic import intmask, r_uint

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def make_decode_table() -> list[int]:
    table = [-1] * 256
    for i in range(len(ALPHABET)):
        table[ord(ALPHABET[i])] = i
    return table


DECODE = make_decode_table()


def b64encode(data: bytes) -> str:
    out: list[str] = []
    i = 0
    n = len(data)
    while i + 2 < n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(ALPHABET[(v >> 18) & 63] + ALPHABET[(v >> 12) & 63] +
                   ALPHABET[(v >> 6) & 63] + ALPHABET[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out.append(ALPHABET[(v >> 18) & 63] + ALPHABET[(v >> 12) & 63] + "==")
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out.append(ALPHABET[(v >> 18) & 63] + ALPHABET[(v >> 12) & 63] + ALPHABET[(v >> 6) & 63] + "=")
    return "".join(out)


def b64decode(text: str) -> bytes:
    out: list[int] = []
    acc = 0
    bits = 0
    for c in text:
        if c == "=":
            break
        d = DECODE[ord(c)]
        if d < 0:
            raise ValueError("bad base64 character %r" % c)
        acc = (acc << 6) | d
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
    return "".join([chr(b) for b in out]).encode("latin-1") if False else bytes_of(out)


def bytes_of(values: list[int]) -> bytes:
    return "".join([chr(v) for v in values]).encode("utf-8") if all([v < 128 for v in values]) \
        else latin1(values)


def latin1(values: list[int]) -> bytes:
    # encode each byte value as UTF-8 of the code point, then keep one byte per value
    raw = "".join([chr(v) for v in values]).encode("utf-8")
    out: list[int] = []
    i = 0
    while i < len(raw):
        b = raw[i]
        if b < 0x80:
            out.append(b)
            i += 1
        else:
            out.append(((b & 0x1f) << 6) | (raw[i + 1] & 0x3f))
            i += 2
    return bytes_from_ints(out)


def bytes_from_ints(values: list[int]) -> bytes:
    result = b""
    for v in values:
        result += BYTE_TABLE[v]
    return result


def make_byte_table() -> list[bytes]:
    return [bytes([i]) for i in range(256)]


BYTE_TABLE = make_byte_table()


def crc32(data: bytes) -> r_uint:
    crc = r_uint(0xFFFFFFFF)
    for b in data:
        crc = crc ^ r_uint(b)
        for k in range(8):
            if crc & r_uint(1):
                crc = (crc >> 1) ^ r_uint(0xEDB88320)
            else:
                crc = crc >> 1
    return crc ^ r_uint(0xFFFFFFFF)


def fnv1a(data: bytes) -> r_uint:
    h = r_uint(0xcbf29ce484222325)
    for b in data:
        h = (h ^ r_uint(b)) * r_uint(0x100000001b3)
    return h


def rle(s: str) -> str:
    if not s:
        return ""
    out: list[str] = []
    prev = s[0]
    count = 1
    for c in s[1:]:
        if c == prev:
            count += 1
        else:
            out.append("%d%s" % (count, prev))
            prev = c
            count = 1
    out.append("%d%s" % (count, prev))
    return "".join(out)


def entry_point(argv: list[str]) -> int:
    samples = [b"", b"f", b"fo", b"foo", b"foobar", "héllo wörld".encode("utf-8"), bytes_from_ints([0, 255, 128, 7])]
    for s in samples:
        e = b64encode(s)
        d = b64decode(e)
        print(repr(e), d == s, "%08x" % intmask(crc32(s)), "%016x" % intmask(fnv1a(s) >> 1))
    print(rle("aaabccddddde"), rle(""), rle("z"))
    try:
        b64decode("ab$d")
    except ValueError as e:
        print("error:", str(e))
    path = ros.getenv("RPY_TEST_TMPDIR")
    if path is not None:
        f = path + "/codec.bin"
        ros.write_file(f, bytes_from_ints([i * 7 % 256 for i in range(300)]))
        back = ros.read_file(f)
        print(len(back), back[0], back[299], crc32(back) == crc32(bytes_from_ints([i * 7 % 256 for i in range(300)])))
    return 0
