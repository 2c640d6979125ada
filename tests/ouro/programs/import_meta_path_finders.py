"""Finders a program adds to sys.meta_path: one appended after PathFinder
(six.moves-style virtual packages and lazy attributes), one inserted first
that overrides a real module, one that finds nothing, a loader raising,
and importlib.util.find_spec/import_module through them."""
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types


class VirtualFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """virt, virt.sub and virt.sub.leaf exist only here."""
    def find_spec(self, fullname, path, target=None):
        if fullname == "virt" or fullname.startswith("virt."):
            is_pkg = fullname != "virt.sub.leaf"
            return importlib.machinery.ModuleSpec(fullname, self, is_package=is_pkg)
        if fullname == "broken_virtual":
            return importlib.machinery.ModuleSpec(fullname, self)
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        if module.__name__ == "broken_virtual":
            raise RuntimeError("cannot make " + module.__name__)
        module.made_by = "VirtualFinder"
        module.answer = len(module.__name__)
        if module.__spec__.submodule_search_locations is not None:
            module.__path__ = []


class Override(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Placed first: `colorsys` comes from here, not from the stdlib."""
    def find_spec(self, fullname, path, target=None):
        if fullname == "colorsys":
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec):
        return types.ModuleType(spec.name)

    def exec_module(self, module):
        module.rgb_to_hsv = lambda r, g, b: "overridden"


class Nothing:
    calls = []

    def find_spec(self, fullname, path, target=None):
        self.calls.append(fullname)
        return None


sys.meta_path.append(VirtualFinder())
sys.meta_path.insert(0, Override())
sys.meta_path.append(Nothing())

import virt
import virt.sub.leaf
from virt.sub import leaf
print(virt.made_by, virt.answer, virt.sub.answer, leaf.answer, leaf is virt.sub.leaf)
print(virt.__spec__.name, virt.__loader__.__class__.__name__, type(virt.__path__).__name__)
import colorsys
print(colorsys.rgb_to_hsv(1, 2, 3))
import json
print(json.dumps([1]), "json" not in Nothing.calls)
try:
    import no_such_module_anywhere_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name, "no_such_module_anywhere_xyz" in Nothing.calls)
try:
    import broken_virtual
except RuntimeError as e:
    print("RuntimeError", e, "broken_virtual" in sys.modules)
print(importlib.util.find_spec("virt.sub").name, importlib.import_module("virt.other").answer)
m = importlib.import_module("virt.sub.leaf")
print(m is leaf, sorted(k for k in sys.modules if k.startswith("virt")))
