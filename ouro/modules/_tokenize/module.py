"""The `_tokenize` module of CPython 3.11: `TokenizerIter(source)`, the
C tokenizer's tokens as tuples (string, exact type, lineno, end_lineno,
col_offset, end_col_offset, line), which `tokenize.
_generate_tokens_from_c_tokenizer` turns into TokenInfos.

Backed by the front end's tokenizer (ouro/parser/tokenizer.py), whose
tokens are those of the `tokenize` module; the C tokenizer's stream
differs, and this module converts:
- no COMMENT or NL tokens and no ENDMARKER; the NEWLINE after a comment
  carries the comment's text and position (the C tokenizer's start was
  left at the '#'), otherwise it is '' at the newline, of no width;
- INDENT and DEDENT are '' at column -1; the DEDENTs at the end are on
  the last line, not the one after it;
- columns are UTF-8 byte offsets; `async`/`await` are ASYNC/AWAIT; a
  stray character (`$`) is an OP;
- newlines are translated (\\r\\n and \\r to \\n) and the source ends with
  one, as for a string given to the C tokenizer;
- an error that the C tokenizer raises at once is a SyntaxError after
  the tokens before it; one that only the parser reports (indentation,
  end of file inside brackets or after a backslash) ends the iteration.
"""
from __future__ import annotations

from ouro.interpreter.frame import syntax_error_from
from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_TypeError)
from ouro.objspace.gateway import register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import (LAYOUT_OTHER, W_Root, W_TypeObject, make_builtin_type, type_name,
                                 w_object_type)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject
from ouro.parser.errors import SourceError
from ouro.parser.tokenizer import Token, Tokenizer
from ouro.parser.tokens import (ASYNC, AWAIT, COMMENT, DEDENT, ENDMARKER, ERRORTOKEN, INDENT,
                                NAME, NEWLINE, NL, OP)

w_tokenizeriter_type = make_builtin_type("TokenizerIter", [w_object_type], LAYOUT_OTHER)
w_tokenizeriter_type.dict_w["__module__"] = W_StrObject("_tokenize")


class W_TokenizerIter(W_Root):
    """All the tuples, made at once, then handed out; an error the
    tokenizer raised comes after them."""
    items_w: list[W_Root]
    pos: int
    error: OperationError | None

    def __init__(self, items_w: list[W_Root], error: OperationError | None) -> None:
        self.items_w = items_w
        self.pos = 0
        self.error = error

    def getclass(self) -> W_TypeObject:
        return w_tokenizeriter_type

    def iter_next(self) -> W_Root:
        if self.pos < len(self.items_w):
            w_item = self.items_w[self.pos]
            self.pos += 1
            return w_item
        err = self.error
        if err is not None:
            self.error = None
            raise err
        return space.STOP


def translate_newlines(data: bytes) -> bytes:
    """\\r\\n and \\r as \\n, and a final \\n (the C tokenizer's
    translate_newlines for string input)."""
    out: list[int] = []
    n = len(data)
    i = 0
    while i < n:
        b = data[i]
        if b == 13:
            out.append(10)
            if i + 1 < n and data[i + 1] == 10:
                i += 1
        else:
            out.append(b)
        i += 1
    if len(out) == 0 or out[len(out) - 1] != 10:
        out.append(10)
    return bytes(out)


def source_lines(data: bytes) -> list[str]:
    """The lines of the (translated) source, each with its newline."""
    lines: list[str] = []
    start = 0
    for i in range(len(data)):
        if data[i] == 10:
            lines.append(data[start:i + 1].decode())
            start = i + 1
    return lines


def line_text(lines: list[str], first: int, last: int) -> str:
    """Lines first..last (1-based) joined: a token's physical lines."""
    parts: list[str] = []
    for k in range(first, last + 1):
        if 1 <= k <= len(lines):
            parts.append(lines[k - 1])
    return "".join(parts)


def token_tuple(string: str, type: int, lineno: int, end_lineno: int, col: int, end_col: int,
                line: str) -> W_Root:
    return W_TupleObject([space.wrap_str(string), wrap_int(type), wrap_int(lineno),
                          wrap_int(end_lineno), wrap_int(col), wrap_int(end_col),
                          space.wrap_str(line)])


def c_token_tuples(tokens: list[Token], lines: list[str]) -> list[W_Root]:
    """The front end's tokens as the C tokenizer's tuples."""
    last_line = len(lines)
    items_w: list[W_Root] = []
    comment: Token | None = None
    for tok in tokens:
        ty = tok.type
        if ty == COMMENT:
            comment = tok
            continue
        if ty == NL:
            comment = None
            continue
        if ty == ENDMARKER:
            break
        line = line_text(lines, tok.lineno, tok.end_lineno)
        if ty == NEWLINE:
            if comment is not None and comment.lineno == tok.lineno:
                items_w.append(token_tuple(comment.string, NEWLINE, tok.lineno, tok.lineno,
                                           comment.col, comment.end_col, line))
            else:
                items_w.append(token_tuple("", NEWLINE, tok.lineno, tok.lineno, tok.col,
                                           tok.col, line))
        elif ty == INDENT or ty == DEDENT:
            lineno = tok.lineno if tok.lineno <= last_line else last_line
            items_w.append(token_tuple("", ty, lineno, lineno, -1, -1,
                                       line_text(lines, lineno, lineno)))
        else:
            exact = tok.exact_type
            if ty == ERRORTOKEN:
                exact = OP
            elif ty == NAME and tok.string == "async":
                exact = ASYNC
            elif ty == NAME and tok.string == "await":
                exact = AWAIT
            items_w.append(token_tuple(tok.string, exact, tok.lineno, tok.end_lineno, tok.col,
                                       tok.end_col, line))
        comment = None
    return items_w


def tokenize_source(source: str) -> W_TokenizerIter:
    data = translate_newlines(source.encode())
    t = Tokenizer(data, "utf-8")
    error: OperationError | None = None
    try:
        tokens = t.tokenize()
    except SourceError as e:
        tokens = t.tokens
        error = syntax_error_from(e, "<string>")
    if t.pending_error is not None and len(tokens) > 0 \
            and tokens[len(tokens) - 1].type == ERRORTOKEN:
        # an error the parser would report: the C tokenizer's iterator
        # just stops there
        tokens = tokens[:len(tokens) - 1]
    return W_TokenizerIter(c_token_tuples(tokens, source_lines(data)), error)


def tokenizeriter_new(slots: list[W_Root | None]) -> W_Root:
    w_source = slots[1]
    assert w_source is not None
    if not isinstance(w_source, W_StrObject):
        raise operr(w_TypeError, "tokenizeriter() argument 'source' must be str, not %s"
                    % type_name(w_source))
    return tokenize_source(w_source.as_str())


def tokenizeriter_iter(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    return w


def tokenizeriter_next(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert isinstance(w, W_TokenizerIter)
    w_res = w.iter_next()
    if w_res is space.STOP:
        raise OperationError(W_BaseException(EXCEPTION_TYPES["StopIteration"], []))
    return w_res


register(w_tokenizeriter_type, "__new__(cls, source)", tokenizeriter_new)
register(w_tokenizeriter_type, "__iter__(self, /)", tokenizeriter_iter)
register(w_tokenizeriter_type, "__next__(self, /)", tokenizeriter_next)


def make_module() -> W_Module:
    w_mod = W_Module("_tokenize", None)
    w_mod.w_dict.setitem_str("TokenizerIter", w_tokenizeriter_type)
    return w_mod


register_module("_tokenize", make_module)
