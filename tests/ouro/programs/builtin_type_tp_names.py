# The names CPython's messages give built-in types defined outside
# builtins ("re.Match", "_io.TextIOWrapper", "posix.DirEntry"...: their
# tp_name), in operator errors and "not an acceptable base type"; and an
# annotated assignment compiled in 'single' mode sets up __annotations__.
import io, os, random, re, select, sys

objs = [re.compile('a'), re.match('a', 'a'), open(os.devnull), open(os.devnull, 'rb'),
        io.StringIO(), io.BytesIO(), next(os.scandir('.')), random.Random(), select.poll(),
        os.stat('.'), sys.flags, re.compile('a').scanner('a'), os.scandir('.'),
        iter(range(3)), {}.keys(), enumerate([])]
for o in objs:
    try:
        o + 1
    except TypeError as e:
        print(e)
    try:
        class X(type(o)):
            pass
        print("subclassed", type(o).__name__)
    except TypeError as e:
        print(e)

g = {}
exec(compile("a: int = 1\n", "<x>", "single"), g)
print(g.get('__annotations__'))
g = {}
exec(compile("if 1:\n    b: int = 2\n\n", "<x>", "single"), g)
print(g.get('__annotations__'))
