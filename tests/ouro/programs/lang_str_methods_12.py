# uncaught: UnicodeEncodeError when encoding to ascii
names = ["alice", "Bob", "zoë", "dmitri"]
encoded = []
for n in names:
    encoded.append(n.encode("utf-8"))
print(encoded)
print([n.encode("ascii", "replace") for n in names])
print([n.encode("latin-1") for n in names])
print([len(n) for n in names], [len(e) for e in encoded])
print("all ascii?", [n.isascii() for n in names])
try:
    "日本".encode("latin-1")
except UnicodeEncodeError as e:
    print("caught:", e.encoding, e.start, e.end, e.reason)
payload = ";".join(names)
print(payload.upper())
print("strict ascii encoding")
print(payload.encode("ascii"))
print("not reached")
x = 1
print(x)
