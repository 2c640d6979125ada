"""bytes: indexing gives an int, negative indexes, slicing, len, iteration,
+, *, comparisons, in, find, decode/encode utf-8 (also invalid UTF-8 caught),
repr of bytes, bytes as a checksum input."""


def checksum(data: bytes) -> int:
    total = 0
    for b in data:
        total = (total * 31 + b) % 1000000007
    return total


def hexdump(data: bytes) -> str:
    parts = ["%02x" % data[i] for i in range(len(data))]
    return " ".join(parts)


def entry_point(argv: list[str]) -> int:
    b = b"Hello\x00\xff bytes"
    print(len(b), b[0], b[1], b[5], b[6], b[-1], b[-5])
    print(hexdump(b[:7]), hexdump(b[::-1][:3]), len(b[3:100]), len(b[100:]))
    print(b[7:].decode("utf-8"), (b"ab" + b"cd").decode("utf-8"), (b"xy" * 3).decode("utf-8"))
    print(b"abc" == b"abc", b"abc" < b"abd", b"abc" != b"ab", b"b" > b"abc")
    print(b"ll" in b, b"zz" in b, b.find(b"bytes"), b.find(b"q"))
    text = "déjà vu 中"
    enc = text.encode("utf-8")
    print(len(text), len(enc), hexdump(enc), enc.decode("utf-8") == text)
    print(repr(b"plain"), repr(b"q'uote"), repr(b"\x00\n\x7f\x80"))
    print("checksum", checksum(b"The quick brown fox"), checksum(enc), checksum(b""))
    for bad in [b"\xff\xfe", b"ok\xc3", b"\xe4\xb8"]:
        try:
            s = bad.decode("utf-8")
            print("decoded", s)
        except ValueError:
            # UnicodeDecodeError is a subclass of ValueError
            print("invalid utf-8 of length", len(bad))
    total = 0
    for i in range(len(b)):
        if b[i] >= 0x80:
            total += 1
    print("high bytes:", total)
    return 0
