"""_lzma through lzma: the container formats (auto-detected, xz, alone,
raw), integrity checks, presets, filter chains (LZMA1/LZMA2 options,
delta, BCJ), empty and large inputs, incremental decompression with
max_length and needs_input, unused_data, multi-stream data, EOFError
after the end, the check attribute, filter properties, is_check_supported,
and the errors and argument checks with CPython's messages."""
import hashlib
import lzma


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r if not isinstance(r, bytes) or len(r) < 40 else len(r))


text = b"".join(b"line %d of the text, some words repeated: alpha beta gamma\n" % i
                for i in range(2000))
for preset in (0, 1, 6, 9, 3 | lzma.PRESET_EXTREME):
    c = lzma.compress(text, preset=preset)
    print(preset, len(c), c[:6], lzma.decompress(c) == text)
for fmt in (lzma.FORMAT_XZ, lzma.FORMAT_ALONE):
    c = lzma.compress(text, format=fmt)
    print(fmt, len(c), c[:5], lzma.decompress(c) == text, lzma.decompress(c, fmt) == text)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    c = lzma.compress(text, check=check)
    d = lzma.LZMADecompressor()
    print(check, len(c), d.check, d.decompress(c) == text, d.check, d.eof)
print(lzma.compress(b"")[:6], len(lzma.compress(b"")), lzma.decompress(lzma.compress(b"")))
print(lzma.decompress(lzma.compress(b"", format=lzma.FORMAT_ALONE)))
print([lzma.is_check_supported(i) for i in range(-1, 18)])

chunks = []
h = b"x"
for i in range(40000):
    h = hashlib.md5(h).digest()
    chunks.append(h[:8] + b"%d," % (i % 97))
big = b"".join(chunks)
c = lzma.compress(big, preset=1)
print(len(big), len(c), lzma.decompress(c) == big)

# raw streams with filter chains
chains = [
    [{"id": lzma.FILTER_LZMA2, "preset": 6, "dict_size": 1 << 20}],
    [{"id": lzma.FILTER_LZMA1, "lc": 2, "lp": 1, "pb": 1, "mode": lzma.MODE_FAST,
      "nice_len": 32, "mf": lzma.MF_HC4, "depth": 8}],
    [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_ARM, "start_offset": 16}, {"id": lzma.FILTER_LZMA2}],
    ({"id": lzma.FILTER_SPARC}, {"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}),
]
for chain in chains:
    c = lzma.compress(text, format=lzma.FORMAT_RAW, filters=chain)
    print(len(c), lzma.decompress(c, lzma.FORMAT_RAW, filters=chain) == text)
xz = lzma.compress(text, filters=chains[2])
print(len(xz), lzma.decompress(xz) == text)
alone = lzma.compress(text, format=lzma.FORMAT_ALONE, filters=chains[1])
print(len(alone), lzma.decompress(alone) == text)

# streamed compression
comp = lzma.LZMACompressor(preset=2)
parts = [comp.compress(text[i:i + 5000]) for i in range(0, len(text), 5000)]
parts.append(comp.flush())
stream = b"".join(parts)
print(len(stream), [len(p) for p in parts], lzma.decompress(stream) == text)
attempt("compress after flush", lambda: comp.compress(b"x"))
attempt("flush twice", comp.flush)

# incremental decompression with max_length
d = lzma.LZMADecompressor()
print(d.eof, d.needs_input, d.unused_data, d.check)
print(d.decompress(stream[:5], 10), d.needs_input, d.check)
print(d.decompress(b"", 0), d.needs_input)
out = []
pos = 5
while not d.eof:
    if d.needs_input:
        data = stream[pos:pos + 300]
        pos += 300
    else:
        data = b""
    out.append(d.decompress(data, 4000))
print(b"".join(out) == text, len(out), d.eof, d.needs_input, d.unused_data, d.check)
attempt("after eof", lambda: d.decompress(b"more"))

d = lzma.LZMADecompressor()
first = d.decompress(stream, 100)
print(len(first), d.needs_input, d.eof)
rest = []
while not d.eof:
    rest.append(d.decompress(b"", 30000))
print(len(rest), [len(r) for r in rest][:4], (first + b"".join(rest)) == text)

# output that exactly fills max_length at the end of the input
small = lzma.compress(b"0123456789" * 10)
d = lzma.LZMADecompressor()
print(len(d.decompress(small, 100)), d.needs_input, d.eof)
d = lzma.LZMADecompressor()
print(len(d.decompress(small, 50)), d.needs_input, d.eof)
print(len(d.decompress(b"", 50)), d.needs_input, d.eof)

# data after the end of the stream
c = lzma.compress(b"payload") + b"TRAILING GARBAGE"
d = lzma.LZMADecompressor()
print(d.decompress(c[:30]), d.unused_data, d.eof, d.needs_input)
print(d.decompress(c[30:]), d.unused_data, d.eof, d.needs_input)
multi = lzma.compress(b"first ") + lzma.compress(b"second", format=lzma.FORMAT_ALONE)
print(lzma.decompress(multi))
attempt("multi then garbage", lambda: lzma.decompress(lzma.compress(b"a") + b"garbage"))
attempt("truncated", lambda: lzma.decompress(lzma.compress(text)[:-10]))

# corrupt data
bad = bytearray(lzma.compress(text))
bad[60] ^= 0xff
attempt("corrupt", lambda: lzma.decompress(bytes(bad)))
attempt("not xz", lambda: lzma.decompress(b"this is not xz data at all, clearly"))
attempt("not xz (XZ)", lambda: lzma.decompress(b"this is not xz data at all", lzma.FORMAT_XZ))
attempt("memlimit", lambda: lzma.decompress(lzma.compress(text), memlimit=1024))
attempt("raw garbage", lambda: lzma.decompress(b"\xff" * 64, lzma.FORMAT_RAW,
                                               filters=chains[0]))

# filter properties
for spec in ({"id": lzma.FILTER_LZMA1}, {"id": lzma.FILTER_LZMA1, "lc": 1, "dict_size": 65536},
             {"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20}, {"id": lzma.FILTER_DELTA, "dist": 3},
             {"id": lzma.FILTER_X86, "start_offset": 4}, {"id": lzma.FILTER_POWERPC}):
    props = lzma._encode_filter_properties(spec)
    back = lzma._decode_filter_properties(spec["id"], props) if props else None
    print(props, back)
attempt("decode unknown", lambda: lzma._decode_filter_properties(99, b"\x02"))
attempt("decode bad", lambda: lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"\xff"))
attempt("decode negative", lambda: lzma._decode_filter_properties(-1, b""))
attempt("decode str", lambda: lzma._decode_filter_properties(lzma.FILTER_LZMA2, "x"))
attempt("encode int", lambda: lzma._encode_filter_properties(5))

# argument checks
LZC = lzma.LZMACompressor
LZD = lzma.LZMADecompressor
attempt("too many", lambda: LZC(1, 2, 3, 4, 5))
attempt("bad kw", lambda: LZC(foo=1))
attempt("format str", lambda: LZC("a"))
attempt("format 9", lambda: LZC(9))
attempt("format auto", lambda: LZC(format=lzma.FORMAT_AUTO))
attempt("check alone", lambda: LZC(format=lzma.FORMAT_ALONE, check=lzma.CHECK_SHA256))
attempt("preset and filters", lambda: LZC(preset=1, filters=[]))
attempt("preset str", lambda: LZC(preset="x"))
attempt("preset negative", lambda: LZC(preset=-1))
attempt("preset 2**33", lambda: LZC(preset=2 ** 33))
attempt("preset 2**65", lambda: LZC(preset=2 ** 65))
attempt("preset 10", lambda: LZC(preset=10))
attempt("preset 10 alone", lambda: LZC(format=lzma.FORMAT_ALONE, preset=10))
attempt("raw no filters", lambda: LZC(format=lzma.FORMAT_RAW))
attempt("check 5", lambda: LZC(check=5))
attempt("check 99", lambda: LZC(check=99))
attempt("filters int", lambda: LZC(filters=5))
for chain in ({}, [], (), "ab", b"x"):
    attempt("raw chain %r" % (chain,), lambda: LZC(format=lzma.FORMAT_RAW, filters=chain))
    attempt("raw chain %r" % (chain,), lambda: LZD(format=lzma.FORMAT_RAW, filters=chain))
attempt("filter int", lambda: LZC(filters=[1]))
attempt("no id", lambda: LZC(filters=[{}]))
attempt("id str", lambda: LZC(filters=[{"id": "x"}]))
attempt("id negative", lambda: LZC(filters=[{"id": -1}]))
attempt("id 99", lambda: LZC(filters=[{"id": 99}]))
attempt("unknown option", lambda: LZC(filters=[{"id": lzma.FILTER_LZMA2, "foo": 1}]))
attempt("option str", lambda: LZC(filters=[{"id": lzma.FILTER_LZMA2, "dict_size": "x"}]))
attempt("filter preset 99", lambda: LZC(filters=[{"id": lzma.FILTER_LZMA2, "preset": 99}]))
attempt("filter preset str", lambda: LZC(filters=[{"id": lzma.FILTER_LZMA2, "preset": "a"}]))
attempt("delta too far", lambda: LZC(filters=[{"id": lzma.FILTER_DELTA, "dist": 2 ** 40}]))
attempt("bcj dist", lambda: LZC(filters=[{"id": lzma.FILTER_X86, "dist": 1}]))
attempt("five filters", lambda: LZC(filters=[{"id": lzma.FILTER_LZMA2}] * 5))
attempt("xz lzma1", lambda: LZC(filters=[{"id": lzma.FILTER_LZMA1}]))
attempt("only bcj", lambda: LZC(filters=[{"id": lzma.FILTER_X86}]))
attempt("tiny dict", lambda: LZC(filters=[{"id": lzma.FILTER_LZMA2, "dict_size": 1}]))
attempt("alone lzma2", lambda: LZC(format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA2}]))
attempt("lc+lp", lambda: LZC(format=lzma.FORMAT_RAW,
                             filters=[{"id": lzma.FILTER_LZMA2, "lc": 4, "lp": 1}]))
attempt("mode 7", lambda: LZC(format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "mode": 7}]))
attempt("d too many", lambda: LZD(1, 2, 3, 4))
attempt("d bad kw", lambda: LZD(foo=1))
attempt("d memlimit raw", lambda: LZD(memlimit=1, format=lzma.FORMAT_RAW))
attempt("d memlimit str", lambda: LZD(memlimit="a"))
attempt("d memlimit negative", lambda: LZD(memlimit=-1))
attempt("d raw no filters", lambda: LZD(format=lzma.FORMAT_RAW))
attempt("d filters not raw", lambda: LZD(filters=[]))
attempt("d format 7", lambda: LZD(format=7))
attempt("d format str", lambda: LZD(format="x"))
attempt("d max_length str", lambda: LZD().decompress(b"", "a"))
attempt("d three args", lambda: LZD().decompress(b"", 1, 2))
attempt("d data str", lambda: LZD().decompress("text"))
attempt("c data str", lambda: LZC().compress("text"))
attempt("check str", lambda: lzma.is_check_supported("x"))
print(issubclass(lzma.LZMAError, Exception), lzma.LZMAError.__module__, lzma.LZMAError.__doc__)
print(type(LZC()).__name__, type(LZD()).__module__)
