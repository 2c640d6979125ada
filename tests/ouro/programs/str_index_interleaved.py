# indexing several non-ASCII strings in turn (the runtime caches a position
# per string for a few strings: more strings than that, forwards and
# backwards, negative indexes, slices in between)
words = ["é" * k + "abc" + "ü" * (k % 3) + "xyz" * k for k in range(1, 13)]
total = []
for i in range(40):
    for w in words:
        j = (i * 7) % len(w)
        total.append(w[j])
        total.append(w[-1 - j])
        total.append(w[j:j + 2])
print("".join(total)[:120])
print(len("".join(total)), sum(ord(c) for c in "".join(total)))
a = "ä" + "mnop" * 500
b = "ö" + "qrst" * 500
c = "ß" + "uvwx" * 500
same = 0
for i in range(len(a) - 1, -1, -3):
    if a[i] == b[i] or b[i] == c[i]:
        same += 1
    if a[i] == "ä":
        print("first at", i)
print(same, a[1000], b[1001], c[1999], a[-1], c[-2000])
