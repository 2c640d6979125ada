"""re: errors — re.error from the parser (CPython's messages and
positions), TypeErrors and IndexErrors of the objects."""
import re

BAD = ["(abc", "abc)", "a**", "[a-", "[z-a]", "(?P<1>x)", "(?P<a>x)(?P<a>y)", "\\",
       "(?<=a+)b", "x{2,1}", "(?P=nope)", "(?Z)", "\\1(a)", "a{1,2}{3}", "(?i", "[]",
       "(?<!a|bc)d", "*a", "(?P<a", "\\k", "(?x", "a(?#comment", "(?(9)a|b)",
       "(?(1)a|b|c)(x)", "\\8", "\\400"]
for pat in BAD:
    try:
        re.compile(pat)
        print(repr(pat), "compiled")
    except re.error as e:
        print(repr(pat), "->", e.msg, "| pos", e.pos, "| lineno", e.lineno, "colno", e.colno)

try:
    re.compile("(?x)\n  a\n  (b\n")
except re.error as e:
    print(e)
    print(e.pattern == "(?x)\n  a\n  (b\n", e.lineno, e.colno)

try:
    re.compile(b"(?u)x")
except (ValueError, re.error) as e:
    print(type(e).__name__, e)
try:
    re.compile("x", re.L)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile("x", re.A | re.U)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile(re.compile("x"), re.I)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile(5)
except TypeError as e:
    print("TypeError", e)

p = re.compile(r"(?P<word>\w+)")
m = p.match("hello")
for bad in (2, -1, "nope", 1.5, None):
    try:
        m.group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
for meth in ("start", "end", "span"):
    try:
        getattr(m, meth)(3)
    except IndexError as e:
        print(meth, "IndexError", e)
print(m.group(True), m.start(False), m.span("word"))

for subject in (b"x", 5, None, ["x"]):
    try:
        p.search(subject)
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile(b"x").findall("x")
except TypeError as e:
    print("TypeError", e)
try:
    p.match("x", "0")
except TypeError as e:
    print("TypeError", e)
try:
    p.match()
except TypeError as e:
    print("TypeError", e)
try:
    p.sub("x")
except TypeError as e:
    print("TypeError", e)
print(isinstance(re.error("m"), Exception), re.error is re.PatternError if hasattr(re, "PatternError") else True)
e = re.error("msg", "pat", 1)
print(e.msg, e.pattern, e.pos, str(e))
