"""unicodedata: names, properties and the four normalization forms over a
sample of every plane, with CPython's error messages."""
import unicodedata as u
import zlib


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(u.unidata_version)
sample = (list(range(0, 0x3000, 7)) + list(range(0x3000, 0x10000, 97)) +
          list(range(0x10000, 0x30000, 389)) + [0xAC00, 0xD7A3, 0x4E00, 0x9FFF, 0x20000,
                                                0x1F600, 0xE0001, 0x10FFFF, 0x1B170, 0x18B00])
h = 0
for cp in sample:
    c = chr(cp)
    row = (u.name(c, None), u.category(c), u.bidirectional(c), u.combining(c), u.mirrored(c),
           u.east_asian_width(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None),
           u.decomposition(c))
    h = zlib.crc32(ascii(row).encode(), h)
    if cp % 50 == 0:
        print(hex(cp), row)
print("hash", h)
print(u.lookup('LATIN SMALL LETTER A'), u.lookup('latin small letter e with acute'),
      u.lookup('HANGUL SYLLABLE GA'), u.lookup('CJK UNIFIED IDEOGRAPH-4E00'),
      u.lookup(b'SNOWMAN'), u.name('\u2603'), u.name('\uac01'), u.name('\U00020000'))
print(u.numeric('\u2153'), u.numeric('\u216b'), u.digit('\u00b2'), u.decimal('\u0663'),
      u.numeric('\u4e07'))
t("name ab", lambda: u.name('ab'))
t("name int", lambda: u.name(1))
t("name nul", lambda: u.name('\x00'))
t("name default", lambda: u.name('\x00', 'dflt'))
t("lookup nosuch", lambda: u.lookup('nosuch'))
t("lookup int", lambda: u.lookup(1))
t("decimal a", lambda: u.decimal('a'))
t("digit a", lambda: u.digit('a'))
t("numeric a", lambda: u.numeric('a'))
t("category ab", lambda: u.category('ab'))
t("combining int", lambda: u.combining(1))
t("normalize X", lambda: u.normalize('X', 'a'))
t("normalize int", lambda: u.normalize(1, 'a'))
t("normalize arg2", lambda: u.normalize('NFC', 1))
t("is_normalized X", lambda: u.is_normalized('X', 'a'))
t("category()", lambda: u.category())

texts = ["caf\u00e9", "cafe\u0301", "\ufb01ne", "\u1e9b\u0323", "\u0041\u030a\u212b",
         "\uac00\u11a8", "\u1100\u1161\u11a8", "\ud55c\uae00", "x\u0307\u0323y",
         "\u0958\u09dc", "\u00bd \u2460 \u3000 \uff21", "\u0b47\u0b3e\u0b57", "ASCII only",
         "\u1e0a\u0323\u0307", "\u0071\u0307\u0323", "\U0001d400\u2126", "\u03d3\u03d4"]
for s in texts:
    row = [u.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(s), [ascii(x) for x in row],
          [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
h = 0
for cp in range(0xC0, 0x3000, 3):
    c = chr(cp) + "\u0301"
    h = zlib.crc32(ascii((u.normalize("NFC", c), u.normalize("NFKD", c))).encode(), h)
print("normalize hash", h)

# ucd_3_2_0 (what IDNA 2003's nameprep uses)
old = u.ucd_3_2_0
print(old.unidata_version, type(old).__name__, type(old).__module__, isinstance(old, u.UCD))
for c in ["\u0350", "\u20ac", "\u0221", "a", "\U0002f868", "\u1e9b", "\u4dc0", "\ufb01"]:
    print(ascii(c), old.category(c), old.bidirectional(c), old.combining(c), old.name(c, None),
          old.decomposition(c), ascii(old.normalize("NFKC", c)), old.east_asian_width(c),
          old.numeric(c, None), old.mirrored(c))
t("old lookup new char", lambda: old.lookup("LATIN SMALL LETTER D WITH CURL"))
t("old lookup", lambda: old.lookup("EURO SIGN"))
t("old name", lambda: old.name("\u0221"))
t("UCD()", lambda: u.UCD())
import stringprep
print(stringprep.in_table_a1("\u0221"), stringprep.in_table_b1("\u00ad"), stringprep.map_table_b2("\u00df"))
print("B\u00fccher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"))
print("\u30c6\u30b9\u30c8.jp".encode("idna"))
