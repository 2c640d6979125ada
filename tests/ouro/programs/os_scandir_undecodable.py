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
    shutil.rmtree(name)
    print(os.listdir(base))
finally:
    shutil.rmtree(base)
