"""Bit manipulation: popcount, gray code, subsets, masks, bit reversal, xor tricks, int methods."""
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)], all(popcount(i) == i.bit_count() for i in range(1000)))
gray = [i ^ (i >> 1) for i in range(16)]
print([f"{g:04b}" for g in gray])
def from_gray(g):
    n = 0
    while g:
        n ^= g; g >>= 1
    return n
print([from_gray(g) for g in gray])
items = "abcd"
print([[items[i] for i in range(4) if m >> i & 1] for m in range(16)][:9])
def rev_bits(x, w=8):
    r = 0
    for _ in range(w):
        r = (r << 1) | (x & 1); x >>= 1
    return r
print([f"{rev_bits(i):08b}" for i in (1, 6, 0b10110000, 255)])
print(int("{:032b}".format(0x12345678)[::-1], 2) == rev_bits(0x12345678, 32))
nums = [4, 1, 2, 1, 2, 7, 7]
x = 0
for n in nums:
    x ^= n
print("single:", x)
a, b = 12, 25
a ^= b; b ^= a; a ^= b
print(a, b)
print(-1 & 0xFF, -256 >> 4, -1 >> 100, ~0, ~-1, 5 & -5, 12 & -12, -7 % 4, -7 // 4)
print((1 << 64) - 1, ((1 << 64) - 1) >> 63, (1 << 64) | 1, 0xDEADBEEF ^ 0xFFFFFFFF)
def is_pow2(n):
    return n > 0 and n & (n - 1) == 0
print([n for n in range(70) if is_pow2(n)], is_pow2(2 ** 100), is_pow2(2 ** 100 + 2))
def next_pow2(n):
    return 1 << (n - 1).bit_length() if n > 1 else 1
print([next_pow2(n) for n in (0, 1, 2, 3, 5, 17, 1000, 1025)])
flags = {"READ": 4, "WRITE": 2, "EXEC": 1}
def perm(mode):
    return "".join(ch if mode & flags[nm] else "-" for nm, ch in (("READ", "r"), ("WRITE", "w"), ("EXEC", "x")))
print([perm(m) for m in range(8)], oct(0o755), "".join(perm(int(d)) for d in "755"))
import enum
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
p = Perm.R | Perm.W
print(p, repr(p), Perm.X in p, ~p, p & 6, Perm(7), list(Perm(5)), Perm(0))
class Color(enum.Flag):
    RED = enum.auto()
    GREEN = enum.auto()
    BLUE = enum.auto()
    WHITE = RED | GREEN | BLUE
print(Color.RED | Color.BLUE, repr(Color.WHITE), ~Color.RED, bool(Color(0)), Color.WHITE.value, len(Color.WHITE))
print((255).to_bytes(2, "big"), int.from_bytes(b"\xff\xfe", "little", signed=True), (-2).to_bytes(2, "big", signed=True))
print((1234).bit_length(), (0).bit_length(), int("0b1011", 0), int("0o17", 0), int("0x_ff", 0), int("1_000"))
print(bin(-10), hex(-255), oct(-8), format(-10, "b"), f"{-10 & 0xff:08b}")
for bad in (lambda: 1 << -1, lambda: 1 >> -2, lambda: 1.0 << 2, lambda: "a" & 1, lambda: int("0b102", 0),
            lambda: int("12", 1), lambda: int("12", 37), lambda: int(b"ff", 16), lambda: int(3.5, 10),
            lambda: int("", 10), lambda: int(" 0x1f "), lambda: int("1__0"), lambda: Perm(8), lambda: ~Color):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
