# `from pkg import sub`: only the submodule's own absence becomes "cannot
# import name"; a module missing inside the submodule propagates
import os
import sys
import tempfile

d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "pkg"))
for name, text in [("__init__.py", ""), ("sub.py", "import no_such_module_xyz\n"),
                   ("good.py", "VALUE = 42\n")]:
    with open(os.path.join(d, "pkg", name), "w") as f:
        f.write(text)
sys.path.insert(0, d)
try:
    from pkg import sub
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import missing
except ImportError as e:
    print(type(e).__name__, str(e).replace(d, "TMP"), e.name)
from pkg import good
print(good.VALUE, "pkg.sub" in sys.modules, "pkg.missing" in sys.modules)
