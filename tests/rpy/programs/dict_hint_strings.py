"""Dict lookups through the lookup hint with equal but distinct keys, and the
word-at-a-time string hashing, comparison and concatenation of the C runtime.

The translated dict remembers the entry found last and checks it first
(rpy_dict_hint in rpy/c/runtime/rpy.h): by identity, or for str/bytes keys
by cached hash and content.  This program makes that check see equal keys
built in different ways (concatenation, slices, join, constants), keys that
differ only in their last byte around the 8-byte word boundaries, deleted
entries and resized tables, and compares everything with CPython.
"""
from __future__ import annotations


class Key:
    """A key with its own __eq__/__hash__ (compared by the kind's function)."""
    n: int

    def __init__(self, n: int) -> None:
        self.n = n

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and other.n == self.n

    def __hash__(self) -> int:
        return self.n % 7


def make(n: int, last: str) -> str:
    """A fresh string of n bytes: n-1 letters then `last`."""
    s = ""
    for i in range(n - 1):
        s += "abcdefghij"[i % 10]
    return s + last


def counting(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def boundaries() -> None:
    # lengths around the word size and the memcmp cutoff (64 bytes)
    lengths = [1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 23, 24, 25, 63, 64, 65, 66, 130]
    d: dict[str, int] = {}
    for n in lengths:
        d[make(n, "x")] = n
        d[make(n, "y")] = -n
    total = 0
    for n in lengths:
        a = make(n, "x")         # equal to a key, another object
        b = make(n, "y")
        c = make(n, "z")         # absent, same length and prefix
        total += d[a] * 3 + d[b]
        if c in d:
            total += 1000000
        d[a] += 1                # the hint answers getitem and setitem
        d[b] = d.get(b, 0) - 1
        total += d[a] + d[b] + d.get(c, 5)
    print("boundaries", len(d), total)
    # the same strings through slicing, joining and constants
    s = "prefix-abcdefgh-suffix"
    e: dict[str, int] = {"abcdefgh": 1, "abcdefghi": 2, "abcdefg": 3}
    print(e[s[7:15]], e[s[7:16] if s[15] == "i" else s[7:15]],
          e["".join(["abc", "defg"])], e["abcd" + "efgh"])


def deleted_and_resized() -> None:
    d: dict[str, int] = {}
    keys: list[str] = []
    for i in range(200):
        k = "key" + str(i)
        keys.append(k)
        d[k] = i
    acc = 0
    for i in range(0, 200, 3):
        k = "key" + str(i)
        acc += d[k]          # sets the hint on entry i
        del d[k]             # the hinted entry is deleted
        if k in d:
            acc -= 100000
        acc += d.get(k, -1)
    for i in range(200, 400):
        k = "key" + str(i)
        d[k] = i             # growing: entries move, hints go stale
        acc += d[k]
        if ("key" + str(i - 150)) in d:
            acc += 1
    d2 = dict(d)
    for k in keys:
        if k in d2:
            d2[k] += 1
    print("deleted", len(d), len(d2), acc, sum(list(d2.values())))
    # popitem then reinsert the same key
    k, v = d.popitem()
    d[k] = v + 1
    print("popitem", k, d[k], len(d))


def other_kinds() -> None:
    ints: dict[int, int] = {}
    for i in range(1000):
        j = (i * 7919) % 101
        if j in ints:
            ints[j] += 1
        else:
            ints[j] = 1
    print("ints", len(ints), ints[0], ints[100])
    objs: dict[Key, str] = {}
    for i in range(50):
        k = Key(i % 20)
        if k in objs:
            objs[k] = objs[k] + "."
        else:
            objs[k] = str(i)
    print("objs", len(objs), objs[Key(3)], objs[Key(19)])
    bs: dict[bytes, int] = {}
    for i in range(30):
        b = ("b%d" % (i % 9)).encode()
        bs[b] = bs.get(b, 0) + 1
    print("bytes", len(bs), bs[b"b0"], bs[b"b8"])
    opt: dict[str, str | None] = {}
    for w in ["x", "yy", "x", "zzz", "yy"]:
        if w in opt:
            opt[w] = None
        else:
            opt[w] = w + w
    print("optional", [(k, v) for k, v in opt.items()])
    ob: list[bytes | None] = [b"ab", None]
    print("optional bytes", ob, repr(ob[1]), str(ob[1]))


def concat_lengths() -> None:
    # concatenation of every pair of lengths 0..20 (the short-copy cases)
    total = 0
    seen: dict[str, int] = {}
    for i in range(21):
        for j in range(21):
            a = make(i, "A") if i > 0 else ""
            b = make(j, "B") if j > 0 else ""
            c = a + b
            if len(c) != i + j or c[:i] != a or c[i:] != b:
                print("bad concat", i, j)
            seen[c] = seen.get(c, 0) + 1
            total += len(c)
    text = "é" + make(5, "ü") + "日本"
    print("concat", total, len(seen), text, len(text), {"abcdü": 1}.get(text[1:6], 0))


def entry_point(argv: list[str]) -> int:
    words = ["the", "cat", "the", "hat", "a", "the", "cat", "concatenation",
             "concatenation", "x"]
    built: list[str] = []
    for w in words:
        s = ""
        for ch in w:
            s += ch      # fresh objects equal to earlier keys
        built.append(s)
    counts = counting(built + words)
    print("counting", [(k, v) for k, v in counts.items()])
    boundaries()
    deleted_and_resized()
    other_kinds()
    concat_lengths()
    return 0
