# uncaught: UnicodeDecodeError from invalid utf-8
def decode_all(chunks):
    out = []
    for c in chunks:
        out.append(c.decode("utf-8"))
    return "".join(out)


print(decode_all([b"abc", b"def"]))
print(decode_all([b"caf\xc3\xa9", b" ok"]))
parts = b"hello\xffworld".split(b"\xff")
print(parts)
print(decode_all(parts))
joined = b"|".join(parts)
print(joined, len(joined))
print(joined.decode("ascii"))
print(decode_all([b"bad: ", b"\xc3\x28"]))
print("not reached")
x = [1, 2]
print(x)
