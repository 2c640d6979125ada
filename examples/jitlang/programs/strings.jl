# strings: concatenation, escapes, comparisons, indexing
s = "line\tone\n\"two\"\\"
print(s)
print(len(s), s[0], "abc" < "abd", "b" > "abc", "x" == "x")
t = ""
i = 0
while i < 5 { t = t + str(i) + ","; i = i + 1 }
print(t, len(t))
print(["a", "b\"c"])
