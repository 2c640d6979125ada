# padding, justification, zfill, expandtabs, center
for w in ["x", "abc", "hello", ""]:
    print("|" + w.center(7) + "|" + w.center(8, "*") + "|" + w.ljust(6, ".") + "|" + w.rjust(6) + "|")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "1234".zfill(2), "".zfill(3))
print("a\tb\tc".expandtabs(), "a\tbc\tdef\t".expandtabs(4), "12345\t6".expandtabs(4), "\t".expandtabs(0))
print("x\ty\nab\tc".expandtabs(3))
print("abc".center(2), "ab".center(5, "-"), "abc".center(6, "-"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
table = [("apple", 1.5, 10), ("banana", 0.25, 150), ("kiwi", 12.0, 3)]
for name, price, qty in table:
    print(name.ljust(8) + str(price).rjust(6) + str(qty).rjust(5))
print("Ünïcödé".center(11, "~"), "日本".ljust(4, "。") + "|")
widths = [1, 4, 9]
for w in widths:
    print(repr("ab".ljust(w)), repr("ab".rjust(w, "0")), repr("ab".center(w, "=")))
print(str.center("z", 3), str.zfill("7", 3))
