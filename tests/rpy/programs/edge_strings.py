"""String edge cases: NUL characters inside str and bytes, padding and
precision counting code points (not bytes) in % formatting and f-strings,
replace with an empty pattern, split with maxsplit 0, find/rfind/count with
negative bounds, ordering of non-ASCII text and of high bytes, equality of
strings built at run time (list.index, in, dict keys), strip of non-ASCII
characters, empty strings everywhere."""


def entry_point(argv: list[str]) -> int:
    s = "a\x00b"
    print(len(s), s < "a\x00c", "a" < "a\x00", s.find("b"), s.count("\x00"), repr(s), s[1] == "\x00")
    print(s)
    print("|".join(s.split("\x00")), s.replace("\x00", "<NUL>"), (s + s)[2:5] == "b" + "a\x00")
    bz = b"x\x00y"
    print(len(bz), bz[1], bz.find(b"y"), repr(bz), bz.decode("utf-8") == "x\x00y")
    print("%5s|%-4s|%.2s|%3.1s|" % ("é", "😀", "héllo", "中文"))
    print(f"{'中':>4}|{'é':<3}|{'😀x':^6}|")
    print("abc".replace("", "-"), "".replace("", "x"), "aaa".replace("a", ""), "abab".replace("ab", "ba", 1))
    print("|".join("a b c".split(" ", 0)), len("".split()), "|".join(" a ".split(" ")), "|".join("a,b,c".split(",", -1)))
    t = "abcabc"
    print(t.find("c", -2), t.rfind("a", -6, -1), t.count("a", 1, -1), t.find("", 10), t.find("", 6), t.count("bc", -100, 100))
    print(t.startswith("abc"), t.endswith(""), t[-1:-1], t[5:-10], t[-2:], t[::-3])
    print("é" > "z", "z" < "中", "Z" < "a", "" < "\x00", "ab" < "aé", sorted(["b", "é", "a", "É", "z"]) == ["a", "b", "z", "É", "é"])
    print(b"\xff" > b"\x01", b"\x80" < b"\x7f", b"" < b"\x00", b"ab" < b"a\xff")
    key = "ab" + "c"
    names = ["x", "abc", key]
    print(names.index(key), key in names, names.count("abc"), {"abc": 1}[key], key == "abc", key != "abc")
    built = ""
    for ch in ["h", "é", "l", "l", "o"]:
        built += ch
    print(built == "héllo", built in ["héllo"], {"héllo": 5}.get(built, -1), len(built))
    print("[" + "««text»»".strip("«»") + "]", "[" + "ééaéé".lstrip("é") + "]", "[" + "中文中".rstrip("中") + "]")
    print("[" + "" * 5 + "]", "[" + "".strip() + "]", "".upper() == "", "" in "abc", len(""), ""[0:5] == "")
    print("x".join(["", "", ""]), "[" + ",".join([""]) + "]", "-".join(["é", "中", "😀"]))
    return 0
