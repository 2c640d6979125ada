import os
import shutil
import glob
import tempfile
import pathlib
import io
import json
import csv

root = tempfile.mkdtemp(prefix="ouro_fp_")
try:
    base = pathlib.Path(root)
    (base / "data").mkdir()
    (base / "data" / "sub").mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(["a.txt", "b.log", "c.txt", "sub/d.txt"]):
        p = base / "data" / name
        p.write_text("".join(f"line {j} of {name}\n" for j in range(i + 1)), encoding="utf-8")
    print(sorted(p.relative_to(base).as_posix() for p in base.rglob("*.txt")))
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(root, "data", "*"))))
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        print(os.path.relpath(dirpath, root), sorted(dirnames), sorted(filenames))
    f = base / "data" / "c.txt"
    print(f.read_text().splitlines(), f.stat().st_size, f.suffix, f.stem, f.exists(), (base / "nope").exists())
    with open(f, "a") as fh:
        n = fh.write("appended\n")
        print("wrote", n)
    with open(f) as fh:
        for lineno, line in enumerate(fh, 1):
            print(lineno, repr(line))
    with open(f, "rb") as fh:
        data = fh.read()
        print(type(data).__name__, len(data), data[:10])
        fh.seek(5)
        print(fh.read(4), fh.tell())
    with open(f, "r+") as fh:
        fh.seek(0, io.SEEK_END)
        print("end at", fh.tell())
    shutil.copy(f, base / "copy.txt")
    shutil.move(str(base / "copy.txt"), str(base / "moved.txt"))
    print(sorted(os.listdir(root)), (base / "moved.txt").read_bytes() == data)
    rec = [{"id": 1, "tags": ["x"]}, {"id": 2, "tags": []}]
    with open(base / "out.json", "w") as fh:
        json.dump(rec, fh, indent=1)
    with open(base / "out.json") as fh:
        print(json.load(fh) == rec, (base / "out.json").read_text().count("\n"))
    with open(base / "t.csv", "w", newline="") as fh:
        csv.writer(fh).writerows([["a", "b"], [1, "x,y"]])
    with open(base / "t.csv", newline="") as fh:
        print(list(csv.reader(fh)))
    with open(base / "u.txt", "w", encoding="utf-8") as fh:
        print("héllo wörld", file=fh)
        fh.writelines(["α\n", "β\n"])
    print((base / "u.txt").read_bytes(), (base / "u.txt").read_text(encoding="utf-8").split())
    try:
        open(base / "missing.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.mkdir(base / "data")
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    try:
        (base / "data").rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        with open(base / "u.txt", encoding="ascii") as fh:
            fh.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    with open(base / "u.txt", encoding="ascii", errors="replace") as fh:
        print(repr(fh.readline()))
    fh = open(base / "u.txt")
    print(fh.closed, fh.name == str(base / "u.txt"), fh.mode, fh.encoding)
    fh.close()
    print(fh.closed)
    try:
        fh.read()
    except ValueError as e:
        print("ValueError:", e)
    s = io.StringIO("x\ny\n")
    print(s.readlines(), s.read(), s.tell())
    b = io.BytesIO()
    b.write(b"abc")
    print(b.getvalue(), b.seek(0), b.read(2))
finally:
    shutil.rmtree(root)
print(os.path.exists(root))
