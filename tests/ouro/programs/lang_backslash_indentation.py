"""A backslash-newline inside a line's leading whitespace: the lines are
joined, a joined line that is blank is a blank line (no INDENT), and
otherwise the column of the first backslash is the indentation
(CPython 3.11.7's tokenizer), seen through compile() and _tokenize."""
import _tokenize
from token import tok_name

sources = [
    "\npass\n    \\\n\npass\n",
    "\ndef fib(n):\n    \\\n'''Print a Fibonacci series up to n.'''\n    \\\na, b = 0, 1\n",
    "if x:\n    \\\n  y\n",
    "x = 1\n\\\n\ny = 2\n",
    "  \\\nx\n",
    "if 1:\n  \\\n    \\\n  z = 3\n",
    "if 1:\n\t\\\n        w = 4\n",
    "a = 1\n    \\\n# comment\nb = 2\n",
    "x = 1\n  \\ y\n",
]
for src in sources:
    print("--", repr(src))
    try:
        code = compile(src, "<src>", "exec")
        print("  compiles; names:", code.co_names)
    except SyntaxError as e:
        print("  %s: %s (line %s)" % (type(e).__name__, e.msg, e.lineno))
    try:
        print("  ", [(tok_name[t[1]], t[0], t[2]) for t in _tokenize.TokenizerIter(src)
                     if t[1] in (5, 6, 1)])
    except SyntaxError as e:
        print("  tokenizer %s: %s" % (type(e).__name__, e.msg))

ns = {"x": True}
exec("if x:\n    \\\n  y = 5\n", ns)
print(ns["y"])
