"""pyclbr's class browser and tabnanny's indentation check over a
temporary module."""
import io
import contextlib
import os
import pyclbr
import sys
import tabnanny
import tempfile

SOURCE = '''
import os

class Base:
    def method(self):
        pass

    @property
    def prop(self):
        return 1

class Child(Base, dict):
    class Inner:
        def deep(self):
            def nested():
                pass

    async def coro(self):
        pass

def top(a, b=1):
    return a + b

async def atop():
    pass
'''

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "browsed.py"), "w") as f:
        f.write(SOURCE)
    tree = pyclbr.readmodule_ex("browsed", [d])
    for name in sorted(tree):
        obj = tree[name]
        print(type(obj).__name__, name, obj.lineno, getattr(obj, "end_lineno", None))
        if isinstance(obj, pyclbr.Class):
            print("   super:", [s if isinstance(s, str) else s.name for s in obj.super])
            print("   methods:", sorted(obj.methods.items()))
            for cname, child in sorted(obj.children.items()):
                print("   child:", cname, type(child).__name__, child.lineno, sorted(child.children))
        else:
            print("   async:", obj.is_async)
    classes = pyclbr.readmodule("browsed", [d])
    print(sorted(classes))

    good = os.path.join(d, "good.py")
    with open(good, "w") as f:
        f.write("if True:\n    x = 1\n")
    bad = os.path.join(d, "bad.py")
    with open(bad, "w") as f:
        f.write("if True:\n\tx = 1\n        y = 2\n")
    for path in (good, bad):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            tabnanny.check(path)
        print(repr(out.getvalue().replace(d, "TMP")))
    tabnanny.verbose = 1
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        tabnanny.check(good)
    print(out.getvalue().replace(d, "TMP"))
    try:
        tabnanny.process_tokens(__import__("tokenize").generate_tokens(io.StringIO("if 1:\n \tx = 1\n\t y = 2\n").readline))
    except tabnanny.NannyNag as e:
        print("NannyNag:", e.get_lineno(), repr(e.get_msg()), repr(e.get_line()))
