"""str methods: join, split (whitespace, with sep, with maxsplit), rsplit,
splitlines, strip/lstrip/rstrip (default and with chars), find/rfind/count
(with start/end), startswith/endswith, replace (with count), upper/lower,
isdigit/isalpha/isalnum/isspace/isupper/islower."""


NO_STRS: list[str] = []


def show_list(label: str, items: list[str]) -> None:
    print(label, len(items), "[" + "|".join(items) + "]")


def entry_point(argv: list[str]) -> int:
    print(", ".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join(NO_STRS), "+".join(["solo"]))
    show_list("split ws:", "  the quick\tbrown \n fox  ".split())
    show_list("split ws empty:", "   ".split())
    show_list("split comma:", "a,b,,c,".split(","))
    show_list("split multi:", "a::b::c".split("::"))
    show_list("split empty:", "".split(","))
    show_list("split max1:", "a b c d".split(" ", 1))
    show_list("split max2:", "k=v=w=z".split("=", 2))
    show_list("split ws max:", "  one two  three four ".split(None, 2))
    show_list("rsplit max1:", "a.b.c.d".rsplit(".", 1))
    show_list("splitlines:", "line1\nline2\r\nline3\n\nline5".splitlines())
    show_list("splitlines end:", "x\ny\n".splitlines())
    show_list("splitlines keep:", "x\ny\n".splitlines(True))
    s = "  \t padded \n "
    print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
    print("[" + "xxhixyx".strip("xy") + "]", "[" + "--a--".lstrip("-") + "]", "[" + "--a--".rstrip("-") + "]")
    print("[" + "".strip() + "]", "[" + "aaa".strip("a") + "]")
    t = "banana bandana"
    print(t.find("an"), t.find("an", 2), t.find("an", 2, 4), t.find("xyz"), t.find(""))
    print(t.rfind("an"), t.rfind("an", 0, 5), t.rfind("q"))
    print(t.count("an"), t.count("a"), t.count("ana"), t.count(""), t.count("a", 7))
    print(t.startswith("ban"), t.startswith("nab"), t.endswith("ana"), t.endswith("band"), t.startswith(""))
    print(t.replace("an", "AN"), t.replace("an", "", 2), t.replace("x", "y"), "aaa".replace("a", "bb"))
    print("Hello World 123".upper(), "Hello World 123".lower())
    for w in ["123", "12a", "abc", "aBc", "a1", "", " \t\n", " x ", "ABC", "abc1"]:
        print(repr(w), w.isdigit(), w.isalpha(), w.isalnum(), w.isspace(), w.isupper(), w.islower())
    csv = "name,age,city\nalice,30,paris\nbob,25,rome"
    rows = csv.splitlines()
    header = rows[0].split(",")
    for row in rows[1:]:
        fields = row.split(",")
        parts = [header[i] + "=" + fields[i] for i in range(len(fields))]
        print("; ".join(parts))
    words = "the cat sat on the mat".split()
    print(" ".join([w.upper() if len(w) == 3 else w for w in words]))
    return 0
