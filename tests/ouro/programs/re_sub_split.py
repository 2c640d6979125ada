"""re: sub/subn with templates and functions, split with groups, escape."""
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<first>\w+) (?P<second>\w+)", r"\g<second>-\g<first>", "ab cd ef gh"))
print(re.sub(r"\d", r"<\g<0>>", "a1b22"))
print(re.sub(r"a", r"\n\t\\", "xay"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "-", "abc"))
print(re.sub("a", "b", "aaaa", count=2), re.sub("a", "b", "aaaa", 0))
print(re.subn(r"\s+", " ", "a  b \t c\n\nd"))
print(re.subn("z", "y", "abc"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(?P<w>\w+)", lambda m: m["w"].capitalize(), "the quick brown fox"))
print(re.sub("a|(b)", lambda m: repr(m.group(1)), "ab"))
print(re.sub(r"[aeiou]", lambda m: "", "education"))
print(re.sub("(a)(b)?", r"[\1\2]", "ab a"))
print(re.sub(r"(\d{3})(\d{3})(\d{4})", r"(\1) \2-\3", "5551234567"))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "make title case"))
print(re.compile(r"o").sub("0", "foo boo", 3))
print(re.sub("(?i)HELLO", "bye", "Hello hello HELLO"))
print(re.sub(r"^", "> ", "line1\nline2\nline3", flags=re.M))
print(re.sub(r"$", ";", "a\nb", flags=re.M))
calls = []
def record(m):
    calls.append(m.span())
    return m.group().upper()
print(re.sub(r"\w", record, "a b c"), calls)

print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r"(?:(,)|(;))", "a,b;c"))
print(re.split(r"\s+", "  leading and trailing  "))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "one two"))
print(re.split(r"", "abc"))
print(re.split(r"\d", "a1b2c3d", maxsplit=2))
print(re.split(r"[;,]", "a;b,c;;d", 1))
print(re.split("(a)|b", "xaybz"))
print(re.split(b"[-+]", b"1+2-3"))

print(re.escape("a.b*c?d[e]f(g)h{i}j|k^l$m\\n"), re.escape("hello world_1"))
print(re.escape(b"a.b"), re.escape("\t\n"))
print(re.sub(re.escape("1+1"), "2", "1+1=2"))

# bytes
print(re.sub(rb"(\d+)", rb"<\1>", b"a12b3"))
print(re.sub(b"a", lambda m: b"AA", b"banana"))
print(re.subn(b"x*", b"-", b"ab"))
print(re.findall(rb"[a-z]+", b"ab12cd"))
print(re.sub(b"a", bytearray(b"z"), b"aba"))

# templates in expand
m = re.match(r"(?P<a>\w)(\w)", "xy")
print(m.expand(r"\2\1\g<a>\g<2>"), m.expand("plain"))

# errors in templates and replacement results
for args in [(r"(a)", r"\2", "a"), (r"(a)", r"\g<x>", "a"), ("a", r"\g<1", "a"),
             ("a", r"\q", "a"), ("(a)", r"\g<-1>", "a")]:
    try:
        re.sub(*args)
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 1, "xay")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub(b"a", "x", b"a")
except TypeError as e:
    print("TypeError", e)

# results are exact str/bytes; nothing replaced gives the string back
s = "abc"
print(re.sub("x", "y", s) is s, re.subn("x", "y", ""), re.sub(b"x", b"y", b"abc"))
class S(str):
    pass
r = re.sub("x", "y", S("abc"))
print(type(r).__name__, r, type(re.sub("a", "y", S("abc"))).__name__)
r = re.sub(b"x", b"y", bytearray(b"abc"))
print(type(r).__name__, r, type(re.split(b"b", bytearray(b"abc"))[0]).__name__)
print(re.sub("a", lambda m: None, "banana"))
calls = []
def bad_after_one(m):
    calls.append(m.start())
    return 1 if m.start() == 1 else "z"
try:
    re.sub("a", bad_after_one, "banana")
except TypeError as e:
    print(e, calls)
