# ImportError's name and path: None by default, given by keyword, writable
import copy
import pickle

e = ImportError("m", name="n", path="p")
print(e.name, e.path, e.msg, str(e))
e.name = "x"
e.path = None
print(e.name, e.path)
del e.name
print(e.name)
plain = ImportError("only a message")
print(plain.name, plain.path, plain.msg)
m = ModuleNotFoundError("no module", name="mod")
print(m.name, m.path, isinstance(m, ImportError))
try:
    import no_such_module_here_xyz
except ImportError as err:
    print(type(err).__name__, err.name, err.path, err)
c = copy.copy(ImportError("c", name="cn", path="cp"))
print(c.name, c.path, c.args)
r = pickle.loads(pickle.dumps(ImportError("r", name="rn", path="rp")))
print(r.name, r.path, r.args)
try:
    ImportError(foo=1)
except TypeError as te:
    print("TypeError:", te)
