"""bytes(list[int]): building bytes from computed values."""
from __future__ import annotations


def encode_varint(out: list[int], n: int) -> None:
    while n >= 0x40:
        out.append(0x40 | (n & 0x3f))
        n >>= 6
    out.append(n)


def entry_point(argv: list[str]) -> int:
    out: list[int] = []
    for n in [0, 1, 63, 64, 1000, 123456]:
        encode_varint(out, n)
    b = bytes(out)
    print(len(b), b)
    empty: list[int] = []
    print(bytes(empty), bytes([104, 105]) + b"!")
    total = 0
    for x in b:
        total += x
    print(total)
    try:
        bytes([1, 256])
    except ValueError as e:
        print("ValueError:", str(e))
    try:
        bytes([-1])
    except ValueError as e:
        print("ValueError:", str(e))
    return 0
