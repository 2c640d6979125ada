# How the default excepthook shows a SyntaxError from its attributes
# (CPython's print_exception/print_error_text): carets from offset and
# end_offset (honoured for an exact SyntaxError only, one caret for
# IndentationError and TabError), leading blanks stripped, offsets past the
# text clipped, embedded newlines, offsets left of the text, non-ASCII text
# (offsets in UTF-8 bytes), attributes that cannot be read; TabError is
# shown as IndentationError is.
import sys

sys.stderr = sys.stdout
texts = ['pass', 'pass\n', '  pass\n', '\tif 1:\n', 'x = (1, 2\n', 'abc\ndef\n', '',
         'é = "ü"\n', '   \n']
for cls in (SyntaxError, IndentationError):
    for t in texts:
        for off in (None, 0, 1, 2, 4, 12):
            for end in (None, -1, 1, 3, 5, 20):
                for endl in (None, 2):
                    e = cls("msg", ("f.py", 1, off, t, endl, end))
                    print("#", cls.__name__, repr(t), off, end, endl)
                    sys.excepthook(cls, e, None)

class MySyntaxError(SyntaxError):
    pass

for e in [SyntaxError("no location"), SyntaxError(), SyntaxError("m", (None, 3, 2, "ab\n", 3, 3)),
          SyntaxError("m", ("f.py", "x", 1, "ab\n", 1, 2)), MySyntaxError("m", ("g.py", 2, 1, "abc", 2, 3)),
          SyntaxError("", ("f.py", 1, 1, "a", 1, 2)), SyntaxError("m", ("f.py", 1, 1, None, 1, 2))]:
    print("#", repr(e))
    sys.excepthook(type(e), e, None)

e = SyntaxError("m", ("f.py", 1, 2, "abcdef\n", 1, 5))
e.msg = "changed"
e.end_offset = None
sys.excepthook(SyntaxError, e, None)

for src in ['for x in range(3):\npass', 'try:\n  pass\n', '\tif 1:\n  pass', 'if 1:\n  x=1\n y=2',
            'x = (1, 2', 'print "hi"', 'f(**a, *b)', 'x = [1, 2 3]', 'def f():\n\treturn 1\n        return 2\n']:
    try:
        compile(src, "src.py", "exec")
    except SyntaxError as e:
        print("#", repr(src))
        sys.excepthook(type(e), e, e.__traceback__)

exec("x = 1 +\n")
