"""Exceptions pickle and copy as CPython's: (type, args[, dict]) with the
dict once it exists, ImportError's name and path added to the state,
OSError's file names put back into the arguments; the members CPython
keeps in C fields (ImportError.name, SyntaxError.msg, an OSError's
assigned errno) are not in __dict__ and survive reading __dict__."""
import copy
import pickle

e = ImportError("m", name="n", path="p")
d = e.__dict__
print(e.name, e.path, d, e.__reduce__())
e2 = pickle.loads(pickle.dumps(e))
print(e2.name, e2.path, e2.__dict__, e2.args)
e3 = ImportError("x", name=None)
e3.extra = 1
print(e3.__reduce__())
print(ImportError("y").__reduce__(), ImportError("m", name="a").__reduce__())

s = SyntaxError("m", ("f", 1, 2, "t"))
print(s.__reduce__())
print(s.__dict__, s.__reduce__(), s.msg, s.lineno)
s2 = copy.deepcopy(s)
print(s2.msg, s2.filename, s2.lineno, s2.offset, s2.text, s2.end_lineno)
s.msg = "changed"
s.__dict__
print(s.msg, s.args)

o = OSError(2, "x", "fn")
o.filename = "g"
o.errno = 5
o.y = 1
print(o.__dict__, o.errno, o.filename, o.__reduce__())
print(o.errno, o.filename, o.strerror)
o = OSError(1, "x")
o.filename = "f"
print(o.__reduce__())
o.filename2 = "h"
print(o.__reduce__())
for o in (OSError(2, "x", "f", None, "g"), FileNotFoundError(2, "x", "f"), OSError("a"),
          OSError(1, 2, 3, 4, 5, 6), PermissionError(13, "denied", "/root")):
    p = pickle.loads(pickle.dumps(o))
    print(repr(o), o.__reduce__(), o.args, "|", repr(p), p.filename, p.filename2, p.errno,
          type(p).__name__, str(p))

try:
    import nonexistent_mod_xyz
except ImportError as ex:
    print(ex.name, ex.__dict__, ex.__reduce__())
    c = copy.copy(ex)
    print(type(c).__name__, c.name, c.msg)


class MyIE(ImportError):
    pass


m = MyIE("q", name="nm")
m.note = "n"
print(m.name, m.__reduce__())
mm = pickle.loads(pickle.dumps(m, 4))
print(type(mm).__name__, mm.name, mm.note)

try:
    print(1 / 0)
except ZeroDivisionError as z:
    print(z.__reduce__())
    z.__dict__
    print(z.__reduce__())
