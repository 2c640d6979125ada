# bytes basics
b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-2], b[100:], type(b[0]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"x"))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
print(b.upper(), b.title(), b.capitalize(), b.swapcase(), b.split(), b.split(b"o"))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"w"), b.count(b"l"), b.find(111), b.count(b""))
print(b.startswith(b"he"), b.endswith((b"x", b"ld")), b.replace(b"l", b"L", 2), b"o" in b, 111 in b)
print(b.strip(b"hd"), b"  x ".strip(), b"a,b".partition(b","), b"a-b-c".rsplit(b"-", 1))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"ab" * 3, b"a" + b"b", b"%d-%s" % (1, b"z"))
print(b.center(15, b"*"), b.ljust(13, b"."), b"42".zfill(5), b"a\tb".expandtabs(4))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"ABC".isupper(), b" ".isspace(), b"Ab Cd".istitle())
print(list(b"abc"), tuple(b"\x00\xff"), b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"" < b"\x00")
print(repr(b"\x00\x07\t\n\r\x7f\x80'\"\\"), repr(b"it's"), repr(b'"'), repr(b"'\""))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), str(b"x"))
print(bytes.maketrans(b"abc", b"xyz"), b"aabbcc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"hello".translate(None, b"l"), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(hash(b"abc") == hash(b"abc"), b"abc".splitlines(), b"a\nb\r\nc".splitlines(True))
print(b"x".join([]), bytes.fromhex(""), b"AbC".lower(), b"\xff".isascii(), b"\x7f".isascii())
for bad in [lambda: b"a" + "b", lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("x"),
            lambda: bytes.fromhex("zz"), lambda: b"abc".index(b"z"), lambda: b"a"[5],
            lambda: bytes(-1), lambda: b"x".decode("ascii", "strict") + b"\x80".decode("ascii")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
