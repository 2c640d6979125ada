# The source lines an uncaught exception's report shows (sys.__excepthook__,
# as at exit): the indentation is dropped, trailing blanks are kept (and
# count when deciding whether carets are drawn).
import contextlib
import io
import os
import sys
import tempfile

SOURCE = (
    "def trailing_blanks(d):\n"
    "    return d['missing']   \n"
    "def whole_line():\n"
    "    raise ValueError('whole line')\n"
    "def whole_line_blanks():\n"
    "    raise ValueError('whole line, blanks after')  \t\n"
    "def tabs(x):\n"
    "\treturn x / 0\n"
    "def crlf(x):\r\n"
    "    return x.nope\r\n"
    "def multi(a):\n"
    "    return (a +\n"
    "            a.missing)   \n"
    "def bare_raise():\n"
    "    raise\n"
)


def report(fn, *args):
    try:
        fn(*args)
    except BaseException:
        buf = io.StringIO()
        with contextlib.redirect_stderr(buf):
            sys.__excepthook__(*sys.exc_info())
        text = buf.getvalue().replace(tmp, "<tmp>")
        for line in text.splitlines():
            print(repr(line))
        print()


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "blanks_mod.py")
    with open(path, "w", newline="") as f:
        f.write(SOURCE)
    sys.path.insert(0, tmp)
    try:
        import blanks_mod
        report(blanks_mod.trailing_blanks, {})
        report(blanks_mod.whole_line)
        report(blanks_mod.whole_line_blanks)
        report(blanks_mod.tabs, 1)
        report(blanks_mod.crlf, 1)
        report(blanks_mod.multi, 1)
        report(blanks_mod.bare_raise)
    finally:
        sys.path.remove(tmp)
        sys.modules.pop("blanks_mod", None)
raise
