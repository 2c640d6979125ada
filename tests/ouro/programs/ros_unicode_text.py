"""Unicode string methods: casefold, normalize, width, categories, case mapping, isX predicates."""
import unicodedata as ud
words = ["Straße", "STRASSE", "ﬁsh", "FISH", "Σίσυφος", "ΣΊΣΥΦΟΣ", "İstanbul", "ǅemal", "ß", "ﬃ"]
for w in words:
    print(f"{w!r:14} up={w.upper()!r:14} low={w.lower()!r:14} cf={w.casefold()!r:14} title={w.title()!r} swap={w.swapcase()!r} cap={w.capitalize()!r}")
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
s = "Café"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = ud.normalize(form, s)
    print(form, len(n), [hex(ord(c)) for c in n], ud.is_normalized(form, s))
print(ud.normalize("NFKC", "ﬁ ① ｆｕｌｌ ½ ℌ x²"), ascii(ud.normalize("NFD", "Å")))
for ch in "aZ9 _\t€中ｱ😀\u0301\u200b":
    print(repr(ch), ud.category(ch), ud.east_asian_width(ch), ud.name(ch, "?"), ud.bidirectional(ch), ud.combining(ch))
def width(s):
    return sum(2 if ud.east_asian_width(c) in "WF" else 0 if ud.combining(c) else 1 for c in s)
for t in ("hello", "日本語テキスト", "ｈａｌｆ", "e\u0301te\u0301", "mixed中文abc"):
    print(f"{t}|{width(t)}|{len(t)}|" + t + " " * (16 - width(t)) + "|")
print(ud.lookup("GREEK SMALL LETTER ALPHA"), ud.numeric("½"), ud.decimal("٣"), ud.digit("²"), "\N{BLACK STAR}")
try:
    ud.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print(type(e).__name__, e)
try:
    ud.name("\x00")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ud.decimal("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ud.normalize("NFX", "a")
except ValueError as e:
    print(type(e).__name__, e)
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isprintable", "isascii"]
for t in ["abc", "ABC", "Abc Def", "123", "½", "²", "٣", "  \t\n", "\x85", "a1", "_id9", "9id", "é", "\x07", "", "Ǆ", "ǅ"]:
    print(f"{t!r:12}", "".join("T" if getattr(t, p)() else "." for p in preds))
print("ǆ".title(), "ǆa".capitalize(), "ŉ".upper(), "ΐ".upper(), len("ΐ".upper()), "İ".lower(), len("İ".lower()))
print("a\u00adb".isprintable(), "\u2028".isspace(), "x\u2028y".splitlines(), "a\x1cb\x1dc".splitlines(), "a\r\nb\rc\n".splitlines(True))
print("ǅ".istitle(), "Hello World".istitle(), "HELLO".istitle(), "hello World".istitle())
print("naïve café".encode("utf-8"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "xmlcharrefreplace"),
      "naïve".encode("ascii", "backslashreplace"), "naïve".encode("latin-1"), "😀".encode("utf-16-le"))
print(b"na\xc3\xafve".decode(), b"\xff\xfeabc".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"),
      b"a\xffb".decode("utf-8", "backslashreplace"), b"\xff".decode("latin-1"), repr(b"\xed\xa0\x80".decode("utf-8", "surrogateescape")))
for bad in (lambda: "naïve".encode("ascii"), lambda: b"\xff\xfe".decode("utf-8"), lambda: b"ab\xc3".decode("utf-8"),
            lambda: "\ud800".encode("utf-8"), lambda: "x".encode("nope"), lambda: b"\x80".decode("ascii"),
            lambda: "€".encode("latin-1"), lambda: "abc".encode("utf-8", "bogus"), lambda: chr(0x110000), lambda: ord("ab"),
            lambda: ord(""), lambda: chr(-1), lambda: chr("a")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(["éclair", "eclair", "Ecole", "école", "zebra", "Zoo"]), sorted(["éclair", "eclair", "Ecole", "école"], key=lambda w: ud.normalize("NFD", w).casefold()))
print("".join(c for c in ud.normalize("NFD", "Crème Brûlée à la façon") if not ud.combining(c)))
print(str.upper("ﬀ"), "ﬀ".casefold(), "ß".upper().lower(), "ΣΑΣ".lower(), "ΑΣ ΣΑ".lower(), "Σ".lower())
print("abc".center(9, "·"), "中".center(5, "*"), "x".zfill(3), "٣".zfill(3), f"{'中文':>6}|{'中文':^6}|")
print(repr("\u200b\u00a0\ufeff"), "\u00a0x\u3000".strip(), repr(" \u00a0x".split()), "a\u3000b".split())
