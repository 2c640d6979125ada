"""PEP 420 namespace packages: directories without __init__.py import as
packages whose __path__ (a _NamespacePath) spans every sys.path entry
holding the directory; a module or regular package in any entry wins;
nested in a regular package; relative imports inside; __file__ None,
__spec__.origin None, the namespace loader, the module repr; a name
with neither module nor directory is still ModuleNotFoundError."""
import importlib.util
import os
import sys
import tempfile

root = tempfile.mkdtemp()


def write(rel, text=""):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def rel(p):
    return os.path.relpath(p, root)


write("a/ns/one.py", "NAME = 'one'\nfrom . import helper\n")
write("a/ns/helper.py", "HELP = 'helper in a'\n")
write("b/ns/two.py", "NAME = 'two'\nfrom .one import NAME as ONE\n")
write("b/ns/deeper/leaf.py", "LEAF = True\n")
write("a/mixed/x.py", "X = 'namespace portion'\n")
write("b/mixed.py", "MIXED = 'the module in a later entry wins'\n")
write("a/reg/__init__.py", "REG = 'regular'\n")
write("a/reg/inner/mod.py", "from .. import REG\nVALUE = REG + ' via inner namespace'\n")
write("a/plain_dir_only/data.txt", "not python\n")
sys.path[:0] = [os.path.join(root, "a"), os.path.join(root, "b")]

import ns.one
import ns.two
import ns.deeper.leaf

print(ns.one.NAME, ns.one.helper.HELP, ns.two.NAME, ns.two.ONE, ns.deeper.leaf.LEAF)
print(type(ns.__path__).__name__, [rel(p) for p in ns.__path__])
print(ns.__file__, ns.__spec__.origin, ns.__package__, ns.__name__)
print(type(ns.__loader__).__name__, ns.__spec__.loader is ns.__loader__)
print(repr(ns).startswith("<module 'ns' (<_frozen_importlib_external.NamespaceLoader")
      or repr(ns).startswith("<module 'ns' (namespace)"))
print(ns.__spec__.submodule_search_locations is ns.__path__)
print([rel(p) for p in ns.deeper.__path__], ns.deeper.__file__)

import mixed
print(mixed.MIXED, hasattr(mixed, "__path__"))

import reg.inner.mod
print(reg.inner.mod.VALUE, [rel(p) for p in reg.inner.__path__])

import plain_dir_only
print(plain_dir_only.__name__, [rel(p) for p in plain_dir_only.__path__])

spec = importlib.util.find_spec("ns.two")
print(spec.name, rel(spec.origin))
from ns import one as again
print(again is ns.one, sys.modules["ns"] is ns)

try:
    import ns.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    import no_such_thing_anywhere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)

# a portion added to sys.path later joins the namespace package's __path__
write("c/ns/three.py", "NAME = 'three'\n")
sys.path.append(os.path.join(root, "c"))
import ns.three
print(ns.three.NAME, [rel(p) for p in ns.__path__])

import shutil
shutil.rmtree(root)
