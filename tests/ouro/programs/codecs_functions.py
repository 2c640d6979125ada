# the _codecs functions called directly: results, consumed counts, byte
# orders, incremental (final=False) decoding, escapes, charmaps, arguments
import _codecs
import codecs


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("utf8 enc", lambda: _codecs.utf_8_encode("a\u00e9\U0001f600"))
t("utf8 enc err", lambda: _codecs.utf_8_encode("a\ud800", "replace"))
t("utf8 dec", lambda: _codecs.utf_8_decode(b"a\xc3\xa9"))
t("utf8 dec mv", lambda: _codecs.utf_8_decode(memoryview(b"a\xc3\xa9")))
t("utf8 dec ba", lambda: _codecs.utf_8_decode(bytearray(b"a\xc3\xa9"), None, True))
for data in [b"\xc3", b"a\xe2\x82", b"a\xf0\x9f\x98", b"a\xf0\x9f\x98\x80", b"\xe2\x28",
             b"\xed\xa0", b"ab\xff", b"\xf4\x90", b"\xe0\x80"]:
    t("utf8 partial %r" % data, lambda: _codecs.utf_8_decode(data, "strict", False))
    t("utf8 partial replace %r" % data, lambda: _codecs.utf_8_decode(data, "replace", False))
t("ascii", lambda: (_codecs.ascii_encode("abc"), _codecs.ascii_decode(b"abc")))
t("ascii err", lambda: _codecs.ascii_decode(b"a\x80", "ignore"))
t("latin1", lambda: (_codecs.latin_1_encode("\u00ff"), _codecs.latin_1_decode(b"\xff\x00")))
t("latin1 err", lambda: _codecs.latin_1_encode("\u0100x", "replace"))
for bo in [0, -1, 1]:
    t("utf16 enc %d" % bo, lambda: _codecs.utf_16_encode("a\U0001f600", None, bo))
    t("utf32 enc %d" % bo, lambda: _codecs.utf_32_encode("a\U0001f600", None, bo))
t("utf16 le/be", lambda: (_codecs.utf_16_le_encode("ab"), _codecs.utf_16_be_encode("ab")))
t("utf32 le/be", lambda: (_codecs.utf_32_le_encode("ab"), _codecs.utf_32_be_encode("ab")))
for data in [b"", b"\xff\xfe", b"\xfe\xff", b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a\x00b",
             b"=\xd8\x00\xde", b"=\xd8\x00", b"=\xd8", b"\x00\xdca\x00", b"=\xd8a\x00"]:
    for final in [False, True]:
        t("utf16 dec %r %s" % (data, final), lambda: _codecs.utf_16_decode(data, "replace", final))
        t("utf16 ex %r %s" % (data, final), lambda: _codecs.utf_16_ex_decode(data, "replace", 0, final))
    t("utf16 le %r" % data, lambda: _codecs.utf_16_le_decode(data, "backslashreplace", True))
    t("utf16 be %r" % data, lambda: _codecs.utf_16_be_decode(data, "backslashreplace", True))
t("utf16 ex bo", lambda: _codecs.utf_16_ex_decode(b"\xff\xfea\x00", "strict", 1, True))
for data in [b"", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a", b"a\x00\x00\x00b",
             b"\x00\xd8\x00\x00", b"\x00\x00\x11\x00x"]:
    for final in [False, True]:
        t("utf32 dec %r %s" % (data, final), lambda: _codecs.utf_32_decode(data, "replace", final))
        t("utf32 ex %r %s" % (data, final), lambda: _codecs.utf_32_ex_decode(data, "replace", 0, final))
    t("utf32 le %r" % data, lambda: _codecs.utf_32_le_decode(data, "ignore", True))
    t("utf32 be %r" % data, lambda: _codecs.utf_32_be_decode(data, "ignore", True))

# escapes
s = "a\\b'\"\t\n\r\x00\x7f\x80\u00ff\u0100\uffff\U00010000\U0010ffff"
t("unicode_escape enc", lambda: _codecs.unicode_escape_encode(s))
t("raw enc", lambda: _codecs.raw_unicode_escape_encode(s))
t("unicode_escape rt", lambda: _codecs.unicode_escape_decode(_codecs.unicode_escape_encode(s)[0])[0] == s)
t("raw rt", lambda: _codecs.raw_unicode_escape_decode(_codecs.raw_unicode_escape_encode(s)[0])[0] == s)
for data in [b"\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r", b"\\x41\\101\\0\\7\\77", b"\\u20ac\\U0001F600",
             b"\\N{EURO SIGN}\\N{latin small letter a}", b"line\\\ncont",
             b"\\xz", b"\\u12g4", b"\\U00110000", b"\\N{NO SUCH NAME}", b"\\N", b"\\N{", b"\\N{}",
             b"abc\\", b"\xe9\xff", "str\\u0041"]:
    for errors in ["strict", "replace", "backslashreplace", "ignore"]:
        t("ue dec %r %s" % (data, errors), lambda: _codecs.unicode_escape_decode(data, errors))
    t("ue dec partial %r" % data, lambda: _codecs.unicode_escape_decode(data, "strict", False))
for data in [b"\\u20ac\\U0001F600", b"\\x41\\n", b"\\\\u0041", b"\\u12", b"\\u12g4",
             b"\\U00110000", b"abc\\", b"\\", b"\xe9\xff", "str\\u0041"]:
    for errors in ["strict", "replace"]:
        t("raw dec %r %s" % (data, errors), lambda: _codecs.raw_unicode_escape_decode(data, errors))
    t("raw dec partial %r" % data, lambda: _codecs.raw_unicode_escape_decode(data, "strict", False))
t("escape_encode", lambda: _codecs.escape_encode(b"a'\\\t\n\r\x00\x1f\x7f\x80\xff\"b"))
for data in [b"a\\n\\t\\'\\\"\\\\", b"\\x41\\x4", b"\\x4g", b"\\101\\7", b"a\\\nb",
             b"trail\\", "text\\x41"]:
    for errors in [None, "strict", "replace", "ignore", "other"]:
        t("escape_decode %r %s" % (data, errors), lambda: _codecs.escape_decode(data, errors))

# charmaps
table = "abc\ufffe\u20ac"
emap = _codecs.charmap_build(table)
print(type(emap).__name__)
t("charmap dec str", lambda: _codecs.charmap_decode(b"\x00\x01\x04\x02", "strict", table))
t("charmap dec undefined", lambda: _codecs.charmap_decode(b"\x00\x03\x05", "replace", table))
t("charmap dec strict", lambda: _codecs.charmap_decode(b"\x00\x03", "strict", table))
t("charmap dec dict", lambda: _codecs.charmap_decode(b"\x00\x01\x02\x03", "replace",
                                                      {0: "x", 1: 0x20ac, 2: "yz", 3: None}))
t("charmap dec list", lambda: _codecs.charmap_decode(b"\x00\x01\x05", "replace", ["p", 113]))
t("charmap dec bad", lambda: _codecs.charmap_decode(b"\x00", "strict", {0: 1.5}))
t("charmap dec big", lambda: _codecs.charmap_decode(b"\x00", "strict", {0: 0x110000}))
t("charmap dec none", lambda: _codecs.charmap_decode(b"\xe9\x00"))
t("charmap enc map", lambda: _codecs.charmap_encode("ab\u20acc", "strict", emap))
t("charmap enc map err", lambda: _codecs.charmap_encode("a\u00e9\u00e8c", "replace", emap))
t("charmap enc map strict", lambda: _codecs.charmap_encode("a\u00e9c", "strict", emap))
t("charmap enc xml", lambda: _codecs.charmap_encode("a\u00e9", "xmlcharrefreplace",
                                                     {ord(c): ord(c) for c in "a&#;0123456789"}))
t("charmap enc xml fail", lambda: _codecs.charmap_encode("a\u00e9", "xmlcharrefreplace", emap))
t("charmap enc dict", lambda: _codecs.charmap_encode("abc", "strict", {97: 1, 98: b"BB", 99: None}))
t("charmap enc dict bad", lambda: _codecs.charmap_encode("a", "strict", {97: "x"}))
t("charmap enc dict big", lambda: _codecs.charmap_encode("a", "strict", {97: 256}))
t("charmap enc none", lambda: _codecs.charmap_encode("\u00e9\u0100", "replace"))
t("readbuffer", lambda: (_codecs.readbuffer_encode(b"ab"), _codecs.readbuffer_encode("\u00e9"),
                         _codecs.readbuffer_encode(bytearray(b"x"))))

# arguments
for f in [lambda: _codecs.utf_8_encode(b"x"), lambda: _codecs.utf_8_encode(),
          lambda: _codecs.utf_8_encode("x", 1), lambda: _codecs.utf_8_encode("x", "strict", 1),
          lambda: _codecs.utf_8_decode("x"), lambda: _codecs.utf_8_decode(b"x", None, "a"),
          lambda: _codecs.utf_8_encode("x", errors="strict"), lambda: _codecs.lookup(1),
          lambda: _codecs.escape_encode("x"), lambda: _codecs.charmap_build(1),
          lambda: _codecs.register(1), lambda: _codecs.lookup_error(1),
          lambda: _codecs.utf_16_encode("x", "strict", "le"), lambda: _codecs.encode(),
          lambda: _codecs.encode("x", 1), lambda: _codecs.decode(b"x", errors=2),
          lambda: _codecs.encode("x", "utf-8", "strict", 4), lambda: _codecs.encode("x", foo=1),
          lambda: _codecs.utf_16_le_encode("x", "strict", 0)]:
    t("args", f)
t("encode kw", lambda: _codecs.encode(obj="\u00e9", encoding="latin-1"))
t("decode default", lambda: _codecs.decode(b"\xc3\xa9"))
print(sorted(n for n in dir(_codecs) if not n.startswith("__") and n not in
             ("utf_7_encode", "utf_7_decode")))
