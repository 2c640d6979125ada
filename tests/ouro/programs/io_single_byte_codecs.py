# text files in the registry's single-byte codecs: write, read, readline,
# tell/seek, universal newlines, errors; a multi-byte one too
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
for enc in ["cp1252", "iso-8859-15", "koi8-r", "mac-roman", "cp437"]:
    text = "caf\u00e9 \u20ac\n2nd line\r\nthird" if enc in ("cp1252", "iso-8859-15") else "plain \u00e9\nline"
    try:
        with open(p, "w", encoding=enc) as f:
            f.write(text)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e.reason)
        continue
    with open(p, "rb") as f:
        raw = f.read()
    with open(p, encoding=enc) as f:
        first = f.readline()
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        again = f.read()
    print(enc, raw, repr(first), pos, repr(rest), rest == again)
with open(p, "w", encoding="cp1252", errors="replace") as f:
    f.write("\u4e2d x")
with open(p, encoding="cp1252") as f:
    print(repr(f.read()), f.encoding)
w = io.TextIOWrapper(io.BytesIO(), encoding="iso-8859-15")
w.write("\u00e9\u20ac")
w.flush()
print(w.buffer.getvalue())
try:
    open(p, encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
