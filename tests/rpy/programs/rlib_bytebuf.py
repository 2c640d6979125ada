"""rpy.rlib.rbytebuf: mutable byte buffers (a bytearray's storage): creation,
get/set, appends growing the capacity, extend, slices and copies that do not
alias the storage, range replacement growing and shrinking (overlapping
moves), insert, delete, resize with zero fill, reverse, clear, a prebuilt
buffer changed at run time, and big buffers (outside the nursery) under
allocation pressure."""
from __future__ import annotations

from rpy.rlib import rbytebuf
from rpy.rlib.rbytebuf import ByteBuf

PREBUILT = rbytebuf.from_bytes(b"prebuilt")


def show(name: str, buf: ByteBuf) -> None:
    print(name, buf.length, buf.tobytes())


def basics() -> None:
    buf = ByteBuf(3)
    show("zeros", buf)
    buf.set(1, 65)
    buf.set(2, 256 + 66)
    print("get", buf.get(0), buf.get(1), buf.get(2))
    for i in range(100):
        buf.append(48 + i % 10)
    print("appended", buf.length, buf.slice(0, 16), buf.slice(100, 103))
    snap = buf.tobytes()
    buf.set(0, 120)
    print("snapshot kept", snap[:4], buf.slice(0, 4))
    buf.extend(b"-tail")
    print("extend", buf.slice(buf.length - 8, buf.length))
    buf.extend_buf(buf)
    print("self extend", buf.length, buf.slice(buf.length - 5, buf.length))
    buf.write(3, b"wxyz")
    print("write", buf.slice(0, 9))
    other = buf.copy()
    other.set(0, 121)
    print("copy", buf.get(0), other.get(0), other.length)
    part = buf.copy_range(1, 6)
    part.set(0, 33)
    print("copy_range", part.tobytes(), buf.slice(1, 6), buf.copy_range(4, 4).length)


def ranges() -> None:
    buf = rbytebuf.from_bytes(b"0123456789")
    buf.replace_range(2, 4, b"abcdef")
    show("grow", buf)
    buf.replace_range(1, 9, b"X")
    show("shrink", buf)
    buf.replace_range(0, 0, b"<<")
    show("insert front", buf)
    buf.replace_range(buf.length, buf.length, b">>")
    show("append end", buf)
    buf.delete_range(0, 3)
    show("delete", buf)
    buf.insert(0, 33)
    buf.insert(buf.length, 63)
    buf.insert(2, 42)
    show("insert", buf)
    buf.reverse()
    show("reverse", buf)
    buf.resize(12)
    show("resize up", buf)
    buf.resize(3)
    show("resize down", buf)
    buf.clear()
    show("clear", buf)
    buf.append(7)
    show("after clear", buf)
    # stale indices are clipped: nothing outside the live bytes is touched
    buf = rbytebuf.from_bytes(b"abcdef")
    print("clipped", buf.slice(4, 10), buf.slice(-3, 2), buf.slice(5, 3),
          buf.copy_range(2, 99).tobytes())
    buf.write(4, b"XYZW")
    buf.replace_range(5, 50, b"!")
    buf.replace_range(9, 3, b"?")
    show("clipped writes", buf)
    buf = rbytebuf.from_bytes(b"abcabcab")
    buf.reserve(100)
    print("find", buf.find(b"ab", 0, 8, False), buf.find(b"ab", 1, 8, False),
          buf.find(b"ab", 0, 8, True), buf.find(b"ab", 0, 50, True), buf.find(b"", 3, 50, True),
          buf.find(b"zz", 0, 8, False), buf.count(b"ab", 0, 8), buf.count(b"b", 2, 99),
          buf.find(b"\x00", 0, 99, False))
    empty = rbytebuf.from_bytes(b"")
    show("empty", empty)
    print("empty slice", empty.slice(0, 0))


def prebuilt() -> None:
    PREBUILT.set(0, 80)
    PREBUILT.extend(b"!")
    show("prebuilt", PREBUILT)


def big() -> None:
    n = 300000
    buf = ByteBuf(0)
    total = 0
    for i in range(n):
        buf.append(i & 255)
        if i % 1000 == 0:
            # garbage meanwhile, so that minor collections happen between appends
            junk = rbytebuf.from_bytes(b"x" * (i % 5000))
            total += junk.length
    s = 0
    for i in range(0, n, 7):
        s += buf.get(i)
    print("big", buf.length, s, total)
    big2 = ByteBuf(200000)
    big2.replace_range(100, 199900, b"")
    print("big shrink", big2.length, len(buf.slice(1000, 101000)))
    chunks = 0
    for k in range(50):
        part = buf.slice(k * 6000, k * 6000 + 6000)
        chunks += part[k]
    print("chunks", chunks)


def entry_point(argv: list[str]) -> int:
    basics()
    ranges()
    prebuilt()
    big()
    return 0
