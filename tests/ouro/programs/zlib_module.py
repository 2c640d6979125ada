"""zlib: one-shot and streamed compression, gzip/raw framing, limits on
the output, data after the end of a stream, dictionaries, copies,
checksums, errors with CPython's messages; gzip and zipfile on top."""
import gzip
import io
import zipfile
import zlib

text = b"The quick brown fox jumps over the lazy dog. " * 40
for level in (0, 1, 6, 9, -1):
    c = zlib.compress(text, level)
    print(level, len(c), c[:6].hex(), zlib.decompress(c) == text)
print(len(zlib.compress(text, wbits=-15)), len(zlib.compress(text, wbits=31)))
print(zlib.decompress(zlib.compress(text, wbits=31), wbits=47) == text)
print(zlib.decompress(bytearray(zlib.compress(b"from a bytearray"))))
print(zlib.decompress(memoryview(zlib.compress(b"from a memoryview"))))

co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(b"chunk %d " % i) for i in range(100)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
print(parts[-1][-4:].hex())
parts.append(co.compress(b"tail"))
parts.append(co.flush())
stream = b"".join(parts)
print(len(stream), zlib.decompress(stream, -12)[-20:])
for bad in (lambda: co.compress(b"more"), lambda: co.flush(zlib.Z_FULL_FLUSH), co.copy):
    try:
        bad()
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)

d = zlib.decompressobj(-12)
out = []
pos = 0
while not d.eof:
    out.append(d.decompress(d.unconsumed_tail + stream[pos:pos + 50], 64))
    pos += 50
print(len(b"".join(out)), d.eof, d.unused_data, d.unconsumed_tail)

c = zlib.compress(b"payload") + b"GARBAGE"
d = zlib.decompressobj()
print(d.decompress(c[:5]), d.unused_data, d.eof)
print(d.decompress(c[5:]), d.unused_data, d.eof)
print(d.decompress(b"more"), d.unused_data, d.flush())

zd = b"a preset dictionary of common words"
co = zlib.compressobj(zdict=zd)
c = co.compress(b"common words from the dictionary") + co.flush()
print(zlib.decompressobj(zdict=zd).decompress(c))
try:
    zlib.decompress(c)
except zlib.error as e:
    print("error:", e)

co = zlib.compressobj()
prefix = co.compress(b"shared " * 30)
co2 = co.copy()
a = prefix + co.compress(b"one") + co.flush()
b = prefix + co2.compress(b"two") + co2.flush()
print(zlib.decompress(a)[-3:], zlib.decompress(b)[-3:])
d = zlib.decompressobj()
half = d.decompress(a[:len(a) // 2])
d2 = d.copy()
print((half + d.decompress(a[len(a) // 2:])) == (half + d2.decompress(a[len(a) // 2:])))

print(zlib.crc32(b"hello"), zlib.crc32(b" world", zlib.crc32(b"hello")), zlib.crc32(b"x", -1))
print(zlib.adler32(b"hello"), zlib.adler32(b""), zlib.adler32(b"abc", 2 ** 40 + 5))

for call in (lambda: zlib.decompress(b"not compressed"),
             lambda: zlib.decompress(zlib.compress(b"truncated data")[:-3]),
             lambda: zlib.compress(b"x", 42),
             lambda: zlib.compressobj(level=42),
             lambda: zlib.decompressobj(wbits=3),
             lambda: zlib.decompress(b"x", wbits=3),
             lambda: zlib.decompress(b"x", bufsize=-1),
             lambda: zlib.decompressobj().decompress(b"x", -1),
             lambda: zlib.decompressobj().flush(0),
             lambda: zlib.compress("text"),
             lambda: zlib.crc32("text")):
    try:
        call()
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.DEF_BUF_SIZE)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, zlib.error.__mro__)
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION)

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(text)
raw = buf.getvalue()
print(len(raw), raw[:4].hex(), gzip.decompress(raw) == text)
print(gzip.decompress(gzip.compress(b"round trip", mtime=0)))

zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("a.txt", (2020, 1, 1, 0, 0, 0)), text)
    z.writestr(zipfile.ZipInfo("b.txt", (2020, 1, 1, 0, 0, 0)), b"second file")
with zipfile.ZipFile(io.BytesIO(zbuf.getvalue())) as z:
    for info in z.infolist():
        print(info.filename, info.file_size, info.compress_size, info.CRC)
    print(z.read("a.txt") == text, z.read("b.txt"))
