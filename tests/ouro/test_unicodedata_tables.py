"""ouro's unicodedata tables (ouro/modules/unicodedata), untranslated,
against the host CPython's unicodedata: every property and name of a
sample of code points (every 5th one, and every code point of the ranges
where normalization does most), the four normalization forms of each
alone and followed by combining marks, for the current database and
ucd_3_2_0; and the generated data.py/data32.py are up to date."""
from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest

from ouro.modules.unicodedata import module as m

FORMS = ("NFC", "NFD", "NFKC", "NFKD")
SAMPLE = sorted(set(range(0, 0x110000, 5)) | set(range(0x80, 0x3400)) |
                set(range(0xAC00, 0xAC00 + 600)) | set(range(0xF900, 0x10000)) |
                set(range(0x2F800, 0x2FA20)))


@pytest.mark.parametrize("which", ["current", "3.2.0"])
def test_properties_and_normalization(which: str) -> None:
    db, ref = (m.DB, unicodedata) if which == "current" else (m.DB32, unicodedata.ucd_3_2_0)
    bad: list[str] = []
    for cp in SAMPLE:
        c = chr(cp)
        r = db.record(cp)
        got = (db.category(cp), db.bidis[db.prop_bidi[r]], db.combining(cp),
               int(db.prop_mirrored[r]), db.eaws[db.prop_eaw[r]],
               db.prop_decimal[r] if db.prop_decimal[r] >= 0 else None,
               db.prop_digit[r] if db.prop_digit[r] >= 0 else None,
               db.prop_numeric[r] if db.prop_has_numeric[r] else None,
               db.decomposition(cp), m.name_of(db, cp) or None)
        exp = (ref.category(c), ref.bidirectional(c), ref.combining(c), ref.mirrored(c),
               ref.east_asian_width(c), ref.decimal(c, None), ref.digit(c, None),
               ref.numeric(c, None), ref.decomposition(c), ref.name(c, None))
        if got != exp:
            bad.append("%x: %r != %r" % (cp, got, exp))
        for s in (c, c + "\u0301", "a" + c + "\u0323\u0307"):
            for f in FORMS:
                if m.normalize(db, f, s) != ref.normalize(f, s):
                    bad.append("%s of %a" % (f, s))
    assert bad == []


def test_generated_data_up_to_date() -> None:
    r = subprocess.run([sys.executable, "-m", "ouro.modules.unicodedata.gen_unicodedata",
                        "--check"])
    assert r.returncode == 0, "run python -m ouro.modules.unicodedata.gen_unicodedata"
