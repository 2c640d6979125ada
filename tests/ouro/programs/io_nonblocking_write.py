"""Buffered writes to a non-blocking raw stream: BlockingIOError(EAGAIN,
msg, characters_written) tells how much of the data was taken (written
or buffered), the rest being the caller's; nothing is lost or written
twice.  And BlockingIOError's characters_written attribute itself."""
import errno
import io
import os

# the exception
e = BlockingIOError(errno.EAGAIN, "msg", 5)
print(e.args, str(e), e.characters_written, e.filename, e.errno, e.strerror)
e.characters_written = 7
print(e.characters_written, e.args)
del e.characters_written
for op in ("get", "del"):
    try:
        if op == "get":
            e.characters_written
        else:
            del e.characters_written
    except AttributeError as x:
        print(op, type(x).__name__, x)
for e in (BlockingIOError(11, "m"), BlockingIOError(11, "m", "name"), OSError(11, "m", 3),
          BlockingIOError("just a message"), BlockingIOError(11, "m", True)):
    print(type(e).__name__, e.args, str(e), repr(e.filename),
          getattr(e, "characters_written", "no characters_written"))
try:
    e.characters_written = "x"
except TypeError as x:
    print(type(x).__name__, x)


class NonBlockRaw(io.RawIOBase):
    """Takes at most `room` bytes, then would block (write returns None)."""

    def __init__(self):
        self.room = 0
        self.got = []

    def writable(self):
        return True

    def write(self, b):
        if self.room == 0:
            return None
        n = min(len(b), self.room)
        self.got.append(bytes(b[:n]))
        self.room -= n
        return n


def attempt(f, data):
    try:
        n = f.write(data)
        print("  wrote", n)
        return n
    except BlockingIOError as e:
        # (args[0] is the C errno of the moment: EAGAIN only for a real descriptor)
        print("  blocked:", e.args[1:], e.characters_written)
        return e.characters_written


for size in (8, 16):
    print("buffer", size)
    raw = NonBlockRaw()
    f = io.BufferedWriter(raw, size)
    sent = []
    for chunk, room in ((b"abcd", 0), (b"efghi", 0), (b"jklmn", 6), (b"opqrwxyz0123456789", 3),
                        (b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", 100), (b"0123456789" * 5, 7)):
        raw.room = room
        n = attempt(f, chunk)
        sent.append(chunk[:n])
    while True:
        raw.room = 5
        try:
            f.flush()
            break
        except BlockingIOError as e:
            print("  flush blocked:", e.characters_written)
    print("  all once, in order:", b"".join(raw.got) == b"".join(sent))

# a real non-blocking pipe (CPython's test_nonblock_pipe_write)
for bufsize in (16, None):
    r, w = os.pipe()
    os.set_blocking(r, False)
    os.set_blocking(w, False)
    rf = open(r, "rb", buffering=bufsize or -1)
    wf = open(w, "wb", buffering=bufsize or -1)
    sent = []
    received = []
    blocked = 0
    for n in (9999, 73, 7574):
        i = 0
        try:
            while True:
                msg = bytes([i % 26 + 97]) * n
                sent.append(msg)
                wf.write(msg)
                i += 1
        except BlockingIOError as e:
            blocked += 1
            ok = e.args[0] == errno.EAGAIN and e.args[2] == e.characters_written
            sent[-1] = sent[-1][:e.characters_written]
            received.append(rf.read())
            wf.write(b"BLOCKED")
            sent.append(b"BLOCKED")
    while True:
        try:
            wf.flush()
            break
        except BlockingIOError as e:
            received.append(rf.read())
    received += iter(rf.read, None)
    print("pipe", bufsize, "blocked", blocked, "args ok", ok,
          "same bytes", b"".join(sent) == b"".join(received))
    rf.close()
    wf.close()
