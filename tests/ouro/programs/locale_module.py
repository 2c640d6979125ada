"""The _locale module (CPython's C module, not locale.py's emulation):
the startup's LC_CTYPE from the environment, setlocale/getlocale, the
conventions of the C locale, nl_langinfo items, strcoll/strxfrm, and the
errors (locale.Error, argument types, embedded NULs, unknown items)."""
import _locale
import locale

print(locale.getlocale() == locale._parse_localename(locale.setlocale(locale.LC_CTYPE)))
print(locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_ALL, 'C'))
print(locale.getlocale(locale.LC_NUMERIC), locale.getpreferredencoding(False))
print(sorted(locale.localeconv().items()))
print(list(_locale.localeconv()))
print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.D_FMT),
      locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.ABMON_12),
      locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)),
      locale.nl_langinfo(locale.YESEXPR))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('\u00e9', '\u00e9'),
      locale.strxfrm('h\u00e9llo') == 'h\u00e9llo', sorted(['b', 'A', 'a', 'B'], key=locale.strxfrm))
print(locale.format_string('%.2f|%d', (1234.5, 1234567), grouping=True), locale.str(2.5),
      locale.atof('3.25'), locale.atoi('42'), locale.delocalize('1.5'))
print(locale.currency(1.5, symbol=False) if locale.localeconv()['frac_digits'] != 127 else
      'no currency in C')
print(_locale.Error.__module__, _locale.Error.__name__, _locale.Error.__mro__[1].__name__,
      locale.Error is _locale.Error)
for args in [(locale.LC_ALL, 'no_such_locale.XYZ'), (locale.LC_ALL, 'a\x00b'),
             (locale.LC_ALL, 5), ('x',)]:
    try:
        _locale.setlocale(*args)
    except Exception as e:
        print(type(e).__name__, e)
for f, a in [(_locale.nl_langinfo, (123456789,)), (_locale.strcoll, ('a', 1)),
             (_locale.strcoll, (1, 'a')), (_locale.strxfrm, (1,)), (_locale.strxfrm, ('a\x00',))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
print(locale.setlocale(locale.LC_ALL, ''))
print(locale.getencoding())
print([k for k in vars(_locale) if k.startswith('LC_') or k == 'Error'])
