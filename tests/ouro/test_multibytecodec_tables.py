"""The CJK codecs' engine (ouro/modules/_multibytecodec/codec.py over the
tables that tables.py probes from the host's codecs), untranslated,
against the host CPython's codecs: every two-byte sequence under a sample
of lead bytes and random byte strings (escape sequences and shifts mixed
in for the stateful codecs) decoded with errors='replace' and 'strict';
all of the BMP (in chunks) and random strings encoded with 'replace' and
'xmlcharrefreplace' (which makes CPython's hz drop a doubled '~' when its
output buffer is full)."""
from __future__ import annotations

import random

import pytest

from ouro.modules._codecs.errors import DecodeCtx
from ouro.modules._multibytecodec import codec as C
from ouro.modules._multibytecodec import tables as T
from ouro.objspace.exceptions import OperationError

PIECES = [b"\x1b$B", b"\x1b(B", b"\x1b(J", b"\x1b(I", b"\x1b$(D", b"\x1b$)C", b"\x1b$(C",
          b"\x1b$A", b"\x1b$(Q", b"\x1b$(O", b"\x1b$(P", b"\x1b.A", b"\x1b.F", b"\x1bN",
          b"\x0e", b"\x0f", b"\n", b"~{", b"~}", b"~~", b"~\n", b"~", b"\x1b",
          b"\x1b&@\x1b$B", b"\x1b(", b"\x1bx", b"\x1b$@", b"\xa4\xd4", b"\x81\x30"]


def decode(name: str, data: bytes, errors: str) -> str:
    t = T.TABLES[name]
    ctx = DecodeCtx(name, data, errors)
    C.decode_run(t, ctx, True, C.new_state(t, False))
    return "".join(ctx.out)


def encode(name: str, text: str, errors: str) -> bytes:
    t = T.TABLES[name]
    ctx = C.MBEncodeCtx(t, list(text), errors, C.new_state(t, True))
    C.encode_run(t, ctx, True)
    return b"".join(ctx.out)


def host_decode(name: str, data: bytes) -> str | None:
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def our_decode(name: str, data: bytes) -> str | None:
    try:
        return decode(name, data, "strict")
    except OperationError:
        return None


@pytest.mark.parametrize("name", list(T.TABLES))
def test_decode(name: str) -> None:
    rnd = random.Random(name)
    cases = [bytes([a, b]) for a in range(0x80, 0x100, 7) for b in range(256)]
    for _ in range(3000):
        cases.append(b"".join(rnd.choice(PIECES) if rnd.random() < 0.3 else
                              bytes([rnd.randrange(256)]) for _ in range(rnd.randrange(1, 12))))
    bad = []
    for data in cases:
        if decode(name, data, "replace") != data.decode(name, "replace"):
            bad.append(data)
        if our_decode(name, data) != host_decode(name, data):
            bad.append(data)
    assert bad[:10] == []


@pytest.mark.parametrize("name", list(T.TABLES))
def test_encode(name: str) -> None:
    rnd = random.Random(name)
    t = T.TABLES[name]
    bad = []
    for start in range(0, 0x10000, 0x400):
        text = "".join(chr(c) for c in range(start, start + 0x400))
        if encode(name, text, "replace") != text.encode(name, "replace"):
            bad.append(start)
    mapped = [c for c in range(0x80, 0x10000, 7) if C.encode_value(t, c) != -1]
    mapped += [ord(ch) for s in t.multi for ch in s]
    for _ in range(500):
        text = "".join(chr(rnd.choice(mapped)) if rnd.random() < 0.6 else
                       rnd.choice(["a", "\n", "~", "\u20ac", "\x0e", "\U0001f600", "\xe9"])
                       for _ in range(rnd.randrange(1, 12)))
        if t.multi and rnd.random() < 0.3:
            text += rnd.choice(t.multi)
        for errors in ("replace", "xmlcharrefreplace"):
            if encode(name, text, errors) != text.encode(name, errors):
                bad.append(text)
    assert bad[:10] == []
