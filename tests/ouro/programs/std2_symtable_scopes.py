"""symtable: the compiler's symbol tables of a module, classes, nested
functions with free, global, nonlocal and cell variables."""
import symtable

SRC = '''
import os
counter = 0

def outer(a, b=2, *args, key, **kw):
    global counter
    x = a + b
    def inner(y):
        nonlocal x
        x += y
        return x + counter
    lam = lambda z: z * x
    return inner, [i for i in args]

class Thing(Base):
    attr = 1
    def method(self):
        return __class__, attr

async def aco():
    await other()
'''

top = symtable.symtable(SRC, "<demo>", "exec")
print(top.get_type(), top.get_name(), top.get_lineno(), top.is_optimized(), top.is_nested(), top.has_children())
print(sorted(top.get_identifiers()))
for name in sorted(top.get_identifiers()):
    s = top.lookup(name)
    print(" ", name, s.is_global(), s.is_local(), s.is_imported(), s.is_assigned(), s.is_referenced(), s.is_namespace())
for child in top.get_children():
    print(child.get_type(), child.get_name(), child.get_lineno(), repr(child).split(" at ")[0])
outer = top.lookup("outer").get_namespace()
print(outer.get_parameters(), sorted(outer.get_locals()), outer.get_globals(), outer.get_frees(), outer.get_nonlocals())
for name in ("a", "key", "kw", "x", "counter", "inner"):
    s = outer.lookup(name)
    print(" ", name, s.is_parameter(), s.is_local(), s.is_global(), s.is_declared_global(), s.is_free())
inner = [c for c in outer.get_children() if c.get_name() == "inner"][0]
print(inner.get_frees(), inner.get_nonlocals(), inner.lookup("x").is_nonlocal(), inner.lookup("x").is_free())
print([c.get_name() for c in outer.get_children()])
thing = top.lookup("Thing").get_namespace()
print(type(thing).__name__, sorted(thing.get_methods()), sorted(thing.get_identifiers()))
meth = thing.lookup("method").get_namespace()
print(meth.get_frees(), meth.lookup("attr").is_global())
print(repr(top.lookup("os")))
try:
    top.lookup("nothing")
except KeyError as e:
    print("KeyError:", e)
try:
    symtable.symtable("def f(:", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    top.lookup("counter").get_namespace()
except ValueError as e:
    print("ValueError:", e)
