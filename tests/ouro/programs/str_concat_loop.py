"""str concatenation in loops: `s += t` (linear in ouro through a shared
accumulator, strobject.W_StrPending) must give exactly CPython's strings,
whatever is done with the intermediate results: kept, extended twice,
hashed, compared, sliced, used as keys, mixed with non-ASCII text."""


def build(n, piece):
    s = ""
    for i in range(n):
        s += piece + str(i)
    return s


big = build(20000, "ab")
print(len(big), big[:12], big[-12:], big.count("ab"), big.find("ab19999"))
print(hash(big) == hash("".join("ab" + str(i) for i in range(20000))))
print(big == build(20000, "ab"), big < build(20000, "ab") + "x", big > big[:-1])

# the intermediates stay what they were when made
history = []
s = "x" * 250
for i in range(50):
    s = s + chr(ord("a") + i % 26)
    history.append(s)
print([len(h) for h in history[::10]], history[3][-4:], history[49][-5:])
print(all(history[i] == history[i + 1][:-1] for i in range(49)))

# two extensions of the same string
base = "q" * 300
base = base + "!"
left = base + "L"
right = base + "R"
print(left[-3:], right[-3:], len(left), len(right), left != right, base[-2:])
again = left + "more"
print(again[-6:], right + "more" == base + "R" + "more")

# length without reading the text, then the text
t = "é" * 199
for c in "üß€😀":
    t += c
    print(len(t), t[-1], t.endswith(c), t.encode("utf-8")[-4:])
print(t[197:], t.upper()[-5:], repr(t[-3:]), ascii(t[-2:]))

# as dict and set keys, and looked up by an equal str made otherwise
d = {}
k = "k" * 200
for i in range(5):
    k += str(i)
    d[k] = i
print(sorted(d.values()), d["k" * 200 + "01234"], ("k" * 200 + "012") in d)
print(len({k, "k" * 200 + "01234", k[:]}))

# empty operands
e = "z" * 300
print(e + "" is e, "" + e is e, (e + "") == e)


class S(str):
    def __radd__(self, other):
        return "radd:" + other[:3]


print("abc" + S("x"), type(S("y" * 300) + "z"), len(S("y" * 300) + "z"))
try:
    big + 5
except TypeError as exc:
    print(exc)
try:
    s = "a" * 300
    s += None
except TypeError as exc:
    print(exc)

# module-level accumulation and the methods that read it
g = ""
for i in range(3000):
    g += "%d;" % i
parts = g.split(";")
print(len(g), len(parts), parts[1234], g.index("2999;"), g.replace(";", "")[-8:])
print(f"{g[-10:]!r} {len(g):,}", "{0:.5}".format(g), g.startswith("0;1;2;"))
print(sorted([build(3, "z" * 100)[-5:], build(2, "y" * 100)[-5:]]))
