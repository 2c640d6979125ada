# error handlers: the built-in ones through every codec, registered ones,
# lookup_error / register_error, and the handlers called directly
import codecs


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


def attrs(label, f):
    # the attributes of the UnicodeErrors the _codecs codecs raise
    try:
        print(label, repr(f()))
    except UnicodeError as e:
        print(label, type(e).__name__, e, e.encoding, repr(e.object), e.start, e.end, e.reason)


HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
            "namereplace", "surrogateescape", "surrogatepass"]
TEXTS = ["a\u00e9\u20acz", "x\udc80\udcffy", "\ud800\udfff!", "\U0001f600", "ok"]
for enc in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-16-be", "utf-32", "cp1252",
            "cp437", "iso8859_7"]:
    for h in HANDLERS:
        for s in TEXTS:
            t("%s/%s/%r:" % (enc, h, s), lambda: s.encode(enc, h))

DATA = [b"a\xe9\x80z", b"\xed\xa0\x80x", b"\xff\xfe\x00\xd8", b"\x00\xd8\x00\xdc", b"\x81\x8d", b"ok"]
for enc in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "cp1252",
            "cp437"]:
    for h in HANDLERS:
        for d in DATA:
            t("%s/%s/%r:" % (enc, h, d), lambda: d.decode(enc, h))

# registered handlers
def fix(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%s>" % "+".join(hex(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)
    raise TypeError("no")

codecs.register_error("test.fix", fix)
print(codecs.lookup_error("test.fix") is fix)
for enc in ["ascii", "latin-1", "utf-8", "utf-16", "cp1252", "utf-32-be"]:
    t("fix " + enc, lambda: "a\u00e9\u20ac\ud800\U0001f600z".encode(enc, "test.fix"))
for enc in ["ascii", "utf-8", "utf-16-le", "cp1252", "cp437", "utf-32-le"]:
    t("fix " + enc, lambda: b"a\xe9\x80\x81\xed\xa0\x80z".decode(enc, "test.fix"))

codecs.register_error("test.bytes", lambda e: (b"??", e.end))
t("bytes ascii", lambda: "a\u00e9b".encode("ascii", "test.bytes"))
t("bytes utf-16", lambda: "a\ud800b".encode("utf-16-le", "test.bytes"))
t("bytes utf-16 odd", lambda: "a\ud800b".encode("utf-16-le", "test.fix2"))
codecs.register_error("test.skip", lambda e: ("", e.end + 1))
t("skip", lambda: "a\u00e9bcd".encode("ascii", "test.skip"))
t("skip dec", lambda: b"a\xffbcd".decode("ascii", "test.skip"))
codecs.register_error("test.back", lambda e: ("", -1))
t("neg", lambda: "a\u00e9bcd".encode("ascii", "test.back"))
codecs.register_error("test.far", lambda e: ("", 100))
t("far", lambda: "a\u00e9bcd".encode("ascii", "test.far"))
codecs.register_error("test.bad", lambda e: "nope")
t("bad enc", lambda: "a\u00e9".encode("ascii", "test.bad"))
t("bad dec", lambda: b"a\xff".decode("ascii", "test.bad"))
codecs.register_error("test.badrep", lambda e: (b"x", e.end))
t("bytes in decode", lambda: b"a\xff".decode("ascii", "test.badrep"))
codecs.register_error("test.nonascii", lambda e: ("\u00e9", e.end))
t("nonascii ascii", lambda: "a\u20ac".encode("ascii", "test.nonascii"))
t("nonascii latin1", lambda: "a\u20ac".encode("latin-1", "test.nonascii"))
t("nonascii utf8", lambda: "a\ud800".encode("utf-8", "test.nonascii"))
t("nonascii cp1252", lambda: "a\u0100".encode("cp1252", "test.nonascii"))
t("unknown", lambda: "a\u00e9".encode("ascii", "no.such.handler"))
t("unknown ok", lambda: "abc".encode("ascii", "no.such.handler"))
t("unknown dec", lambda: b"a\xff".decode("utf-8", "no.such.handler"))
t("lookup_error", lambda: codecs.lookup_error("no.such.handler"))
t("register_error", lambda: codecs.register_error("x", 1))

# the built-in handlers called directly
for name in HANDLERS:
    h = codecs.lookup_error(name)
    print(name, h.__name__, h is codecs.lookup_error(name))
    for exc in [UnicodeEncodeError("ascii", "a\u00e9\udc80\ud800b", 1, 4, "why"),
                UnicodeEncodeError("utf-16-be", "a\ud800b", 1, 2, "why"),
                UnicodeDecodeError("utf-8", b"a\xed\xa0\x80\xffb", 1, 5, "why"),
                UnicodeDecodeError("utf-8", b"a\x41b", 1, 2, "why"),
                UnicodeTranslateError("a\u00e9b", 1, 2, "why"),
                ValueError("x")]:
        # (str() of a UnicodeError made by Python code is not CPython's yet)
        try:
            print("  %s(%s)" % (name, type(exc).__name__), repr(h(exc)))
        except Exception as e:
            print("  %s(%s) raises" % (name, type(exc).__name__), type(e).__name__, e is exc,
                  e if e is not exc else "")
print(codecs.strict_errors, codecs.ignore_errors, codecs.replace_errors)
for enc in ["utf-16", "utf-32-be", "cp1252", "cp437", "koi8-r"]:
    attrs("attrs " + enc, lambda: "a\ud800\u0100\u20ac".encode(enc))
    attrs("attrs " + enc, lambda: b"\x00\xd8\x81\x00\x00\x00".decode(enc))
for f in [lambda: codecs.utf_16_decode(b"\x00\xdc"), lambda: codecs.unicode_escape_decode(b"\\x1"),
          lambda: codecs.raw_unicode_escape_decode(b"\\u12"), lambda: codecs.charmap_encode("\u0100", None, {}),
          lambda: codecs.charmap_decode(b"\x05", None, "abc"), lambda: codecs.utf_32_le_decode(b"\x00\x00\x11\x00")]:
    attrs("attrs", f)
