"""The tokenizer (ouro/parser/tokenizer.py), differentially against CPython.

* test_token_numbers            tokens.py agrees with CPython's `token` module
* test_stdlib_file[sample]      every .py file of the sample of Lib/ (about
  test_stdlib_file_full[slow]   300 files; all 1790 under the `slow` marker):
    - the tokens (type, exact string, start, end in characters) equal the
      `tokenize` module's (its ENCODING token aside), or, where `tokenize`
      raises, we raise a SourceError too;
    - files in TOKENIZE_SKIP (tokenize is no reference there) must give
      exactly CPython's compile() error, or, if they compile, pass the
      ast checks below;
    - NAME tokens sit at the UTF-8 byte columns that `ast` gives to the
      Name nodes of the same source (our columns are ast's);
    - NUMBER tokens convert (constvalue.number_from_literal) to the values
      CPython gives them.
* test_snippet                  hand-written edge cases against `tokenize`
* test_error                    tokenizer errors: kind, message, line, offset,
                                end line and end offset equal compile()'s
* the rest: encodings, pending (parser-reported) errors, warnings, columns.
"""
from __future__ import annotations

import ast
import io
import token
import tokenize as cpython_tokenize
import unicodedata
import warnings

import pytest

from ouro.parser import tokens as T
from ouro.parser.constvalue import ConstInt, number_from_literal
from ouro.parser.errors import SourceError
from ouro.parser.tokenizer import Token, tokenize, tokenizer_for
from ouro_testutil import read, sample_files, stdlib_files

# Files where the tokenize module is not the reference.  Each is checked
# against compile() (same error) or, if valid, against ast.
TOKENIZE_SKIP = {
    "lib2to3/tests/data/py2_test_grammar.py":
        "Python 2 source: compile() rejects the octal literal 0777 ('leading zeros in "
        "decimal integer literals ...', line 31); tokenize's regexes accept it",
    "test/test_unicode_identifiers.py":
        "tokenize's \\w regex splits an identifier before U+E0100, an XID_Continue "
        "character (PEP 3131); CPython's C tokenizer and ours keep one NAME",
    "test/tokenizedata/badsyntax_3131.py":
        "invalid identifier character '€': tokenize makes an ERRORTOKEN, compile() raises",
}


def ours(data: bytes) -> list[tuple]:
    return [(T.token_name(t.type), t.string, (t.lineno, t.col_char), (t.end_lineno, t.end_col_char))
            for t in tokenize(data)]


def theirs(data: bytes) -> list[tuple]:
    return [(cpython_tokenize.tok_name[t.type], t.string, t.start, t.end)
            for t in cpython_tokenize.tokenize(io.BytesIO(data).readline)
            if t.type != cpython_tokenize.ENCODING]


def first_difference(a: list[tuple], b: list[tuple]) -> str:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "token %d: ours %r, tokenize's %r" % (i, x, y)
    return "%d tokens against %d; last ours %r, tokenize's %r" % (len(a), len(b), a[-2:], b[-2:])


def compile_error(data: bytes) -> tuple | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(data, "<test>", "exec")
    except SyntaxError as e:
        return (type(e).__name__, e.msg, e.lineno, e.offset)
    return None


def check_ast_agrees(data: bytes, toks: list[Token]) -> None:
    """NAME tokens at ast's byte columns; NUMBER tokens with CPython's values."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(data)
    names = {(t.lineno, t.col): t for t in toks if t.type == T.NAME}
    in_fstrings = {id(n) for js in ast.walk(tree) if isinstance(js, ast.JoinedStr)
                   for n in ast.walk(js)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and id(node) not in in_fstrings:
            t = names.get((node.lineno, node.col_offset))
            assert t is not None, "no NAME token at %d:%d for %r" % (
                node.lineno, node.col_offset, node.id)
            assert (t.end_lineno, t.end_col) == (node.end_lineno, node.end_col_offset)
            assert unicodedata.normalize("NFKC", t.string) == node.id
    for t in toks:
        if t.type == T.NUMBER:
            value = ast.literal_eval(t.string)
            c = number_from_literal(t.string)
            assert repr(c) == repr(value), t.string
            if isinstance(c, ConstInt):
                assert c.fits == (value < 2 ** 63) and (not c.fits or c.value == value)


def check_file(rel: str) -> None:
    data = read(rel)
    if rel in TOKENIZE_SKIP:
        expected = compile_error(data)
        if expected is not None:
            with pytest.raises(SourceError) as info:
                tokenize(data)
            e = info.value
            assert (e.kind, e.msg, e.lineno, e.offset) == expected
        else:
            check_ast_agrees(data, tokenize(data))
        return
    try:
        reference = theirs(data)
    except (SyntaxError, cpython_tokenize.TokenError):
        with pytest.raises(SourceError):
            tokenize(data)
        return
    mine = ours(data)
    assert mine == reference, first_difference(mine, reference)
    if compile_error(data) is None:
        check_ast_agrees(data, tokenize(data))


@pytest.mark.parametrize("rel", sample_files())
def test_stdlib_file(rel: str) -> None:
    check_file(rel)


@pytest.mark.slow
@pytest.mark.parametrize("rel", stdlib_files())
def test_stdlib_file_full(rel: str) -> None:
    check_file(rel)


def test_skip_list_is_short_and_real() -> None:
    files = set(stdlib_files())
    assert len(TOKENIZE_SKIP) <= 5
    for rel in TOKENIZE_SKIP:
        assert rel in files, rel


def test_token_numbers() -> None:
    for i, name in enumerate(T.TOKEN_NAMES):
        assert getattr(token, name) == i == getattr(T, name)
    assert T.N_TOKENS == token.N_TOKENS == len(T.TOKEN_NAMES)
    assert T.OPERATORS == token.EXACT_TOKEN_TYPES


# ---------------------------------------------------------------- snippets

SNIPPETS = [
    "", "\n", "\n\n", "   ", "   \n", "# c", "# c\n", "x", "x\n", "x  ", "x  # c", "x\n   ",
    "x\n  # c", "x\n\t\n", "if x:\n\ty = 1\n\tif z:\n\t\tw\n", "if x:\n    y\n\n    z\n",
    "if x:\n  y\nz\n", "if x:\n  if y:\n    z\n", "if x:\n  if y:\n    z", "if x:\n  y\n  ",
    "def f():\n  return 1\n# trailing\n", "x = 1\r\ny = 2\r\n", "if x:\r\n  y\r\n",
    "x = (1,\r\n 2)\r\n", "s = '''a\r\nb'''\r\n", "x = \\\n  1\n", "x = \\\r\n  1\r\n",
    "if x:\n  y = \\\n1\n  z\n", "x = [\n  1,  # c\n\n  2,\n]\n", "x = {\n# only comment\n}\n",
    "\x0cx = 1\n", "if x:\n\x0c  y\n", "x = 1 \x0c + 2\n", "x\t=\t1\n", "a=b;c=d\n",
    "0 1 00 0_0 123 1_000_000 0x1F 0X_ff 0o17 0O_7 0b101 0B_1 1.5 1. .5 1e5 1E-5 1.5e+10 "
    "1_0.0_1e1_0 1j 1.5J 1e5j .5j 0j 00j 09.5 0e0 0.0 99999999999999999999999\n",
    "1if 1 else 2\n", "0x1for x in y\n", "1in x\n", "1or 2\n", "1and 2\n", "1else 2\n",
    "1not in y\n", "1ifx\n", "0b1and 1\n", "0o7or 1\n", "1.5if 1 else 2\n", "1jif 1 else 2\n",
    "1e5else 2\n",
    "'a' \"b\" '''c''' \"\"\"d\"\"\" r'e' R'f' b'g' B'h' u'i' U'j' f'k' F'l' rb'm' Rb'n' "
    "rB'o' RB'p' br'q' bR'r' Br's' BR't' fr'u' rf'v' Fr'w' rF'x' FR'y' RF'z'\n",
    "ur'x'\n", "bu'x'\n", "ub'x'\n", "fb'x'\n", "rr'x'\n", "bb'x'\n", "fu'x'\n", "rbx\n", "bf\n",
    "'' \"\" '''''' \"\"\"\"\"\"\n", "'a\\'b' \"a\\\"b\" '''a\\'''b''' 'a\\\\'\n",
    "x = 'a\\\nb'\n", "x = '''\na\nb\n'''\n", "x = \"\"\"a\n\"b\"\n\"\"c\"\"\"\n",
    "f'{x!r:>{width}}' f\"{'a'}\" f'{x=}'\n",
    "x = 'é' + 'ü'  # ñ\ny = 'abc'\n", "é = 1\nπ = 2; ñandú = é + π\n", "ℌ = 1\n",
    "x = \"日本語\" ; y = 1\n", "s = '''日本\n語''' + x\n", "x = '\U0001F600' + y\n",
    "+ - * / // % ** @ << >> & | ^ ~ := < > <= >= == != -> . ... , : ; = += -= *= /= //= "
    "%= @= &= |= ^= >>= <<= **=\n",
    "( [ { } ] )\n", "a..b\n", "x....y\n", "async def f():\n    await x\n",
    "match x:\n    case 1:\n        pass\n", "print(*a, **k)\n", "@dec\ndef f(a, /, b, *, c): ...\n",
    "if x:\n    pass\n  # comment at other indent\n    y\n", "if x:\n    pass\n\n\n",
    "\n\n\nx\n\n\n", "    # indented comment first\nx\n", "x = (\n)\n", "x = (\n\\\n)\n",
    "def f():\n\tpass\n\n\n\nclass C:\n\tpass", "x = 1\\\n\n", "if 1:\n  x = 1\\\n\n  y\n",
    "x = 1  \\\n  + 2  # c\n", "x = '\\\r\n'\r\n", "\ufeffx = 1\n",
]


@pytest.mark.parametrize("src", SNIPPETS)
def test_snippet(src: str) -> None:
    data = src.replace("\ufeff", "").encode()
    if src.startswith("\ufeff"):
        data = b"\xef\xbb\xbf" + data
    mine = ours(data)
    reference = theirs(data)
    assert mine == reference, first_difference(mine, reference)


# tokenize (the module) has no TabError and makes an ERRORTOKEN of the
# blank before an unknown character: the reference here is compile()
def test_tab_error_tokenize_module_misses() -> None:
    src = b"if x:\n        y\n\tz\n"
    assert compile_error(src) == ("TabError", "inconsistent use of tabs and spaces in indentation",
                                  3, 1)
    with pytest.raises(SourceError) as info:
        tokenize(src)
    assert (info.value.kind, info.value.lineno, info.value.offset) == ("TabError", 3, 1)


def test_errortoken_for_unknown_characters() -> None:
    toks = tokenize(b"x = $ ? ! `\n")
    assert [(t.type, t.string, t.col) for t in toks if t.type == T.ERRORTOKEN] == [
        (T.ERRORTOKEN, "$", 4), (T.ERRORTOKEN, "?", 6), (T.ERRORTOKEN, "!", 8),
        (T.ERRORTOKEN, "`", 10)]


def test_lone_carriage_returns_are_newlines() -> None:
    # the tokenize module reads lines at \n only; compile() and ast use
    # universal newlines, and so do we
    src = b"x = 1\ry = (2,\r 3)\rif x:\r  z\r"
    toks = tokenize(src)
    assert [(t.string, t.lineno, t.col) for t in toks if t.type == T.NAME] == [
        ("x", 1, 0), ("y", 2, 0), ("if", 4, 0), ("x", 4, 3), ("z", 5, 2)]
    check_ast_agrees(src, toks)


def test_exact_types() -> None:
    toks = tokenize(b"a **= (b -> c) ... d\n")
    ops = [(t.string, t.type, t.exact_type) for t in toks if t.type == T.OP]
    assert ops == [("**=", T.OP, T.DOUBLESTAREQUAL), ("(", T.OP, T.LPAR), ("->", T.OP, T.RARROW),
                   (")", T.OP, T.RPAR), ("...", T.OP, T.ELLIPSIS)]
    assert all(t.exact_type == t.type for t in toks if t.type != T.OP)


def test_byte_and_character_columns() -> None:
    src = "é = 'ü€'; x = '''日\n本''' + y  # 語\n"
    toks = tokenize(src.encode())
    by_string = {t.string: t for t in toks}
    x = by_string["x"]
    assert (x.col, x.col_char) == (len("é = 'ü€'; ".encode()), len("é = 'ü€'; "))
    s = by_string["'''日\n本'''"]
    assert (s.lineno, s.col, s.end_lineno, s.end_col, s.end_col_char) == (1, 18, 2, 6, 4)
    y = by_string["y"]
    assert (y.lineno, y.col, y.col_char) == (2, 9, 7)
    check_ast_agrees(src.encode(), toks)


def test_warning_for_keyword_after_number() -> None:
    t = tokenizer_for(b"x = 1if y else 0x1for\n")
    toks = t.tokenize()
    assert [w.msg for w in t.warnings] == ["invalid decimal literal", "invalid hexadecimal literal"]
    assert [x.string for x in toks if x.type == T.NUMBER] == ["1", "0x1f"]


# ---------------------------------------------------------------- errors

# Errors that CPython's tokenizer finds; compile() is the reference for the
# kind, message, line, offset, end line and end offset.
ERROR_SNIPPETS = [
    "0x1g\n", "0x\n", "0x_\n", "0b2\n", "0b12\n", "0o8\n", "0o18\n", "0o\n", "09\n", "1_\n",
    "1__0\n", "1e\n", "1e+\n", "1.5_\n", "1abc\n", "1.0abc\n", "1jx\n", "1_a\n", "1.__class__\n",
    "x = 0b\n", "x = 0b_\n", "x = 0b1_\n", "x = 0o1_\n", "x = 0x1_\n", "x = 1.5e\n",
    "x = 1.5e-\n", "x = 1.5ex\n", "x = 1.5j_\n", "0_\n", "0._1\n", ".5_\n", "0777\n",
    "x = 1\ny = 00012\n",
    'x = "abc\n', "x = 'abc\n", 'x = """abc\n\n', "x = '''abc\n", 'x = "abc\\\n', 'x = f"abc\n',
    'x = rb"abc\n', 'x = "a" "b\n', 'x = "\r\n', '"""abc\n\n\n', 'x = """abc', "x = 'abc",
    'x = "é\n', 'é = "\n', "x = \"abc\" + 'é\n", 'x = "\\\n', "x = '''\\\n", "s = '''\na\nb\n",
    "(]\n", "(\n]\n", ")\n", "x = 1)\n", "x = [1, 2)\n", "f(a, b]\n", "{(})\n",
    "(" * 201 + ")" * 201 + "\n",
    "x = \x01\n", "x = \x7f\n", "x = 1; \x0b\n", "x = €\n", "a€b = 1\n", "é€ = 1\n",
    "x = \xa0\n", "x = a\u200bb\n", "x = \u00b2\n", "x = a\u00b2\n", "\u0661 = 1\n",
    "a €\n", "x = 'ok'\ny = 1€\n",
    # errors that CPython reports when the parser gets there (pending)
    "if x:\n  a\n b\n", "if x:\n  a\n b = 1\n", "if x:\n    a\n  b = 1  # c\n",
    "if x:\n\ta\n        b\n", "if x:\n        a\n\tb\n", "if x:\n    a\n\tb\n",
    "if 1:\n\tif 2:\n        x\n", "if 1:\n        a\n\tb\n",
    "".join("if x:\n" + " " * (i + 1) for i in range(101)) + "pass\n",
    "x = \\ 1\n", "x = 1 \\", "x = 1 \\\n", "\\", "  \\\n", "x = (\\ 1)\n",
    "x = (1,\n", "x = [1,\n2\n", "x = {\n", "x = (", "x = (\n\n", "f(a, [b,\n c\n",
]


@pytest.mark.parametrize("src", ERROR_SNIPPETS)
def test_error(src: str) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src, "<test>", "exec")
    except SyntaxError as e:
        expected = (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        pytest.fail("CPython accepts %r" % src)
    with pytest.raises(SourceError) as info:
        tokenize(src.encode())
    e2 = info.value
    assert (e2.kind, e2.msg, e2.lineno, e2.offset, e2.end_lineno, e2.end_offset) == expected


def test_null_bytes() -> None:
    with pytest.raises(SourceError) as info:
        tokenize(b"x = 1\0\n")
    assert info.value.msg == "source code string cannot contain null bytes"


def test_pending_errors_end_the_token_list() -> None:
    # CPython reports these only when the parser reaches them, so an
    # earlier syntax error wins: the tokenizer ends with an ERRORTOKEN
    for src, msg in [(b"x = (1,\n", "'(' was never closed"),
                     (b"if x:\n  a\n b\n", "unindent does not match any outer indentation level"),
                     (b"x = \\ 1\n", "unexpected character after line continuation character"),
                     (b"x = 1 \\\n", "unexpected EOF while parsing")]:
        t = tokenizer_for(src)
        toks = t.tokenize()
        assert toks[-1].type == T.ERRORTOKEN
        assert t.pending_error is not None and t.pending_error.msg == msg


# ---------------------------------------------------------------- encodings

ENCODED = [
    b"# -*- coding: latin-1 -*-\nx = '\xe9'; y = 1\n",
    b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'; y = 1\n",
    b"# coding=cp1252\nx = '\x80\x99'; y = 1\n",
    b"# coding: koi8-r\nx = '\xc1\xc2'; y = 1\n",
    b"#coding:LATIN_1\nx = '\xff'; y = 1\n",
    b"\n# coding: latin1\nx = '\xe9'; y = 1\n",
    b"# coding: ascii\nx = 'a'; y = 1\n",
    b"\xef\xbb\xbfx = '\xc3\xa9'; y = 1\n",
    b"\xef\xbb\xbf# coding: utf-8\nx = '\xc3\xa9'; y = 1\n",
    b"# coding: utf-8-sig\nx = '\xc3\xa9'; y = 1\n",
    b"x = 1\n# coding: latin-1\ny = 1\n",      # too late: not a declaration, plain UTF-8
    b"y = 1  # coding: latin-1\n",             # not alone on its line
]


@pytest.mark.parametrize("src", ENCODED)
def test_encodings(src: bytes) -> None:
    mine = ours(src)
    reference = theirs(src)
    assert mine == reference, first_difference(mine, reference)
    check_ast_agrees(src, tokenize(src))


@pytest.mark.parametrize("src", [
    b"# coding: uft-8\nx = 1\n",
    b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    b"\xef\xbb\xbf# coding: utf8\nx = 1\n",
    b"# coding: ascii\nx = '\xe9'\n",
    b"# coding: cp1252\nx = '\x81'\n",
    b"\xff\n",
])
def test_encoding_errors(src: bytes) -> None:
    expected = compile_error(src)
    assert expected is not None
    with pytest.raises(SourceError) as info:
        tokenize(src)
    assert (info.value.kind, info.value.msg, info.value.lineno, info.value.offset) == expected


def test_unsupported_encoding() -> None:
    with pytest.raises(SourceError) as info:
        tokenize(b"# coding: euc-jp\nx = 1\n")
    assert info.value.msg == "encoding not supported by ouro: euc-jp"


def test_invalid_utf8_is_reported_on_its_line() -> None:
    with pytest.raises(SourceError) as info:
        tokenize(b"x = 1\ny = 'a\xffb'\n")
    e = info.value
    assert e.msg.startswith("(unicode error) 'utf-8' codec can't decode byte 0xff")
    assert (e.lineno, e.offset) == (2, 7)


# ---------------------------------------------------------------- robustness

FUZZ_ALPHABET = (b" \t\n\r\x0c\\'\"#()[]{}0123456789.eEjJxXoObB_+-*/=<>!:;,@abcfruFRU"
                 b"\xc3\xa9\xe2\x82\xac\xff\x00\x80")


def mutated_sources(seed: int, count: int, size: int = 3000) -> list[bytes]:
    """Deterministic mutations (inserted, deleted, random bytes) of sample files."""
    import random
    rng = random.Random(seed)
    files = sample_files()
    result = []
    for _ in range(count):
        data = bytearray(read(rng.choice(files))[:size])
        for _ in range(rng.randint(1, 8)):
            pos = rng.randint(0, len(data))
            op = rng.random()
            if op < 0.4:
                data[pos:pos] = bytes([rng.choice(FUZZ_ALPHABET)])
            elif op < 0.7:
                del data[pos:pos + rng.randint(1, 5)]
            else:
                data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
        result.append(bytes(data))
    for _ in range(count):
        result.append(bytes(rng.randrange(256) for _ in range(rng.randint(0, 60))))
    return result


def test_fuzz_never_crashes() -> None:
    """Mutated sources and random bytes give tokens or a SourceError, never
    another exception."""
    for data in mutated_sources(1, 400):
        try:
            tokenize(data)
        except SourceError:
            pass
