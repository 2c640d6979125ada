"""The C library's locales for RPy programs: setlocale, localeconv,
nl_langinfo, strcoll and strxfrm (what CPython's _locale module wraps).

The same behaviour untranslated (through CPython's _locale, which changes
the host process's locale) and translated (rpy/c/runtime/locales.c).

`setlocale(category, name)` sets and returns the new locale's name;
`querylocale(category)` returns the current one; a name the C library
refuses raises OSError (EINVAL).  `localeconv_load()` reads the current
conventions into a per-process record: `lconv_str(LC_*)` gives the
strings (raw bytes in the locale's encoding; the two grouping fields as
their bytes, CHAR_MAX ends them), `lconv_int(LCI_*)` the numbers (CHAR_MAX
when unknown).  `nl_langinfo(item)` returns the raw bytes of the item.
`strcoll(a, b)` compares and `strxfrm(s)` transforms str values through
the wide-character functions (wcscoll, wcsxfrm), as CPython does.
"""
from __future__ import annotations

import errno as _errno

from rpy.rlib.ros import _State as _OsState

LCONV_DECIMAL_POINT = 0
LCONV_THOUSANDS_SEP = 1
LCONV_GROUPING = 2
LCONV_INT_CURR_SYMBOL = 3
LCONV_CURRENCY_SYMBOL = 4
LCONV_MON_DECIMAL_POINT = 5
LCONV_MON_THOUSANDS_SEP = 6
LCONV_MON_GROUPING = 7
LCONV_POSITIVE_SIGN = 8
LCONV_NEGATIVE_SIGN = 9

LCI_INT_FRAC_DIGITS = 0
LCI_FRAC_DIGITS = 1
LCI_P_CS_PRECEDES = 2
LCI_P_SEP_BY_SPACE = 3
LCI_N_CS_PRECEDES = 4
LCI_N_SEP_BY_SPACE = 5
LCI_P_SIGN_POSN = 6
LCI_N_SIGN_POSN = 7

_STR_FIELDS = ['decimal_point', 'thousands_sep', 'grouping', 'int_curr_symbol',
               'currency_symbol', 'mon_decimal_point', 'mon_thousands_sep', 'mon_grouping',
               'positive_sign', 'negative_sign']
_INT_FIELDS = ['int_frac_digits', 'frac_digits', 'p_cs_precedes', 'p_sep_by_space',
               'n_cs_precedes', 'n_sep_by_space', 'p_sign_posn', 'n_sign_posn']


class _State:
    conv: dict = {}


def _refused() -> OSError:
    _OsState.errno = _errno.EINVAL
    return OSError(_errno.EINVAL, 'unsupported locale setting')


def setlocale(category: int, name: bytes) -> bytes:
    import locale as _pylocale
    try:
        return _pylocale.setlocale(category, name.decode('utf-8', 'surrogateescape')).encode(
            'utf-8', 'surrogateescape')
    except (_pylocale.Error, ValueError):
        raise _refused()


def querylocale(category: int) -> bytes:
    import locale as _pylocale
    try:
        return _pylocale.setlocale(category, None).encode('utf-8', 'surrogateescape')
    except (_pylocale.Error, ValueError):
        raise _refused()


def localeconv_load() -> None:
    import _locale
    _State.conv = dict(_locale.localeconv())


def lconv_str(i: int) -> bytes:
    v = _State.conv[_STR_FIELDS[i]]
    if isinstance(v, list):
        return bytes(v)
    return v.encode('utf-8', 'surrogateescape')


def lconv_int(i: int) -> int:
    return int(_State.conv[_INT_FIELDS[i]])


def nl_langinfo(item: int) -> bytes:
    import _locale
    try:
        return _locale.nl_langinfo(item).encode('utf-8', 'surrogateescape')
    except ValueError:
        raise _refused()


def strcoll(a: str, b: str) -> int:
    import _locale
    return _locale.strcoll(a, b)


def strxfrm(s: str) -> str:
    import _locale
    return _locale.strxfrm(s)
