"""filecmp (cmp, cmpfiles, dircmp reports) and fileinput over several
files with inplace editing."""
import filecmp
import fileinput
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    a = os.path.join(d, "a")
    b = os.path.join(d, "b")
    for root in (a, b):
        os.makedirs(os.path.join(root, "sub"))
    def write(path, text):
        with open(path, "w") as f:
            f.write(text)
    write(os.path.join(a, "same.txt"), "hello\n")
    write(os.path.join(b, "same.txt"), "hello\n")
    write(os.path.join(a, "diff.txt"), "one\n")
    write(os.path.join(b, "diff.txt"), "two\n")
    write(os.path.join(a, "only_a.txt"), "a\n")
    write(os.path.join(b, "only_b.txt"), "b\n")
    write(os.path.join(a, "sub", "x.txt"), "x\n")
    write(os.path.join(b, "sub", "x.txt"), "y\n")
    print(filecmp.cmp(os.path.join(a, "same.txt"), os.path.join(b, "same.txt")))
    print(filecmp.cmp(os.path.join(a, "diff.txt"), os.path.join(b, "diff.txt"), shallow=False))
    print(filecmp.cmpfiles(a, b, ["same.txt", "diff.txt", "missing.txt"]))
    dc = filecmp.dircmp(a, b)
    print(dc.left_only, dc.right_only, dc.common_dirs, sorted(dc.common_files))
    print(dc.same_files, dc.diff_files, dc.funny_files)
    print(sorted(dc.subdirs), dc.subdirs["sub"].diff_files)
    import io, contextlib
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        dc.report_full_closure()
    print(buf.getvalue().replace(d, "TMP"))
    filecmp.clear_cache()

    files = [os.path.join(d, "f%d.txt" % i) for i in range(3)]
    for i, p in enumerate(files):
        write(p, "".join("file%d line%d\n" % (i, j) for j in range(i + 1)))
    with fileinput.input(files) as fi:
        for line in fi:
            print(os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline(), line.rstrip())
    with fileinput.input(files, inplace=True, backup=".bak") as fi:
        for line in fi:
            sys.stdout.write(line.upper())
    print(open(files[2]).read(), sorted(os.listdir(d)))
    with fileinput.input(files[1:], mode="rb") as fi:
        print(list(fi))
    try:
        fileinput.input(files, mode="w")
    except ValueError as e:
        print("ValueError:", e)
    try:
        with fileinput.input([os.path.join(d, "nope.txt")]) as fi:
            list(fi)
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror, os.path.basename(e.filename))
