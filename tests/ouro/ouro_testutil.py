"""Helpers shared by the ouro tests: the installed CPython's Lib/ files.

`stdlib_files()` lists every .py file of the CPython 3.11 standard library
(`sysconfig.get_paths()['stdlib']`, site-packages excluded), sorted;
`sample_files()` is a deterministic subset of about 300 of them (every k-th
file, plus files that exercise unusual encodings, CRLF newlines and
identifiers), for the default, fast runs.  Test ids are paths relative to
the Lib/ directory.
"""
from __future__ import annotations

import os
import sysconfig
from pathlib import Path

STDLIB = Path(sysconfig.get_paths()["stdlib"])
SAMPLE_SIZE = 300

# always in the sample: encodings, BOM, CRLF, non-ASCII identifiers, errors
INTERESTING = [
    "ast.py",
    "tokenize.py",
    "test/test_grammar.py",
    "test/test_patma.py",
    "test/test_unicode_identifiers.py",
    "test/test_source_encoding.py",
    "test/encoded_modules/module_iso_8859_1.py",
    "test/encoded_modules/module_koi8_r.py",
    "test/tokenizedata/coding20731.py",
    "test/tokenizedata/bad_coding.py",
    "test/tokenizedata/bad_coding2.py",
    "test/tokenizedata/badsyntax_3131.py",
    "test/tokenizedata/badsyntax_pep3120.py",
    "turtledemo/clock.py",
    "lib2to3/tests/data/bom.py",
    "lib2to3/tests/data/crlf.py",
    "lib2to3/tests/data/py2_test_grammar.py",
]


def stdlib_files() -> list[str]:
    """Every .py file of Lib/ (site-packages excluded), relative, sorted."""
    result: list[str] = []
    for root, dirs, files in os.walk(STDLIB):
        rel = os.path.relpath(root, STDLIB)
        if rel == "site-packages" or rel.startswith("site-packages" + os.sep):
            dirs[:] = []
            continue
        for name in files:
            if name.endswith(".py"):
                result.append(os.path.normpath(os.path.join(rel, name)))
    return sorted(result)


def sample_files() -> list[str]:
    files = stdlib_files()
    step = max(1, len(files) // SAMPLE_SIZE)
    chosen = set(files[::step])
    chosen.update(f for f in INTERESTING if f in set(files))
    return sorted(chosen)


def read(rel: str) -> bytes:
    return (STDLIB / rel).read_bytes()
