# split/rsplit/splitlines/partition/rpartition
s = "  alpha  beta\tgamma\ndelta  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split("a"))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "1 2 3".split(maxsplit=1))
print("line1\nline2\r\nline3\rline4\x0bline5\x0c6\x1c7\u20288\u2029end\n".splitlines())
print("a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines(), "x".splitlines(keepends=True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="))
print("novalue".rpartition("="), "a.b.c".rpartition("."), "abc".partition("abc"))
print("  x  ".strip(), "  x  ".lstrip(), "  x  ".rstrip(), "xxhixx".strip("x"), "abcba".strip("ab"))
print("\t\n x \r\x0b\x0c".strip(), "www.example.com".lstrip("cmowz."), "mississippi".rstrip("ipz"))
print("a b  c".split(" "), "a\u3000b\u00a0c".split())
for bad in [lambda: "a".split(""), lambda: "a".partition(""), lambda: "a".rsplit(""),
            lambda: "a".split(1), lambda: "a".strip(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
csv = "name,age,city\nann,31,oslo\nbob,27,rome\n"
rows = [line.split(",") for line in csv.splitlines()]
header, *body = rows
for row in body:
    print(dict(zip(header, row)))
