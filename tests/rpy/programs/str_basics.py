"""str basics: len, indexing (negative too), slices with steps (also
negative and out-of-range bounds), +, *, comparisons, in / not in, iteration,
IndexError on a bad index, building strings in loops."""


def reverse(s: str) -> str:
    return s[::-1]


def is_palindrome(s: str) -> bool:
    return s == s[::-1]


def count_vowels(s: str) -> int:
    n = 0
    for ch in s:
        if ch in "aeiouAEIOU":
            n += 1
    return n


def entry_point(argv: list[str]) -> int:
    s = "Hello, World"
    print(len(s), len(""), len("a"))
    print(s[0], s[4], s[-1], s[-5], s[len(s) - 1])
    print(s[0:5], s[7:], s[:5], s[-5:], s[:-7], s[:], s[3:3], s[8:2])
    print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-2], s[-1:-6:-1])
    print(s[-100:3], s[5:100], s[100:], s[-3:-100:-1], s[2:-2:3])
    print("[" + s[5:5] + "]", len(s[100:200]))
    print("ab" + "cd", "ab" * 3, "-" * 10, "x" * 0 + "|", "y" * -2 + "|")
    print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "abc" == "abc", "abc" != "abC")
    print("apple" <= "apple", "pear" > "peach", "Z" >= "a", "a" > "Z")
    print(max("apple", "pear"), min("apple", "pear"))
    print("lo" in s, "xyz" in s, "" in s, "W" not in s, "w" not in s)
    print(reverse("stressed"), is_palindrome("racecar"), is_palindrome("abca"))
    print("vowels:", count_vowels(s), count_vowels("rhythm"))
    letters = ""
    for ch in "abcdef":
        letters = letters + ch.upper() + ch
    print(letters)
    joined = ""
    for i in range(5):
        joined += str(i)
        joined += ","
    print(joined)
    try:
        c = s[20]
        print("no error", c)
    except IndexError:
        print("IndexError for s[20]")
    try:
        c = s[-13]
        print("no error", c)
    except IndexError:
        print("IndexError for s[-13]")
    idx = 0
    while idx < len(s) and s[idx] != ",":
        idx += 1
    print("comma at", idx)
    return 0
