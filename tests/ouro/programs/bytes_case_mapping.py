"""bytes/bytearray upper, lower (and the other case methods) map only the
ASCII letters: every byte value, UTF-8 text, bytes made by slicing,
encoding, joining and b-strings, subclasses."""
data = bytes(range(256))
for b in (data, data[100:], "Ünïcödé Straße ǅ".encode("utf-8"), "ÀÉ".encode("latin-1"),
          b"".join([b"ab", b"\xe9C"]), b"MiXeD 123", b"", bytes(bytearray(b"xyz\xff"))):
    print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
    ba = bytearray(b)
    print(ba.upper() == bytearray(b.upper()), ba.lower() == bytearray(b.lower()))


class B(bytes):
    pass


print(type(B(b"ab").upper()).__name__, B(b"aB\xe9").lower(), data.upper().lower() == data.lower())
print(sum(data.upper()), sum(data.lower()), data.upper().isupper(), data.lower().islower())
