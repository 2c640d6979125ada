"""The standard library's users of os.sendfile, which they take once it
exists: shutil.copyfile/copy2 (the Linux fast path), socket.sendfile
over a socketpair (blocking and with a timeout), and their errors."""
import os
import shutil
import socket
import tempfile
import threading

d = tempfile.mkdtemp()
src = os.path.join(d, "src")
data = bytes(range(256)) * 5000 + b"tail"
with open(src, "wb") as f:
    f.write(data)
dst = shutil.copyfile(src, os.path.join(d, "dst"))
with open(dst, "rb") as f:
    print(os.path.basename(dst), f.read() == data)
shutil.copy2(src, os.path.join(d, "dst2"))
print(os.path.getsize(os.path.join(d, "dst2")) == len(data))
with open(os.path.join(d, "empty"), "wb"):
    pass
shutil.copyfile(os.path.join(d, "empty"), os.path.join(d, "empty2"))
print(os.path.getsize(os.path.join(d, "empty2")))
try:
    shutil.copyfile(os.path.join(d, "missing"), os.path.join(d, "x"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, os.path.basename(e.filename))
try:
    shutil.copyfile(src, os.path.join(d, "nodir", "x"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, os.path.basename(e.filename))


def receive(sock, out):
    chunks = []
    while True:
        b = sock.recv(65536)
        if not b:
            break
        chunks.append(b)
    out.append(b"".join(chunks))


for timeout in (None, 5.0):
    a, b = socket.socketpair()
    a.settimeout(timeout)
    out = []
    t = threading.Thread(target=receive, args=(b, out))
    t.start()
    with open(src, "rb") as f:
        sent = a.sendfile(f)
        print("sendfile", timeout, sent == len(data), f.tell() == len(data))
    a.close()
    t.join()
    b.close()
    print(out[0] == data)
a, b = socket.socketpair()
out = []
t = threading.Thread(target=receive, args=(b, out))
t.start()
with open(src, "rb") as f:
    print(a.sendfile(f, offset=10, count=100), f.tell())
a.close()
t.join()
b.close()
print(out[0] == data[10:110])
for name in os.listdir(d):
    os.unlink(os.path.join(d, name))
os.rmdir(d)
