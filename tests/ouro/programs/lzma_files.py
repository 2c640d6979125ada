"""lzma files: lzma.open in binary and text modes (xz and alone formats,
append giving a multi-stream file, a raw file with its filter chain),
LZMAFile reading with seek/peek/readline, reading truncated and corrupt
files, tarfile 'w:xz'/'r:xz', zipfile's ZIP_LZMA and shutil's 'xztar'
archives."""
import io
import lzma
import os
import shutil
import tarfile
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.xz")
    lines = ["line %d: caf\u00e9 \u20ac %s\n" % (i, "x" * (i % 17)) for i in range(3000)]
    with lzma.open(path, "wt", encoding="utf-8") as f:
        for line in lines:
            f.write(line)
    with lzma.open(path, "rt", encoding="utf-8") as f:
        back = f.readlines()
    print(len(back), back == lines, back[7])
    with lzma.open(path, "at", encoding="utf-8", newline="\r\n", check=lzma.CHECK_SHA256) as f:
        f.write("appended\nsecond stream\n")
    with lzma.open(path, "rb") as f:
        raw = f.read()
    print(len(raw), raw[-30:])
    with lzma.open(path, "rt", encoding="utf-8", newline="") as f:
        print(f.readlines()[-2:])

    with lzma.LZMAFile(path, "wb", format=lzma.FORMAT_ALONE, preset=1) as f:
        print(f.write(b"0123456789" * 100000), f.writable(), f.readable())
    print(os.path.getsize(path))
    with lzma.LZMAFile(path) as f:
        print(f.read(5), f.peek(3)[:3], f.tell())
        f.seek(500000)
        print(f.read(12), f.tell())
        f.seek(-5, io.SEEK_CUR)
        print(f.read(7))
        f.seek(0)
        print(f.readline()[:15], len(f.read()))
    chain = [{"id": lzma.FILTER_DELTA, "dist": 2}, {"id": lzma.FILTER_LZMA2, "preset": 3}]
    with lzma.open(path, "wb", format=lzma.FORMAT_RAW, filters=chain) as f:
        f.write(bytes(range(200)) * 500)
    with lzma.open(path, "rb", format=lzma.FORMAT_RAW, filters=chain) as f:
        print(f.read() == bytes(range(200)) * 500)
    with lzma.open(path, "wb") as f:
        f.write(b"abc" * 100000)
    with open(path, "rb") as f:
        whole = f.read()
    with open(path, "wb") as f:
        f.write(whole[:len(whole) // 2])
    try:
        with lzma.open(path) as f:
            f.read()
    except EOFError as e:
        print("EOFError", e)
    with open(path, "wb") as f:
        f.write(b"not an xz file")
    try:
        with lzma.open(path) as f:
            f.read()
    except lzma.LZMAError as e:
        print("LZMAError", e)

    buf = io.BytesIO()
    with lzma.LZMAFile(buf, "w") as f:
        f.write(b"in memory")
    with lzma.LZMAFile(io.BytesIO(buf.getvalue() * 3)) as f:
        print(f.read())

    src = os.path.join(tmp, "tree")
    os.makedirs(os.path.join(src, "sub"))
    for i, name in enumerate(["a.txt", "b.bin", "sub/c.txt"]):
        with open(os.path.join(src, name), "wb") as f:
            f.write(bytes(range(256)) * (i * 40 + 1))
    tpath = os.path.join(tmp, "t.tar.xz")
    with tarfile.open(tpath, "w:xz", preset=1) as tf:
        tf.add(src, arcname="tree")
    with tarfile.open(tpath, "r:xz") as tf:
        for m in tf.getmembers():
            data = tf.extractfile(m).read() if m.isfile() else b""
            print(m.name, m.isdir(), len(data))
    with tarfile.open(tpath) as tf:
        print(len(tf.getnames()))

    zpath = os.path.join(tmp, "z.zip")
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_LZMA) as zf:
        zf.writestr("one.txt", "hello " * 1000)
        zf.writestr("two.txt", b"")
    with zipfile.ZipFile(zpath) as zf:
        for info in zf.infolist():
            print(info.filename, info.compress_type, info.file_size, len(zf.read(info)))
        print(zf.testzip())

    archive = shutil.make_archive(os.path.join(tmp, "arch"), "xztar", src)
    print(os.path.basename(archive))
    out = os.path.join(tmp, "out")
    shutil.unpack_archive(archive, out)
    print(sorted(os.listdir(out)), os.path.getsize(os.path.join(out, "sub", "c.txt")))
