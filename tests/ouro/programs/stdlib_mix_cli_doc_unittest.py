"""A mix of what ordinary programs use, compared with CPython as a whole (written probing for differences, 2026-11-30)."""
import argparse, pprint, inspect, doctest, unittest, io, sys, textwrap, warnings, dis, types, functools
ap = argparse.ArgumentParser(prog="tool", description="A tool.")
ap.add_argument("files", nargs="+"); ap.add_argument("-n", type=int, default=3, help="count"); ap.add_argument("--flag", action="store_true")

print(ap.parse_args(["a", "b", "-n", "5", "--flag"]))
ap.print_help()
try: ap.parse_args(["-n", "x"])
except SystemExit as e: print("exit", e.code)
sys.stderr = sys.stdout
pprint.pprint({"k%d" % i: list(range(i)) for i in range(8)}, width=60)
def documented(a, b=2):
    """Add.

    >>> documented(1)
    3
    >>> documented(1, 1)
    2
    """
    return a + b
print(inspect.getsource(documented).splitlines()[0], inspect.getfile(documented).endswith("stdlib_mix_cli_doc_unittest.py"), inspect.isfunction(documented))
print(doctest.testmod(verbose=False))
class T(unittest.TestCase):
    def test_ok(self): self.assertEqual(1 + 1, 2)
    def test_fail(self): self.assertEqual([1, 2], [1, 3])
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError): 1 / 0
    @unittest.skip("because")
    def test_skip(self): pass
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
out = stream.getvalue()
print("\n".join(l for l in out.splitlines() if not l.startswith("Ran ") and "File " not in l))
print(res.wasSuccessful(), len(res.failures), len(res.skipped))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always"); warnings.warn("careful", DeprecationWarning)
    print(w[0].category.__name__, str(w[0].message))
print(types.SimpleNamespace(a=1, b=[2]), types.MappingProxyType({'a': 1}), type(documented.__code__).__name__)
print(functools.reduce(lambda a, b: a * b, range(1, 10)), documented.__code__.co_varnames, documented.__defaults__)
def chained():
    try:
        {}["a"]
    except KeyError as e:
        raise ValueError("bad value") from e
try:
    chained()
except ValueError:
    import traceback; traceback.print_exc(file=sys.stdout)
try:
    compile("def f(:\n  pass", "<s>", "exec")
except SyntaxError as e:
    print(e, e.lineno, e.offset, e.text)
try:
    exec("x = (1,\n2,\n")
except SyntaxError as e:
    print(repr(e.msg), e.lineno, e.offset)
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(repr(e.msg), e.offset)
