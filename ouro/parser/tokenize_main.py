"""A small RPy program: print the tokens of a Python file.

    python -m rpy.run ouro/parser/tokenize_main.py FILE [--bytes] [--count]
    python -m rpy.translate ouro/parser/tokenize_main.py && ./tokenize_main-c FILE

The output is that of CPython's `python -m tokenize -e FILE` (an ENCODING
line, then one line per token with its exact type, in the same columns),
so the two can be compared directly.  `--bytes` prints UTF-8 byte columns
(what ast uses) instead of character columns; `--count` prints only the
number of tokens.  An error prints `KIND: MESSAGE (line L, offset O)` on
stdout and exits with status 1.  tests/ouro/test_tokenize_translated.py
translates it to prove that the tokenizer is RPy.
"""
from __future__ import annotations

from rpy.rlib import ros

from ouro.parser.errors import SourceError
from ouro.parser.tokenizer import Token, tokenizer_for
from ouro.parser.tokens import token_name


def format_token(tok: Token, byte_columns: bool) -> str:
    if byte_columns:
        where = "%d,%d-%d,%d:" % (tok.lineno, tok.col, tok.end_lineno, tok.end_col)
    else:
        where = "%d,%d-%d,%d:" % (tok.lineno, tok.col_char, tok.end_lineno, tok.end_col_char)
    return "%-20s%-15s%-15r" % (where, token_name(tok.exact_type), tok.string)


def print_error(e: SourceError) -> None:
    print(str(e))


def entry_point(argv: list[str]) -> int:
    path = ""
    byte_columns = False
    count_only = False
    for arg in argv[1:]:
        if arg == "--bytes":
            byte_columns = True
        elif arg == "--count":
            count_only = True
        else:
            path = arg
    if path == "":
        ros.write_stderr("usage: tokenize_main FILE [--bytes] [--count]\n")
        return 2
    try:
        raw = ros.read_file(path)
    except OSError:
        ros.write_stderr("tokenize_main: cannot read %s\n" % path)
        return 2
    try:
        t = tokenizer_for(raw)
        tokens = t.tokenize()
    except SourceError as e:
        print_error(e)
        return 1
    if count_only:
        print(len(tokens))
    else:
        encoding = t.encoding
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        print("%-20s%-15s%-15r" % ("0,0-0,0:", "ENCODING", encoding))
        for tok in tokens:
            print(format_token(tok, byte_columns))
    err = t.pending_error
    if err is not None:
        print_error(err)
        return 1
    return 0
