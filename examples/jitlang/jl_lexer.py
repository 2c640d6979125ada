"""jitlang: the tokenizer (RPy).

Tokens: integers, floats (`1.5`, `2e10`), strings in double quotes (escapes
\\n \\t \\" \\\\), names and keywords, operators. A newline ends a statement
(outside parentheses and brackets); `#` starts a comment.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import ovfcheck

from jl_errors import JLError

T_INT = 0
T_FLOAT = 1
T_STR = 2
T_NAME = 3
T_OP = 4
T_NEWLINE = 5
T_EOF = 6
TOKEN_KINDS = ['integer', 'float', 'string', 'name', 'operator', 'end of line', 'end of file']

KEYWORDS = ['def', 'if', 'else', 'while', 'return', 'break', 'continue', 'and', 'or', 'not',
            'true', 'false', 'none']
TWO_CHAR_OPS = ['==', '!=', '<=', '>=']
ONE_CHAR_OPS = '+-*/%<>=(){}[],.;!'


class Token:
    kind: int
    text: str
    line: int

    def __init__(self, kind: int, text: str, line: int) -> None:
        self.kind = kind
        self.text = text
        self.line = line

    def describe(self) -> str:
        if self.kind == T_NEWLINE or self.kind == T_EOF:
            return TOKEN_KINDS[self.kind]
        return "'%s'" % self.text


def is_name_start(c: str) -> bool:
    return c.isalpha() or c == '_'


def is_name_char(c: str) -> bool:
    return c.isalnum() or c == '_'


def tokenize(src: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    n = len(src)
    line = 1
    depth = 0           # parentheses and brackets: newlines inside are spaces
    while i < n:
        c = src[i]
        if c == '\n':
            if depth == 0:
                tokens.append(Token(T_NEWLINE, '\n', line))
            line += 1
            i += 1
        elif c == ' ' or c == '\t' or c == '\r':
            i += 1
        elif c == '#':
            while i < n and src[i] != '\n':
                i += 1
        elif c.isdigit():
            start = i
            while i < n and src[i].isdigit():
                i += 1
            isfloat = False
            if i + 1 < n and src[i] == '.' and src[i + 1].isdigit():
                isfloat = True
                i += 1
                while i < n and src[i].isdigit():
                    i += 1
            if i < n and (src[i] == 'e' or src[i] == 'E'):
                j = i + 1
                if j < n and (src[j] == '+' or src[j] == '-'):
                    j += 1
                if j < n and src[j].isdigit():
                    isfloat = True
                    i = j
                    while i < n and src[i].isdigit():
                        i += 1
            if i < n and is_name_char(src[i]):
                raise JLError('SyntaxError', "invalid number '%s'" % src[start:i + 1], line)
            tokens.append(Token(T_FLOAT if isfloat else T_INT, src[start:i], line))
        elif is_name_start(c):
            start = i
            while i < n and is_name_char(src[i]):
                i += 1
            tokens.append(Token(T_NAME, src[start:i], line))
        elif c == '"':
            i, text = read_string(src, i, line)
            tokens.append(Token(T_STR, text, line))
        elif src[i:i + 2] in TWO_CHAR_OPS:
            tokens.append(Token(T_OP, src[i:i + 2], line))
            i += 2
        elif c in ONE_CHAR_OPS:
            if c == '(' or c == '[':
                depth += 1
            elif c == ')' or c == ']':
                if depth > 0:
                    depth -= 1
            tokens.append(Token(T_OP, c, line))
            i += 1
        else:
            raise JLError('SyntaxError', "unexpected character '%s'" % c, line)
    tokens.append(Token(T_NEWLINE, '\n', line))
    tokens.append(Token(T_EOF, '', line))
    return tokens


def read_string(src: str, i: int, line: int) -> tuple[int, str]:
    """The string literal starting at src[i] == '"': (index after it, its value)."""
    parts: list[str] = []
    i += 1
    n = len(src)
    while True:
        if i >= n or src[i] == '\n':
            raise JLError('SyntaxError', "unterminated string", line)
        c = src[i]
        if c == '"':
            return i + 1, ''.join(parts)
        if c == '\\':
            if i + 1 >= n:
                raise JLError('SyntaxError', "unterminated string", line)
            e = src[i + 1]
            if e == 'n':
                parts.append('\n')
            elif e == 't':
                parts.append('\t')
            elif e == '"':
                parts.append('"')
            elif e == '\\':
                parts.append('\\')
            else:
                raise JLError('SyntaxError', "unknown escape '\\%s' in a string" % e, line)
            i += 2
        else:
            parts.append(c)
            i += 1


def parse_decimal(text: str) -> int:
    """The value of a string of ASCII digits; OverflowError beyond a machine word."""
    value = 0
    for c in text:
        value = ovfcheck(value * 10)
        value = ovfcheck(value + (ord(c) - ord('0')))
    return value
