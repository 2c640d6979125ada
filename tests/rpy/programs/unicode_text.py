"""Non-ASCII text: len counts code points; indexing, negative indexing,
slicing with steps, reversal, find/count/replace/split, iteration, ord/chr,
comparisons, sorting, upper() of Latin-1 letters and encode/decode round trips
with é, 中 and emoji."""


def char_widths(s: str) -> list[int]:
    return [len(ch.encode("utf-8")) for ch in s]


def ints_to_str(values: list[int]) -> str:
    return ",".join([str(v) for v in values])


def entry_point(argv: list[str]) -> int:
    s = "héllo wörld 中文 😀🎉!"
    print(s, len(s), len(s.encode("utf-8")))
    print(s[1], s[7], s[12], s[-3], s[-2], s[-1])
    print(s[0:5], s[12:14], s[-3:], s[::-1])
    print(s[::3], s[1:12:2], s[-1:-8:-2])
    print(s.find("中"), s.find("😀"), s.find("wörld"), s.rfind("l"), s.count("ö"), s.count("l"))
    print(s.replace("ö", "oe"), "/".join(s.split(" ")), "é" in s, "e" in s)
    print(s.startswith("hé"), s.endswith("🎉!"), s.upper())
    for ch in "aé中😀":
        print(repr(ch), ord(ch), len(ch), char_widths(ch)[0])
    print(ints_to_str(char_widths(s)))
    rebuilt = ""
    for ch in s:
        rebuilt = ch + rebuilt
    print(rebuilt == s[::-1], rebuilt)
    cps = [ord(ch) for ch in "日本語"]
    back = "".join([chr(c) for c in cps])
    print(ints_to_str(cps), back)
    print("é" < "z", "z" < "中", "中" < "😀", " ".join(sorted(["😀", "b", "中", "é", "a"])))
    data = s.encode("utf-8")
    print(len(data), data[1], data[2], data.decode("utf-8") == s)
    word = "naïve café"
    print(len(word), word.find("ï"), word[2:8], "|".join(word.split("ï")), word.upper())
    return 0
