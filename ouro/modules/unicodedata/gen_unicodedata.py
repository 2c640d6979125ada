"""Build-time generator of ouro/modules/unicodedata/data.py and data32.py
(run on CPython 3.11):

    python -m ouro.modules.unicodedata.gen_unicodedata [--check]

The character properties of CPython's unicodedata (Unicode 14.0.0) as
two-level tables: a code point's block (cp >> SHIFT) selects, through
INDEX1, a deduplicated block of INDEX2 holding a record number per code
point (16-bit little-endian entries in bytes constants).  PROPS records:
category, bidirectional, combining, mirrored, east_asian_width, decimal,
digit, numeric.  DECOMP_* is the same scheme for decomposition() strings
(numbered slices of DECOMP_BLOB, at DECOMP_OFFSETS).
COMPOSE lists the canonical pairs that compose (`first second composite`,
hex), the primary composites not excluded from composition.  The names
are ouro/parser/unicodenames_data.py's.  data32.py holds the same tables
for unicodedata.ucd_3_2_0 (Unicode 3.2.0, what IDNA 2003 uses), made from
the host's ucd_3_2_0 object, except the decompositions (DECOMP_FROM_CURRENT:
those of the current version for the characters 3.2.0 assigned); DECOMP_FIXES (`cp replacement`, hex) are the
Unicode 3.2 corrigenda CPython applies to its normalization.
"""
from __future__ import annotations

import os
import sys
import unicodedata as u
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
OUTS = [(os.path.join(HERE, 'data.py'), u), (os.path.join(HERE, 'data32.py'), u.ucd_3_2_0)]
N = 0x110000


def two_level(values: list[int]) -> tuple[int, bytes, bytes]:
    best: tuple[int, int, list[int], list[int]] | None = None
    for shift in range(4, 11):
        size = 1 << shift
        blocks: dict[tuple, int] = {}
        index1 = []
        index2: list[int] = []
        for start in range(0, N, size):
            block = tuple(values[start:start + size])
            if block not in blocks:
                blocks[block] = len(blocks)
                index2.extend(block)
            index1.append(blocks[block])
        total = 2 * len(index1) + 2 * len(index2)
        if best is None or total < best[0]:
            best = (total, shift, index1, index2)
    assert best is not None
    _, shift, index1, index2 = best
    assert max(index1) < 65536 and max(index2) < 65536
    pack = lambda xs: b''.join(x.to_bytes(2, 'little') for x in xs)  # noqa: E731
    return shift, pack(index1), pack(index2)


def generate(db: Any) -> str:
    cats: list[str] = []
    bidis: list[str] = []
    eaws: list[str] = []
    records: dict[tuple, int] = {}
    rec_of: list[int] = []
    decomps: dict[str, int] = {'': 0}
    dec_of: list[int] = []
    for cp in range(N):
        c = chr(cp)
        cat = db.category(c)
        bidi = db.bidirectional(c)
        eaw = db.east_asian_width(c)
        for lst, v in ((cats, cat), (bidis, bidi), (eaws, eaw)):
            if v not in lst:
                lst.append(v)
        num = db.numeric(c, None)
        rec = (cats.index(cat), bidis.index(bidi), db.combining(c), db.mirrored(c),
               eaws.index(eaw), db.decimal(c, -1), db.digit(c, -1),
               -1.0 if num is None else num, num is not None)
        if rec not in records:
            records[rec] = len(records)
        rec_of.append(records[rec])
        d = db.decomposition(c)
        if d not in decomps:
            decomps[d] = len(decomps)
        dec_of.append(decomps[d])
    shift, idx1, idx2 = two_level(rec_of)
    dshift, didx1, didx2 = two_level(dec_of)
    recs = sorted(records, key=records.__getitem__)
    # the decomposition strings, one blob; DECOMP_OFFSETS: 4-byte start of each, and the end
    blob = ''.join(sorted(decomps, key=decomps.__getitem__))
    starts = []
    pos = 0
    for d in sorted(decomps, key=decomps.__getitem__):
        starts.append(pos)
        pos += len(d)
    starts.append(pos)
    offsets = b''.join(x.to_bytes(4, 'little') for x in starts)
    compose = []
    for cp in range(N):
        d = db.decomposition(chr(cp))
        if d and not d.startswith('<'):
            parts = d.split()
            if len(parts) == 2 and db.normalize('NFC', chr(cp)) == chr(cp) and \
                    db.normalize('NFC', ''.join(chr(int(p, 16)) for p in parts)) == chr(cp):
                compose.append('%s %s %x' % (parts[0].lower(), parts[1].lower(), cp))
    # the corrigenda CPython applies for 3.2.0 (normalization_3_2_0): a
    # singleton decomposition replaced
    fixes = []
    for cp in range(N):
        d = db.decomposition(chr(cp))
        if d and not d.startswith('<') and len(d.split()) == 1:
            n = db.normalize('NFD', chr(cp))
            if len(n) == 1 and n != db.normalize('NFD', chr(int(d, 16))):
                fixes.append('%x %x' % (cp, ord(n)))
    if db is u:
        decomp_lines = ['DECOMP_BLOB = %r' % blob,
                        'DECOMP_OFFSETS = %r' % offsets,
                        'DECOMP_SHIFT = %d' % dshift,
                        'DECOMP_INDEX1 = %r' % didx1,
                        'DECOMP_INDEX2 = %r' % didx2]
    else:
        # an old version: the current decompositions of the characters it
        # assigned (checked), none for the others
        for cp in range(N):
            c = chr(cp)
            assert db.decomposition(c) == ('' if db.category(c) == 'Cn' else u.decomposition(c))
        decomp_lines = ['DECOMP_FROM_CURRENT = True']
    out = ['"""Generated by `python -m ouro.modules.unicodedata.gen_unicodedata` from CPython',
           '%s\'s unicodedata; do not edit (see gen_unicodedata.py)."""' % (
               '.'.join(map(str, sys.version_info[:2]))),
           'from __future__ import annotations', '',
           'UNIDATA_VERSION = %r' % db.unidata_version,
           'CATEGORIES = %r' % cats,
           'BIDIRECTIONALS = %r' % bidis,
           'EAST_ASIAN_WIDTHS = %r' % eaws,
           'PROP_CATEGORY = %r' % [r[0] for r in recs],
           'PROP_BIDI = %r' % [r[1] for r in recs],
           'PROP_COMBINING = %r' % [r[2] for r in recs],
           'PROP_MIRRORED = %r' % [r[3] for r in recs],
           'PROP_EAW = %r' % [r[4] for r in recs],
           'PROP_DECIMAL = %r' % [r[5] for r in recs],
           'PROP_DIGIT = %r' % [r[6] for r in recs],
           'PROP_NUMERIC = %r' % [r[7] for r in recs],
           'PROP_HAS_NUMERIC = %r' % [r[8] for r in recs],
           'SHIFT = %d' % shift,
           'INDEX1 = %r' % idx1,
           'INDEX2 = %r' % idx2,
           ] + decomp_lines + [
           'COMPOSE = %r' % '\n'.join(compose),
           'DECOMP_FIXES = %r' % '\n'.join(fixes), '']
    return '\n'.join(out)


def main() -> int:
    if sys.version_info[:2] != (3, 11):
        print('run this with CPython 3.11', file=sys.stderr)
        return 2
    status = 0
    for out, db in OUTS:
        text = generate(db)
        if '--check' in sys.argv:
            with open(out) as f:
                if f.read() != text:
                    status = 1
            continue
        with open(out, 'w') as f:
            f.write(text)
    return status


if __name__ == '__main__':
    sys.exit(main())
