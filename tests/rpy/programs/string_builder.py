"""A real program: building big strings — joining 100k pieces, repeated +=
over a few thousand pieces, a list of chars joined, a large %-formatted
report, slicing and searching the result, and a run-length encoder/decoder
checked on a long string."""
from __future__ import annotations


def rle_encode(s: str) -> str:
    if s == "":
        return ""
    parts: list[str] = []
    prev = s[0]
    count = 1
    for i in range(1, len(s)):
        ch = s[i]
        if ch == prev:
            count += 1
        else:
            parts.append("%d%s" % (count, prev))
            prev = ch
            count = 1
    parts.append("%d%s" % (count, prev))
    return "".join(parts)


def rle_decode(s: str) -> str:
    parts: list[str] = []
    num = 0
    for ch in s:
        if ch.isdigit():
            num = num * 10 + (ord(ch) - ord("0"))
        else:
            parts.append(ch * num)
            num = 0
    return "".join(parts)


def checksum(s: str) -> int:
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def entry_point(argv: list[str]) -> int:
    pieces: list[str] = []
    for i in range(100000):
        pieces.append(str(i))
    big = ",".join(pieces)
    print("joined length:", len(big), "checksum:", checksum(big))
    print("head:", big[:30], "tail:", big[-24:])
    print("find 99999:", big.find("99999"), "count of '7':", big.count("7"), "rfind ',5':", big.rfind(",5"))
    acc = ""
    for i in range(3000):
        acc += chr(ord("a") + i % 26)
    print("+= length:", len(acc), acc[:30], acc[-5:], acc.count("z"))
    chars = [chr(ord("A") + (i * 7) % 26) for i in range(50000)]
    word = "".join(chars)
    print("chars joined:", len(word), word[:26], checksum(word))
    lines: list[str] = []
    for i in range(2000):
        lines.append("%05d|%-8s|%8.3f|%x" % (i, "n" * (i % 8), float(i) / 7.0, i * 31))
    report = "\n".join(lines)
    print("report:", len(report), "lines:", len(report.splitlines()))
    print(lines[0])
    print(lines[1999])
    runs = "".join([ch * ((i * 7) % 13 + 1) for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz" * 20)])
    enc = rle_encode(runs)
    dec = rle_decode(enc)
    print("rle:", len(runs), "->", len(enc), "round trip:", dec == runs, enc[:24])
    upper = big.replace(",", ";").upper()
    print("replace:", len(upper), upper[:20], upper.count(";"))
    parts = big.split(",")
    print("split back:", len(parts), parts[12345], parts[-1])
    return 0
