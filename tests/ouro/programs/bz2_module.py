"""_bz2 through bz2: one-shot and streamed compression at every level,
empty and large inputs, incremental decompression with max_length and
needs_input, unused_data after the end of a stream, multi-stream data,
EOFError after the end, and the errors and argument checks with CPython's
messages."""
import bz2
import hashlib


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r if not isinstance(r, bytes) or len(r) < 40 else len(r))


text = b"".join(b"line %d of the text, some words repeated: alpha beta gamma\n" % i
                for i in range(2000))
for level in range(1, 10):
    c = bz2.compress(text, level)
    print(level, len(c), c[:4], bz2.decompress(c) == text)
print(bz2.compress(b""), bz2.decompress(bz2.compress(b"")))
print(bz2.decompress(b""))

# more than a megabyte, not very compressible
chunks = []
h = b"x"
for i in range(40000):
    h = hashlib.md5(h).digest()
    chunks.append(h[:8] + b"%d," % (i % 97))
big = b"".join(chunks)
print(len(big))
c = bz2.compress(big)
print(len(c), bz2.decompress(c) == big)

# streamed compression, fed in pieces
comp = bz2.BZ2Compressor(5)
parts = [comp.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
parts.append(comp.flush())
stream = b"".join(parts)
print(len(stream), [len(p) for p in parts if p], bz2.decompress(stream) == text)
attempt("compress after flush", lambda: comp.compress(b"x"))
attempt("flush twice", comp.flush)

# incremental decompression with max_length
d = bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
out = []
out.append(d.decompress(stream[:100], 10))
print(len(out[-1]), d.needs_input, d.eof)
out.append(d.decompress(b"", 0))
print(len(out[-1]), d.needs_input)
pos = 100
while not d.eof:
    if d.needs_input:
        data = stream[pos:pos + 700]
        pos += 700
    else:
        data = b""
    out.append(d.decompress(data, 5000))
print(b"".join(out) == text, d.eof, d.needs_input, d.unused_data, pos >= len(stream))
attempt("after eof", lambda: d.decompress(b"more"))

# whole stream in one call with max_length: the rest comes with b""
d = bz2.BZ2Decompressor()
first = d.decompress(stream, 100)
print(len(first), d.needs_input, d.eof)
rest = []
while not d.eof:
    rest.append(d.decompress(b"", 30000))
print(len(rest), (first + b"".join(rest)) == text)

# data after the end of the stream
c = bz2.compress(b"payload") + b"TRAILING GARBAGE"
d = bz2.BZ2Decompressor()
print(d.decompress(c[:10]), d.unused_data, d.eof, d.needs_input)
print(d.decompress(c[10:]), d.unused_data, d.eof, d.needs_input)
d = bz2.BZ2Decompressor()
print(d.decompress(c), d.unused_data)

# several streams, one after the other
multi = bz2.compress(b"first ") + bz2.compress(b"") + bz2.compress(b"second")
print(bz2.decompress(multi))
print(bz2.decompress(multi * 3))
attempt("multi then garbage", lambda: bz2.decompress(multi + b"garbage"))
attempt("truncated", lambda: bz2.decompress(bz2.compress(text)[:-10]))

# corrupt data
bad = bytearray(bz2.compress(text))
bad[50] ^= 0xff
attempt("corrupt", lambda: bz2.decompress(bytes(bad)))
attempt("not bz2", lambda: bz2.decompress(b"this is not bzip2 data at all"))
d = bz2.BZ2Decompressor()
attempt("bad header", lambda: d.decompress(b"BZh9" + b"\0" * 40))

# bytes-like inputs
print(bz2.decompress(bytearray(bz2.compress(b"from a bytearray"))))
print(bz2.decompress(memoryview(bz2.compress(b"from a memoryview"))))
print(bz2.BZ2Compressor().compress(memoryview(b"")) == b"")

# argument checks
attempt("level 0", lambda: bz2.BZ2Compressor(0))
attempt("level 10", lambda: bz2.BZ2Compressor(10))
attempt("level str", lambda: bz2.BZ2Compressor("9"))
attempt("level float", lambda: bz2.BZ2Compressor(1.5))
attempt("level huge", lambda: bz2.BZ2Compressor(2 ** 40))
attempt("level kw", lambda: bz2.BZ2Compressor(compresslevel=3))
attempt("two args", lambda: bz2.BZ2Compressor(1, 2))
attempt("compress str", lambda: bz2.BZ2Compressor().compress("text"))
attempt("compress none", lambda: bz2.BZ2Compressor().compress())
attempt("decomp args", lambda: bz2.BZ2Decompressor(1))
attempt("decomp kwargs", lambda: bz2.BZ2Decompressor(x=1))
attempt("max_length str", lambda: bz2.BZ2Decompressor().decompress(b"", "a"))
attempt("max_length huge", lambda: bz2.BZ2Decompressor().decompress(b"", 2 ** 70))
attempt("three args", lambda: bz2.BZ2Decompressor().decompress(b"", 1, 2))
attempt("data kw", lambda: bz2.BZ2Decompressor().decompress(data=b"", max_length=5))
attempt("decompress str", lambda: bz2.decompress("text"))
attempt("module level", lambda: bz2.compress(b"x", 0))
print(type(bz2.BZ2Compressor()).__name__, type(bz2.BZ2Decompressor()).__module__)
