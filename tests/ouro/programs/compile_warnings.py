"""The compile-time SyntaxWarnings about literals (CPython 3.11 compile.c:
"is" with a literal, calling or subscripting a literal, a literal index
of the wrong type, assert of a tuple), shown through the warnings module
with the source line, twice for a while loop's test (compiled twice);
and the identity of string constants: name-like ones are interned, equal
ones merged within a module."""
import warnings
x = 5
print(x is 5, x is not 5.0, x is None, x is True, x is ..., 5 is x, x is -1, x == 1 is 1)
def f(a):
    if a is 'str':
        return 1
    while a is not ():
        a = ()
    return [i for i in range(3) if i is 2]
print(f('str'), f(1))
assert (x, 'message')
assert (x == 5,)
try:
    exec("y = [1, 2][1.5]")
except TypeError as e:
    print(e)
try:
    exec("z = (1, 2)('a')")
except TypeError as e:
    print(e)
for src in ["None[0]", "5[0]", "{1, 2}[0]", "(lambda: 0)[0]", "(x for x in [])[0]", "'abc'['a']", "[1][(1, 2)]", "f'{x}'[1.0]",
            "b'ab'['x']", "(1, 2)[None]", "[1, 2][True]", "[1][1:2]", "{}()", "{1}()", "f'a'()", "[x for x in []]()", "1j()", "...()"]:
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("x is 1", "<w>", "eval")
    print(len(w), w[0].category.__name__, w[0].message, w[0].filename, w[0].lineno)
code = compile("a = 1\nif a is 'x':\n    pass\n", "mod.py", "exec")
a = 1
while a is not ():
    a = ()
if a is not ():
    pass
print(a is not ())
import sys
def g(): return 'hello'
def h(): return 'hello world'
a = 'hello'; b = 'hello world'
print(a is g(), b is h(), a is sys.intern('hello'), sys.intern(b) is b, 'x' is 'x'[0:1], 'ab' is 'a' + 'b')
s = ''.join(['hel', 'lo']); print(s is a, sys.intern(s) is a, s == a)
import string
print(string.ascii_lowercase is 'abcdefghijklmnopqrstuvwxyz', ('a', 'b') is ('a', 'b'))
