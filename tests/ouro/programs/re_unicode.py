"""re: Unicode subjects and patterns: \\w \\d \\s \\b per Unicode for str
patterns (ASCII with re.ASCII and for bytes), IGNORECASE on non-ASCII
literals, non-ASCII ranges and classes, bytes patterns."""
import re

text = "Grüße aus Köln! Ça va? 日本語のテキスト, числа ١٢٣ and 42; naïve café_2"
print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, re.ASCII))
print(re.findall(r"\d+", text), re.findall(r"\d+", text, re.A))
print(re.findall(r"\b\w", text))
print(re.sub(r"\s+", "_", "a\u2003b\u00a0c\td\u3000e"))
print(re.split(r"\W+", "über-straße, ça; 日本"))
print(re.findall(r"[à-ÿ]+", "voilà garçon über"))
print(re.findall(r"[\u3040-\u309f]+", text), re.findall(r"[\u0400-\u04ff]+", text))
print(re.findall(r"[^\x00-\x7f]+", text))
print([m.span() for m in re.finditer("é", "éaéé")])
print(re.search("ö", "Köln").span(), re.match(".", "\U0001F600x").group())
print(re.findall(r"[\U0001F600-\U0001F64F]", "hi \U0001F600 \U0001F602!"))
print(len(re.sub(r".", "x", "日本\U0001F600")))

# IGNORECASE with literals (no character ranges: see re_ignorecase.py)
print(re.findall("(?i)é", "éÉe"))
print(re.findall("(?i)straße", "STRASSE straße STRAßE"))
print(re.findall(r"(?i)σ", "Σσς"))
print(re.findall(r"(?i)k", "kK\u212a"))
print(re.match(r"(?i)(ÿ)\1", "ÿŸ"))
print(re.fullmatch("(?i)ǆ", "Ǆ"), re.fullmatch("(?i)ǅ", "ǆ"))
print(re.findall("(?i)ı", "iIı"), re.findall("(?i)i", "iIİı"))
print(re.sub("(?i)ä", "ae", "Ärger äh"))
print(re.search(r"(?i)\u0130", "\u0069\u0130").span())

# case-insensitive matching with ASCII flag leaves non-ASCII alone
print(re.findall("(?ia)é", "éÉ"))

# bytes patterns: ASCII classes
data = b"caf\xe9 42 \xb2 x_y\tz"
print(re.findall(rb"\w+", data), re.findall(rb"\d", data), re.findall(rb"\s", data))
print(re.findall(rb"(?i)CAF", data), re.findall(rb"[\x80-\xff]", data))
print(re.sub(rb"\s+", b" ", data))
print(re.search(rb"\bx", data).span())
print(re.findall(b"(?i)\xe9", b"\xc9\xe9"))

# str subclasses and bytearray subjects
class S(str):
    pass
m = re.search(r"b+", S("abbbc"))
print(m.group(), type(m.group()).__name__, type(m.string).__name__)
ba = bytearray(b"xxyyxx")
print(re.findall(rb"y+", ba), re.sub(rb"x", b"-", ba), re.search(rb"y", ba).span())

# positions are in code points
s = "ñandú über 😀 ok"
for m in re.finditer(r"\S+", s):
    print(m.span(), m.group(), s[m.start():m.end()] == m.group())
print(re.compile(r"ü").search(s, 6), re.compile(r"ok").match(s, len(s) - 2))
