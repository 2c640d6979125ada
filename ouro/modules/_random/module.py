"""The `_random` module: the Mersenne Twister (MT19937) behind random.py,
as CPython 3.11's Modules/_randommodule.c: the same seeding (init_by_array
over the 32-bit chunks of |seed|, or of hash(seed) for other objects;
os.urandom when the seed is None), random() with 53 bits, getrandbits,
getstate/setstate.  Given the same seed, random.py produces CPython's
numbers.

_random.Random is subclassable (random.Random derives from it): its
instances are map-based objects with their Python class in `w_type`, a
layout of their own added to the subclassable ones (as the _io types).
"""
from __future__ import annotations

from rpy.rlib import ros
from rpy.rlib.rbigint import rbigint

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_OverflowError, w_TypeError, w_ValueError
from ouro.objspace.floatobject import wrap_float
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import (W_IntObject, W_LongObject, bigint_of_w, int_w, is_int,
                                     w_int_type, wrap_big, wrap_int)
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, make_builtin_type, type_name
from ouro.objspace.model import w_None, w_object_type
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

LAYOUT_RANDOM = 101
space.SUBCLASSABLE_LAYOUTS.append(LAYOUT_RANDOM)

w_random_type = make_builtin_type("Random", [w_object_type], LAYOUT_RANDOM)
w_random_type.w_module = W_StrObject("_random")
w_random_type.dict_w["__module__"] = W_StrObject("_random")

N = 624
M = 397
MATRIX_A = 0x9908b0df
UPPER_MASK = 0x80000000
LOWER_MASK = 0x7fffffff
MASK32 = 0xffffffff


class W_Random(W_ObjectWithMap):
    w_type: W_TypeObject
    state: list[int]
    index: int

    def __init__(self, w_type: W_TypeObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.state = [0] * N
        self.index = N + 1

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def init_genrand(self, s: int) -> None:
        mt = self.state
        mt[0] = s & MASK32
        for i in range(1, N):
            mt[i] = (1812433253 * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & MASK32
        self.index = N

    def init_by_array(self, key: list[int]) -> None:
        self.init_genrand(19650218)
        mt = self.state
        i = 1
        j = 0
        n = len(key)
        k = N if N > n else n
        while k > 0:
            mt[i] = ((mt[i] ^ (((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525) & MASK32))
                     + key[j] + j) & MASK32
            i += 1
            j += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            if j >= n:
                j = 0
            k -= 1
        k = N - 1
        while k > 0:
            mt[i] = ((mt[i] ^ (((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941) & MASK32))
                     - i) & MASK32
            i += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            k -= 1
        mt[0] = 0x80000000

    def genrand_uint32(self) -> int:
        mt = self.state
        if self.index >= N:
            kk = 0
            while kk < N - M:
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK)
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ (MATRIX_A if y & 1 else 0)
                kk += 1
            while kk < N - 1:
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK)
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ (MATRIX_A if y & 1 else 0)
                kk += 1
            y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK)
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ (MATRIX_A if y & 1 else 0)
            self.index = 0
        y = mt[self.index]
        self.index += 1
        y ^= (y >> 11)
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= (y >> 18)
        return y & MASK32

    def random(self) -> float:
        a = self.genrand_uint32() >> 5
        b = self.genrand_uint32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)


def _random(w: W_Root | None) -> W_Random:
    if isinstance(w, W_Random):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_random.Random' object but received a '%s'"
                % type_name(w))


def key_of(b: rbigint) -> list[int]:
    """The 32-bit chunks of b >= 0, least significant first (one at least)."""
    key: list[int] = []
    while not b.is_zero():
        key.append(b.int_and_(MASK32).toint())
        b = b.rshift(32)
    if len(key) == 0:
        key.append(0)
    return key


def seed_from(w_self: W_Random, w_arg: W_Root | None) -> None:
    if w_arg is None or w_arg is w_None:
        data = ros.urandom(N * 4)
        key: list[int] = []
        for i in range(N):
            key.append(data[4 * i] | (data[4 * i + 1] << 8) | (data[4 * i + 2] << 16)
                       | (data[4 * i + 3] << 24))
        w_self.init_by_array(key)
        return
    if isinstance(w_arg, W_IntObject) or isinstance(w_arg, W_LongObject):
        b = bigint_of_w(w_arg).abs()
    elif is_int(w_arg):
        b = bigint_of_w(space.call_function(space.getattr(w_int_type, "__abs__"),
                                            [w_arg])).abs()
    else:
        h = space.hash_w(w_arg)
        b = rbigint.from_int(h)
        if h < 0:
            b = b.add(rbigint.from_int(1).lshift(64))
    w_self.init_by_array(key_of(b))


def random_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "Random.__new__(X): X is not a type object (%s)"
                    % type_name(w_cls))
    if w_cls is w_random_type and args.has_keywords():
        raise operr(w_TypeError, "Random() takes no keyword arguments")
    return W_Random(w_cls)


def random_init(args: Arguments) -> W_Root:
    w_self = _random(args.args_w[0])
    if w_self.w_type is w_random_type and args.has_keywords():
        raise operr(w_TypeError, "Random() takes no keyword arguments")
    if len(args.args_w) > 2:
        raise operr(w_TypeError, "Random() requires 0 or 1 argument")
    seed_from(w_self, args.args_w[1] if len(args.args_w) == 2 else None)
    return w_None


def random_seed(slots: list[W_Root | None]) -> W_Root:
    seed_from(_random(slots[0]), slots[1])
    return w_None


def random_random(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(_random(slots[0]).random())


def random_getrandbits(slots: list[W_Root | None]) -> W_Root:
    w_self = _random(slots[0])
    w_k = slots[1]
    assert w_k is not None
    k = int_w(w_k)
    if k < 0:
        raise operr(w_ValueError, "number of bits must be non-negative")
    if k == 0:
        return wrap_int(0)
    if k <= 32:
        return wrap_int(w_self.genrand_uint32() >> (32 - k))
    # CPython's order: 32-bit words from the least significant, the last
    # one cut to the bits left; the bytes make the int in one pass (OR-ing
    # each shifted word into the result was quadratic: randbytes(1 << 18)
    # took minutes)
    raw = [0] * (((k - 1) // 32 + 1) * 4)
    i = 0
    while k > 0:
        r = w_self.genrand_uint32()
        if k < 32:
            r >>= (32 - k)
        raw[i] = r & 0xFF
        raw[i + 1] = (r >> 8) & 0xFF
        raw[i + 2] = (r >> 16) & 0xFF
        raw[i + 3] = (r >> 24) & 0xFF
        i += 4
        k -= 32
    return wrap_big(rbigint.from_bytes(bytes(raw), "little", False))


def random_getstate(slots: list[W_Root | None]) -> W_Root:
    w_self = _random(slots[0])
    items_w: list[W_Root] = [wrap_int(v) for v in w_self.state]
    items_w.append(wrap_int(w_self.index))
    return W_TupleObject(items_w)


def random_setstate(slots: list[W_Root | None]) -> W_Root:
    w_self = _random(slots[0])
    w_state = slots[1]
    if not isinstance(w_state, W_TupleObject):
        raise operr(w_TypeError, "state vector must be a tuple")
    items_w = w_state.items_w
    if len(items_w) != N + 1:
        raise operr(w_ValueError, "state vector is the wrong size")
    new: list[int] = []
    for i in range(N):
        new.append(unsigned32(items_w[i]))
    index = space.int_of_w(items_w[N])
    if index < 0 or index > N:
        raise operr(w_ValueError, "invalid state")
    w_self.state = new
    w_self.index = index
    return w_None


def unsigned32(w: W_Root) -> int:
    """PyLong_AsUnsignedLong, kept to 32 bits (CPython's setstate)."""
    b = bigint_of_w(w)
    if b.sign < 0:
        raise operr(w_OverflowError, "can't convert negative value to unsigned int")
    if b.bit_length() > 64:
        raise operr(w_OverflowError, "Python int too large to convert to C unsigned long")
    return b.int_and_(MASK32).toint()


register_raw(w_random_type, "__new__", random_new)
register_raw(w_random_type, "__init__", random_init)
register(w_random_type, "seed(self, n=, /)", random_seed)
register(w_random_type, "random(self, /)", random_random)
register(w_random_type, "getrandbits(self, k, /)", random_getrandbits)
register(w_random_type, "getstate(self, /)", random_getstate)
register(w_random_type, "setstate(self, state, /)", random_setstate)


def make_module() -> W_Module:
    w_mod = W_Module("_random", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str("Module implements the Mersenne Twister random "
                                            "number generator."))
    d.setitem_str("Random", w_random_type)
    return w_mod


register_module("_random", make_module)
