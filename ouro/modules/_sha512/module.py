"""The `_sha512` module: SHA-512 and SHA-384 (FIPS 180-4), the objects
hashlib.sha512/sha384 return when OpenSSL's _hashlib is absent (and what
random.py seeds from strings with): update, digest, hexdigest, copy,
name, digest_size, block_size, as CPython 3.11's Modules/sha512module.c.
"""
from __future__ import annotations

import math as _math

from rpy.rlib.rarithmetic import intmask, r_uint

from ouro.interpreter.module import W_Module
from ouro.modules.math.args import module_type
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.bytesobject import buffer_or_none, wrap_bytes
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.gateway import register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import W_StrObject


def _primes(n: int) -> list[int]:
    result: list[int] = []
    k = 2
    while len(result) < n:
        if all(k % p for p in result):
            result.append(k)
        k += 1
    return result


def _icbrt(n: int) -> int:
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x * x * x > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


MASK64 = (1 << 64) - 1
PRIMES = _primes(80)
# the fractional parts of the cube roots of the first 80 primes, and of the
# square roots of the first 8 (SHA-512) and the 9th to 16th (SHA-384)
K = [r_uint(_icbrt(p << 192) & MASK64) for p in PRIMES]
H512 = [r_uint(_math.isqrt(p << 128) & MASK64) for p in PRIMES[:8]]
H384 = [r_uint(_math.isqrt(p << 128) & MASK64) for p in PRIMES[8:16]]

w_sha512_type = module_type("_sha512", "sha512")
w_sha384_type = module_type("_sha512", "sha384")


def rotr(x: r_uint, n: int) -> r_uint:
    return (x >> n) | (x << (64 - n))


class W_SHA512(W_Root):
    h: list[r_uint]
    buf: list[int]          # the bytes not hashed yet (< 128)
    length: int             # bytes hashed so far
    digest_size: int        # 64 or 48

    def __init__(self, digest_size: int) -> None:
        self.h = list(H512 if digest_size == 64 else H384)
        self.buf = []
        self.length = 0
        self.digest_size = digest_size

    def getclass(self) -> W_TypeObject:
        return w_sha512_type if self.digest_size == 64 else w_sha384_type

    def copy(self) -> W_SHA512:
        c = W_SHA512(self.digest_size)
        c.h = list(self.h)
        c.buf = list(self.buf)
        c.length = self.length
        return c

    def compress(self, block: list[int]) -> None:
        w: list[r_uint] = []
        for t in range(16):
            v = r_uint(0)
            for j in range(8):
                v = (v << 8) | r_uint(block[8 * t + j])
            w.append(v)
        for t in range(16, 80):
            s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
            s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
            w.append(w[t - 16] + s0 + w[t - 7] + s1)
        a = self.h[0]
        b = self.h[1]
        c = self.h[2]
        d = self.h[3]
        e = self.h[4]
        f = self.h[5]
        g = self.h[6]
        hh = self.h[7]
        for t in range(80):
            S1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = hh + S1 + ch + K[t] + w[t]
            S0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = S0 + maj
            hh = g
            g = f
            f = e
            e = d + t1
            d = c
            c = b
            b = a
            a = t1 + t2
        self.h[0] = self.h[0] + a
        self.h[1] = self.h[1] + b
        self.h[2] = self.h[2] + c
        self.h[3] = self.h[3] + d
        self.h[4] = self.h[4] + e
        self.h[5] = self.h[5] + f
        self.h[6] = self.h[6] + g
        self.h[7] = self.h[7] + hh

    def update(self, data: bytes) -> None:
        self.length += len(data)
        buf = self.buf
        for b in data:
            buf.append(b)
            if len(buf) == 128:
                self.compress(buf)
                buf = []
        self.buf = buf

    def digest(self) -> bytes:
        c = self.copy()
        bitlen = c.length * 8
        pad = [0x80]
        while (len(c.buf) + len(pad)) % 128 != 112:
            pad.append(0)
        for _ in range(8):
            pad.append(0)           # the high 64 bits of the 128-bit length
        for j in range(8):
            pad.append((bitlen >> (8 * (7 - j))) & 0xff)
        for b in pad:
            c.buf.append(b)
            if len(c.buf) == 128:
                c.compress(c.buf)
                c.buf = []
        out: list[int] = []
        for v in c.h:
            for j in range(8):
                out.append(intmask(v >> (8 * (7 - j))) & 0xff)
        return bytes(out[:self.digest_size])


def _sha(w: W_Root | None) -> W_SHA512:
    if isinstance(w, W_SHA512):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_sha512.sha512' object but received a '%s'"
                % type_name(w))


def data_arg(w: W_Root) -> bytes:
    if isinstance(w, W_StrObject):
        raise operr(w_TypeError, "Strings must be encoded before hashing")
    data = buffer_or_none(w)
    if data is None:
        raise operr(w_TypeError, "object supporting the buffer API required")
    return data


def make(digest_size: int, w_data: W_Root | None) -> W_Root:
    s = W_SHA512(digest_size)
    if w_data is not None:
        s.update(data_arg(w_data))
    return s


def sha512_new(slots: list[W_Root | None]) -> W_Root:
    return make(64, slots[0])


def sha384_new(slots: list[W_Root | None]) -> W_Root:
    return make(48, slots[0])


def sha_update(slots: list[W_Root | None]) -> W_Root:
    s = _sha(slots[0])
    w_data = slots[1]
    assert w_data is not None
    s.update(data_arg(w_data))
    return w_None


def sha_digest(slots: list[W_Root | None]) -> W_Root:
    return wrap_bytes(_sha(slots[0]).digest())


def sha_hexdigest(slots: list[W_Root | None]) -> W_Root:
    digest = _sha(slots[0]).digest()
    hexd = "0123456789abcdef"
    out: list[str] = []
    for b in digest:
        out.append(hexd[b >> 4])
        out.append(hexd[b & 15])
    return W_StrObject("".join(out))


def sha_copy(slots: list[W_Root | None]) -> W_Root:
    return _sha(slots[0]).copy()


def sha_get_name(w: W_Root) -> W_Root:
    return W_StrObject("sha512" if _sha(w).digest_size == 64 else "sha384")


def sha_get_digest_size(w: W_Root) -> W_Root:
    return wrap_int(_sha(w).digest_size)


def sha_get_block_size(w: W_Root) -> W_Root:
    _sha(w)
    return wrap_int(128)


for _t in [w_sha512_type, w_sha384_type]:
    register(_t, "update(self, obj, /)", sha_update)
    register(_t, "digest(self, /)", sha_digest)
    register(_t, "hexdigest(self, /)", sha_hexdigest)
    register(_t, "copy(self, /)", sha_copy)
    getset(_t, "name", sha_get_name)
    getset(_t, "digest_size", sha_get_digest_size)
    getset(_t, "block_size", sha_get_block_size)

FUNCTIONS = [
    register(None, "sha512(string=, *, usedforsecurity=)", sha512_new),
    register(None, "sha384(string=, *, usedforsecurity=)", sha384_new),
]


def make_module() -> W_Module:
    w_mod = W_Module("_sha512", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    return w_mod


register_module("_sha512", make_module)
