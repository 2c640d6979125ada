"""os and os.path on a scratch directory: makedirs, listdir, walk, stat,
rename/replace, remove/rmdir, exists/isdir/isfile/getsize, the errors
(FileNotFoundError, FileExistsError, NotADirectoryError...) with errno,
strerror and filename."""
import errno
import os
import stat

BASE = "/tmp/ouro-test-os_files-%d" % os.getpid()
os.makedirs(os.path.join(BASE, "a", "b"))
os.makedirs(os.path.join(BASE, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(BASE, "a"))
except FileExistsError as e:
    print("exists:", e.errno, e.strerror, e.filename == os.path.join(BASE, "a"))
for name in ["x.txt", "a/y.txt", "a/b/z.txt"]:
    fd = os.open(os.path.join(BASE, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print("wrote", os.write(fd, name.encode() * 3))
    os.close(fd)
for root, dirs, files in os.walk(BASE):
    dirs.sort()
    print(os.path.relpath(root, BASE), sorted(dirs), sorted(files))
for root, dirs, files in os.walk(BASE, topdown=False):
    print("bottom-up", os.path.relpath(root, BASE))
print(sorted(os.listdir(BASE)), sorted(os.listdir(os.fsencode(BASE))))
x = os.path.join(BASE, "x.txt")
st = os.stat(x)
print(st.st_size, oct(st.st_mode), stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
print(st[stat.ST_SIZE] == st.st_size, len(st), type(st.st_mtime).__name__,
      st.st_mtime_ns // 10**9 == st[stat.ST_MTIME], isinstance(st, tuple))
print(os.path.getsize(os.path.join(BASE, "a/y.txt")), os.path.isfile(x), os.path.isdir(x),
      os.path.exists(x), os.path.lexists(x), os.path.islink(x))
print(os.stat(BASE).st_nlink >= 3, stat.S_ISDIR(os.lstat(BASE).st_mode))
fd = os.open(x, os.O_RDONLY)
print(os.fstat(fd).st_size, os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -3, 2),
      os.read(fd, 10), os.read(fd, 10))
os.close(fd)
os.rename(x, os.path.join(BASE, "w.txt"))
print(sorted(os.listdir(BASE)))
with open(os.path.join(BASE, "v.txt"), "w") as f:
    f.write("v")
os.replace(os.path.join(BASE, "v.txt"), os.path.join(BASE, "w.txt"))
with open(os.path.join(BASE, "w.txt")) as f:
    print("replaced:", f.read(), sorted(os.listdir(BASE)))
os.truncate(os.path.join(BASE, "w.txt"), 0)
print("truncated", os.path.getsize(os.path.join(BASE, "w.txt")))
os.chmod(os.path.join(BASE, "w.txt"), 0o600)
print(oct(stat.S_IMODE(os.stat(os.path.join(BASE, "w.txt")).st_mode)))
os.utime(os.path.join(BASE, "w.txt"), (1000000000, 1200000000.5))
st = os.stat(os.path.join(BASE, "w.txt"))
print(st.st_atime, st.st_mtime, st.st_mtime_ns, os.path.getmtime(os.path.join(BASE, "w.txt")))
print(os.access(BASE, os.R_OK | os.W_OK), os.access(os.path.join(BASE, "nope"), os.F_OK))

missing = os.path.join(BASE, "missing")
for label, fn in [("stat", lambda: os.stat(missing)),
                  ("remove", lambda: os.remove(missing)),
                  ("rmdir", lambda: os.rmdir(missing)),
                  ("listdir", lambda: os.listdir(missing)),
                  ("open", lambda: os.open(missing, os.O_RDONLY)),
                  ("chdir", lambda: os.chdir(missing)),
                  ("mkdir", lambda: os.mkdir(BASE)),
                  ("rmdir non-empty", lambda: os.rmdir(BASE)),
                  ("listdir file", lambda: os.listdir(os.path.join(BASE, "w.txt"))),
                  ("remove dir", lambda: os.remove(os.path.join(BASE, "a"))),
                  ("close bad fd", lambda: os.close(9999)),
                  ("read bad fd", lambda: os.read(9999, 1)),
                  ("stat None", lambda: os.stat(None)),
                  ("mkdir int", lambda: os.mkdir(3)),
                  ("stat nul", lambda: os.stat("a\0b")),
                  ("rename", lambda: os.rename(missing, missing + "2"))]:
    try:
        fn()
        print(label, "succeeded?")
    except OSError as e:
        print(label, type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror,
              e.filename == missing or e.filename == BASE or
              (e.filename and os.path.relpath(e.filename, BASE)))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

print(os.path.join("a", "b", "c"), os.path.split("/x/y/z"), os.path.splitext("f.tar.gz"),
      os.path.basename("/p/q"), os.path.dirname("/p/q"), os.path.normpath("/a/./b/../c//d"),
      os.path.isabs("/x"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.abspath("rel") == os.path.join(os.getcwd(), "rel"), os.path.expanduser("~") != "~")
print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.devnull, os.name, repr(os.linesep))
print(os.fspath("p"), os.fspath(b"q"), os.strerror(errno.ENOENT))

cwd = os.getcwd()
os.chdir(BASE)
print("chdir:", os.getcwd() == os.path.realpath(BASE), sorted(os.listdir()), os.path.exists("w.txt"))
os.chdir(cwd)
print(os.getcwd() == cwd, type(os.getcwdb()).__name__)

for root, dirs, files in os.walk(BASE, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(BASE)
print("removed", os.path.exists(BASE))
