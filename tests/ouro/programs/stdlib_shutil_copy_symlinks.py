# shutil.copy2/copystat with follow_symlinks=False and copytree(symlinks=True):
# os.supports_follow_symlinks has os.stat
import os
import shutil
import tempfile

print(os.stat in os.supports_follow_symlinks)
base = tempfile.mkdtemp()
try:
    src = os.path.join(base, "src")
    os.mkdir(src)
    with open(os.path.join(src, "file.txt"), "w") as f:
        f.write("data")
    os.symlink("file.txt", os.path.join(src, "link"))
    os.symlink("missing-target", os.path.join(src, "dangling"))
    dst = os.path.join(base, "dst")
    shutil.copytree(src, dst, symlinks=True)
    for name in sorted(os.listdir(dst)):
        p = os.path.join(dst, name)
        print(name, os.path.islink(p), os.readlink(p) if os.path.islink(p) else open(p).read())
    shutil.copy2(os.path.join(src, "link"), os.path.join(base, "copied-link"), follow_symlinks=False)
    print(os.path.islink(os.path.join(base, "copied-link")), os.readlink(os.path.join(base, "copied-link")))
    shutil.copystat(os.path.join(src, "dangling"), os.path.join(dst, "dangling"), follow_symlinks=False)
    st = os.stat(os.path.join(src, "link"), follow_symlinks=False)
    print(oct(st.st_mode)[:4], st.st_size == len("file.txt"))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
