"""re: lookahead/lookbehind, backreferences, non-greedy and possessive
repeats, atomic groups, conditionals, group captures inside repeats,
empty matches, deep repetition and backtracking-heavy patterns on bounded
inputs."""
import re

print(re.findall(r"\w+(?=,)", "a, bb, ccc"))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 or $7, not 9"))
print(re.findall(r"(?<!\$)\b\d+\b", "cost $12 or 7 and 9"))
print(re.sub(r"(?<=\d)(?=(\d{3})+\b)", ",", "1234567 and 1000 and 12"))
print(re.findall(r"\b(?!un)\w+able\b", "unable capable unstable readable"))
print(re.findall(r"(?=(\w\w))", "abcd"))
print(re.search(r"(?<=(a|b))c", "bc").groups())
print(re.match(r"(?=(a+))a*b\1", "baaabac"), re.search(r"(?=(a+))a*b\1", "baaabac"))

print(re.findall(r"(\w)\1", "aabbcdde"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"bye\"").group())
print(re.findall(r"\b(\w+)\s+\1\b", "the the cat sat sat down"))
print(re.match(r"(a)|\1", "x"))
print(re.match(r"(a)?(?(1)b|c)", "c").groups(), re.match(r"(a)?(?(1)b|c)", "ab").groups())
print(re.findall(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)", "<user@host.com> x@y.org <bad@z.net"))

print(re.findall(r"<.+?>", "<a><bb><ccc>"), re.findall(r"<.+>", "<a><bb><ccc>"))
print(re.match(r"(a+?)(a*?)(a+)", "aaaa").groups())
print(re.match(r"(a{2,3}?)(a*)", "aaaaa").groups())
print(re.match(r"(\d+?)0*$", "12300").groups())
print(re.findall(r"a{2}?", "aaaaa"), re.findall(r"a{,2}", "aaaaa"))

print(re.match(r"a*+a", "aaaa"), re.match(r"a*+b", "aaab").group())
print(re.match(r"(?>a|ab)c", "abc"), re.match(r"(?:a|ab)c", "abc").group())
print(re.match(r"(?:\d++|[a-z]++)+x", "12ab3x").group())
print(re.findall(r"(?>\w+)(?<=s)", "cats dogs bird"))

print(re.match(r"(a|b)*", "abab").group(1), re.match(r"(a|b)*?c", "abc").group(1))
print(re.match(r"(?:(a)|(b))+", "ab").groups(), re.match(r"(?:(a)|b)+", "ab").groups())
print(re.match(r"((a)|b)+", "ab").groups(), re.match(r"(a*)+", "aa").groups())
print(re.match(r"(a*)*", "aa").groups(), re.match(r"(?:(\d)|x)*", "1x2xx").groups())
print(re.match(r"(\w+?)(\w)?", "ab").groups())

print([m.span() for m in re.finditer(r"\b", "ab cd")])
print([m.span() for m in re.finditer(r"a*?", "baa")])
print(re.findall(r"|a", "aa"), re.findall(r"a|", "aa"), re.sub(r"a*", "-", "baac"))
print(re.findall(r"(?m)^$", "a\n\nb\n"), re.findall(r"$", "a\n"), re.findall(r"\Z", "a\n"))

# deep repetition: handled without native recursion
s = "ab" * 50000
print(len(re.match(r"(?:ab)*", s).group()), re.match(r"(ab)*", s).span(1))
print(re.match(r"(?:a|b)*c?$", s).end(), re.fullmatch(r"(?:(a)|(b))*", s).span(2))
print(len(re.findall(r"(?:[^\"\\]|\\.)+", "x" * 100000)))
quoted = '"' + "a\\\"b" * 20000 + '"'
print(len(re.match(r'"(?:[^"\\]|\\.)*"', quoted).group()))

# patterns that backtrack a lot, on inputs small enough to finish quickly
for n in (4, 8, 12):
    print(n, re.match(r"(a+)+b", "a" * n), re.match(r"(a|aa)+$", "a" * n + "b"),
          re.match(r"(\w+\s?)+$", "ab " * n + "!"), re.match(r"(x*)*y", "x" * n))
print(re.match(r"^(\w+\s?)*$", "a b c d e f g h i j").group())
