"""mmap: mapping files and anonymous memory; reading, writing, searching,
slicing (extended slices too), resizing, offsets, access modes, the
sequence and buffer protocols (memoryview, bytes, re over a map), the
context manager and a subclass."""
import mmap
import os
import re
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'data')
with open(p, 'wb') as f:
    f.write(b'first line\nsecond line\nthird line without newline')

print(sorted(n for n in dir(mmap) if not n.startswith('_')))
print(mmap.PAGESIZE == mmap.ALLOCATIONGRANULARITY, mmap.PAGESIZE % 4096)
print(mmap.ACCESS_DEFAULT, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY)
print(mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.PROT_READ, mmap.PROT_WRITE, mmap.MADV_DONTNEED)
print(mmap.mmap.__module__, mmap.mmap.__name__, mmap.mmap.__qualname__)
print(sorted(n for n in dir(mmap.mmap) if not n.startswith('__') or n in (
    '__enter__', '__exit__', '__getitem__', '__len__')))

with open(p, 'r+b') as f:
    m = mmap.mmap(f.fileno(), 0)
print(repr(m))
print(len(m), m.size(), m.tell())
print(m.readline(), m.tell())
print(m.read(6), m.read_byte(), m.tell())
print(m.readline())
print(m.read())
print(m.read(), m.readline())
m.seek(0)
print(m.find(b'line'), m.find(b'line', 5), m.find(b'line', 5, 20), m.find(b'zzz'))
print(m.rfind(b'line'), m.rfind(b'line', 0, 20), m.rfind(b'line', -30))
print(m.find(memoryview(b'second')), m.find(bytearray(b'third')))
print(m[0], m[-1], m[:5], m[6:10], m[::7], m[::-9], m[100:], m[-3:])
m[0] = ord('F')
m[1:5] = b'IRST'
m[::10] = b'*****'
print(m[:])
m.seek(0, 2)
print(m.tell())
m.seek(-7, 2)
print(m.read())
m.seek(0)
print(m.write(b'12'), m.tell())
m.write_byte(ord('3'))
print(m[:5], m.tell())
m.move(0, 11, 6)
print(m[:12])
m.flush()
m.flush(0, mmap.PAGESIZE if len(m) >= mmap.PAGESIZE else len(m))
print(m.madvise(mmap.MADV_NORMAL), m.madvise(mmap.MADV_SEQUENTIAL, 0, 4))

# the buffer protocol
print(bytes(m)[:12], bytearray(m)[:3])
mv = memoryview(m)
print(mv.readonly, mv.nbytes, mv.format, mv[0], mv[2:5].tobytes())
mv[0] = ord('Z')
print(m[0])
mv.release()
print(re.search(rb'(\w+)\*', m).group(1), re.findall(rb'line', m))
print([x.start() for x in re.finditer(rb'e', m)][:4])

# the sequence protocol: items of an iteration are bytes of length 1
print(list(m)[:3], b'Z' in m, ord('Z') in m)

# resizing grows the file
m.resize(100)
print(len(m), m.size(), os.path.getsize(p), m[-3:])
m[-1] = 33
m.close()
with open(p, 'rb') as f:
    data = f.read()
print(len(data), data[:12], data[-2:])
print(repr(m), m.closed)

# read-only and copy-on-write maps
with open(p, 'rb') as f:
    r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
print(repr(r), r[:5], memoryview(r).readonly)
r.close()
with open(p, 'r+b') as f:
    c = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
    c[:5] = b'xxxxx'
    print(c[:5])
    c.close()
    print(f.read(5))
    w = mmap.mmap(f.fileno(), 10, access=mmap.ACCESS_WRITE)
    w[:2] = b'WW'
    w.close()
    with open(p, 'rb') as g:
        print(g.read(5))
    pm = mmap.mmap(f.fileno(), 10, flags=mmap.MAP_PRIVATE)
    pm[:2] = b'pp'
    print(repr(pm), pm[:3])
    pm.close()
    with open(p, 'rb') as g:
        print(g.read(3))

# an offset: a multiple of ALLOCATIONGRANULARITY
big = os.path.join(d, 'big')
with open(big, 'wb') as f:
    f.write(b'a' * mmap.ALLOCATIONGRANULARITY + b'tail of the file')
with open(big, 'r+b') as f:
    o = mmap.mmap(f.fileno(), 0, offset=mmap.ALLOCATIONGRANULARITY)
    print(repr(o).replace(str(mmap.ALLOCATIONGRANULARITY), 'G'), o[:])
    o.resize(8)
    print(len(o), o[:])
    o.close()
print(os.path.getsize(big) - mmap.ALLOCATIONGRANULARITY)

# anonymous memory, the context manager, shared between forks
with mmap.mmap(-1, 16) as a:
    print(a[:], a.closed, repr(a))
    a.write(b'anonymous')
    a.resize(32)
    print(len(a), a[:12])
    pid = os.fork()
    if pid == 0:
        a[0:4] = b'KIDS'
        os._exit(0)
    os.waitpid(pid, 0)
    print(a[:9])
print(a.closed)

# a subclass
class MyMap(mmap.mmap):
    def first(self):
        return self[0]


s = MyMap(-1, 4)
s[0] = 7
s.note = 'has a dict'
print(type(s).__name__, s.first(), s.note, repr(s), isinstance(s, mmap.mmap))
s.close()
