# uncaught: bytes + str concatenation inside a join loop
def frame(payload):
    header = len(payload).to_bytes(2, "big")
    return header + payload


msgs = [b"hello", b"", b"\x00\xff"]
frames = [frame(m) for m in msgs]
print(frames)
print(b"".join(frames).hex())
print([int.from_bytes(f[:2], "big") for f in frames])
stream = b"".join(frames)
pos = 0
while pos < len(stream):
    n = int.from_bytes(stream[pos:pos + 2], "big")
    print("message", stream[pos + 2:pos + 2 + n])
    pos += 2 + n
print("framing a str")
print(frame("text"))
print("not reached")
