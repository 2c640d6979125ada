"""The `_sha3` module: SHA3-224/256/384/512 and SHAKE128/256 (FIPS 202,
Keccak-f[1600]), the types hashlib.sha3_* and shake_* are when OpenSSL's
_hashlib is absent: update, digest, hexdigest, copy, name, digest_size,
block_size, _capacity_bits, _rate_bits, _suffix, as CPython 3.11's
Modules/_sha3/sha3module.c (the SHAKEs' digest and hexdigest take the
length).  hashlib builds its table of constructors at import time and
logs an error for each one missing, so every program importing hashlib
needs this module.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import intmask, r_uint

from ouro.interpreter.module import W_Module
from ouro.modules._sha512.module import data_arg
from ouro.modules.hash32.module import hexlify
from ouro.modules.math.args import module_type
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.bytesobject import wrap_bytes
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import operr, w_TypeError, w_ValueError
from ouro.objspace.gateway import register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import W_StrObject

NAMES = ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"]
# the rate (block size) in bytes of each kind; the digest size of the SHA3s
RATES = [144, 136, 104, 72, 168, 136]
DIGEST_SIZES = [28, 32, 48, 64, 0, 0]
SHAKE128 = 4


def _round_constants() -> list[int]:
    """Load time: Keccak's iota constants from its LFSR (FIPS 202, 3.2.5)."""
    out: list[int] = []
    r = 1
    for _ in range(24):
        rc = 0
        for j in range(7):
            if r & 1:
                rc |= 1 << ((1 << j) - 1)
            r <<= 1
            if r & 0x100:
                r ^= 0x171
        out.append(rc)
    return out


def _rotations() -> list[int]:
    """Load time: rho's rotation of lane x + 5*y (FIPS 202, 3.2.2)."""
    rot = [0] * 25
    x, y = 1, 0
    for t in range(24):
        rot[x + 5 * y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5
    return rot


RC = [r_uint(c) for c in _round_constants()]
ROT = _rotations()

TYPES = [module_type("_sha3", name) for name in NAMES]


def rotl64(x: r_uint, n: int) -> r_uint:
    if n == 0:
        return x
    return (x << n) | (x >> (64 - n))


def keccak_f(a: list[r_uint]) -> None:
    c = [r_uint(0)] * 5
    b = [r_uint(0)] * 25
    for rnd in range(24):
        for x in range(5):
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20]
        for x in range(5):
            d = c[(x + 4) % 5] ^ rotl64(c[(x + 1) % 5], 1)
            for y in range(5):
                a[x + 5 * y] = a[x + 5 * y] ^ d
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl64(a[x + 5 * y], ROT[x + 5 * y])
        for x in range(5):
            for y in range(5):
                a[x + 5 * y] = b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y])
        a[0] = a[0] ^ RC[rnd]


class W_SHA3(W_Root):
    kind: int               # index into NAMES
    state: list[r_uint]     # the 25 lanes
    buf: list[int]          # the bytes not absorbed yet (< rate)

    def __init__(self, kind: int) -> None:
        self.kind = kind
        self.state = [r_uint(0)] * 25
        self.buf = []

    def getclass(self) -> W_TypeObject:
        return TYPES[self.kind]

    def rate(self) -> int:
        return RATES[self.kind]

    def copy(self) -> W_SHA3:
        c = W_SHA3(self.kind)
        c.state = list(self.state)
        c.buf = list(self.buf)
        return c

    def absorb(self, block: list[int]) -> None:
        for i in range(len(block)):
            lane = i >> 3
            self.state[lane] = self.state[lane] ^ (r_uint(block[i]) << (8 * (i & 7)))
        keccak_f(self.state)

    def update(self, data: bytes) -> None:
        rate = self.rate()
        buf = self.buf
        for byte in data:
            buf.append(byte)
            if len(buf) == rate:
                self.absorb(buf)
                buf = []
        self.buf = buf

    def output(self, length: int) -> bytes:
        c = self.copy()
        rate = c.rate()
        block = list(c.buf)
        suffix = 0x1f if c.kind >= SHAKE128 else 0x06
        block.append(suffix)
        while len(block) < rate:
            block.append(0)
        block[rate - 1] |= 0x80
        c.absorb(block)
        out: list[int] = []
        while True:
            for i in range(rate):
                if len(out) == length:
                    return bytes(out)
                out.append(intmask(c.state[i >> 3] >> (8 * (i & 7))) & 0xff)
            keccak_f(c.state)


def _sha3(w: W_Root | None) -> W_SHA3:
    if isinstance(w, W_SHA3):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_sha3' object but received a '%s'"
                % type_name(w))


def sha3_new_of(kind: int, slots: list[W_Root | None]) -> W_Root:
    s = W_SHA3(kind)
    w_data = slots[1]
    if w_data is not None:
        s.update(data_arg(w_data))
    return s


def sha3_224_new(slots: list[W_Root | None]) -> W_Root:
    return sha3_new_of(0, slots)


def sha3_256_new(slots: list[W_Root | None]) -> W_Root:
    return sha3_new_of(1, slots)


def sha3_384_new(slots: list[W_Root | None]) -> W_Root:
    return sha3_new_of(2, slots)


def sha3_512_new(slots: list[W_Root | None]) -> W_Root:
    return sha3_new_of(3, slots)


def shake_128_new(slots: list[W_Root | None]) -> W_Root:
    return sha3_new_of(4, slots)


def shake_256_new(slots: list[W_Root | None]) -> W_Root:
    return sha3_new_of(5, slots)


def sha3_update(slots: list[W_Root | None]) -> W_Root:
    s = _sha3(slots[0])
    w_data = slots[1]
    assert w_data is not None
    s.update(data_arg(w_data))
    return w_None


def sha3_digest(slots: list[W_Root | None]) -> W_Root:
    s = _sha3(slots[0])
    return wrap_bytes(s.output(DIGEST_SIZES[s.kind]))


def sha3_hexdigest(slots: list[W_Root | None]) -> W_Root:
    s = _sha3(slots[0])
    return W_StrObject(hexlify(s.output(DIGEST_SIZES[s.kind])))


def shake_length(w: W_Root | None) -> int:
    assert w is not None
    n = space.int_of_w(w)
    if n < 0:
        raise operr(w_ValueError, "value must be positive")
    if n >= (1 << 29):
        raise operr(w_ValueError, "length is too large")
    return n


def shake_digest(slots: list[W_Root | None]) -> W_Root:
    s = _sha3(slots[0])
    return wrap_bytes(s.output(shake_length(slots[1])))


def shake_hexdigest(slots: list[W_Root | None]) -> W_Root:
    s = _sha3(slots[0])
    return W_StrObject(hexlify(s.output(shake_length(slots[1]))))


def sha3_copy(slots: list[W_Root | None]) -> W_Root:
    return _sha3(slots[0]).copy()


def sha3_get_name(w: W_Root) -> W_Root:
    return W_StrObject(NAMES[_sha3(w).kind])


def sha3_get_digest_size(w: W_Root) -> W_Root:
    return wrap_int(DIGEST_SIZES[_sha3(w).kind])


def sha3_get_block_size(w: W_Root) -> W_Root:
    return wrap_int(_sha3(w).rate())


def sha3_get_rate_bits(w: W_Root) -> W_Root:
    return wrap_int(8 * _sha3(w).rate())


def sha3_get_capacity_bits(w: W_Root) -> W_Root:
    return wrap_int(1600 - 8 * _sha3(w).rate())


def sha3_get_suffix(w: W_Root) -> W_Root:
    return wrap_bytes(b"\x1f" if _sha3(w).kind >= SHAKE128 else b"\x06")


NEW_FUNCTIONS = [sha3_224_new, sha3_256_new, sha3_384_new, sha3_512_new, shake_128_new,
                 shake_256_new]

for _i in range(len(TYPES)):
    _t = TYPES[_i]
    register(_t, "__new__(type, data=, /, *, usedforsecurity=)", NEW_FUNCTIONS[_i])
    register(_t, "update(self, data, /)", sha3_update)
    if _i >= SHAKE128:
        register(_t, "digest(self, length, /)", shake_digest)
        register(_t, "hexdigest(self, length, /)", shake_hexdigest)
    else:
        register(_t, "digest(self, /)", sha3_digest)
        register(_t, "hexdigest(self, /)", sha3_hexdigest)
    register(_t, "copy(self, /)", sha3_copy)
    getset(_t, "name", sha3_get_name)
    getset(_t, "digest_size", sha3_get_digest_size)
    getset(_t, "block_size", sha3_get_block_size)
    getset(_t, "_rate_bits", sha3_get_rate_bits)
    getset(_t, "_capacity_bits", sha3_get_capacity_bits)
    getset(_t, "_suffix", sha3_get_suffix)


def make_module() -> W_Module:
    w_mod = W_Module("_sha3", None)
    d = w_mod.w_dict
    for i in range(len(TYPES)):
        d.setitem_str(NAMES[i], TYPES[i])
    d.setitem_str("implementation", W_StrObject("tiny_sha3"))
    d.setitem_str("keccakopt", wrap_int(0))
    return w_mod


register_module("_sha3", make_module)
