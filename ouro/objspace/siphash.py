"""SipHash-1-3, CPython's hash of str and bytes (Python/pyhash.c), with
CPython's key: for the same PYTHONHASHSEED, hash('abc') and so the
iteration order of sets of strings are CPython's.  A str is hashed as
CPython stores it: one, two or four bytes per character, whichever its
largest character needs (PEP 393).  The key is zero while translating
(PYTHONHASHSEED=0); startup may change it (ouro/objspace/hashseed.py),
and then rehashes what was built while translating.

Also the keyed hash of importlib's source_hash (_imp.source_hash).
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import intmask, r_uint


def _rotl(x: r_uint, b: int) -> r_uint:
    return (x << b) | (x >> (64 - b))


class SipState:
    v0: r_uint
    v1: r_uint
    v2: r_uint
    v3: r_uint
    m: r_uint           # the bytes of the block being filled
    nbytes: int         # how many (of 8), and all bytes so far
    total: int

    def __init__(self, k0: r_uint, k1: r_uint) -> None:
        self.v0 = k0 ^ r_uint(0x736f6d6570736575)
        self.v1 = k1 ^ r_uint(0x646f72616e646f6d)
        self.v2 = k0 ^ r_uint(0x6c7967656e657261)
        self.v3 = k1 ^ r_uint(0x7465646279746573)
        self.m = r_uint(0)
        self.nbytes = 0
        self.total = 0

    def round(self) -> None:
        self.v0 = self.v0 + self.v1
        self.v1 = _rotl(self.v1, 13)
        self.v1 = self.v1 ^ self.v0
        self.v0 = _rotl(self.v0, 32)
        self.v2 = self.v2 + self.v3
        self.v3 = _rotl(self.v3, 16)
        self.v3 = self.v3 ^ self.v2
        self.v0 = self.v0 + self.v3
        self.v3 = _rotl(self.v3, 21)
        self.v3 = self.v3 ^ self.v0
        self.v2 = self.v2 + self.v1
        self.v1 = _rotl(self.v1, 17)
        self.v1 = self.v1 ^ self.v2
        self.v2 = _rotl(self.v2, 32)

    def block(self, m: r_uint) -> None:
        self.v3 = self.v3 ^ m
        self.round()
        self.v0 = self.v0 ^ m

    def feed(self, byte: int) -> None:
        self.m = self.m | (r_uint(byte) << (8 * self.nbytes))
        self.nbytes += 1
        self.total += 1
        if self.nbytes == 8:
            self.block(self.m)
            self.m = r_uint(0)
            self.nbytes = 0

    def finish(self) -> r_uint:
        self.block(self.m | (r_uint(self.total & 0xff) << 56))
        self.v2 = self.v2 ^ r_uint(0xff)
        self.round()
        self.round()
        self.round()
        return self.v0 ^ self.v1 ^ self.v2 ^ self.v3


class HashKey:
    """The key of str and bytes hashes (CPython's _Py_HashSecret.siphash)."""
    k0: r_uint
    k1: r_uint

    def __init__(self) -> None:
        self.k0 = r_uint(0)
        self.k1 = r_uint(0)


KEY = HashKey()


def siphash13(k0: r_uint, k1: r_uint, data: bytes) -> r_uint:
    st = SipState(k0, k1)
    for b in data:
        st.feed(b)
    return st.finish()


def _as_hash(h: r_uint) -> int:
    """CPython's Py_hash_t: signed, never -1."""
    x = intmask(h)
    return -2 if x == -1 else x


def bytes_hash(data: bytes) -> int:
    if len(data) == 0:
        return 0                # CPython: hash(b'') == 0
    return _as_hash(siphash13(KEY.k0, KEY.k1, data))


def str_hash_uncached(s: str) -> int:
    if len(s) == 0:
        return 0                # CPython: hash('') == 0
    widest = 0
    for c in s:
        o = ord(c)
        if o > widest:
            widest = o
    st = SipState(KEY.k0, KEY.k1)
    if widest < 0x100:
        # the common case, eight characters to a block without feed()
        m = r_uint(0)
        n = 0
        for c in s:
            m = m | (r_uint(ord(c)) << (8 * (n & 7)))
            n += 1
            if n & 7 == 0:
                st.block(m)
                m = r_uint(0)
        st.m = m
        st.nbytes = n & 7
        st.total = n
    elif widest < 0x10000:
        for c in s:
            o = ord(c)
            st.feed(o & 0xff)
            st.feed(o >> 8)
    else:
        for c in s:
            o = ord(c)
            st.feed(o & 0xff)
            st.feed((o >> 8) & 0xff)
            st.feed((o >> 16) & 0xff)
            st.feed(o >> 24)
    return _as_hash(st.finish())


class RecentHashes:
    """A direct-mapped cache of the hashes of RPy strings (dict lookups by
    an RPy string, such as global names, have no str object to keep it)."""
    keys: list[str | None]
    hashes: list[int]

    def __init__(self, size: int) -> None:
        self.keys = [None] * size
        self.hashes = [0] * size

    def forget(self) -> None:
        for i in range(len(self.keys)):
            self.keys[i] = None


RECENT = RecentHashes(1024)


def str_hash(s: str) -> int:
    """hash(s) of an exact str, as CPython 3.11's with the same key."""
    slot = hash(s) & 1023       # the RPy string's own (cached) hash
    if RECENT.keys[slot] == s:
        return RECENT.hashes[slot]
    h = str_hash_uncached(s)
    RECENT.keys[slot] = s
    RECENT.hashes[slot] = h
    return h
