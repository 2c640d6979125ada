"""mmap with the rest of the library: struct.unpack_from/pack_into,
hashlib, zlib, bytes.join, io (readinto, also refused by a read-only
map), memoryview casts and slices, reversed/sorted/max (the sequence
protocol's 1-byte bytes), os.write, array and bytearray from a map."""
import hashlib
import io
import mmap
import os
import struct
import tempfile
import zlib

d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
with open(p, 'wb') as f:
    f.write(bytes(range(64)))
f = open(p, 'r+b')
m = mmap.mmap(f.fileno(), 0)


def t(label, fn):
    try:
        r = fn()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


t('unpack_from', lambda: struct.unpack_from('<IH', m, 4))
t('pack_into', lambda: (struct.pack_into('<I', m, 0, 0xdeadbeef), m[:4]))
t('sha', lambda: hashlib.sha256(m).hexdigest()[:16])
t('crc', lambda: zlib.crc32(m))
t('join', lambda: b''.join([m[:2], m])[:4])
t('frombytes', lambda: int.from_bytes(m[:4], 'little'))
t('eq', lambda: m == m[:])
t('bio', lambda: io.BytesIO(m).read(3))
g = open(p, 'rb')
t('readinto', lambda: (g.readinto(m), m[:4]))
r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
g.seek(0)
t('readinto ro', lambda: g.readinto(r))
t('pack_into ro', lambda: struct.pack_into('<I', r, 0, 1))
t('mv cast', lambda: memoryview(m).cast('I')[0])
t('mv ro set', lambda: memoryview(r).__setitem__(0, 1))
t('mv slice set', lambda: (memoryview(m).__setitem__(slice(0, 2), b'zz'), m[:3]))
t('bytes.find', lambda: bytes(m).find(b'zz'))
t('decode', lambda: m[:2].decode())
t('str', lambda: str(m)[:20])
t('bool', lambda: bool(m))
t('reversed', lambda: list(reversed(m))[:2])
t('sorted', lambda: sorted(m)[:2])
t('enum', lambda: next(iter(m)))
t('max', lambda: max(m))
t('os.write', lambda: os.write(os.open(os.devnull, os.O_WRONLY), m))
t('array frombytes', lambda: __import__('array').array('B', m)[:3].tolist())
t('bytearray', lambda: bytearray(m)[:3])
t('memoryview.tolist', lambda: memoryview(m)[:3].tolist())
t('codecs', lambda: __import__('codecs').decode(m[:2], 'latin-1'))
t('ne', lambda: m != 1)
t('hash', lambda: type(hash(m)))
t('in', lambda: m[:2] in m)
t('getattr', lambda: m.nonexistent)
m.close()
r.close()
g.close()
f.close()
