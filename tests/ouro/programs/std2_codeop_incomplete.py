"""compile() with codeop's flags (PyCF_ALLOW_INCOMPLETE_INPUT,
PyCF_DONT_IMPLY_DEDENT) in 'single' and 'exec' modes: which sources are
complete, incomplete, or errors -- what code.InteractiveConsole decides
'...' prompts from; and 'single' mode's one-statement rule."""
import codeop

FLAGS = codeop.PyCF_DONT_IMPLY_DEDENT | codeop.PyCF_ALLOW_INCOMPLETE_INPUT
SOURCES = [
    "def f(n):", "def f(n):\n", "def f(n):\n    return n", "def f(n):\n    return n\n",
    "if x:\n    pass\nelse:", "if x:\n    pass\nelse:\n", "if x:\n    pass\n", "if x:\n    pass",
    "[1, 2,", "[1, 2,\n", "[1, 2,\n3]", "'''abc", "'''abc\n", "x = (", "def g(:\n", "a b\n",
    "1 +\n", "x = 1\n", "if 1:\n    x = [\n", "for i in range(3):\n    print(i, end=' ')",
    "for i in range(3):\n    print(i, end=' ')\n", "class A:\n  def f(self):\n    pass\n",
    "@dec", "@dec\n", "x = 'abc\n", "if x:\n  pass\n  y", "try:\n  pass\n",
    "try:\n  pass\nexcept:\n  pass\n", "1 + \\\n", "if 1:\npass\n", "  x = 1",
    "async def f():\n  await x\n", "match x:\n  case 1:\n    pass\n", "def h(): pass",
    "def h(): pass\n", "while 1: pass\n\n", "x = 1; y = 2",
]
for src in SOURCES:
    results = []
    for mode in ("single", "exec"):
        try:
            compile(src, "<input>", mode, FLAGS, True)
            results.append("ok")
        except SyntaxError as e:
            results.append("%s: %s" % (type(e).__name__, e.msg))
    print("%-45r %s" % (src, " | ".join(results)))

for src in ("print(1)\nprint(2)", "x = 1  # c\ny", "if 1:\n  pass\nx=1", "x=1;y=2\nz",
            "x=1\n\n\n  # c\n", "def f():\n  pass\n\n\nf()", "def h(): pass", "class A: x = 1  # c"):
    try:
        compile(src, "<s>", "single")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.args)

for src in ("x = 1", "if x:", "if x:\n    y = 1", "if x:\n    y = 1\n", "", "# only a comment",
            "(1,", "1 +* 2", "def g(:"):
    try:
        r = codeop.compile_command(src)
        print(repr(src), "complete" if r is not None else "more")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
