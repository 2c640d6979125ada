"""os.chown, lchown and fchown: to the owner the file already has, with
-1 (and 2**32-1, the same uid_t) for "unchanged", following symlinks or
not, on a descriptor; the argument checks (CPython's odd OverflowError
wording) and the OSError of a missing file."""
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "f")
    with open(path, "w") as f:
        f.write("x")
    link = os.path.join(tmp, "l")
    os.symlink(path, link)
    st = os.stat(path)
    uid, gid = st.st_uid, st.st_gid
    os.chown(path, uid, gid)
    os.chown(path, -1, -1)
    os.chown(path, 2 ** 32 - 1, gid)
    os.chown(link, uid, -1, follow_symlinks=False)
    os.lchown(link, -1, gid)
    fd = os.open(path, os.O_RDONLY)
    os.fchown(fd, uid, gid)
    os.chown(fd, -1, -1)
    os.close(fd)
    print(os.stat(path).st_uid == uid, os.stat(path).st_gid == gid)
    for args in [(2 ** 32, -1), (-2, -1), (2 ** 63, -1), (-1, 2 ** 64), (-2 ** 70, -1),
                 ("0", -1), (-1, 1.5)]:
        try:
            os.chown(path, *args)
        except (OverflowError, TypeError) as e:
            print(args, type(e).__name__, e)
    for f, a in [(os.chown, os.path.join(tmp, "missing")), (os.lchown, os.path.join(tmp, "nope"))]:
        try:
            f(a, -1, -1)
        except OSError as e:
            print(type(e).__name__, e.errno, os.path.basename(e.filename))
    try:
        os.fchown(9999, -1, -1)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
