# find/index/count/startswith/endswith/replace
s = "the quick brown fox jumps over the lazy dog, the end"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 20), s.find("cat"), s.find(""))
print(s.rfind("the"), s.rfind("the", 0, 40), s.rfind("xyz"), s.rfind(""), s.find("", 100))
print(s.index("fox"), s.rindex("o"), s.count("the"), s.count("o"), s.count(""), s.count("o", 20, 30))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.startswith("the", 1))
print(s.endswith("end"), s.endswith(("dog", "end")), s.endswith("dog", 0, 43), s.endswith(""))
print(s.replace("the", "THE"), s.replace("the", "a", 2), s.replace("", "-", 3))
print("aaaa".replace("aa", "b"), "aaa".count("aa"), "abc".replace("", "|"))
print(s.find("o", -10), s.find("o", -10, -5), s[-10:], "abc".find("c", -1))
print("héllo wörld".find("ö"), "héllo wörld".index("w"), "日本語テキスト".find("テ"))
print("x".join(["a", "b", "c"]), "".join([]), ", ".join("abc"), "-".join(map(str, range(5))))
print("ab" * 3, 3 * "-", "a" + "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab")
print("a" in "cat", "" in "x", "at" not in "cat", "z" in "")
print(s.removeprefix("the "), s.removesuffix("end"), "abc".removeprefix("x"))
for call in [lambda: s.index("cat"), lambda: s.rindex("cat"), lambda: "".join([1, 2]),
             lambda: s.startswith(["t"]), lambda: s.count(5), lambda: "a" + 1,
             lambda: 1 in "abc", lambda: "abc".replace("a")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
