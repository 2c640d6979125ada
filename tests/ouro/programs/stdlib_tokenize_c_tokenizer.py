"""_tokenize.TokenizerIter (the C tokenizer's tokens, which
tokenize._generate_tokens_from_c_tokenizer wraps): exact types, byte
columns, INDENT/DEDENT at column -1, no comments or NL tokens, the
NEWLINE after a comment, errors raised after the tokens before them and
the errors that only stop the iteration. The `line` field is left out
(it follows the C tokenizer's buffer, not the token)."""
import _tokenize
import tokenize
from token import tok_name


def show(src):
    print("--", repr(src)[:60])
    try:
        for tok in _tokenize.TokenizerIter(src):
            string, kind, lineno, end_lineno, col, end_col, line = tok
            print("  %-10s %-14r (%d, %d) (%d, %d)" % (tok_name[kind], string, lineno, col,
                                                      end_lineno, end_col))
    except SyntaxError as e:
        print("  %s: %s %r" % (type(e).__name__, e.msg, (e.lineno, e.offset)))


for src in ["1 + 1", "0xff <= 255\n", "if x:\n    a = 1  # one\n    b = 2\nc\n",
            "def f(a, *, b=3) -> int:\n\treturn a ** b\n", "x = 1 # c", "x\\\n+1\n",
            "a\r\nb\r\n", 'a = """x\ny""" + f"{a!r:>{w}}"\n', "f(a,\n  # inside\n  b)\n",
            "\n\n# c\n\nx\n", "", "x\n  # c\n", "async def f():\n    await x\n",
            "x = ...; a->b; c:=d; e!=f; g//=2; h@=i\n", "é = 'ü' # ä\ngrün\n", "$a ? b!\n",
            "class A:\n  def f(self):\n    pass\n\n  x = 1\ny\n",
            "(1+2]", "'abc", '"""abc\n', "0b2", "1_", "1e+", "\xa0", "(" * 201 + ")" * 201, "]",
            "if x:\n    a\n  b\n", "(\n", "x = 1 \\", "if x:\n  pass",
            "".join("  " * k + "if True:\n" for k in range(100)) + "  " * 100 + "pass\n"]:
    show(src)

# through the tokenize module's helper
for t in tokenize._generate_tokens_from_c_tokenizer("x = [1,\n  2]  # done\n"):
    print(tok_name[t.type], repr(t.string), t.start, t.end)

it = _tokenize.TokenizerIter("a")
print(iter(it) is it, type(it).__name__, type(it).__module__)
print(next(it)[:2], next(it)[:2])
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    _tokenize.TokenizerIter(b"x")
except TypeError as e:
    print("TypeError", e)
print(list(_tokenize.TokenizerIter(source="k"))[0][:2])
