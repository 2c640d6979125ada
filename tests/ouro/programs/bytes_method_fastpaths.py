# bytes/bytearray methods that work on the byte data directly: hex with
# separators, fromhex (and its errors), replace with counts, count, split /
# rsplit with maxsplit, translate, the case mappings, expandtabs, strip,
# the is* predicates, decode/encode fast paths and their error paths,
# binascii and base64 round trips, extended slices
import base64
import binascii

data = bytes(range(256))
for x in [b"", b"\x01", b"\x01\x02\x03", bytearray(b"\xff\x00\xab\xcd\xef"), data[:9]]:
    print(x.hex(), x.hex(":"), x.hex("-", 2), x.hex(b"_", -2), x.hex(" ", 4), x.hex(".", 0))
print(data.hex()[:40], len(data.hex()), data.hex(":", 3)[-20:])
for bad in [lambda: b"ab".hex("::"), lambda: b"ab".hex("\xe9"), lambda: b"ab".hex(1),
            lambda: b"ab".hex(b"")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in ["", "00", "ab CD\tef\n", "  01 02  ", "0", "0g", "1 2", "zz", "ab\xe9cd", "a\u20ac",
          "ab cd e", "\ud800"]:
    for cls in (bytes, bytearray):
        try:
            print(repr(cls.fromhex(s)))
        except ValueError as e:
            print("ValueError", e)
print(bytes.fromhex(data.hex()) == data)

text = b"the cat sat on the mat with the hat"
for old, new, count in [(b"the", b"THE", -1), (b"at", b"", 2), (b"at", b"@@", 0),
                        (b"zz", b"y", -1), (b"", b"-", -1), (b"", b"-", 3), (b"t", b"tt", 5),
                        (b"the cat sat on the mat with the hat", b"", -1)]:
    r = text.replace(old, new, count)
    print(r, r is text, bytearray(text).replace(old, new, count))
for sub, args in [(b"at", ()), (b"at", (5,)), (b"at", (5, 20)), (b"", ()), (b"", (3, 7)),
                  (ord("t"), ()), (b"zz", ()), (b"at", (-8,)), (b"at", (30, 2))]:
    print(text.count(sub, *args), bytearray(text).count(sub, *args), text.find(sub, *args),
          text.rfind(sub, *args))
for sep, maxsplit in [(b" ", -1), (b" ", 2), (b"at", 1), (b"the", -1), (None, 3), (b"x", -1),
                      (b"t", 0)]:
    print(text.split(sep, maxsplit), text.rsplit(sep, maxsplit))
print(bytearray(b"a,b,,c").split(b","), bytearray(b"a,b,,c").rsplit(b",", 1))
try:
    text.split(b"")
except ValueError as e:
    print("ValueError", e)
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b", ").join([b"x", b"y"]))

table = bytes.maketrans(b"abc", b"xyz")
print(text.translate(table), text.translate(None, b"aeiou"), text.translate(table, b"t "),
      bytearray(text).translate(table), text.translate(None) is text,
      b"".translate(table))
for bad in [lambda: text.translate(b"short"), lambda: text.translate(None, 5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

mixed = b"hELLO wORLD 123 \xe9\xff abc\tdef"
for x in [mixed, bytearray(mixed), b"", b"a", b"Title Case", b"ABC"]:
    print(x.swapcase(), x.capitalize(), x.title(), x.upper(), x.lower(),
          x.expandtabs(), x.expandtabs(3), x.istitle(), x.isupper(), x.islower(),
          x.isalpha(), x.isalnum(), x.isdigit(), x.isspace(), x.isascii())
print(b"  \t x y \n".strip(), b"xxhixx".strip(b"x"), bytearray(b"  a ").lstrip(), b"ab".rstrip(b"b"),
      b"a\tb\r\nc\td".expandtabs(4), b"\t".expandtabs(0))

utext = "h\xe9llo w\xf6rld \u20ac \U0001f600"
raw = utext.encode("utf-8")
print(raw, raw.decode(), raw.decode("utf-8"), bytearray(raw).decode("utf8"))
print(b"plain ascii".decode("ascii"), b"plain".decode("latin-1"), data.decode("latin-1")[120:140])
print(ascii(data.decode("latin-1")), len(data.decode("latin-1")))
print("ascii only".encode("ascii"), "caf\xe9 \xff".encode("latin-1"), utext.encode("utf-8") == raw)
for enc, errors in [("ascii", "strict"), ("ascii", "replace"), ("ascii", "ignore"),
                    ("latin-1", "strict"), ("latin-1", "replace"), ("latin-1", "xmlcharrefreplace"),
                    ("utf-8", "strict"), ("utf-8", "surrogateescape")]:
    for s in [utext, "ok", "x\udcff", "caf\xe9"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e)
for b in [b"\xff", b"ok\xc3", b"a\xed\xa0\x80b", b"\xe9t\xe9", b"\xf0\x9f\x98", b"\xc3\xa9"]:
    for enc, errors in [("utf-8", "strict"), ("utf-8", "replace"), ("ascii", "strict"),
                        ("ascii", "ignore"), ("latin-1", "strict"), ("utf-8", "surrogateescape")]:
        try:
            print(enc, errors, ascii(b.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, "UnicodeDecodeError", e)

print(binascii.hexlify(data[:20]), binascii.hexlify(b"abc", b"-"), binascii.unhexlify(b"00ff10"),
      binascii.a2b_hex("ABcd"))
for bad in [lambda: binascii.unhexlify(b"abc"), lambda: binascii.unhexlify(b"zz"),
            lambda: binascii.a2b_base64(b"abc"), lambda: binascii.a2b_base64(b"a")]:
    try:
        bad()
    except binascii.Error as e:
        print("binascii.Error", e)
for n in range(0, 8):
    chunk = data[100:100 + n]
    enc = base64.b64encode(chunk)
    print(enc, base64.b64decode(enc) == chunk, binascii.b2a_base64(chunk),
          binascii.b2a_base64(chunk, newline=False))
print(binascii.a2b_base64(b"YW Jj\nZA=="), binascii.crc32(b"hello"), binascii.crc32(b"world", 12345),
      binascii.crc32(data), binascii.crc32(b"", 0xffffffff), binascii.crc32(b"x", -1))
print(base64.b64decode(base64.b64encode(data * 3)) == data * 3, base64.urlsafe_b64encode(data[250:]))
print(data[::7], data[200:10:-13], bytearray(data)[5::50], data[::-1][:4], data[1:1:1])
