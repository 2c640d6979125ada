"""The `_md5`, `_sha1` and `_sha256` modules: MD5 (RFC 1321), SHA-1 and
SHA-224/SHA-256 (FIPS 180-4), what hashlib.md5/sha1/sha224/sha256 return
when OpenSSL's _hashlib is absent: update, digest, hexdigest, copy, name,
digest_size, block_size, as CPython 3.11's Modules/md5module.c,
sha1module.c and sha256module.c.  The four share one object type layout:
64-byte blocks of 32-bit words (W_Hash32, told apart by `kind`).
"""
from __future__ import annotations

import math as _math

from rpy.rlib.rarithmetic import intmask, r_uint

from ouro.interpreter.module import W_Module
from ouro.modules._sha512.module import PRIMES, _icbrt, data_arg
from ouro.modules.math.args import module_type
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.bytesobject import wrap_bytes
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.gateway import W_BuiltinFunction, register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import W_StrObject

MD5 = 0
SHA1 = 1
SHA224 = 2
SHA256 = 3

NAMES = ["md5", "sha1", "sha224", "sha256"]
MODULE_OF = ["_md5", "_sha1", "_sha256", "_sha256"]
DIGEST_SIZES = [16, 20, 28, 32]

MASK32 = r_uint(0xFFFFFFFF)

# MD5: the per-round shifts and the integer parts of 2**32 * |sin(i + 1)|
MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
MD5_K = [r_uint(int(abs(_math.sin(i + 1)) * 2 ** 32) & 0xFFFFFFFF) for i in range(64)]
MD5_H = [r_uint(0x67452301), r_uint(0xEFCDAB89), r_uint(0x98BADCFE), r_uint(0x10325476)]

SHA1_H = [r_uint(0x67452301), r_uint(0xEFCDAB89), r_uint(0x98BADCFE), r_uint(0x10325476),
          r_uint(0xC3D2E1F0)]

# SHA-256: the fractional parts of the cube roots of the first 64 primes;
# the initial values are those of the square roots of the first 8 primes
# (SHA-256) and the low halves of the 9th to 16th (SHA-224)
SHA256_K = [r_uint(_icbrt(p << 96) & 0xFFFFFFFF) for p in PRIMES[:64]]
SHA256_H = [r_uint(_math.isqrt(p << 64) & 0xFFFFFFFF) for p in PRIMES[:8]]
SHA224_H = [r_uint(_math.isqrt(p << 128) & 0xFFFFFFFF) for p in PRIMES[8:16]]

TYPES = [module_type("_md5", "md5"), module_type("_sha1", "sha1"),
         module_type("_sha256", "sha224"), module_type("_sha256", "sha256")]


def rotl(x: r_uint, n: int) -> r_uint:
    return ((x << n) | (x >> (32 - n))) & MASK32


def rotr(x: r_uint, n: int) -> r_uint:
    return ((x >> n) | (x << (32 - n))) & MASK32


def initial_state(kind: int) -> list[r_uint]:
    if kind == MD5:
        return list(MD5_H)
    if kind == SHA1:
        return list(SHA1_H)
    if kind == SHA224:
        return list(SHA224_H)
    return list(SHA256_H)


class W_Hash32(W_Root):
    kind: int               # MD5, SHA1, SHA224 or SHA256
    h: list[r_uint]         # the chaining state (32-bit words)
    buf: list[int]          # the bytes not hashed yet (< 64)
    length: int             # bytes hashed so far

    def __init__(self, kind: int) -> None:
        self.kind = kind
        self.h = initial_state(kind)
        self.buf = []
        self.length = 0

    def getclass(self) -> W_TypeObject:
        return TYPES[self.kind]

    def copy(self) -> W_Hash32:
        c = W_Hash32(self.kind)
        c.h = list(self.h)
        c.buf = list(self.buf)
        c.length = self.length
        return c

    def words(self, block: list[int]) -> list[r_uint]:
        """The block as 16 words: little-endian for MD5, big for SHA."""
        w: list[r_uint] = []
        for t in range(16):
            v = r_uint(0)
            for j in range(4):
                if self.kind == MD5:
                    v = v | (r_uint(block[4 * t + j]) << (8 * j))
                else:
                    v = (v << 8) | r_uint(block[4 * t + j])
            w.append(v)
        return w

    def compress(self, block: list[int]) -> None:
        if self.kind == MD5:
            self.compress_md5(self.words(block))
        elif self.kind == SHA1:
            self.compress_sha1(self.words(block))
        else:
            self.compress_sha256(self.words(block))

    def compress_md5(self, m: list[r_uint]) -> None:
        a = self.h[0]
        b = self.h[1]
        c = self.h[2]
        d = self.h[3]
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | ~d)
                g = (7 * i) % 16
            f = (f + a + MD5_K[i] + m[g]) & MASK32
            a = d
            d = c
            c = b
            b = (b + rotl(f, MD5_S[i])) & MASK32
        self.h[0] = (self.h[0] + a) & MASK32
        self.h[1] = (self.h[1] + b) & MASK32
        self.h[2] = (self.h[2] + c) & MASK32
        self.h[3] = (self.h[3] + d) & MASK32

    def compress_sha1(self, w: list[r_uint]) -> None:
        for t in range(16, 80):
            w.append(rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1))
        a = self.h[0]
        b = self.h[1]
        c = self.h[2]
        d = self.h[3]
        e = self.h[4]
        for t in range(80):
            if t < 20:
                f = (b & c) | (~b & d)
                k = r_uint(0x5A827999)
            elif t < 40:
                f = b ^ c ^ d
                k = r_uint(0x6ED9EBA1)
            elif t < 60:
                f = (b & c) | (b & d) | (c & d)
                k = r_uint(0x8F1BBCDC)
            else:
                f = b ^ c ^ d
                k = r_uint(0xCA62C1D6)
            tmp = (rotl(a, 5) + (f & MASK32) + e + k + w[t]) & MASK32
            e = d
            d = c
            c = rotl(b, 30)
            b = a
            a = tmp
        self.h[0] = (self.h[0] + a) & MASK32
        self.h[1] = (self.h[1] + b) & MASK32
        self.h[2] = (self.h[2] + c) & MASK32
        self.h[3] = (self.h[3] + d) & MASK32
        self.h[4] = (self.h[4] + e) & MASK32

    def compress_sha256(self, w: list[r_uint]) -> None:
        for t in range(16, 64):
            s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
            s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & MASK32)
        a = self.h[0]
        b = self.h[1]
        c = self.h[2]
        d = self.h[3]
        e = self.h[4]
        f = self.h[5]
        g = self.h[6]
        hh = self.h[7]
        for t in range(64):
            S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (hh + S1 + ch + SHA256_K[t] + w[t]) & MASK32
            S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & MASK32
            hh = g
            g = f
            f = e
            e = (d + t1) & MASK32
            d = c
            c = b
            b = a
            a = (t1 + t2) & MASK32
        self.h[0] = (self.h[0] + a) & MASK32
        self.h[1] = (self.h[1] + b) & MASK32
        self.h[2] = (self.h[2] + c) & MASK32
        self.h[3] = (self.h[3] + d) & MASK32
        self.h[4] = (self.h[4] + e) & MASK32
        self.h[5] = (self.h[5] + f) & MASK32
        self.h[6] = (self.h[6] + g) & MASK32
        self.h[7] = (self.h[7] + hh) & MASK32

    def update(self, data: bytes) -> None:
        self.length += len(data)
        buf = self.buf
        for b in data:
            buf.append(b)
            if len(buf) == 64:
                self.compress(buf)
                buf = []
        self.buf = buf

    def digest(self) -> bytes:
        c = self.copy()
        bitlen = c.length * 8
        pad = [0x80]
        while (len(c.buf) + len(pad)) % 64 != 56:
            pad.append(0)
        for j in range(8):
            if self.kind == MD5:
                pad.append((bitlen >> (8 * j)) & 0xff)
            else:
                pad.append((bitlen >> (8 * (7 - j))) & 0xff)
        for b in pad:
            c.buf.append(b)
            if len(c.buf) == 64:
                c.compress(c.buf)
                c.buf = []
        out: list[int] = []
        for v in c.h:
            for j in range(4):
                if self.kind == MD5:
                    out.append(intmask(v >> (8 * j)) & 0xff)
                else:
                    out.append(intmask(v >> (8 * (3 - j))) & 0xff)
        return bytes(out[:DIGEST_SIZES[self.kind]])


def _hash(w: W_Root | None) -> W_Hash32:
    if isinstance(w, W_Hash32):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a hash object but received a '%s'"
                % type_name(w))


def make(kind: int, w_data: W_Root | None) -> W_Root:
    s = W_Hash32(kind)
    if w_data is not None:
        s.update(data_arg(w_data))
    return s


def md5_new(slots: list[W_Root | None]) -> W_Root:
    return make(MD5, slots[0])


def sha1_new(slots: list[W_Root | None]) -> W_Root:
    return make(SHA1, slots[0])


def sha224_new(slots: list[W_Root | None]) -> W_Root:
    return make(SHA224, slots[0])


def sha256_new(slots: list[W_Root | None]) -> W_Root:
    return make(SHA256, slots[0])


def hash_update(slots: list[W_Root | None]) -> W_Root:
    s = _hash(slots[0])
    w_data = slots[1]
    assert w_data is not None
    s.update(data_arg(w_data))
    return w_None


def hash_digest(slots: list[W_Root | None]) -> W_Root:
    return wrap_bytes(_hash(slots[0]).digest())


def hexlify(digest: bytes) -> str:
    """A digest in lowercase hex (hexdigest() of every hash type)."""
    hexd = "0123456789abcdef"
    out: list[str] = []
    for b in digest:
        out.append(hexd[b >> 4])
        out.append(hexd[b & 15])
    return "".join(out)


def hash_hexdigest(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(hexlify(_hash(slots[0]).digest()))


def hash_copy(slots: list[W_Root | None]) -> W_Root:
    return _hash(slots[0]).copy()


def hash_get_name(w: W_Root) -> W_Root:
    return W_StrObject(NAMES[_hash(w).kind])


def hash_get_digest_size(w: W_Root) -> W_Root:
    return wrap_int(DIGEST_SIZES[_hash(w).kind])


def hash_get_block_size(w: W_Root) -> W_Root:
    _hash(w)
    return wrap_int(64)


for _t in TYPES:
    register(_t, "update(self, obj, /)", hash_update)
    register(_t, "digest(self, /)", hash_digest)
    register(_t, "hexdigest(self, /)", hash_hexdigest)
    register(_t, "copy(self, /)", hash_copy)
    getset(_t, "name", hash_get_name)
    getset(_t, "digest_size", hash_get_digest_size)
    getset(_t, "block_size", hash_get_block_size)

MD5_FUNCTIONS = [register(None, "md5(string=, *, usedforsecurity=)", md5_new)]
SHA1_FUNCTIONS = [register(None, "sha1(string=, *, usedforsecurity=)", sha1_new)]
SHA256_FUNCTIONS = [
    register(None, "sha224(string=, *, usedforsecurity=)", sha224_new),
    register(None, "sha256(string=, *, usedforsecurity=)", sha256_new),
]


def module_with(name: str, functions: list[W_BuiltinFunction]) -> W_Module:
    w_mod = W_Module(name, None)
    d = w_mod.w_dict
    for w_f in functions:
        d.setitem_str(space.builtin_name(w_f), w_f)
    return w_mod


def make_md5() -> W_Module:
    return module_with("_md5", MD5_FUNCTIONS)


def make_sha1() -> W_Module:
    return module_with("_sha1", SHA1_FUNCTIONS)


def make_sha256() -> W_Module:
    return module_with("_sha256", SHA256_FUNCTIONS)


register_module("_md5", make_md5)
register_module("_sha1", make_sha1)
register_module("_sha256", make_sha256)
