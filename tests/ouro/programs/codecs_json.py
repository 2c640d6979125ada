# json (which needs codecs), codecs.lookup and the registry, str.encode /
# bytes.decode through codecs the object space does not know
import codecs
import json

data = {"name": "Zo\u00eb", "list": [1, 2.5, -3, None, True, False],
        "nested": {"a": [[], {}], "b": "tab\there \"quoted\" \\ back", "c": "\u20ac\U0001f600"},
        "empty": "", "big": 12345678901234567890}
s = json.dumps(data, sort_keys=True)
print(s)
print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
back = json.loads(s)
print(back == data, back["nested"]["c"])
print(json.loads('[1, 2.0, "x\\u00e9\\ud83d\\ude00", {"k": null}]'))
print(json.loads(b'{"bytes": "\xc3\xa9"}'))
print(json.loads('"\\ud800"') == "\ud800")
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)

for name in ["utf-8", "UTF8", "u8", "latin-1", "ISO-8859-1", "ascii", "US-ASCII", "cp1252",
             "utf-16", "UTF-16LE", "utf_32_be", "cp437", "koi8-r", "mac-roman", "iso8859-15",
             "rot13", "unicode_escape", "raw-unicode-escape"]:
    info = codecs.lookup(name)
    print(name, "->", info.name, type(info).__name__, info is codecs.lookup(name))

for bad in ["nope", "utf-9", ""]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print("LookupError:", e)
try:
    codecs.lookup(1)
except TypeError as e:
    print("TypeError:", e)

text = "h\u00e9llo \u20ac w\u00f6rld"
for enc in ["utf-8", "latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
            "utf-32-le", "utf-32-be", "iso8859-15", "cp850", "mac-roman", "unicode_escape",
            "raw_unicode_escape", "utf-8-sig"]:
    try:
        b = text.encode(enc)
        print(enc, b, b.decode(enc) == text, str(b, enc) == text)
    except UnicodeError as e:
        print(enc, type(e).__name__, e)

print("\U0001f600".encode("utf-16"), "\U0001f600".encode("utf-16-be"))
print(b"\xff\xfe=\xd8\x00\xde".decode("utf-16"), b"\x00\x00\xfe\xff\x00\x01\xf6\x00".decode("utf-32"))
print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"))
print(codecs.encode("\u00e9", "utf-8"), codecs.decode(b"\xc3\xa9"), codecs.encode("x"))
print(codecs.encode(obj="y", encoding="latin-1", errors="strict"))
for f in [lambda: "x".encode("rot13"), lambda: b"x".decode("rot13"), lambda: "x".encode("nope"),
          lambda: b"x".decode("nope"), lambda: codecs.encode(b"x", "rot13"),
          lambda: codecs.decode("x", "rot13"), lambda: codecs.encode("x", "nope")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)

# incremental codecs
dec = codecs.getincrementaldecoder("utf-8")()
out = []
for byte in "\u20ac\U0001f600x".encode():
    out.append(dec.decode(bytes([byte])))
print(out, repr(dec.decode(b"", final=True)))
dec16 = codecs.getincrementaldecoder("utf-16")()
print([dec16.decode(bytes([b])) for b in "ab\U0001f600".encode("utf-16")])
enc16 = codecs.getincrementalencoder("utf-16")()
print(enc16.encode("a"), enc16.encode("b"), enc16.encode("", final=True))
print(list(codecs.iterdecode([b"\xe2", b"\x82", b"\xac!"], "utf-8")))
print(list(codecs.iterencode(["a", "\u00e9"], "latin-1")))
print(codecs.utf_8_decode(b"ab\xe2\x82", "strict", False), codecs.utf_8_decode(b"ab\xe2\x82\xac"))
try:
    codecs.utf_8_decode(b"ab\xe2\x82", "strict", True)
except UnicodeDecodeError as e:
    print(e)

def search(name):
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)),
                                name="my-codec")
    return None

codecs.register(search)
print(codecs.lookup("My Codec").name, "abc".encode("my-codec"), b"ABC".decode("MY_CODEC"))
codecs.unregister(search)
try:
    codecs.lookup("my_codec_2")
except LookupError as e:
    print(e)
