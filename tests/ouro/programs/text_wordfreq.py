import re
import string
import textwrap
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way."""

words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), len(set(words)))
freq = Counter(words)
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:<12}{n:>3} {'#' * n}")
print(textwrap.fill(TEXT.replace("\n", " "), width=50))
print(textwrap.shorten(TEXT, width=60, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""\
    first
      second
    third"""))
print(textwrap.wrap("short", 10), textwrap.wrap("", 10))
tw = textwrap.TextWrapper(width=30, initial_indent="* ", subsequent_indent="  ")
print("\n".join(tw.wrap(TEXT[:150])))
table = str.maketrans("", "", string.punctuation)
print(TEXT[:60].translate(table))
print(string.ascii_letters, string.digits, string.hexdigits, repr(string.whitespace))
print(string.capwords("hello   wORLD  foo"), "hello world".title(), "ß".upper(), "ǅ".lower())
print("abc".center(9, "*"), "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|", "42".zfill(5), "-42".zfill(5))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1), "a\nb\r\nc".splitlines(), "x".partition("y"))
print("Hello".swapcase(), "hello".capitalize(), "  pad ".strip(), "xxhixx".strip("x"), "abc".removeprefix("a"), "abc".removesuffix("c"))
print("one two".count("o"), "banana".find("na"), "banana".rfind("na"), "banana".replace("a", "o", 2))
print("tab\there".expandtabs(4), "12".isdigit(), "½".isnumeric(), "abc".isidentifier(), "Ab".istitle(), " ".isspace())
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
tmpl = string.Template("$who likes ${what}!")
print(tmpl.substitute(who="tim", what="kung pao"), tmpl.safe_substitute(who="x"))
try:
    tmpl.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d"))
m = re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)", "date: 2023-07-14")
print(m, m.group("year"), m.groupdict(), m.span(), m.start(2))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), [m.group() for m in re.finditer(r"\d+", "1 22 333")])
print(re.compile(r"\bthe\b", re.I), re.escape("a.b*c"), re.fullmatch(r"\d+", "123"), re.match("x", "y"))
