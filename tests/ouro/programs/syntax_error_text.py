"""compile() of invalid sources: SyntaxError msg, position and text as
CPython 3.11 gives them -- the tokenizer's errors show the line without its
newline, the parser's with it, the compiler's (symbol table, code
generation) none: CPython reads that line from the file named, and
"<t>" is no file."""
srcs = ["x = (1, 2", "def f(:\n  pass", "if x\n  y", "a = 1 +", "return 5", "break", "x = [1, 2,, 3]", "f(**a, *b)", "def f(a, a): pass",
        "nonlocal x", "x: int = 5 = 6", "1 = x", "f() = 1", "del f()", "a, b += 1", "print 'hi'", "x = 08", "x = 1_", "lambda: (yield)", "async = 1",
        "class C:\n  return 1", "def f():\n  x = 1\n  global x", "for x in 1, 2:\npass", "try:\n  pass", "x = '''abc", "x = 'abc", "f(x for x in y, 1)",
        "import", "from x import", "a if b", "{**a: 1}", "x = {1: 2, 3}", "def f(*): pass", "def f(**k, a): pass", "f(a=1, a=2)", "(x for x in y) = 1",
        "x = 1\n  y = 2", "if True:\npass", "  x = 1", "\tif x:\n        y\n\tz", "match x:\n  case 1:\n    pass\n  case y:\n    pass\n  case 2:\n    pass",
        "def f():\n    yield from\n", "*a = 1", "a, *b, *c = x", "print(f'{a b}')", "continue", "x = [i for i in range(3) if]", "True = 1", "None += 1", "__debug__ = 1"]
for s in srcs:
    try:
        compile(s, "<t>", "exec")
        print("OK", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for s in ['x = 08 + 1\ny=2', 'y = 0b12 + 3', 'a = 1_ + 2', "s = 'abc", 'z = 1 $ 2', 'q = 5\n  r = 1']:
  try: compile(s, '<t>', 'exec')
  except SyntaxError as e: print(repr(s), repr(e.msg), repr(e.text), e.offset, e.end_offset)
