"""bz2 files: bz2.open in binary and text modes (encodings, newlines,
append giving a multi-stream file), BZ2File reading with seek/peek/
readline, reading a truncated file, tarfile 'w:bz2'/'r:bz2', zipfile's
ZIP_BZIP2 and shutil's 'bztar' archives."""
import bz2
import io
import os
import shutil
import tarfile
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bz2")
    lines = ["line %d: caf\u00e9 \u20ac %s\n" % (i, "x" * (i % 17)) for i in range(3000)]
    with bz2.open(path, "wt", encoding="utf-8") as f:
        for line in lines:
            f.write(line)
    with bz2.open(path, "rt", encoding="utf-8") as f:
        back = f.readlines()
    print(len(back), back == lines, back[7])
    with bz2.open(path, "at", encoding="utf-8", newline="\r\n") as f:
        f.write("appended\nsecond stream\n")
    with bz2.open(path, "rb") as f:
        raw = f.read()
    print(len(raw), raw[-30:])
    with bz2.open(path, "rt", encoding="utf-8", newline="") as f:
        print(f.readlines()[-2:])

    with bz2.BZ2File(path, "wb", compresslevel=1) as f:
        print(f.write(b"0123456789" * 100000), f.writable(), f.readable())
    print(os.path.getsize(path))
    with bz2.BZ2File(path) as f:
        print(f.read(5), f.peek(3)[:3], f.tell())
        f.seek(500000)
        print(f.read(12), f.tell())
        f.seek(-5, io.SEEK_CUR)
        print(f.read(7))
        f.seek(0)
        print(f.readline()[:15], len(f.read()))
    with open(path, "rb") as f:
        whole = f.read()
    with open(path, "wb") as f:
        f.write(whole[:len(whole) // 2])
    try:
        with bz2.open(path) as f:
            f.read()
    except EOFError as e:
        print("EOFError", e)
    with open(path, "wb") as f:
        f.write(b"not a bz2 file")
    try:
        with bz2.open(path) as f:
            f.read()
    except OSError as e:
        print("OSError", e)

    buf = io.BytesIO()
    with bz2.BZ2File(buf, "w") as f:
        f.write(b"in memory")
    with bz2.BZ2File(io.BytesIO(buf.getvalue() * 3)) as f:
        print(f.read())

    src = os.path.join(tmp, "tree")
    os.makedirs(os.path.join(src, "sub"))
    for i, name in enumerate(["a.txt", "b.bin", "sub/c.txt"]):
        with open(os.path.join(src, name), "wb") as f:
            f.write(bytes(range(256)) * (i * 40 + 1))
    tpath = os.path.join(tmp, "t.tar.bz2")
    with tarfile.open(tpath, "w:bz2") as tf:
        tf.add(src, arcname="tree")
    with tarfile.open(tpath, "r:bz2") as tf:
        for m in tf.getmembers():
            data = tf.extractfile(m).read() if m.isfile() else b""
            print(m.name, m.isdir(), len(data))
    with tarfile.open(tpath) as tf:
        print(len(tf.getnames()))

    zpath = os.path.join(tmp, "z.zip")
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_BZIP2) as zf:
        zf.writestr("one.txt", "hello " * 1000)
        zf.writestr("two.txt", b"")
    with zipfile.ZipFile(zpath) as zf:
        for info in zf.infolist():
            print(info.filename, info.compress_type, info.file_size, len(zf.read(info)))
        print(zf.testzip())

    archive = shutil.make_archive(os.path.join(tmp, "arch"), "bztar", src)
    print(os.path.basename(archive))
    out = os.path.join(tmp, "out")
    shutil.unpack_archive(archive, out)
    print(sorted(os.listdir(out)), os.path.getsize(os.path.join(out, "sub", "c.txt")))
