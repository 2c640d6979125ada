# string building algorithms
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

msg = "Hello, World! Zebra-crossing."
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg)

def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]

for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))

def word_freq(text):
    freq = {}
    for w in text.lower().replace(",", " ").replace(".", " ").split():
        freq[w] = freq.get(w, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))

print(word_freq("The cat and the hat. The bat, and a cat."))

def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)

print(rle("aaabccddddde"), rle("x"), rle(""), rle("ééé😀😀"))
acc = ""
for i in range(10):
    acc += str(i) * i
print(acc, len(acc))
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
print("-".join(w[::-1] for w in "one two three".split()))
