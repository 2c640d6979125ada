"""re: Pattern and Match objects (match, search, fullmatch, groups, named
groups, spans, repr, attributes)."""
import re

p = re.compile(r"(\w+)@(\w+)\.(?P<tld>com|org)")
print(p)
print(p.pattern, p.flags, p.groups, p.groupindex)
m = p.search("contact: alice@example.org, bob@test.com")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group("tld"))
print(m.group(1, 2, "tld"))
print(m.groups(), m.groupdict())
print(m.span(), m.span(1), m.start(2), m.end("tld"), m.start(), m.end())
print(m.lastindex, m.lastgroup, m.regs)
print(m[0], m[1], m["tld"])
print(m.string, m.re is p, m.pos, m.endpos)
print(m.expand(r"\2 at \1 (\g<tld>)"))
print(bool(m), type(m).__name__, type(p).__name__)

print([m.group() for m in p.finditer("a@b.com c@d.org e@f.net")])
print(p.findall("a@b.com c@d.org e@f.net"))
print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\d)(\w)", "1a2b3"))
print(re.findall(r"x*", "axxb"))

print(re.match(r"a+", "aaab"), re.match(r"a+", "baaa"))
print(re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"a+", "aab"))
print(re.search(r"^b", "ab"), re.search(r"(?m)^b", "a\nb"))

# optional groups, defaults
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(2), m.lastindex)
m = re.match(r"(?P<first>\w+)(?: (?P<last>\w+))?", "Ada")
print(m.groupdict(), m.groupdict(""), m.lastgroup)

# pos / endpos
p = re.compile(r"\d+")
print(p.match("ab12cd34", 2), p.match("ab12cd34", 2, 3), p.search("ab12cd34", 4))
print(p.findall("1 22 333 4444", 2, 9))
print(re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1))

# lastindex with nested groups
m = re.match(r"(a)(b(c))", "abc")
print(m.lastindex, m.regs)
m = re.match(r"((a)|(b))+", "ab")
print(m.groups(), m.lastindex)

# flags in repr
for flags in (0, re.I, re.M | re.S, re.X, re.A, re.I | re.A):
    print(re.compile("x", flags))
print(re.compile(b"x"), re.compile(b"x", re.I | re.L))
print(re.compile("a" * 300))
print(re.compile("'\""))

# equality and cache
print(re.compile("ab") == re.compile("ab"), re.compile("ab") == re.compile("ab", re.I))
print(re.compile("ab") is re.compile("ab"))
print(hash(re.compile("ab")) == hash(re.compile("ab")))
d = {re.compile("x"): 1}
print(d[re.compile("x")])

# long match repr is cut
m = re.match(r".*", "x" * 80)
print(m)
m = re.search("b+", "a" + "b" * 60)
print(repr(m))

# Scanner object
sc = re.compile(r"\d").scanner("a1b2")
print(sc.search().group(), sc.search().group(), sc.search(), sc.pattern.pattern)
sc = re.compile(r"\d").scanner("12a3")
print(sc.match().group(), sc.match().group(), sc.match(), sc.match())

# errors
try:
    m.group(5)
except IndexError as e:
    print("IndexError", e)
try:
    re.match("(?P<a>x)", "x").group("b")
except IndexError as e:
    print("IndexError", e)
try:
    re.compile("a").match(b"a")
except TypeError as e:
    print("TypeError", e)
try:
    re.compile(b"a").match("a")
except TypeError as e:
    print("TypeError", e)
try:
    re.match("a", 5)
except TypeError as e:
    print("TypeError", e)
