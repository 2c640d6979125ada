"""Unsigned machine words (r_uint): wrapping arithmetic, logical right shift,
unsigned comparisons, and conversion back to signed with intmask."""
from rpy.rlib.rarithmetic import r_uint, intmask

# an unsigned constant above MAXINT, built at load time (a prebuilt r_uint)
GOLDEN = r_uint(0x9E3779B97F4A7C15)


def xorshift(state: r_uint) -> r_uint:
    x = state
    x = x ^ (x << 13)
    x = x ^ (x >> 7)
    x = x ^ (x << 17)
    return x


def show(label: str, x: r_uint) -> None:
    # r_uint values are printed through their signed view
    print(label, intmask(x))


def entry_point(argv: list[str]) -> int:
    zero = r_uint(0)
    one = r_uint(1)
    allones = r_uint(-1)
    show("zero", zero)
    show("allones", allones)
    show("allones + 1", allones + one)
    show("zero - 1", zero - one)
    show("allones >> 1", allones >> 1)
    show("allones >> 60", allones >> 60)
    show("one << 63", one << 63)
    show("(one << 63) >> 63", (one << 63) >> 63)
    print("unsigned compare:", allones > one, zero < allones, one == r_uint(1))
    big = r_uint(1) << 63
    print("big > small:", big > r_uint(12345), big // r_uint(2) == r_uint(1) << 62)
    show("big // 3", big // r_uint(3))
    show("big % 1000", big % r_uint(1000))
    show("mul wrap", r_uint(0x100000000) * r_uint(0x100000000))
    show("and", allones & r_uint(0xFF00))
    show("or", r_uint(0xF0) | r_uint(0x0F))
    show("invert", ~r_uint(0))
    state = r_uint(88172645463325252)
    for i in range(5):
        state = xorshift(state)
        show("xorshift", state)
        print("  low byte", intmask(state & r_uint(0xFF)), "top nibble", intmask(state >> 60))
    total = r_uint(0)
    for i in range(100):
        total = total + r_uint(i) * GOLDEN
    show("total", total)
    return 0
