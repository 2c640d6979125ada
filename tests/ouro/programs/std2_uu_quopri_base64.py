"""uu, quopri and base64 encodings through files, with headers, odd
characters and bad input."""
import base64
import io
import quopri
import uu
import warnings

payload = bytes(range(256)) + b"end of data\n"
src = io.BytesIO(payload)
enc = io.BytesIO()
uu.encode(src, enc, name="data.bin", mode=0o640)
text = enc.getvalue()
print(text.splitlines()[0], text.splitlines()[-1], len(text.splitlines()))
dec = io.BytesIO()
uu.decode(io.BytesIO(text), dec)
print(dec.getvalue() == payload)
try:
    uu.decode(io.BytesIO(b"no header here\n"), io.BytesIO())
except uu.Error as e:
    print("uu.Error:", e)
try:
    uu.decode(io.BytesIO(b"begin 644 x\n#86)C\n"), io.BytesIO())
except uu.Error as e:
    print("uu.Error:", e)

msg = "Caf\u00e9 = 100% s\u00fbr\ttab  \nline with trailing space \n" + "x" * 90 + "\n"
data = msg.encode("utf-8")
q = quopri.encodestring(data)
print(q.decode())
print(quopri.decodestring(q) == data)
print(quopri.encodestring(b"a b_c", quotetabs=True, header=True))
print(quopri.decodestring(b"a_b=3Dc=\nd", header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b"tab\there\n.\nFrom x\n"), out, quotetabs=False)
print(out.getvalue())
out = io.BytesIO()
quopri.decode(io.BytesIO(b"=41=42=4=\nxyz=ZZ\n"), out)
print(out.getvalue())

print(base64.b64encode(b"\xff\xfe\xfd"), base64.urlsafe_b64encode(b"\xff\xfe\xfd"))
print(base64.b32encode(b"hello"), base64.b16encode(b"hi"), base64.a85encode(b"hello"), base64.b85encode(b"hello"))
print(base64.b32decode(b"NBSWY3DP"), base64.b16decode(b"6869"), base64.a85decode(b"BOu!rDZ"))
for bad in (b"abc", b"ab!d"):
    try:
        base64.b64decode(bad, validate=True)
    except Exception as e:
        print(type(e).__name__, e)
try:
    base64.b32decode(b"NBSWY3D")
except Exception as e:
    print(type(e).__name__, e)
