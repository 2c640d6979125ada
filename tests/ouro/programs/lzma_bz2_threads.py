"""bz2 and lzma in threads: the codecs run without the GIL, so several
threads compress and decompress at once, on their own streams and on
one shared decompressor fed in turn; the results are those of one
thread."""
import bz2
import lzma
import threading

datas = [(b"thread %d says %s\n" % (i, b"abc" * i)) * (2000 + 500 * i) for i in range(6)]
results = {}


def work(i):
    data = datas[i]
    mod = bz2 if i % 2 else lzma
    c = mod.compress(data)
    d = mod.decompress(c)
    comp = mod.BZ2Compressor() if mod is bz2 else mod.LZMACompressor()
    parts = [comp.compress(data[k:k + 4096]) for k in range(0, len(data), 4096)]
    parts.append(comp.flush())
    results[i] = (len(c), d == data, mod.decompress(b"".join(parts)) == data)


threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in sorted(results):
    print(i, results[i])

stream = lzma.compress(b"".join(datas))
shared = lzma.LZMADecompressor()
lock = threading.Lock()
out = []
positions = list(range(0, len(stream), 1000))


def take():
    while True:
        with lock:
            if not positions:
                return
            j = positions.pop(0)
            out.append(shared.decompress(stream[j:j + 1000]))


threads = [threading.Thread(target=take) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(b"".join(out) == b"".join(datas), shared.eof)
