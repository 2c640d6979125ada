# import mechanics: sys.modules, __import__, importlib, module attributes, module __getattr__
import sys
import importlib
import types
print(__name__, "json" in sys.modules or "not yet")
json = __import__("json")
print(json.__name__, "json" in sys.modules, sys.modules["json"] is json)
jd = importlib.import_module("json.decoder")
print(jd.__name__, jd.__package__, hasattr(json, "decoder"))
from os import path as p
import os.path
print(p is os.path, os.path.join("a", "b"), os.path.splitext("x.tar.gz"))
from collections import abc as cabc
print(cabc.__name__, issubclass(list, cabc.Sequence))
m = types.ModuleType("virtual", "a virtual module")
m.value = 42
def _getattr(name):
    if name == "dynamic":
        return "from module __getattr__"
    raise AttributeError(f"module 'virtual' has no attribute {name!r}")
m.__getattr__ = _getattr
sys.modules["virtual"] = m
import virtual
print(virtual.value, virtual.dynamic, virtual.__doc__, repr(virtual).startswith("<module 'virtual'"))
from virtual import dynamic
print(dynamic)
try:
    from virtual import missing_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from json import no_such_thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import json.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(importlib.reload(m) is m if False else "skip reload", type(sys).__name__, sys.__name__)
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
print(sys.version_info[:2], sys.version_info.major, isinstance(sys.path, list), sys.argv[0])
import builtins
print(builtins.len is len, builtins.__name__, "print" in dir(builtins))
if __name__ == "__main__":
    print("running as main")
