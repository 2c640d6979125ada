"""The io class hierarchy: io.IOBase & co. (ABCs over _io), isinstance of the
concrete types, Python subclasses of StringIO/BytesIO/TextIOWrapper/FileIO,
a RawIOBase written in Python under BufferedReader and TextIOWrapper,
BufferedRWPair, IncrementalNewlineDecoder, text_encoding, open_code."""
import io
import os

print(io.DEFAULT_BUFFER_SIZE, io.UnsupportedOperation.__mro__[1:3])
for obj in [io.StringIO(), io.BytesIO()]:
    print(type(obj).__name__, isinstance(obj, io.IOBase), isinstance(obj, io.TextIOBase),
          isinstance(obj, io.BufferedIOBase), isinstance(obj, io.RawIOBase))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase),
      issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.BufferedRandom, io.IOBase))
print([c.__name__ for c in io.TextIOWrapper.__mro__])
print([c.__name__ for c in io.BytesIO.__mro__])


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("mixed", "Case", file=u)
u.note = "attribute"
print(repr(u.getvalue()), u.note, isinstance(u, io.StringIO), type(u).__name__)


class Counting(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.reads = 0

    def read(self, n=-1):
        self.reads += 1
        return super().read(n)


c = Counting(b"abc")
print(c.read(1), c.read(), c.reads)


class Chunks(io.RawIOBase):
    """A raw stream giving its data in small pieces."""

    def __init__(self, data, piece):
        self.data = data
        self.pos = 0
        self.piece = piece

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), self.piece, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


r = Chunks(b"first\nsecond\nthird", 4)
print(r.read(3), r.read(), r.read(), r.readable(), r.writable(), r.closed)
br = io.BufferedReader(Chunks(b"first\nsecond\nthird", 3), buffer_size=5)
print(br.readline(), br.read(4), br.read(), br.raw.pos)
tw = io.TextIOWrapper(io.BufferedReader(Chunks("héllo\nwörld\n".encode(), 2)), encoding="utf-8")
print(tw.readlines())
with Chunks(b"x", 1) as r:
    print(r.closed)
print(r.closed)


class Sink(io.RawIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)


sink = Sink()
bw = io.BufferedWriter(sink, buffer_size=8)
bw.write(b"abc")
print(sink.parts)
bw.write(b"defghijk")
print(sink.parts)
bw.flush()
print(sink.parts)
tw = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding="utf-8", line_buffering=True)
tw.write("no newline")
print(tw.buffer.raw.parts)
tw.write(" now\n")
print(tw.buffer.raw.parts)

pair = io.BufferedRWPair(io.BytesIO(b"incoming"), Sink())
print(pair.read(2), pair.peek(1)[:1], pair.readable(), pair.writable())
pair.write(b"out")
pair.flush()
print(pair.closed)

dec = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(dec.decode("a\r")), repr(dec.decode("\nb\r")), repr(dec.decode("", final=True)),
      dec.newlines, dec.getstate())
dec.reset()
print(dec.newlines, repr(dec.decode("x\ny\r\n", final=True)), dec.newlines)
dec = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(dec.decode("1\r\n2\r3\n", final=True)), dec.newlines)

print(io.text_encoding(None), io.text_encoding("latin-1"))

BASE = "/tmp/ouro-test-io_classes-%d" % os.getpid()
os.mkdir(BASE)
p = os.path.join(BASE, "f.bin")
with open(p, "wb") as f:
    f.write(b"code")
with io.open_code(p) as f:
    print(type(f).__name__, f.read())


class MyFile(io.FileIO):
    pass


with MyFile(p) as f:
    print(type(f).__name__, f.read(), f.mode, f.name == p)
with io.FileIO(p, "r") as raw:
    with io.BufferedReader(raw) as b:
        print(b.read(2), b.raw is raw)
    print(raw.closed)


class Logged(io.TextIOWrapper):
    def write(self, s):
        return super().write("[" + s + "]")


with Logged(open(p, "wb"), encoding="ascii") as f:
    f.write("x")
with open(p) as f:
    print(f.read())
t = open(p)
b = t.detach()
print(type(b).__name__, b.read())
b.close()
os.remove(p)
os.rmdir(BASE)
