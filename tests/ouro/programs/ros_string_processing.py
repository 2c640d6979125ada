"""String processing tasks: palindromes, anagrams, run-length encoding, word wrap, title case, acronyms, slugify, templates."""
import re
import string
from collections import Counter, defaultdict

def is_palindrome(s):
    t = [c.casefold() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ("A man, a plan, a canal: Panama", "No 'x' in Nixon", "hello", "Was it a car or a cat I saw?", "", "Ésé"):
    print(f"{s!r:35} {is_palindrome(s)}")

words = "listen silent enlist google elgoog inlets banana tinsel".split()
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
print([g for g in groups.values() if len(g) > 1])

def rle(s):
    return "".join(f"{len(m.group(0))}{m.group(1)}" for m in re.finditer(r"(.)\1*", s))
def unrle(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
e = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(e, unrle(e) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")

def slugify(s):
    s = re.sub(r"[^\w\s-]", "", s.lower())
    return re.sub(r"[-\s]+", "-", s).strip("-_")
print(slugify("  Hello, World! This is -- Python 3.11  "), slugify("Ünïcödé têxt"))
print("".join(w[0] for w in "portable network graphics".split()).upper(), "hello world foo".title(), string.capwords("o'neil mc-donald"))
tmpl = string.Template("Dear $name, you owe ${amount} by $date. $$5 fee.")
print(tmpl.substitute(name="Ann", amount="10.00", date="Friday"))
print(tmpl.safe_substitute(name="Bob"))
try:
    tmpl.substitute(name="Cy")
except KeyError as e:
    print("KeyError", e)
print("{name:>10}|{0:^7}|{score:08.3f}".format("mid", name="right", score=3.14159))
s = "The rain in Spain stays mainly in the plain"
print(s.count("ain"), s.find("ain"), s.rfind("ain"), s.index("Spain"), s.replace("ain", "AIN", 2), s.partition(" in "), s.rpartition(" in "))
print(s.split(), s.split(" ", 2), s.rsplit(" ", 2), s.split("ain"), "a,b,,c,".split(","), "  x  y  ".split(), "".split(","), "".split())
print(s.startswith(("The", "A")), s.endswith("plain", 0, 100), s.lower().islower(), s.swapcase()[:10], s[::-1][:12])
print("   pad   ".strip(), "xxhixx".strip("x"), "<<a>>".lstrip("<"), "<<a>>".rstrip(">"), "www.example.com".removeprefix("www."), "file.tar.gz".removesuffix(".gz"))
print("tab\tsep\tvals".expandtabs(4), repr("line1\nline2\r\nline3".splitlines()), "-".join("abc"), " ".join(map(str, range(5))))
print("%s has %d chars, %.1f%% vowels" % (repr(s[:9]), len(s), 100 * sum(c in "aeiou" for c in s.lower()) / len(s)))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.findall(r"\b\w{5,}\b", s), re.split(r"\s*[,;]\s*", "a , b;c ;  d"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22c333"), re.match(r"(?P<user>\w+)@(?P<host>[\w.]+)", "me@ex.com").groupdict())
print(Counter(s.lower().replace(" ", "")).most_common(3), sorted(set(s.lower()) - set(string.ascii_lowercase)))
def caesar_bruteforce(ct):
    for k in range(1, 4):
        print(k, ct.translate(str.maketrans(string.ascii_lowercase, string.ascii_lowercase[k:] + string.ascii_lowercase[:k])))
caesar_bruteforce("khoor zruog")
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + (1 if line else 0) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
for ln in wrap(s * 2, 22):
    print(f"|{ln:<22}|")
def number_words(n):
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")
    if n < 1000:
        return ones[n // 100] + " hundred" + (" and " + number_words(n % 100) if n % 100 else "")
    for div, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= div:
            return number_words(n // div) + " " + name + ("" if n % div == 0 else (", " if n % div >= 100 else " and ") + number_words(n % div))
for n in (0, 13, 40, 99, 101, 342, 1000, 1234, 1000001, 123456789):
    print(n, number_words(n))
for bad in (lambda: "abc".index("d"), lambda: "a".join([1]), lambda: "x" + None, lambda: "abc"[1:2:0], lambda: re.compile("a{2,1}"),
            lambda: "{0}{1}".format(1), lambda: "%d" % "1", lambda: int("٣x"), lambda: "abc".replace("a"), lambda: str.join(",", "ab", "c")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
