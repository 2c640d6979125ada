"""The `_locale` module, as CPython 3.11's Modules/_localemodule.c on
Linux: setlocale, localeconv, nl_langinfo, strcoll, strxfrm, getencoding,
locale.Error and the constants of the C library's headers, over the C
library's locales (rpy.rlib.rlocale).  Names and texts in the locale's
encoding are decoded as UTF-8 with surrogateescape (what CPython's
PyUnicode_DecodeLocale does in the UTF-8 locales of ouro's startup).

The gettext functions of CPython's module (gettext, dgettext, dcgettext,
textdomain, bindtextdomain, bind_textdomain_codeset) are not provided:
Lib/gettext.py and Lib/locale.py do not need them."""
from __future__ import annotations

from rpy.rlib import rlocale

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import EXCEPTION_TYPES, operr, w_TypeError, w_ValueError
from ouro.objspace.gateway import register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import LAYOUT_EXCEPTION, W_Root, make_builtin_type, w_None
from ouro.objspace.strobject import W_StrObject, clinic_type_name, c_int_w, decode_bytes


def _host_constants() -> list[tuple[str, int]]:
    """The LC_* categories, nl_langinfo items and CHAR_MAX of the system's
    headers, as the CPython whose standard library we use has them."""
    import _locale as _host
    # in the host module's order: `from _locale import *` (locale.py) keeps
    # it, and locale's category listings follow it
    return [(k, v) for k, v in _host.__dict__.items()
            if (k.isupper() or k == "_DATE_FMT") and isinstance(v, int)]


CONSTANTS = _host_constants()
LANGINFO_ITEMS = [v for k, v in CONSTANTS if not k.startswith("LC_") and k != "CHAR_MAX"]
CHAR_MAX = 127

w_LocaleError = make_builtin_type("Error", [EXCEPTION_TYPES["Exception"]], LAYOUT_EXCEPTION)
w_LocaleError.is_heaptype = True
w_LocaleError.hasdict = True
w_LocaleError.dict_w["__module__"] = W_StrObject("locale")
w_LocaleError.dict_w["__doc__"] = w_None


def decode(b: bytes) -> W_Root:
    return space.wrap_str(decode_bytes(b, "utf-8", "surrogateescape"))


def _str_arg(w: W_Root, fname: str, argdesc: str) -> str:
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s() %s must be str, not %s" % (fname, argdesc,
                                                                 clinic_type_name(w)))
    s = w.as_str()
    if s.find("\x00") >= 0:
        raise operr(w_ValueError, "embedded null character")
    return s


def locale_setlocale(slots: list[W_Root | None]) -> W_Root:
    w_cat = slots[0]
    assert w_cat is not None
    category = c_int_w(w_cat)
    w_name = slots[1]
    if w_name is None or w_name is w_None:
        try:
            return decode(rlocale.querylocale(category))
        except OSError:
            raise operr(w_LocaleError, "locale query failed")
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "setlocale() argument 2 must be str or None, not %s"
                    % clinic_type_name(w_name))
    name = w_name.as_str()
    if name.find("\x00") >= 0:
        raise operr(w_ValueError, "embedded null character")
    try:
        return decode(rlocale.setlocale(category, name.encode()))
    except OSError:
        raise operr(w_LocaleError, "unsupported locale setting")


def grouping_list(raw: bytes) -> W_Root:
    """CPython's copy_grouping: the group sizes up to and including the
    terminating 0 or CHAR_MAX; no grouping at all is []."""
    items_w: list[W_Root] = []
    if len(raw) == 0:
        return W_ListObject(items_w)
    for ch in raw:
        items_w.append(wrap_int(ch))
        if ch == CHAR_MAX:
            return W_ListObject(items_w)
    items_w.append(wrap_int(0))
    return W_ListObject(items_w)


def locale_localeconv(slots: list[W_Root | None]) -> W_Root:
    rlocale.localeconv_load()
    w_d = W_DictObject()
    for name, i in [("int_curr_symbol", rlocale.LCONV_INT_CURR_SYMBOL),
                    ("currency_symbol", rlocale.LCONV_CURRENCY_SYMBOL),
                    ("mon_decimal_point", rlocale.LCONV_MON_DECIMAL_POINT),
                    ("mon_thousands_sep", rlocale.LCONV_MON_THOUSANDS_SEP)]:
        w_d.setitem_str(name, decode(rlocale.lconv_str(i)))
    w_d.setitem_str("mon_grouping", grouping_list(rlocale.lconv_str(rlocale.LCONV_MON_GROUPING)))
    w_d.setitem_str("positive_sign", decode(rlocale.lconv_str(rlocale.LCONV_POSITIVE_SIGN)))
    w_d.setitem_str("negative_sign", decode(rlocale.lconv_str(rlocale.LCONV_NEGATIVE_SIGN)))
    for name, i in [("int_frac_digits", rlocale.LCI_INT_FRAC_DIGITS),
                    ("frac_digits", rlocale.LCI_FRAC_DIGITS),
                    ("p_cs_precedes", rlocale.LCI_P_CS_PRECEDES),
                    ("p_sep_by_space", rlocale.LCI_P_SEP_BY_SPACE),
                    ("n_cs_precedes", rlocale.LCI_N_CS_PRECEDES),
                    ("n_sep_by_space", rlocale.LCI_N_SEP_BY_SPACE),
                    ("p_sign_posn", rlocale.LCI_P_SIGN_POSN),
                    ("n_sign_posn", rlocale.LCI_N_SIGN_POSN)]:
        w_d.setitem_str(name, wrap_int(rlocale.lconv_int(i)))
    w_d.setitem_str("decimal_point", decode(rlocale.lconv_str(rlocale.LCONV_DECIMAL_POINT)))
    w_d.setitem_str("thousands_sep", decode(rlocale.lconv_str(rlocale.LCONV_THOUSANDS_SEP)))
    w_d.setitem_str("grouping", grouping_list(rlocale.lconv_str(rlocale.LCONV_GROUPING)))
    return w_d


def locale_nl_langinfo(slots: list[W_Root | None]) -> W_Root:
    w_key = slots[0]
    assert w_key is not None
    item = c_int_w(w_key)
    if item not in LANGINFO_ITEMS:
        raise operr(w_ValueError, "unsupported langinfo constant")
    try:
        return decode(rlocale.nl_langinfo(item))
    except OSError:
        raise operr(w_ValueError, "unsupported langinfo constant")


def locale_strcoll(slots: list[W_Root | None]) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    assert w_a is not None and w_b is not None
    a = _str_arg(w_a, "strcoll", "argument 1")
    b = _str_arg(w_b, "strcoll", "argument 2")
    return wrap_int(rlocale.strcoll(a, b))


def locale_strxfrm(slots: list[W_Root | None]) -> W_Root:
    w_s = slots[0]
    assert w_s is not None
    return space.wrap_str(rlocale.strxfrm(_str_arg(w_s, "strxfrm", "argument")))


def locale_getencoding(slots: list[W_Root | None]) -> W_Root:
    """The locale's encoding (nl_langinfo(CODESET); "utf-8" when it has
    none)."""
    try:
        codeset = rlocale.nl_langinfo(CODESET)
    except OSError:
        codeset = b""
    if len(codeset) == 0:
        return space.wrap_str("utf-8")
    return decode(codeset)


CODESET = 14
for _k, _v in CONSTANTS:
    if _k == "CODESET":
        CODESET = _v

FUNCTIONS = [
    register(None, "setlocale(category, locale=, /)", locale_setlocale),
    register(None, "localeconv()", locale_localeconv),
    register(None, "nl_langinfo(key, /)", locale_nl_langinfo),
    register(None, "strcoll(os1, os2, /)", locale_strcoll),
    register(None, "strxfrm(string, /)", locale_strxfrm),
    register(None, "getencoding()", locale_getencoding),
]


def make_module() -> W_Module:
    w_mod = W_Module("_locale", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str("Support for POSIX locales."))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    for name, value in CONSTANTS:
        d.setitem_str(name, wrap_int(value))
        if name == "CHAR_MAX":
            d.setitem_str("Error", w_LocaleError)     # CPython's place in the module
    return w_mod


register_module("_locale", make_module)
