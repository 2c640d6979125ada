"""binascii's uu and quoted-printable functions (a2b_uu, b2a_uu, a2b_qp,
b2a_qp) on edge cases and pseudo-random data, their errors, and the
modules and codecs over them (uu_codec, quopri_codec, quopri)."""
import binascii
import codecs
import quopri


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# a small deterministic generator (no random module: same bytes everywhere)
state = 12345


def rnd_bytes(n, alphabet=None):
    global state
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7fffffff
        b = (state >> 16) & 0xff
        out.append(alphabet[b % len(alphabet)] if alphabet else b)
    return bytes(out)


for data in [b"", b"a", b"ab", b"abc", b"\x00\x00\x00", b"hello world", bytes(range(45))]:
    enc = binascii.b2a_uu(data)
    encb = binascii.b2a_uu(data, backtick=True)
    print("uu", data[:12], enc, encb, binascii.a2b_uu(enc) == data, binascii.a2b_uu(encb) == data)

show("uu empty line", lambda: binascii.a2b_uu(b""))
show("uu str", lambda: binascii.a2b_uu(" \n"))
show("uu short", lambda: binascii.a2b_uu(b"%"))
show("uu 0x7f", lambda: binascii.a2b_uu(b"\x7f"))
show("uu 0xff", lambda: binascii.a2b_uu(b"\xff"))
show("uu padding", lambda: binascii.a2b_uu(b"!```` \r\n"))
show("uu illegal", lambda: binascii.a2b_uu(b"!\x10abc"))
show("uu trailing", lambda: binascii.a2b_uu(b"!86)CX"))
show("uu too long", lambda: binascii.b2a_uu(b"x" * 46))
show("uu non-ascii str", lambda: binascii.a2b_uu("\xe9"))
show("uu type", lambda: binascii.b2a_uu("abc"))
show("uu backtick float", lambda: binascii.b2a_uu(b"", backtick=1.5))
show("uu memoryview", lambda: binascii.b2a_uu(memoryview(b"xyz")))

for data in [b"", b"=", b"a=b", b"tab\there", b"end space ", b"end tab\t", b"x" * 100,
             b"line one \nline two\t\n", b"crlf \r\nnext\r\n", b"\x00\x01\xff\xfe",
             b".\n", b"a\n.\nb", b"under_score and space", b"=" * 40, b"\r\n" * 3,
             b"a" * 75 + b"\n", b"a" * 76 + b"\n", b"a" * 74 + b"=" + b"b" * 10]:
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}]:
        enc = binascii.b2a_qp(data, **kw)
        dec = binascii.a2b_qp(enc, header=kw.get("header", False))
        print("qp", data[:20], kw, enc, dec == data)

for enc in [b"=", b"a=", b"=4", b"=41", b"=4g", b"=zz", b"==41", b"a=\nb", b"a=\r\nb", b"a= \r\nb",
            b"=\r", b"_a_", b"=a1=B2", "str=41"]:
    show("a2b_qp %r" % (enc,), lambda: (binascii.a2b_qp(enc), binascii.a2b_qp(enc, header=True)))
show("qp non-ascii", lambda: binascii.a2b_qp("\u20ac"))
show("qp kw", lambda: binascii.b2a_qp(data=b"a b", quotetabs=1, istext=0, header=1))

for i in range(30):
    data = rnd_bytes(i * 7, b"ab =.\t\r\n_\x00\xff" if i % 2 else None)
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}]:
        enc = binascii.b2a_qp(data, **kw)
        print(i, kw, enc)
    if len(data) <= 45:
        print(i, binascii.b2a_uu(data), binascii.a2b_uu(binascii.b2a_uu(data)) == data)

text = b"Some text =\nwith a very long line " + b"x" * 100 + b"\n"
for codec in ["uu_codec", "quopri_codec"]:
    enc = codecs.encode(text, codec)
    print(codec, enc, codecs.decode(enc, codec) == text)
print(quopri.encodestring(text), quopri.decodestring(quopri.encodestring(text)) == text)

# a non-contiguous buffer is a BufferError, a contiguous view is fine
m = memoryview(bytearray(b"noncontig"))
for f in [binascii.b2a_hex, binascii.b2a_uu, binascii.b2a_qp, binascii.a2b_qp, binascii.crc32,
          binascii.b2a_base64, binascii.a2b_base64]:
    show(f.__name__ + " strided", lambda: f(m[::-2]))
    show(f.__name__ + " view", lambda: f(m[1:4]))
