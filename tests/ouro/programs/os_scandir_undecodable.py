# names with undecodable bytes: listdir/scandir/walk/rmtree see them as
# surrogate escapes, and scandir of such a directory (str or bytes) works
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
try:
    sub = os.path.join(os.fsencode(base), b"dir-\xff")
    os.mkdir(sub)
    open(os.path.join(sub, b"f\xfe"), "wb").close()
    os.mkdir(os.path.join(sub, b"inner"))
    name = os.fsdecode(sub)
    print(repr(os.path.basename(name)), sorted(os.listdir(name)))
    with os.scandir(name) as it:
        print(sorted((e.name, os.path.basename(os.path.dirname(e.path)), e.is_dir()) for e in it))
    with os.scandir(sub) as it:
        print(sorted((e.name, os.path.basename(os.path.dirname(e.path)), e.is_dir()) for e in it))
    for root, dirs, files in os.walk(base):
        print(repr(os.path.relpath(root, base)), sorted(dirs), sorted(files))
    # the other path functions get the same bytes
    f2 = os.path.join(name, "g\udcfd")
    with open(f2, "w") as fh:
        fh.write("x")
    os.rename(f2, f2 + "\udcfc")
    os.symlink("g\udcfd\udcfc", os.path.join(name, "ln\udcfb"))
    print(repr(os.readlink(os.path.join(name, "ln\udcfb"))), os.path.exists(os.path.join(name, "ln\udcfb")))
    os.chmod(f2 + "\udcfc", 0o600)
    os.utime(f2 + "\udcfc", ns=(10**9, 2 * 10**9))
    st = os.stat(f2 + "\udcfc")
    print(oct(st.st_mode & 0o777), st.st_mtime_ns, os.access(f2 + "\udcfc", os.R_OK))
    print(sorted(os.listdir(os.fsencode(name))))
    os.chdir(name)
    print(repr(os.path.basename(os.getcwd())), repr(os.path.basename(os.getcwdb())))
    os.chdir(base)
    shutil.rmtree(name)
    print(os.listdir(base))
finally:
    shutil.rmtree(base)
