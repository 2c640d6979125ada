"""The `_blake2` module: BLAKE2b and BLAKE2s (RFC 7693, with the tree
parameters of the BLAKE2 paper: fanout, depth, leaf_size, node_offset,
node_depth, inner_size, last_node), the types hashlib.blake2b/blake2s,
as CPython 3.11's Modules/_blake2: key, salt, person, digest_size, and
update, digest, hexdigest, copy, name, digest_size, block_size.
hashlib builds its table of constructors at import time and logs an error
for each one missing, so every program importing hashlib needs this module.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import intmask, r_uint

from ouro.interpreter.module import W_Module
from ouro.modules._sha512.module import H512, data_arg
from ouro.modules.hash32.module import SHA256_H, hexlify
from ouro.modules.math.args import module_type
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.bytesobject import buffer_or_none, wrap_bytes
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import operr, w_OverflowError, w_TypeError, w_ValueError
from ouro.objspace.gateway import register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import W_StrObject

SIGMA = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
]

MASK32 = r_uint(0xFFFFFFFF)
MASK64 = ~r_uint(0)

w_blake2b_type = module_type("_blake2", "blake2b")
w_blake2s_type = module_type("_blake2", "blake2s")


class Params:
    """The sizes of one variant: BLAKE2b (64-bit words) or BLAKE2s."""
    name: str
    bits: int               # the word size
    wbytes: int
    block: int              # the block size in bytes
    max_digest: int         # also the maximum key size
    mask: r_uint
    rounds: int
    rot: list[int]          # G's rotations
    iv: list[r_uint]
    salt_size: int          # also the person size
    node_offset_bytes: int

    def __init__(self, name: str, bits: int, rounds: int, rot: list[int], iv: list[r_uint],
                 salt_size: int, node_offset_bytes: int) -> None:
        self.name = name
        self.bits = bits
        self.wbytes = bits // 8
        self.block = 16 * self.wbytes
        self.max_digest = 8 * self.wbytes
        self.mask = MASK64 if bits == 64 else MASK32
        self.rounds = rounds
        self.rot = rot
        self.iv = iv
        self.salt_size = salt_size
        self.node_offset_bytes = node_offset_bytes


B = Params("blake2b", 64, 12, [32, 24, 16, 63], H512, 16, 8)
S = Params("blake2s", 32, 10, [16, 12, 8, 7], SHA256_H, 8, 6)


class W_Blake2(W_Root):
    p: Params
    h: list[r_uint]
    buf: list[int]          # the bytes not compressed yet (<= one block:
    counter: int            # the last block is compressed by digest())
    last_node: bool
    digest_size: int

    def __init__(self, p: Params, digest_size: int, last_node: bool) -> None:
        self.p = p
        self.h = list(p.iv)
        self.buf = []
        self.counter = 0
        self.last_node = last_node
        self.digest_size = digest_size

    def getclass(self) -> W_TypeObject:
        return w_blake2b_type if self.p is B else w_blake2s_type

    def copy(self) -> W_Blake2:
        c = W_Blake2(self.p, self.digest_size, self.last_node)
        c.h = list(self.h)
        c.buf = list(self.buf)
        c.counter = self.counter
        return c

    def rotr(self, x: r_uint, n: int) -> r_uint:
        return ((x >> n) | (x << (self.p.bits - n))) & self.p.mask

    def g(self, v: list[r_uint], a: int, b: int, c: int, d: int, x: r_uint, y: r_uint) -> None:
        mask = self.p.mask
        rot = self.p.rot
        v[a] = (v[a] + v[b] + x) & mask
        v[d] = self.rotr(v[d] ^ v[a], rot[0])
        v[c] = (v[c] + v[d]) & mask
        v[b] = self.rotr(v[b] ^ v[c], rot[1])
        v[a] = (v[a] + v[b] + y) & mask
        v[d] = self.rotr(v[d] ^ v[a], rot[2])
        v[c] = (v[c] + v[d]) & mask
        v[b] = self.rotr(v[b] ^ v[c], rot[3])

    def compress(self, block: list[int], last: bool) -> None:
        p = self.p
        m: list[r_uint] = []
        for i in range(16):
            w = r_uint(0)
            for j in range(p.wbytes):
                w = w | (r_uint(block[p.wbytes * i + j]) << (8 * j))
            m.append(w)
        v = list(self.h) + list(p.iv)
        v[12] = v[12] ^ (r_uint(self.counter) & p.mask)
        if p.bits == 32:
            v[13] = v[13] ^ (r_uint(self.counter >> 32) & p.mask)
        if last:
            v[14] = ~v[14] & p.mask
            if self.last_node:
                v[15] = ~v[15] & p.mask
        for r in range(p.rounds):
            s = SIGMA[r % 10]
            self.g(v, 0, 4, 8, 12, m[s[0]], m[s[1]])
            self.g(v, 1, 5, 9, 13, m[s[2]], m[s[3]])
            self.g(v, 2, 6, 10, 14, m[s[4]], m[s[5]])
            self.g(v, 3, 7, 11, 15, m[s[6]], m[s[7]])
            self.g(v, 0, 5, 10, 15, m[s[8]], m[s[9]])
            self.g(v, 1, 6, 11, 12, m[s[10]], m[s[11]])
            self.g(v, 2, 7, 8, 13, m[s[12]], m[s[13]])
            self.g(v, 3, 4, 9, 14, m[s[14]], m[s[15]])
        for i in range(8):
            self.h[i] = self.h[i] ^ v[i] ^ v[i + 8]

    def update(self, data: bytes) -> None:
        size = self.p.block
        buf = self.buf
        for byte in data:
            if len(buf) == size:
                self.counter += size
                self.compress(buf, False)
                buf = []
            buf.append(byte)
        self.buf = buf

    def digest(self) -> bytes:
        c = self.copy()
        c.counter += len(c.buf)
        block = list(c.buf)
        while len(block) < c.p.block:
            block.append(0)
        c.compress(block, True)
        out: list[int] = []
        for v in c.h:
            for j in range(c.p.wbytes):
                out.append(intmask(v >> (8 * j)) & 0xff)
        return bytes(out[:self.digest_size])


def _blake(w: W_Root | None) -> W_Blake2:
    if isinstance(w, W_Blake2):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_blake2' object but received a '%s'"
                % type_name(w))


def bytes_param(w: W_Root | None) -> bytes:
    if w is None:
        return b""
    data = buffer_or_none(w)
    if data is None:
        raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w))
    return data


def int_param(w: W_Root | None, default: int) -> int:
    if w is None:
        return default
    return space.int_of_w(w)


def unsigned_param(w: W_Root | None, limit: int, too_large: str) -> int:
    n = int_param(w, 0)
    if n < 0:
        raise operr(w_OverflowError, "can't convert negative int to unsigned")
    if n > limit:
        raise operr(w_OverflowError, too_large)
    return n


def put_le(block: list[int], at: int, value: int, nbytes: int) -> None:
    for j in range(nbytes):
        block[at + j] = (value >> (8 * j)) & 0xff


def blake2_new(p: Params, slots: list[W_Root | None]) -> W_Root:
    digest_size = int_param(slots[2], p.max_digest)
    if digest_size < 1 or digest_size > p.max_digest:
        raise operr(w_ValueError, "digest_size must be between 1 and %d bytes" % p.max_digest)
    key = bytes_param(slots[3])
    salt = bytes_param(slots[4])
    person = bytes_param(slots[5])
    if len(salt) > p.salt_size:
        raise operr(w_ValueError, "maximum salt length is %d bytes" % p.salt_size)
    if len(person) > p.salt_size:
        raise operr(w_ValueError, "maximum person length is %d bytes" % p.salt_size)
    fanout = int_param(slots[6], 1)
    if fanout < 0 or fanout > 255:
        raise operr(w_ValueError, "fanout must be between 0 and 255")
    depth = int_param(slots[7], 1)
    if depth <= 0 or depth > 255:
        raise operr(w_ValueError, "depth must be between 1 and 255")
    leaf_size = unsigned_param(slots[8], 0xFFFFFFFF, "leaf_size is too large")
    if p.node_offset_bytes == 6:
        node_offset = unsigned_param(slots[9], 0xFFFFFFFFFFFF, "node_offset is too large")
    else:
        node_offset = unsigned_param(slots[9], (1 << 63) - 1, "node_offset is too large")
    node_depth = int_param(slots[10], 0)
    if node_depth < 0 or node_depth > 255:
        raise operr(w_ValueError, "node_depth must be between 0 and 255")
    inner_size = int_param(slots[11], 0)
    if inner_size < 0 or inner_size > p.max_digest:
        raise operr(w_ValueError, "inner_size must be between 0 and is %d" % p.max_digest)
    if len(key) > p.max_digest:
        raise operr(w_ValueError, "maximum key length is %d bytes" % p.max_digest)
    w_last = slots[12]
    last_node = w_last is not None and space.is_true(w_last)
    # the parameter block, XORed into the initial chaining value
    param = [0] * (8 * p.wbytes)
    param[0] = digest_size
    param[1] = len(key)
    param[2] = fanout
    param[3] = depth
    put_le(param, 4, leaf_size, 4)
    put_le(param, 8, node_offset, p.node_offset_bytes)
    at = 8 + p.node_offset_bytes
    param[at] = node_depth
    param[at + 1] = inner_size
    salt_at = 4 * p.wbytes
    for i in range(len(salt)):
        param[salt_at + i] = salt[i]
    for i in range(len(person)):
        param[salt_at + p.salt_size + i] = person[i]
    s = W_Blake2(p, digest_size, last_node)
    for i in range(8):
        w = r_uint(0)
        for j in range(p.wbytes):
            w = w | (r_uint(param[p.wbytes * i + j]) << (8 * j))
        s.h[i] = s.h[i] ^ w
    if len(key) > 0:
        block = [0] * p.block
        for i in range(len(key)):
            block[i] = key[i]
        s.buf = block
    w_data = slots[1]
    if w_data is not None:
        s.update(data_arg(w_data))
    return s


def blake2b_new(slots: list[W_Root | None]) -> W_Root:
    return blake2_new(B, slots)


def blake2s_new(slots: list[W_Root | None]) -> W_Root:
    return blake2_new(S, slots)


def blake2_update(slots: list[W_Root | None]) -> W_Root:
    s = _blake(slots[0])
    w_data = slots[1]
    assert w_data is not None
    s.update(data_arg(w_data))
    return w_None


def blake2_digest(slots: list[W_Root | None]) -> W_Root:
    return wrap_bytes(_blake(slots[0]).digest())


def blake2_hexdigest(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(hexlify(_blake(slots[0]).digest()))


def blake2_copy(slots: list[W_Root | None]) -> W_Root:
    return _blake(slots[0]).copy()


def blake2_get_name(w: W_Root) -> W_Root:
    return W_StrObject(_blake(w).p.name)


def blake2_get_digest_size(w: W_Root) -> W_Root:
    return wrap_int(_blake(w).digest_size)


def blake2_get_block_size(w: W_Root) -> W_Root:
    return wrap_int(_blake(w).p.block)


NEW_SIGNATURE = ("__new__(type, data=, /, *, digest_size=, key=, salt=, person=, fanout=, "
                 "depth=, leaf_size=, node_offset=, node_depth=, inner_size=, last_node=, "
                 "usedforsecurity=)")
register(w_blake2b_type, NEW_SIGNATURE, blake2b_new)
register(w_blake2s_type, NEW_SIGNATURE, blake2s_new)
for _t, _p in [(w_blake2b_type, B), (w_blake2s_type, S)]:
    register(_t, "update(self, data, /)", blake2_update)
    register(_t, "digest(self, /)", blake2_digest)
    register(_t, "hexdigest(self, /)", blake2_hexdigest)
    register(_t, "copy(self, /)", blake2_copy)
    getset(_t, "name", blake2_get_name)
    getset(_t, "digest_size", blake2_get_digest_size)
    getset(_t, "block_size", blake2_get_block_size)
    _t.dict_w["SALT_SIZE"] = wrap_int(_p.salt_size)
    _t.dict_w["PERSON_SIZE"] = wrap_int(_p.salt_size)
    _t.dict_w["MAX_KEY_SIZE"] = wrap_int(_p.max_digest)
    _t.dict_w["MAX_DIGEST_SIZE"] = wrap_int(_p.max_digest)


def make_module() -> W_Module:
    w_mod = W_Module("_blake2", None)
    d = w_mod.w_dict
    d.setitem_str("blake2b", w_blake2b_type)
    d.setitem_str("blake2s", w_blake2s_type)
    for p in [B, S]:
        prefix = "BLAKE2B_" if p is B else "BLAKE2S_"
        d.setitem_str(prefix + "SALT_SIZE", wrap_int(p.salt_size))
        d.setitem_str(prefix + "PERSON_SIZE", wrap_int(p.salt_size))
        d.setitem_str(prefix + "MAX_KEY_SIZE", wrap_int(p.max_digest))
        d.setitem_str(prefix + "MAX_DIGEST_SIZE", wrap_int(p.max_digest))
    return w_mod


register_module("_blake2", make_module)
