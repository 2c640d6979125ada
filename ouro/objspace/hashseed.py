"""PYTHONHASHSEED: the key of str and bytes hashes, chosen at startup as
CPython chooses it (Python/bootstrap_hash.c), and the rehash of what was
built with the translation's key.

- "0": the zero key, the one the translation used; nothing to redo.
- an integer N in [1; 4294967295]: the key is the first 16 bytes of
  CPython's linear congruential generator seeded with N, so hash('abc'),
  and the order of sets and dicts of strings, are CPython's for that seed.
- unset, empty or "random": 16 random bytes (os.urandom), hash
  randomization as CPython's default.
- anything else: CPython's fatal error, exit status 1 (main.py).

The objects built while translating (module dicts of built-in modules,
interned strings, ...) hold hashes computed with the zero key: the str
objects' cached hashes, the hashes stored in dict entries and set slots.
A new key walks the prebuilt objects once (rgc.prebuilt_object: no
collection, no allocation) to forget the first and recompute the others.
It must be installed before any Python object is made at run time (main.py:
first thing of setup): those would not be rehashed.
"""
from __future__ import annotations

from rpy.rlib import rgc, rgcref, ros
from rpy.rlib.rarithmetic import r_uint

from ouro.objspace import siphash
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.setobject import W_BaseSetObject
from ouro.objspace.strobject import W_StrObject

RANDOM = -1         # the seed of a random key
INVALID = -2        # not a seed: the fatal error

MAX_SEED = 4294967295
ERROR = ('PYTHONHASHSEED must be "random" or an integer in range [0; %d]' % MAX_SEED)


def parse_seed(text: str | None) -> int:
    """The seed PYTHONHASHSEED's text asks for (RANDOM, INVALID or
    0..MAX_SEED); None is unset.  As CPython's strtoul: leading blanks and
    one sign are accepted, nothing after the digits."""
    if text is None or text == "random":
        return RANDOM
    i = 0
    while i < len(text) and text[i] in " \t\n\r\f\v":
        i += 1
    negative = False
    if i < len(text) and (text[i] == "+" or text[i] == "-"):
        negative = text[i] == "-"
        i += 1
    if i == len(text):
        return INVALID
    seed = 0
    while i < len(text):
        c = text[i]
        if c < "0" or c > "9":
            return INVALID
        seed = seed * 10 + (ord(c) - ord("0"))
        if seed > MAX_SEED:
            return INVALID
        i += 1
    if negative and seed != 0:
        return INVALID      # strtoul wraps it around past the range
    return seed


def lcg_bytes(seed: int, n: int) -> bytes:
    """CPython's lcg_urandom: n bytes from a linear congruential generator
    on 32-bit words."""
    out: list[int] = []
    x = seed & 0xffffffff
    for _ in range(n):
        x = (x * 214013 + 2531011) & 0xffffffff
        out.append((x >> 16) & 0xff)
    return bytes(out)


def _word(data: bytes, start: int) -> r_uint:
    """The little-endian 64-bit word at data[start:start + 8]."""
    w = r_uint(0)
    for k in range(8):
        w = w | (r_uint(data[start + k]) << (8 * k))
    return w


def install(seed: int) -> None:
    """The key for seed (RANDOM or 0..MAX_SEED) becomes the hashes' key;
    what was hashed with the old one is hashed again."""
    if seed == 0:
        return
    if seed == RANDOM:
        secret = ros.urandom(16)
    else:
        secret = lcg_bytes(seed, 16)
    siphash.KEY.k0 = _word(secret, 0)
    siphash.KEY.k1 = _word(secret, 8)
    siphash.RECENT.forget()
    rehash_prebuilt()


def rehash_prebuilt() -> None:
    n = rgc.prebuilt_count()
    # the strings first: a dict's keys are hashed again through their caches
    for i in range(n):
        ref = rgc.prebuilt_object(i)
        if rgcref.gcref_isinstance(W_StrObject, ref):
            rgcref.cast_gcref_to_instance(W_StrObject, ref).hcache = 0
    for i in range(n):
        ref = rgc.prebuilt_object(i)
        if rgcref.gcref_isinstance(W_DictObject, ref):
            rgcref.cast_gcref_to_instance(W_DictObject, ref).rehash()
        elif rgcref.gcref_isinstance(W_BaseSetObject, ref):
            rgcref.cast_gcref_to_instance(W_BaseSetObject, ref).rehash()
