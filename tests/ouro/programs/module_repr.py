# repr of modules: built-in ones (before and after importlib is loaded),
# ModuleType objects with and without __file__/__loader__/__spec__
import sys, builtins, itertools, _thread, types
print(repr(sys), repr(builtins), repr(itertools), repr(_thread))
print(repr(types.ModuleType('x')), repr(types.ModuleType("it's")))
m = types.ModuleType('y')
m.__file__ = '/tmp/y.py'
print(repr(m))
m2 = types.ModuleType('z')
m2.__loader__ = 'LDR'
print(repr(m2))
del m2.__name__
print(repr(m2))
import importlib.util
spec = importlib.util.spec_from_loader('w', loader=None, origin='somewhere')
m3 = importlib.util.module_from_spec(spec)
print(repr(m3))
m3.__spec__ = None
print(repr(m3))
print(repr(sys), repr(itertools))
import json
r = repr(json)
print(r.startswith("<module 'json' from '") and r.endswith("__init__.py'>"))
