"""rpy.rlib.rlocale: setlocale and querylocale (a refused name raises
OSError with EINVAL), the C locale's conventions read through
localeconv_load/lconv_str/lconv_int, nl_langinfo items, strcoll and
strxfrm on ASCII and non-ASCII str values."""
from __future__ import annotations

from rpy.rlib import rlocale, ros

LC_CTYPE = 0
LC_NUMERIC = 1
LC_ALL = 6
CODESET = 14
RADIXCHAR = 65536
DAY_1 = 131079


def entry_point(argv: list[str]) -> int:
    print("set", rlocale.setlocale(LC_ALL, b"C"))
    print("query", rlocale.querylocale(LC_NUMERIC), rlocale.querylocale(LC_CTYPE))
    try:
        rlocale.setlocale(LC_ALL, b"no_such_locale.XYZ")
    except OSError:
        print("refused: errno", ros.get_errno())
    rlocale.localeconv_load()
    print("conv", rlocale.lconv_str(rlocale.LCONV_DECIMAL_POINT),
          rlocale.lconv_str(rlocale.LCONV_THOUSANDS_SEP), rlocale.lconv_str(rlocale.LCONV_GROUPING),
          rlocale.lconv_int(rlocale.LCI_FRAC_DIGITS), rlocale.lconv_int(rlocale.LCI_P_SIGN_POSN))
    print("langinfo", rlocale.nl_langinfo(CODESET), rlocale.nl_langinfo(RADIXCHAR),
          rlocale.nl_langinfo(DAY_1))
    print("coll", rlocale.strcoll("a", "b") < 0, rlocale.strcoll("b", "a") > 0,
          rlocale.strcoll("\u00e9t\u00e9", "\u00e9t\u00e9"), rlocale.strcoll("", "x") < 0)
    x = rlocale.strxfrm("h\u00e9llo \u20ac")
    print("xfrm", x == "h\u00e9llo \u20ac", len(x), rlocale.strxfrm("") == "")
    return 0
