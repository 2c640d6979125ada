"""re: IGNORECASE with character classes and ranges (ASCII and
non-ASCII: big character sets), and case-insensitive backreferences."""
import re

print(re.findall(r"[a-z]+", "Hello WORLD mixed Case", re.I))
print(re.findall(r"(?i)[A-F0-9]+", "0xdeadBEEF cafe"))
print(re.sub(r"(?i)[aeiou]", "*", "AbcdEfghIjklmnOpqrstUvwxyz"))
print(re.findall(r"(?i)[^a-z ]+", "abc DEF 123 ghi!"))
print(re.findall(r"(?i)[k]", "kK\u212a"), re.findall(r"(?i)[s]", "sSſ"))
print(re.findall(r"(?i)[à-þ]+", "ÀÉÎõü"))
print(re.findall(r"(?i)[α-ω]+", "ΑΒΓ δεζ Σς"))
print(re.findall(r"(?i)[а-я]+", "Привет МИР"))
print(re.findall(r"(?i)\b(\w+) \1\b", "Paris in THE the spring"))
print(re.match(r"(?i)(straße) \1", "STRASSE straße"))
print(re.match(r"(?i)(é+) \1", "éÉ Éé"))
KEYWORDS = re.compile(r"\b(?:select|from|where|and|or)\b", re.IGNORECASE)
print(KEYWORDS.sub(lambda m: m.group().upper(), "Select a From t wHeRe x=1 AnD y=2"))
print(re.findall(r"(?ia)[a-z]+", "Straße ÄÖÜ abc"))
print(re.findall(rb"(?i)[a-z]+", b"Hello \xc9t\xe9"))
