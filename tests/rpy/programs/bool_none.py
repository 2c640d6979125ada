"""bool values and operators (and/or/not, short-circuit), truthiness of ints,
strs and lists in conditions, None as a return value and in nullable str,
bytes, list, dict and instance types (is / is not None), Optional[C]."""
from __future__ import annotations
from typing import Optional


class Box:
    value: int

    def __init__(self, value: int) -> None:
        self.value = value


CALLS = [0]


def noisy(flag: bool) -> bool:
    CALLS[0] += 1
    return flag


def find_word(words: list[str], prefix: str) -> str | None:
    for w in words:
        if w.startswith(prefix):
            return w
    return None


def maybe_box(n: int) -> Optional[Box]:
    if n > 0:
        return Box(n)
    return None


def maybe_list(n: int) -> list[int] | None:
    if n < 0:
        return None
    return [i for i in range(n)]


def maybe_dict(key: str) -> dict[str, int] | None:
    if key == "":
        return None
    return {key: len(key)}


def maybe_bytes(flag: bool) -> bytes | None:
    if flag:
        return b"data"
    return None


def do_nothing(n: int) -> None:
    if n > 0:
        return
    print("do_nothing called with", n)


def describe(b: Box | None) -> str:
    if b is None:
        return "no box"
    return "box(%d)" % b.value


def entry_point(argv: list[str]) -> int:
    t = True
    f = False
    print(t and f, t or f, not t, not f, t and not f, f or f)
    print(t == True, f != False, t == (not f), f != t)
    CALLS[0] = 0
    r = noisy(False) and noisy(True)
    print("and short-circuit:", r, CALLS[0])
    CALLS[0] = 0
    r = noisy(True) or noisy(False)
    print("or short-circuit:", r, CALLS[0])
    for n in [0, 1, -3]:
        if n:
            print(n, "is truthy")
        else:
            print(n, "is falsy")
    for s in ["", "x"]:
        if not s:
            print("empty string is falsy")
        else:
            print(repr(s), "is truthy")
    empty: list[int] = []
    full = [1]
    print("lists:", bool(empty), bool(full), "yes" if full else "no", "yes" if empty else "no")
    name = "" or "default"
    other = "given" or "default"
    print("or on strs:", name, other)
    words = ["apple", "banana", "cherry"]
    w = find_word(words, "b")
    if w is not None:
        print("found", w)
    w = find_word(words, "z")
    if w is None:
        print("no z word")
    print(describe(maybe_box(5)), describe(maybe_box(0)), describe(None))
    box = maybe_box(3)
    if box is not None and box.value == 3:
        print("box has three")
    l = maybe_list(3)
    if l is not None:
        print("list of", len(l))
    print("none list:", maybe_list(-1) is None)
    d = maybe_dict("key")
    if d is not None:
        print("dict value", d["key"])
    print("none dict:", maybe_dict("") is None)
    bb = maybe_bytes(True)
    if bb is not None:
        print("bytes of length", len(bb))
    print("none bytes:", maybe_bytes(False) is None)
    do_nothing(1)
    do_nothing(0)
    flags = [n % 3 == 0 for n in range(7)]
    count = 0
    for fl in flags:
        if fl:
            count += 1
    print("multiples of three:", count, flags[0], flags[1])
    return 0
