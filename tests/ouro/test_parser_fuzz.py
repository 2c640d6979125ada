"""The parser never crashes: random byte strings and mutated valid sources
(characters deleted, duplicated or replaced, lines swapped) either parse or
raise SourceError — no other exception, no hang. Fixed seeds, so a failure
is reproducible."""
from __future__ import annotations

import random
import sysconfig
from pathlib import Path

import pytest

from ouro.parser.errors import SourceError
from ouro.parser.parser import parse

STDLIB = Path(sysconfig.get_paths()["stdlib"])
SOURCES = ["textwrap.py", "bisect.py", "colorsys.py", "keyword.py", "heapq.py", "fnmatch.py"]
PIECES = [b"(", b")", b"[", b"]", b"{", b"}", b":", b",", b"=", b"\n", b"    ", b"\t", b"'",
          b'"', b'"""', b"f'", b"{x!r:>{w}}", b"lambda", b"def ", b"class ", b"if ", b"else",
          b"match ", b"case ", b"*", b"**", b"\\", b"#", b"0x", b"1e", b"1_", b"\xff", b"\xc3"]


def check(src: bytes) -> None:
    try:
        parse(src)
    except SourceError:
        pass


def mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not b:
            break
        i = rng.randrange(len(b))
        op = rng.randrange(4)
        if op == 0:
            del b[i:i + rng.randint(1, 8)]
        elif op == 1:
            b[i:i] = rng.choice(PIECES)
        elif op == 2:
            b[i:i] = b[i:i + rng.randint(1, 12)]
        else:
            lines = bytes(b).split(b"\n")
            if len(lines) > 2:
                j, k = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[j], lines[k] = lines[k], lines[j]
            b = bytearray(b"\n".join(lines))
    return bytes(b)


def test_random_bytes_never_crash() -> None:
    rng = random.Random(1234)
    for _ in range(400):
        n = rng.randint(0, 60)
        check(bytes(rng.randrange(256) for _ in range(n)))
        check(b"".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))))


@pytest.mark.parametrize("name", SOURCES)
def test_mutated_sources_never_crash(name: str) -> None:
    data = (STDLIB / name).read_bytes()
    # small windows of the file keep each parse fast
    rng = random.Random(name)
    lines = data.split(b"\n")
    for _ in range(60):
        start = rng.randrange(max(1, len(lines) - 40))
        window = b"\n".join(lines[start:start + 40]) + b"\n"
        check(mutate(rng, window))
