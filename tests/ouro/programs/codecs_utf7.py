# UTF-7 (encodings.utf_7 over _codecs.utf_7_*), and more charmap tables
import _codecs
import codecs
import encodings.cp1252
import encodings.cp437


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in ["", "abc", "a+b", "1 + 1 = 2\n", "h\u00e9llo", "\u20ac\u20ac-x", "\U0001f600",
          "~\\", "A\u00e9B", "\u00e9-", "\u00e9a", "+-+", "\t\r\n!\"#$%&*;<=>@[]^_`{|}"]:
    b = s.encode("utf-7")
    print(repr(s), b, b.decode("utf-7") == s, _codecs.utf_7_encode(s))
for data in [b"+AOk-", b"+AOk", b"+AOkA6Q-", b"+2D3eAA-", b"+2D3eAA", b"+2D0-", b"+-", b"a+",
             b"+AOk?", b"+A", b"+AO", b"+AOkA", b"+\x80", b"\x80", b"~", b"+!", b"+AOl-",
             b"a+AOk-b+AOk"]:
    for errors in ["strict", "replace"]:
        t("dec %r %s" % (data, errors), lambda: _codecs.utf_7_decode(data, errors, True))
    t("dec partial %r" % data, lambda: _codecs.utf_7_decode(data, "strict", False))
dec = codecs.getincrementaldecoder("utf-7")()
print([dec.decode(bytes([b])) for b in b"a+AOkA6Q-b"])

print(type(codecs.charmap_build(encodings.cp1252.decoding_table)).__name__,
      type(codecs.charmap_build(encodings.cp437.decoding_table)).__name__,
      type(codecs.charmap_build("abc")).__name__, type(codecs.charmap_build("\x00\U00010000")).__name__)
print(codecs.charmap_build("abca"), type(codecs.charmap_build("\x00ab\ufffe")).__name__)
t("charmap_build empty", lambda: codecs.charmap_build(""))
m = codecs.charmap_build("\x00a\u20acb\ufffe")
print(codecs.charmap_encode("a\u20acb\x00", "strict", m), m.size() > 0)
t("fffe", lambda: codecs.charmap_encode("\ufffe", "strict", m))
for enc in ["cp1252", "cp437", "cp850", "koi8_r", "iso8859_5", "mac_greek", "cp1251", "hp_roman8"]:
    table = bytes(range(256))
    text = table.decode(enc, "replace")
    print(enc, ascii(text[120:140]), text.encode(enc, "replace")[120:140])
