"""open(): text and binary files, modes, buffering, seek/tell, iteration,
universal newlines, encodings and errors, append/exclusive modes, large
files crossing the buffer and chunk sizes."""
import os

BASE = "/tmp/ouro-test-io_files-%d" % os.getpid()
os.mkdir(BASE)


def path(name):
    return os.path.join(BASE, name)


# write and read back text
with open(path("a.txt"), "w") as f:
    print(type(f).__name__, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
    n = f.write("first line\nsecond line\n")
    print("wrote", n)
    f.writelines(["third\n", "fourth"])
    print("tell after writes", f.tell())
print("closed after with:", f.closed)
with open(path("a.txt")) as f:
    print(repr(f.read()))
with open(path("a.txt")) as f:
    print(f.readline(), end="")
    print(repr(f.readline(3)), repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path("a.txt")) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path("a.txt")) as f:
    print([len(x) for x in (f.read(5), f.read(0), f.read(100), f.read(10))])

# binary
with open(path("b.bin"), "wb") as f:
    print(type(f).__name__, f.mode, f.name == path("b.bin"))
    f.write(bytes(range(256)))
    f.write(bytearray(b"tail"))
with open(path("b.bin"), "rb") as f:
    data = f.read()
    print(len(data), data[:4], data[-6:])
    f.seek(10)
    print(f.read(3), f.tell())
    f.seek(-4, 2)
    print(f.read(), f.tell())
    f.seek(0)
    print(f.read1(5), f.peek(2)[:2], f.readline()[:3])
    f.seek(250)
    buf = bytearray(8)
    print(f.readinto(buf), buf)
    print(f.seekable(), f.readable(), f.writable(), f.isatty())
with open(path("b.bin"), "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(4), f.readall()[-4:])

# r+ / w+ / a / x
with open(path("c.txt"), "w+") as f:
    f.write("hello world\n")
    f.seek(0)
    print(repr(f.read()))
    f.seek(6)
    f.write("there")
    f.seek(0)
    print(repr(f.read()))
with open(path("c.txt"), "a") as f:
    print("append starts at", f.tell())
    f.write("more\n")
with open(path("c.txt"), "r+") as f:
    print(repr(f.read()))
    f.seek(0)
    f.write("J")
    f.seek(0, 2)
    f.write("end\n")
with open(path("c.txt")) as f:
    print(repr(f.read()))
try:
    open(path("c.txt"), "x")
except FileExistsError as e:
    print("x mode:", type(e).__name__, e.errno)
with open(path("d.txt"), "x") as f:
    f.write("new")
with open(path("d.txt"), "rb+") as f:
    print(f.read(), type(f).__name__)
    f.seek(1)
    f.write(b"E")
    f.truncate(2)
    f.seek(0)
    print(f.read())

# newlines
with open(path("nl.txt"), "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rend")
with open(path("nl.txt")) as f:
    print(f.readlines(), f.newlines)
with open(path("nl.txt"), newline="") as f:
    print(f.readlines(), f.newlines)
with open(path("nl.txt"), newline="\r") as f:
    print(f.readlines(), f.newlines)
with open(path("nl.txt"), newline="\r\n") as f:
    print(f.readlines())
with open(path("nl.txt"), newline="\n") as f:
    print(f.readlines())
with open(path("nlw.txt"), "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path("nlw.txt"), "rb") as f:
    print(f.read())
with open(path("nlw.txt"), "w", newline="") as f:
    f.write("a\r\nb\n")
with open(path("nlw.txt"), "rb") as f:
    print(f.read())

# tell/seek in text mode
with open(path("t.txt"), "w", encoding="utf-8") as f:
    f.write("ab\ncé\r\n€uro\n𝄞 clef\n")
with open(path("t.txt"), encoding="utf-8") as f:
    positions = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        positions.append((pos, line))
    print(positions)
    f.seek(positions[2][0])
    print(repr(f.readline()), f.tell())
    f.seek(0)
    print(repr(f.read(4)), f.tell(), repr(f.read(3)), f.tell())
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))

# encodings and errors
with open(path("l1.txt"), "w", encoding="latin-1") as f:
    f.write("café ÿ\n")
with open(path("l1.txt"), "rb") as f:
    print(f.read())
with open(path("l1.txt"), encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
try:
    with open(path("l1.txt"), encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(path("l1.txt"), encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(path("l1.txt"), encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))
with open(path("l1.txt"), errors="surrogateescape") as f:
    s = f.read()
    print(repr(s))
try:
    with open(path("e.txt"), "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open(path("e.txt"), "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("naïve\n")
with open(path("e.txt")) as f:
    print(repr(f.read()))

# large files: many chunks, multi-byte characters across chunk boundaries
text = "".join("line %d: %s\n" % (i, "é€𝄞x" * (i % 7)) for i in range(3000))
with open(path("big.txt"), "w") as f:
    for line in text.splitlines(keepends=True):
        f.write(line)
print("size", os.path.getsize(path("big.txt")), len(text.encode()))
with open(path("big.txt")) as f:
    back = f.read()
print("equal", back == text)
with open(path("big.txt")) as f:
    count = 0
    total = 0
    for line in f:
        count += 1
        total += len(line)
    print(count, total, len(text))
with open(path("big.txt")) as f:
    pieces = []
    while True:
        piece = f.read(777)
        if not piece:
            break
        pieces.append(piece)
    print(len(pieces), "".join(pieces) == text)
with open(path("big.txt")) as f:
    f.readline()
    for _ in range(1234):
        f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(f.readline() == rest.splitlines(keepends=True)[0], pos == len("".join(text.splitlines(keepends=True)[:1235]).encode()))
with open(path("big.bin"), "wb") as f:
    for i in range(100):
        f.write(bytes([i]) * 1000)
with open(path("big.bin"), "rb") as f:
    print(len(f.read(50000)), f.tell(), len(f.read()), f.tell())

# print to a file
with open(path("p.txt"), "w") as f:
    print("printed", 1, 2.5, file=f)
    print("sep", "end", sep="-", end="!\n", file=f)
with open(path("p.txt")) as f:
    print(repr(f.read()))

# flushing
f = open(path("fl.txt"), "w")
f.write("pending")
with open(path("fl.txt")) as g:
    before = g.read()
f.flush()
with open(path("fl.txt")) as g:
    after = g.read()
f.close()
print("after flush:", repr(after))

for name in sorted(os.listdir(BASE)):
    os.remove(path(name))
os.rmdir(BASE)
print("cleaned", os.path.exists(BASE))
