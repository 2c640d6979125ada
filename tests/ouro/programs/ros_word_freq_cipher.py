"""Word frequency and classical ciphers (Caesar, Vigenere, Atbash, ROT13, rail fence)."""
import collections
import re
import string
import codecs

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = re.findall(r"[a-z']+", TEXT.lower())
cnt = collections.Counter(words)
for w, n in cnt.most_common(8):
    print(f"{w:<10}{n:>3} {'#' * n}")
print(len(words), len(cnt), sorted(cnt)[:5])
print(cnt["nothing"], cnt.total(), sorted((cnt - collections.Counter(it=10)).items())[:3])
letters = collections.Counter(c for c in TEXT.lower() if c.isalpha())
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
by_len = collections.defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])

def caesar(s, k):
    def sh(c):
        if c.isupper():
            return chr((ord(c) - 65 + k) % 26 + 65)
        if c.islower():
            return chr((ord(c) - 97 + k) % 26 + 97)
        return c
    return "".join(map(sh, s))

msg = "The Quick Brown Fox Jumps Over The Lazy Dog!"
enc = caesar(msg, 13)
print(enc, caesar(enc, -13) == msg, codecs.encode(msg, "rot13") == enc, codecs.decode(enc, "rot_13"))
tbl = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[::-1])
print(msg.lower().translate(tbl))
print(msg.translate({ord(" "): None, ord("o"): "0", ord("e"): "3"}))

def vigenere(s, key, decrypt=False):
    out = []
    ki = 0
    for c in s:
        if c.isalpha():
            k = ord(key[ki % len(key)].upper()) - 65
            if decrypt:
                k = -k
            base = 65 if c.isupper() else 97
            out.append(chr((ord(c) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(c)
    return "".join(out)

v = vigenere(msg, "LEMON")
print(v, vigenere(v, "LEMON", True))

def rail_fence(s, n):
    rails = [[] for _ in range(n)]
    r, step = 0, 1
    for c in s:
        rails[r].append(c)
        if r == 0:
            step = 1
        elif r == n - 1:
            step = -1
        r += step
    return "".join("".join(x) for x in rails)
print(rail_fence("WEAREDISCOVEREDFLEEATONCE", 3))
print(string.capwords("hello   wORLD  foo"), "hello world".title(), "o'neil's x".title())
try:
    vigenere("abc", "")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    str.maketrans("abc", "de")
except ValueError as e:
    print(type(e).__name__, e)
try:
    codecs.encode(b"abc", "rot13")
except TypeError as e:
    print(type(e).__name__, e)
try:
    cnt.most_common("3")
except TypeError as e:
    print(type(e).__name__, e)
try:
    codecs.lookup("rot14")
except LookupError as e:
    print(type(e).__name__, e)
print(collections.Counter("abracadabra"))
print(repr(collections.Counter()), collections.Counter(a=3, b=-1) + collections.Counter(b=2))
