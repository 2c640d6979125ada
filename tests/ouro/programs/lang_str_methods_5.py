# translate/maketrans, encode, indexing and slicing by code point
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "333"})
print("abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("a-x-b-y-z".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}))
s = "añb€c😀d"
print(len(s), s[1], s[3], s[5], s[-1], s[::-1], s[1:6:2], s[10:], s[-100:2])
print([ord(c) for c in s], s.encode("utf-8"), len(s.encode()))
print(s.encode("utf-8").decode("utf-8") == s, "é".encode("latin-1"), "abc".encode("ascii"))
print("é".encode("utf-16-le"), "a€".encode("utf-32-be"))
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"))
print(s.encode("ascii", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), b"caf\xc3\xa9".decode())
for i, ch in enumerate("h€😀"):
    print(i, ch, hex(ord(ch)), len(ch.encode()))
print("abc"[1:], "abc"[:-1], "abcdef"[::2], "abcdef"[-2::-2], "abc"[5:1])
try:
    "abc"[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    key = "1"
    "abc"[key]
except TypeError as e:
    print(type(e).__name__, e)
