"""os.scandir and DirEntry (names, paths, is_dir/is_file/is_symlink, stat,
inode, context manager), symbolic links, os.walk with followlinks, bytes
paths, os.fspath of a DirEntry, shutil.rmtree."""
import os
import shutil

BASE = "/tmp/ouro-test-os_scandir-%d" % os.getpid()
os.mkdir(BASE)
os.mkdir(os.path.join(BASE, "sub"))
with open(os.path.join(BASE, "file.txt"), "w") as f:
    f.write("12345")
os.symlink("file.txt", os.path.join(BASE, "link"))
os.symlink("sub", os.path.join(BASE, "dirlink"))
os.symlink("nowhere", os.path.join(BASE, "broken"))

with os.scandir(BASE) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, os.path.relpath(e.path, BASE), e.is_dir(), e.is_file(),
          e.is_symlink(), e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
    if e.name != "broken":
        print("   stat size ok:", e.stat().st_size == os.stat(e.path).st_size,
              e.inode() == os.lstat(e.path).st_ino, os.fspath(e) == e.path)
try:
    entries[0].stat()
except FileNotFoundError as err:
    print("broken link stat:", err.strerror)
print("readlink:", os.readlink(os.path.join(BASE, "link")))
print("islink:", os.path.islink(os.path.join(BASE, "link")), os.path.exists(os.path.join(BASE, "broken")),
      os.path.lexists(os.path.join(BASE, "broken")))
print("realpath:", os.path.relpath(os.path.realpath(os.path.join(BASE, "dirlink")), BASE))
it = os.scandir(os.fsencode(BASE))
names = sorted(e.name for e in it)
print(names, type(names[0]).__name__)
it.close()
print(list(it))
for root, dirs, files in os.walk(BASE, followlinks=True):
    print(os.path.relpath(root, BASE), sorted(dirs), sorted(files))
old = os.getcwd()
os.chdir(BASE)
print(sorted(e.path for e in os.scandir()))
os.chdir(old)
shutil.rmtree(BASE)
print("rmtree:", os.path.exists(BASE))
