"""Bitwise operations on ints: & | ^ ~ << >> (arithmetic shift of negatives),
masks, popcount, bit reversal, %x/%X/%o output of results."""


def popcount(n: int) -> int:
    count = 0
    while n != 0:
        n &= n - 1
        count += 1
    return count


def reverse_bits16(n: int) -> int:
    result = 0
    for i in range(16):
        result = (result << 1) | ((n >> i) & 1)
    return result


def gray(n: int) -> int:
    return n ^ (n >> 1)


def entry_point(argv: list[str]) -> int:
    a = 0b1100_1010
    b = 0x0F
    print(a & b, a | b, a ^ b, ~a, ~0, ~(-1))
    print(1 << 10, 1 << 62, 5 << 3, 1024 >> 3, 7 >> 1, 0 >> 5)
    print(-1 >> 1, -8 >> 1, -9 >> 2, -1 >> 63, -(1 << 62) >> 60)
    print(-5 & 0xFF, -5 | 3, -5 ^ -3, -256 & -16)
    print("%x %X %o" % (a, 48879, 64))
    print("%x %x" % (-1 & 0xFFFFFFFF, 255 << 8))
    for n in [0, 1, 7, 255, 256, 1023, 123456789, -1 & 0xFFFF]:
        print(n, "popcount", popcount(n))
    for n in [1, 2, 0x8000, 0x1234]:
        print("rev16(%d) = %d" % (n, reverse_bits16(n)))
    codes = [gray(i) for i in range(8)]
    for c in codes:
        print("%03d" % c, end=" ")
    print()
    flags = 0
    flags |= 1 << 3
    flags |= 1 << 5
    flags &= ~(1 << 3)
    flags ^= 0xF
    flags <<= 2
    flags >>= 1
    print("flags", flags)
    mask = 0x7FFFFFFFFFFFFFFF
    print("mask", mask, mask & -1, mask ^ -1)
    # bit tricks on the sign
    for n in [5, -5, 0]:
        sign = (n >> 63) | ((-n) >> 63 & 1)
        print("sign of", n, "is", sign)
    return 0
