"""Generates the Unicode tables embedded in rpy/c/runtime/strings.c.

The tables are derived from the running CPython (3.11) itself, so the C
runtime's str predicates and case mappings agree with it exactly:

  - per code point, a set of flag bits (isalpha, isdecimal, isdigit,
    isnumeric, isspace, isprintable, upper/lower/title, cased,
    case-ignorable), stored in a three-level table;
  - the decimal digit runs (for int()/float() of non-ASCII digits);
  - upper/lower case mappings as runs (start, count, stride, delta) plus the
    mappings whose result is several characters (e.g. 'ß'.upper() == 'SS').

"Cased" and "case-ignorable" (used by the final-sigma rule of str.lower)
are not exposed by unicodedata; they are recovered from the behaviour of
str.lower() around U+03A3.

Usage:  python3 gen_unicodedb.py [--check]   (rewrites strings.c in place,
or with --check only exits 1 if the embedded tables are out of date).
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
STRINGS_C = os.path.join(HERE, '..', 'strings.c')
BEGIN = '/* BEGIN GENERATED UNICODE TABLES (test/gen_unicodedb.py) */\n'
END = '/* END GENERATED UNICODE TABLES */\n'

NCP = 0x110000
# The flag table covers [0, 0x40000) and [0xE0000, 0xE1000); every other
# code point has no flag (checked below).
LOW_LIMIT = 0x40000
HIGH_START, HIGH_END = 0xE0000, 0xE1000

F_ALPHA, F_DECIMAL, F_DIGIT, F_NUMERIC, F_SPACE, F_PRINTABLE = 1, 2, 4, 8, 16, 32
F_UPPER, F_LOWER, F_TITLE, F_CASED, F_CASE_IGNORABLE = 64, 128, 256, 512, 1024
SIGMA, SMALL_SIGMA, FINAL_SIGMA, ALPHA_CAP = '\u03a3', '\u03c3', '\u03c2', '\u0391'


def flags_of(c):
    ch = chr(c)
    f = 0
    if ch.isalpha(): f |= F_ALPHA
    if ch.isdecimal(): f |= F_DECIMAL
    if ch.isdigit(): f |= F_DIGIT
    if ch.isnumeric(): f |= F_NUMERIC
    if ch.isspace(): f |= F_SPACE
    if ch.isprintable(): f |= F_PRINTABLE
    up, lo = ch.isupper(), ch.islower()
    if up: f |= F_UPPER
    if lo: f |= F_LOWER
    if ch.istitle() and not up and not lo: f |= F_TITLE
    if ch != SIGMA:
        # T1: 'A' c 'S' -> final iff CI(c) or cased(c)
        # T2: c 'S'     -> final iff not CI(c) and cased(c)
        t1 = (ALPHA_CAP + ch + SIGMA).lower()[-1] == FINAL_SIGMA
        t2 = (ch + SIGMA).lower()[-1] == FINAL_SIGMA
        if t2:
            f |= F_CASED
        elif t1:
            f |= F_CASE_IGNORABLE     # cased-ness of a case-ignorable char never matters
    else:
        f |= F_CASED
    return f


def build_flags():
    flags = [flags_of(c) for c in range(NCP)]
    for c in range(LOW_LIMIT, HIGH_START):
        assert flags[c] == 0, hex(c)
    for c in range(HIGH_END, NCP):
        assert flags[c] == 0, hex(c)
    return flags


def three_level(values, shift2, shift1):
    """values -> (index0, chunks (flattened), blocks (flattened))."""
    bs = 1 << shift2
    blocks, idx1 = {}, []
    for i in range(0, len(values), bs):
        b = tuple(values[i:i + bs])
        idx1.append(blocks.setdefault(b, len(blocks)))
    cs = 1 << shift1
    chunks, idx0 = {}, []
    for i in range(0, len(idx1), cs):
        b = tuple(idx1[i:i + cs])
        idx0.append(chunks.setdefault(b, len(chunks)))
    flat_chunks = [x for b in chunks for x in b]
    flat_blocks = [x for b in blocks for x in b]
    return idx0, flat_chunks, flat_blocks


def case_runs(fn):
    """Runs (start, count, stride, delta) of single-char mappings, and the
    list of (cp, utf8 bytes) of multi-char mappings."""
    runs, multi = [], []
    for c in range(NCP):
        m = fn(chr(c))
        if len(m) != 1:
            multi.append((c, m.encode('utf-8')))
            continue
        d = ord(m) - c
        if d == 0:
            continue
        if runs:
            s, n, st, dd = runs[-1]
            if dd == d:
                if n == 1 and c - s in (1, 2):
                    runs[-1] = [s, 2, c - s, d]
                    continue
                if n > 1 and c == s + n * st:
                    runs[-1][1] += 1
                    continue
        runs.append([c, 1, 1, d])
    return runs, multi


def decimal_zeros():
    zeros = []
    c = 0
    while c < NCP:
        ch = chr(c)
        if ch.isdecimal():
            assert unicodedata.decimal(ch) == 0, hex(c)
            for k in range(10):
                assert unicodedata.decimal(chr(c + k)) == k, hex(c + k)
            zeros.append(c)
            c += 10
        else:
            c += 1
    return zeros


def c_array(ctype, name, values, per_line=24):
    lines = ['static const %s %s[%d] = {' % (ctype, name, len(values))]
    for i in range(0, len(values), per_line):
        lines.append(','.join(str(v) for v in values[i:i + per_line]) + ',')
    lines.append('};')
    return '\n'.join(lines) + '\n'


def generate():
    flags = build_flags()
    values = flags[:LOW_LIMIT] + flags[HIGH_START:HIGH_END]
    recs = sorted(set(values))
    assert recs[0] == 0
    rec_index = {r: i for i, r in enumerate(recs)}
    ids = [rec_index[v] for v in values]
    SHIFT2, SHIFT1 = 3, 5
    idx0, chunks, blocks = three_level(ids, SHIFT2, SHIFT1)
    assert len(recs) < 256
    up_runs, up_multi = case_runs(str.upper)
    lo_runs, lo_multi = case_runs(str.lower)
    zeros = decimal_zeros()
    out = [BEGIN]
    out.append('/* Generated from CPython %s (Unicode %s); do not edit by hand. */\n'
               % (sys.version.split()[0], unicodedata.unidata_version))
    out.append('#define UDB_SHIFT2 %d\n#define UDB_SHIFT1 %d\n' % (SHIFT2, SHIFT1))
    out.append('#define UDB_LOW_LIMIT 0x%X\n#define UDB_HIGH_START 0x%X\n#define UDB_HIGH_END 0x%X\n'
               % (LOW_LIMIT, HIGH_START, HIGH_END))
    out.append(c_array('uint16_t', 'udb_records', recs, 16))
    out.append(c_array('uint16_t' if max(idx0) >= 256 else 'uint8_t', 'udb_index0', idx0))
    out.append(c_array('uint16_t' if max(chunks) >= 256 else 'uint8_t', 'udb_index1', chunks))
    out.append(c_array('uint8_t', 'udb_index2', blocks, 32))
    out.append(c_array('uint32_t', 'udb_decimal_zeros', zeros, 12))
    for name, runs in (('udb_upper_runs', up_runs), ('udb_lower_runs', lo_runs)):
        out.append('static const udb_case_run %s[%d] = {\n' % (name, len(runs)))
        for i in range(0, len(runs), 6):
            out.append(''.join('{0x%X,%d,%d,%d},' % tuple(r) for r in runs[i:i + 6]) + '\n')
        out.append('};\n')
    for name, multi in (('udb_upper_multi', up_multi), ('udb_lower_multi', lo_multi)):
        out.append('static const udb_case_multi %s[%d] = {\n' % (name, max(len(multi), 1)))
        for c, b in multi:
            out.append('{0x%X,%d,"%s"},\n' % (c, len(b.decode('utf-8')),
                                              ''.join('\\x%02x' % x for x in b)))
        out.append('};\n')
    out.append(END)
    return ''.join(out)


def main():
    check = '--check' in sys.argv
    with open(STRINGS_C, encoding='utf-8') as f:
        text = f.read()
    a = text.index(BEGIN)
    b = text.index(END) + len(END)
    new = text[:a] + generate() + text[b:]
    if check:
        if new != text:
            print('strings.c: generated Unicode tables are out of date')
            sys.exit(1)
        return
    if new != text:
        with open(STRINGS_C, 'w', encoding='utf-8') as f:
            f.write(new)


if __name__ == '__main__':
    main()
