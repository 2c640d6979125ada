"""Microbenchmarks of bytes and bytearray (issue 4: binary-data programs).

    python3 bytes_micro.py [NAME,...]

Each loop does real work on 64 KB-1 MB data and returns a checksum; the
program prints one line per loop: name, CPU seconds (time.process_time),
checksum.  benchmarks/run_bytes_micro.py runs it under CPython and ouro
and prints the ratios; the checksums must agree.
"""
import sys
import time

try:
    import struct
except ImportError:
    struct = None
try:
    import zlib
except ImportError:
    zlib = None
try:
    import base64
except ImportError:
    base64 = None
try:
    import binascii
except ImportError:
    binascii = None
import io

KB = 1024
DATA = bytes(range(256)) * (256 * KB // 256)          # 256 KB, every byte value
TEXT = (b'the quick brown fox jumps over the lazy dog, ' * 6000)[:256 * KB]
UTEXT = ('h\xe9llo w\xf6rld \u20ac ' * 20000)


def bm_bytearray_from_bytes():
    n = 0
    for _ in range(1000):
        n += len(bytearray(DATA))
    return n


def bm_bytearray_iadd():
    n = 0
    chunk = DATA[:4 * KB]
    for _ in range(400):
        ba = bytearray()
        for _ in range(64):
            ba += chunk
        ba.extend(chunk)
        n += len(ba)
    return n


def bm_bytearray_append():
    ba = bytearray()
    for i in range(300000):
        ba.append(i & 255)
    return len(ba) + ba[-1]


def bm_slicing():
    n = 0
    b = DATA
    ba = bytearray(DATA)
    for i in range(0, len(b) - 4096, 32):
        n += len(b[i:i + 4096]) + len(ba[i:i + 4096]) + b[i:i + 8][0]
    return n


def bm_hex_fromhex():
    n = 0
    for _ in range(10):
        h = DATA.hex()
        n += len(bytes.fromhex(h))
    return n


def bm_replace():
    n = 0
    for _ in range(20):
        n += len(TEXT.replace(b'fox', b'cat').replace(b' ', b'__'))
    return n


def bm_find_count():
    n = 0
    for _ in range(20):
        n += TEXT.count(b'o') + TEXT.find(b'zzz') + TEXT.count(b'lazy')
        i = 0
        while True:
            i = TEXT.find(b'dog', i)
            if i < 0:
                break
            i += 1
            n += 1
    return n


def bm_split_join():
    n = 0
    for _ in range(20):
        parts = TEXT.split(b' ')
        n += len(b'-'.join(parts)) + len(parts)
    return n


def bm_translate():
    table = bytes((i + 1) & 255 for i in range(256))
    n = 0
    for _ in range(20):
        n += TEXT.translate(table)[100] + len(TEXT.translate(None, b'aeiou'))
    return n


def bm_case_strip_pred():
    n = 0
    for _ in range(20):
        n += len(TEXT.upper()) + len(TEXT.lower())
        n += TEXT.isascii() + TEXT.islower() + TEXT.isalpha()
        n += len((b'   ' + TEXT[:64 * KB] + b'  ').strip())
        n += TEXT.startswith(b'the') + TEXT.endswith(b'dog')
    return n


def bm_index_loop():
    b = DATA
    s = 0
    for _ in range(4):
        for i in range(len(b)):
            s += b[i]
    return s


def bm_iterate():
    s = 0
    for _ in range(4):
        for c in DATA:
            s += c
        for c in bytearray(DATA[:64 * KB]):
            s ^= c
    return s


def bm_bytearray_setitem():
    ba = bytearray(256 * KB)
    for _ in range(2):
        for i in range(len(ba)):
            ba[i] = i & 255
    return sum(ba[:1000])


def bm_decode_encode():
    n = 0
    for _ in range(20):
        n += len(TEXT.decode('ascii')) + len(TEXT.decode('utf-8')) + len(DATA.decode('latin-1'))
        s = UTEXT
        n += len(s.encode('utf-8')) + len(s.encode('latin-1', 'replace'))
        n += len(TEXT.decode('ascii').encode('ascii'))
    return n


def bm_int_bytes():
    n = 0
    for i in range(100000):
        b = (i * 7919).to_bytes(8, 'little')
        n += int.from_bytes(b, 'big') & 255
    big = int.from_bytes(DATA[:64 * KB], 'little')
    n += len(big.to_bytes(64 * KB, 'little'))
    return n


def bm_struct():
    if struct is None:
        return 0
    n = 0
    pk = struct.Struct('<IHd')
    for i in range(60000):
        b = struct.pack('<IHd', i, i & 0xffff, 1.5)
        a, c, d = pk.unpack(b)
        n += a + c
    buf = bytearray(12 * KB)
    for i in range(0, 12 * KB - 14, 14):
        pk.pack_into(buf, i, i, 7, 2.0)
    n += sum(x[0] for x in pk.iter_unpack(bytes(buf[:14 * 800])))
    return n


def bm_memoryview():
    m = memoryview(DATA)
    ba = bytearray(DATA)
    mb = memoryview(ba)
    n = 0
    for i in range(0, len(DATA) - 4096, 16):
        n += len(m[i:i + 4096]) + m[i] + len(bytes(m[i:i + 64]))
        mb[i:i + 4] = b'abcd'
    n += ba[256]
    return n


def bm_bytesio():
    n = 0
    chunk = DATA[:1000]
    for _ in range(100):
        f = io.BytesIO()
        for _ in range(256):
            f.write(chunk)
        f.seek(0)
        while True:
            b = f.read(777)
            if not b:
                break
            n += len(b)
        n += len(f.getvalue())
    return n


def bm_zlib_base64_binascii():
    n = 0
    for _ in range(5):
        if zlib is not None:
            z = zlib.compress(TEXT)
            n += len(zlib.decompress(z)) + zlib.crc32(DATA)
        if base64 is not None:
            n += len(base64.b64decode(base64.b64encode(DATA)))
        if binascii is not None:
            n += len(binascii.unhexlify(binascii.hexlify(DATA))) + binascii.crc32(DATA)
    return n


LOOPS = [(name[3:], fn) for name, fn in sorted(globals().items()) if name.startswith('bm_')]


def main(argv):
    only = argv[1].split(',') if len(argv) > 1 else None
    for name, fn in LOOPS:
        if only is not None and name not in only:
            continue
        t0 = time.process_time()
        result = fn()
        t1 = time.process_time()
        print('%s %.6f %s' % (name, t1 - t0, result))


main(sys.argv)
