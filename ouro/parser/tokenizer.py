"""The Python 3.11 tokenizer, in RPy.

    tokens = tokenize(raw_bytes)          # decode (PEP 263, BOM), then tokenize

works on the source's UTF-8 bytes (see source.py) and returns every token,
the way CPython's `tokenize` module lists them: NAME, NUMBER, STRING (an
f-string is one STRING token, as in 3.11), OP (with its exact type),
COMMENT, NL (a newline that ends no statement: blank and comment lines,
newlines inside brackets), NEWLINE, INDENT, DEDENT, ERRORTOKEN (a lone
printable character that is no token, like `$` or `?`: the parser reports
"invalid syntax" there) and ENDMARKER.

Positions: `lineno`/`end_lineno` are 1-based; `col`/`end_col` are UTF-8
BYTE offsets in the line, what CPython's ast col_offset uses;
`col_char`/`end_col_char` are character offsets, what the tokenize module
and SyntaxError.offset use.  Token strings are the exact source text
(newlines as written: \\r\\n stays \\r\\n; the parser normalizes newlines
inside string literals, as CPython's universal newlines would).

Behaviour follows CPython 3.11's C tokenizer (Parser/tokenizer.c), with its
messages:
- tabs advance to the next multiple of 8, a form feed resets the column;
  indentation that is consistent with tab size 8 but not with tab size 1
  is a TabError;
- number literals are checked as CPython does ("invalid decimal literal",
  "leading zeros ...", ...); a number directly followed by a keyword
  (`1if x else y`) is accepted with a warning (`warnings`);
- identifiers may use any XID_Start/XID_Continue character (PEP 3131);
- brackets must match (errors "unmatched ')'", "closing parenthesis ...").

Errors come in two kinds, as in CPython, where the tokenizer runs lazily
under the parser and the parser decides which error wins:
- errors CPython's tokenizer raises at once (bad strings, numbers,
  characters, brackets) raise SourceError from `tokenize()`;
- errors CPython reports only when the parser reaches them (indentation
  and tab errors, `\\` not followed by a newline, end of file inside
  brackets or after `\\`) end the token list with an ERRORTOKEN whose
  `pending_error` field on the Tokenizer holds the error; the plain
  `tokenize()` function raises it, the parser will raise it when it gets
  there.
"""
from __future__ import annotations

from ouro.parser import charclass
from ouro.parser.errors import SourceError, tokenizer_error
from ouro.parser.source import declared_encoding, decode_source
from ouro.parser.tokens import (COMMENT, DEDENT, ENDMARKER, ERRORTOKEN, INDENT, NAME,
                                NEWLINE, NL, NUMBER, OP, OPERATORS, STRING, token_name)

TABSIZE = 8
MAXINDENT = 100     # indentation levels
MAXLEVEL = 200      # nested brackets

EOF = -1

# byte classes (ASCII); bytes >= 128 are potential identifier characters
ID_START = [(97 <= b <= 122) or (65 <= b <= 90) or b == 95 or b >= 128 for b in range(256)]
ID_CHAR = [ID_START[b] or (48 <= b <= 57) for b in range(256)]
IS_DIGIT = [48 <= b <= 57 for b in range(256)]
IS_HEX = [(48 <= b <= 57) or (97 <= b <= 102) or (65 <= b <= 70) for b in range(256)]


class Token:
    type: int           # NAME, NUMBER, STRING, OP, NEWLINE, ... (tokens.py)
    exact_type: int     # the operator's own type for OP, else == type
    string: str
    lineno: int
    col: int            # UTF-8 byte offset in the line
    end_lineno: int
    end_col: int
    col_char: int       # character offset in the line
    end_col_char: int

    def __init__(self, type: int, exact_type: int, string: str, lineno: int, col: int,
                 end_lineno: int, end_col: int, col_char: int, end_col_char: int) -> None:
        self.type = type
        self.exact_type = exact_type
        self.string = string
        self.lineno = lineno
        self.col = col
        self.end_lineno = end_lineno
        self.end_col = end_col
        self.col_char = col_char
        self.end_col_char = end_col_char

    def __repr__(self) -> str:
        return "Token(%s, %r, %d:%d-%d:%d)" % (token_name(self.exact_type), self.string,
                                               self.lineno, self.col, self.end_lineno,
                                               self.end_col)


class TokenizeWarning:
    """A warning CPython's tokenizer emits (a SyntaxWarning)."""
    msg: str
    lineno: int
    offset: int         # 1-based character offset

    def __init__(self, msg: str, lineno: int, offset: int) -> None:
        self.msg = msg
        self.lineno = lineno
        self.offset = offset


class Tokenizer:
    data: bytes             # the source, UTF-8
    n: int
    encoding: str
    tokens: list[Token]
    warnings: list[TokenizeWarning]
    pending_error: SourceError | None
    line_starts: list[int]  # byte index of the start of each line seen (line k at [k - 1])
    declared: bool          # the source declares its encoding or starts with a BOM
                            # (then CPython's parser reports offsets in characters)

    pos: int                # next byte to read
    lineno: int
    line_start: int         # byte index where the current line starts
    at_bol: bool            # at the beginning of a physical line
    continued: bool         # the previous line ended with a backslash
    indents: list[int]      # indentation columns (tab size 8)
    altindents: list[int]   # the same with tab size 1, for TabError
    paren_chars: list[int]  # open brackets: the byte, its line and byte column
    paren_lines: list[int]
    paren_cols: list[int]
    ascii_only: bool        # no byte >= 128: character offsets are byte offsets
    cc_line_start: int      # cache for char_col(): chars counted in this line so far
    cc_pos: int
    cc_chars: int
    cur: int                # cursor of the number scanner (CPython's tok->cur)

    def __init__(self, data: bytes, encoding: str) -> None:
        self.data = data
        self.n = len(data)
        self.encoding = encoding
        self.tokens = []
        self.warnings = []
        self.pending_error = None
        self.line_starts = [0]
        self.declared = False
        self.pos = 0
        self.lineno = 1
        self.line_start = 0
        self.at_bol = True
        self.continued = False
        self.indents = [0]
        self.altindents = [0]
        self.paren_chars = []
        self.paren_lines = []
        self.paren_cols = []
        self.ascii_only = True
        i = 0
        while i < self.n:
            if data[i] >= 128:
                self.ascii_only = False
                break
            i += 1
        self.cc_line_start = 0
        self.cc_pos = 0
        self.cc_chars = 0
        self.cur = 0

    # ------------------------------------------------------------ positions

    def char_col(self, line_start: int, pos: int) -> int:
        """Character offset of byte `pos` in the line starting at line_start."""
        if self.ascii_only:
            return pos - line_start
        if line_start != self.cc_line_start or pos < self.cc_pos:
            self.cc_line_start = line_start
            self.cc_pos = line_start
            self.cc_chars = 0
        data = self.data
        i = self.cc_pos
        count = self.cc_chars
        while i < pos:
            if (data[i] & 0xC0) != 0x80:
                count += 1
            i += 1
        self.cc_pos = pos
        self.cc_chars = count
        return count

    def line_text(self, line_start: int) -> str:
        """The line starting at line_start, with its newline, decoded."""
        i = line_start
        data = self.data
        while i < self.n and data[i] != 10 and data[i] != 13:
            i += 1
        if i < self.n:
            i += 2 if data[i] == 13 and i + 1 < self.n and data[i + 1] == 10 else 1
        return data[line_start:i].decode()

    def newline_length(self, pos: int) -> int:
        """1 or 2 if a newline (\\n, \\r\\n or \\r) starts at pos, else 0."""
        if pos >= self.n:
            return 0
        b = self.data[pos]
        if b == 10:
            return 1
        if b == 13:
            if pos + 1 < self.n and self.data[pos + 1] == 10:
                return 2
            return 1
        return 0

    def start_line(self, pos: int) -> None:
        """A new physical line starts at byte pos."""
        self.lineno += 1
        self.line_start = pos
        self.line_starts.append(pos)

    # ------------------------------------------------------------ tokens

    def add(self, type: int, exact: int, start: int, end: int) -> None:
        """A token on the current line, from byte start to byte end."""
        ls = self.line_start
        string = self.data[start:end].decode()
        self.tokens.append(Token(type, exact, string, self.lineno, start - ls,
                                 self.lineno, end - ls, self.char_col(ls, start),
                                 self.char_col(ls, end)))

    def add_multiline(self, type: int, start: int, start_lineno: int, start_line_start: int,
                      end: int) -> None:
        """A token that started on an earlier line (a string) and ends here."""
        col_char = self.char_col(start_line_start, start)
        string = self.data[start:end].decode()
        ls = self.line_start
        self.tokens.append(Token(type, type, string, start_lineno, start - start_line_start,
                                 self.lineno, end - ls, col_char, self.char_col(ls, end)))

    def add_empty(self, type: int, lineno: int, col: int, col_char: int) -> None:
        self.tokens.append(Token(type, type, "", lineno, col, lineno, col, col_char, col_char))

    # ------------------------------------------------------------ errors

    def error_at(self, msg: str, lineno: int, line_start: int, pos: int) -> SourceError:
        """A SyntaxError whose offset points just after byte pos - 1 (CPython
        reports tok->cur, the position after the last character read)."""
        offset = self.char_col(line_start, pos)
        return tokenizer_error("SyntaxError", msg, lineno, offset, lineno, offset,
                           self.line_text(line_start))

    def error(self, msg: str, pos: int) -> SourceError:
        return self.error_at(msg, self.lineno, self.line_start, pos)

    def parser_col(self, line_start: int, pos: int) -> int:
        """The column of an error CPython's parser reports (the pending ones):
        in characters if the source declares its encoding, else in bytes."""
        if self.declared:
            return self.char_col(line_start, pos)
        return pos - line_start

    def pending(self, kind: str, msg: str, lineno: int, offset: int, end_offset: int,
                line_start: int) -> None:
        """Stop here with an error that the parser reports when it gets here."""
        self.pending_error = tokenizer_error(kind, msg, lineno, offset, lineno, end_offset,
                                         self.line_text(line_start))
        pos = self.pos
        self.tokens.append(Token(ERRORTOKEN, ERRORTOKEN, "", lineno, pos - line_start, lineno,
                                 pos - line_start, self.char_col(line_start, pos),
                                 self.char_col(line_start, pos)))

    def add_error_token(self, err: SourceError) -> None:
        """End the tokens (after tokenize() raised err) with an ERRORTOKEN
        whose pending error is err, where the parser will meet it."""
        self.pending_error = err
        pos = self.pos
        if pos > self.n:
            pos = self.n
        if pos < self.line_start:
            pos = self.line_start
        col = pos - self.line_start
        self.tokens.append(Token(ERRORTOKEN, ERRORTOKEN, "", self.lineno, col, self.lineno, col,
                                 self.char_col(self.line_start, pos),
                                 self.char_col(self.line_start, pos)))

    # ------------------------------------------------------------ main loop

    def tokenize(self) -> list[Token]:
        """Tokenize the whole source.  Raises SourceError; see also
        pending_error (then the last token is an ERRORTOKEN)."""
        if self.run():
            self.finish()
        return self.tokens

    def run(self) -> bool:
        """The token loop; False if it stopped at a pending error."""
        data = self.data
        n = self.n
        while True:
            if self.at_bol:
                self.at_bol = False
                if self.continued:
                    self.continued = False
                elif len(self.paren_chars) == 0:
                    status = self.indentation()
                    if status == 0:         # end of file
                        return True
                    if status == 1:         # a blank or comment line, consumed
                        self.at_bol = True
                        continue
                    if status == 3:         # an indentation error
                        return False
            pos = self.pos
            while pos < n:
                b = data[pos]
                if b != 32 and b != 9 and b != 12:
                    break
                pos += 1
            self.pos = pos
            if pos >= n:
                if len(self.paren_chars) > 0:
                    self.unclosed_bracket()
                    return False
                return True
            b = data[pos]
            if ID_START[b]:
                self.name_or_string(pos)
            elif IS_DIGIT[b] or (b == 46 and pos + 1 < n and IS_DIGIT[data[pos + 1]]):
                self.number(pos)
            elif b == 34 or b == 39:
                self.string(pos, pos)
            elif b == 35:
                self.comment(pos)
            elif b == 10 or b == 13:
                nl = self.newline_length(pos)
                if len(self.paren_chars) > 0:
                    self.add(NL, NL, pos, pos + nl)
                else:
                    self.add(NEWLINE, NEWLINE, pos, pos + nl)
                self.pos = pos + nl
                self.start_line(pos + nl)
                self.at_bol = True
            elif b == 92:
                if not self.backslash(pos):
                    return False
            else:
                self.operator(pos)

    def finish(self) -> None:
        """At the end of the source: the implicit NEWLINE, DEDENTs, ENDMARKER
        (positions as the tokenize module gives them)."""
        last = len(self.tokens) - 1
        if last >= 0:
            t = self.tokens[last]
            if t.type != NEWLINE and t.type != NL and t.type != DEDENT and t.type != INDENT:
                # the last line has code but no newline
                col = self.n - self.line_start
                col_char = self.char_col(self.line_start, self.n)
                self.tokens.append(Token(NEWLINE, NEWLINE, "", self.lineno, col, self.lineno,
                                         col + 1, col_char, col_char + 1))
        # lines are counted as the tokenize module does: after a final line
        # without newline comes one more (empty) line, unless it is blank
        lineno = self.lineno
        if self.line_start < self.n and not self.blank_tail(self.line_start):
            lineno += 1
        for i in range(len(self.indents) - 1):
            self.add_empty(DEDENT, lineno, 0, 0)
        self.add_empty(ENDMARKER, lineno, 0, 0)

    def blank_tail(self, start: int) -> bool:
        """Is data[start:] only spaces, tabs and form feeds?"""
        i = start
        while i < self.n:
            b = self.data[i]
            if b != 32 and b != 9 and b != 12:
                return False
            i += 1
        return True

    # ------------------------------------------------------------ indentation

    def indentation(self) -> int:
        """At the start of a logical line: measure the indentation, emit
        INDENT/DEDENT.  Returns 0 at end of file, 1 if the line was blank or
        only a comment (then it is consumed, COMMENT and NL emitted), 2 if
        the line has code, 3 after an indentation error (pending)."""
        data = self.data
        n = self.n
        col = 0
        altcol = 0
        # a backslash-newline inside the leading whitespace joins the next
        # line to it; the column of the first such backslash (if not 0) is
        # the indentation (CPython 3.11.7's cont_line_col: indentation is
        # not split over physical lines)
        cont_col = 0
        pos = self.pos
        while pos < n:
            b = data[pos]
            if b == 32:
                col += 1
                altcol += 1
            elif b == 9:
                col = (col // TABSIZE + 1) * TABSIZE
                altcol += 1
            elif b == 12:
                col = 0
                altcol = 0
            elif b == 92:
                nl = self.newline_length(pos + 1)
                if nl == 0 or pos + 1 + nl >= n:
                    # not a continuation, or the end after it: the error
                    # comes before any INDENT
                    self.pos = pos
                    self.backslash(pos)
                    return 3
                if cont_col == 0:
                    cont_col = col
                pos += 1 + nl
                self.start_line(pos)
                continue
            else:
                break
            pos += 1
        self.pos = pos
        if cont_col != 0:
            col = cont_col
            altcol = cont_col
        if pos >= n:
            return 0
        b = data[pos]
        if b == 35 or b == 10 or b == 13:
            if b == 35:
                pos = self.comment(pos)
            nl = self.newline_length(pos)
            self.add(NL, NL, pos, pos + nl)
            self.pos = pos + nl
            if nl > 0:
                self.start_line(pos + nl)
            return 1
        top = len(self.indents) - 1
        if col == self.indents[top]:
            if altcol != self.altindents[top]:
                self.tab_error()
                return 3
        elif col > self.indents[top]:
            if top + 1 >= MAXINDENT:
                self.pending("IndentationError", "too many levels of indentation",
                             self.lineno, 1, 0, self.line_start)
                return 3
            if altcol <= self.altindents[top]:
                self.tab_error()
                return 3
            self.indents.append(col)
            self.altindents.append(altcol)
            self.add(INDENT, INDENT, self.line_start, pos)
        else:
            count = 0
            while top > 0 and col < self.indents[top]:
                self.indents.pop()
                self.altindents.pop()
                top -= 1
                count += 1
            if col != self.indents[top]:
                text = self.line_text(self.line_start)
                end = self.line_start + len(text.encode())
                offset = self.parser_col(self.line_start, end)
                if not text.endswith("\n") and not text.endswith("\r"):
                    offset += 1         # CPython adds the missing final newline
                self.pending("IndentationError",
                             "unindent does not match any outer indentation level",
                             self.lineno, offset, -1, self.line_start)
                return 3
            if altcol != self.altindents[top]:
                self.tab_error()
                return 3
            colchar = self.char_col(self.line_start, pos)
            for i in range(count):
                self.add_empty(DEDENT, self.lineno, pos - self.line_start, colchar)
        return 2

    def tab_error(self) -> None:
        self.pending("TabError", "inconsistent use of tabs and spaces in indentation",
                     self.lineno, 1, 0, self.line_start)

    # ------------------------------------------------------------ simple tokens

    def comment(self, pos: int) -> int:
        """A comment from pos to the end of the line; returns its end."""
        data = self.data
        end = pos
        while end < self.n and data[end] != 10 and data[end] != 13:
            end += 1
        self.add(COMMENT, COMMENT, pos, end)
        self.pos = end
        return end

    def backslash(self, pos: int) -> bool:
        """A line continuation; False (pending error) if it is not one."""
        nl = self.newline_length(pos + 1)
        if nl == 0:
            self.pos = pos + 1
            offset = self.parser_col(self.line_start, pos) + 2
            if pos + 1 >= self.n:
                self.eof_after_backslash(offset)
            else:
                self.pending("SyntaxError",
                             "unexpected character after line continuation character",
                             self.lineno, offset, 0, self.line_start)
            return False
        if pos + 1 + nl >= self.n:
            offset = self.parser_col(self.line_start, pos) + 2
            self.pos = pos + 1 + nl
            self.eof_after_backslash(offset)
            return False
        self.pos = pos + 1 + nl
        self.start_line(self.pos)
        self.continued = True
        self.at_bol = True
        return True

    def eof_after_backslash(self, offset: int) -> None:
        """The source ends after a `\\`: inside brackets CPython reports the
        innermost unclosed one."""
        if len(self.paren_chars) > 0:
            self.unclosed_bracket()
        else:
            self.pending("SyntaxError", "unexpected EOF while parsing", self.lineno, offset, -1,
                         self.line_start)
            self.reported_at_end()

    def unclosed_bracket(self) -> None:
        top = len(self.paren_chars) - 1
        lineno = self.paren_lines[top]
        col = self.paren_cols[top]
        line_start = self.line_starts[lineno - 1]
        offset = self.parser_col(line_start, line_start + col) + 1
        self.pending("SyntaxError", "'%s' was never closed" % chr(self.paren_chars[top]),
                     lineno, offset, 0, line_start)
        self.reported_at_end()

    def reported_at_end(self) -> None:
        """The pending error is one CPython's parser raises at the end of
        the input: its text keeps the line's newline, as the parser's."""
        err = self.pending_error
        if err is not None:
            err.from_tokenizer = False

    def operator(self, pos: int) -> None:
        data = self.data
        n = self.n
        b = data[pos]
        length = 0
        if pos + 2 < n:
            length = three_char_operator(b, data[pos + 1], data[pos + 2])
        if length == 0 and pos + 1 < n:
            length = two_char_operator(b, data[pos + 1])
        if length == 0:
            length = one_char_operator(b)
        if length == 0:
            if b >= 33 and b <= 126:    # printable: the parser says "invalid syntax"
                self.add(ERRORTOKEN, ERRORTOKEN, pos, pos + 1)
                self.pos = pos + 1
                return
            raise self.error("invalid non-printable character U+%04X" % b, pos + 1)
        end = pos + length
        if length == 1:
            if b == 40 or b == 91 or b == 123:          # ( [ {
                if len(self.paren_chars) >= MAXLEVEL:
                    raise self.error("too many nested parentheses", end)
                self.paren_chars.append(b)
                self.paren_lines.append(self.lineno)
                self.paren_cols.append(pos - self.line_start)
            elif b == 41 or b == 93 or b == 125:        # ) ] }
                if len(self.paren_chars) == 0:
                    raise self.error("unmatched '%s'" % chr(b), end)
                opening = self.paren_chars.pop()
                open_line = self.paren_lines.pop()
                self.paren_cols.pop()
                if not ((opening == 40 and b == 41) or (opening == 91 and b == 93)
                        or (opening == 123 and b == 125)):
                    if open_line != self.lineno:
                        raise self.error("closing parenthesis '%s' does not match opening "
                                         "parenthesis '%s' on line %d"
                                         % (chr(b), chr(opening), open_line), end)
                    raise self.error("closing parenthesis '%s' does not match opening "
                                     "parenthesis '%s'" % (chr(b), chr(opening)), end)
        string = data[pos:end].decode()
        ls = self.line_start
        self.tokens.append(Token(OP, OPERATORS[string], string, self.lineno, pos - ls,
                                 self.lineno, end - ls, self.char_col(ls, pos),
                                 self.char_col(ls, end)))
        self.pos = end

    # ------------------------------------------------------------ names

    def name_or_string(self, start: int) -> None:
        """An identifier, or the prefix of a string (b r u f, as CPython allows)."""
        data = self.data
        n = self.n
        pos = start
        saw_b = False
        saw_r = False
        saw_u = False
        saw_f = False
        while pos < n:
            c = data[pos]
            if not (saw_b or saw_u or saw_f) and (c == 98 or c == 66):          # b B
                saw_b = True
            elif not (saw_b or saw_u or saw_r or saw_f) and (c == 117 or c == 85):  # u U
                saw_u = True
            elif not (saw_r or saw_u) and (c == 114 or c == 82):                # r R
                saw_r = True
            elif not (saw_f or saw_b or saw_u) and (c == 102 or c == 70):       # f F
                saw_f = True
            else:
                break
            pos += 1
            if pos < n and (data[pos] == 34 or data[pos] == 39):
                self.string(start, pos)
                return
        nonascii = False
        while pos < n and ID_CHAR[data[pos]]:
            if data[pos] >= 128:
                nonascii = True
            pos += 1
        if nonascii:
            self.verify_identifier(start, pos)
        self.add(NAME, NAME, start, pos)
        self.pos = pos

    def verify_identifier(self, start: int, end: int) -> None:
        """Raise CPython's error for the first character that may not be in
        an identifier (PEP 3131)."""
        text = self.data[start:end].decode()
        first = True
        index = 0
        for ch in text:
            cp = ord(ch)
            if first:
                ok = cp == 95 or (cp < 128 and ID_START[cp]) or (cp >= 128 and charclass.is_xid_start(cp))
            else:
                ok = (cp < 128 and ID_CHAR[cp]) or (cp >= 128 and charclass.is_xid_continue(cp))
            if not ok:
                offset = self.char_col(self.line_start, start) + index + 1
                if charclass.is_printable(cp):
                    msg = "invalid character '%s' (U+%04X)" % (ch, cp)
                else:
                    msg = "invalid non-printable character U+%04X" % cp
                raise tokenizer_error("SyntaxError", msg, self.lineno, offset, self.lineno, offset,
                                  self.line_text(self.line_start))
            first = False
            index += 1

    # ------------------------------------------------------------ strings

    def string(self, start: int, quote_pos: int) -> None:
        """A string literal (prefix from start, quote at quote_pos), possibly
        over several lines if triple-quoted or with escaped newlines."""
        data = self.data
        n = self.n
        quote = data[quote_pos]
        first_lineno = self.lineno
        first_line_start = self.line_start
        pos = quote_pos + 1
        quote_size = 1
        end_quote_size = 0
        if pos < n and data[pos] == quote:
            if pos + 1 < n and data[pos + 1] == quote:
                quote_size = 3
                pos += 2
            else:
                end_quote_size = 1      # the empty string
                pos += 1
        while end_quote_size != quote_size:
            if pos >= n:
                detected = self.lineno
                if self.line_start == n and n > 0:
                    detected -= 1       # the source ends with a newline
                raise self.unterminated(quote_size, start, first_lineno, first_line_start,
                                        detected)
            c = data[pos]
            if c == 10 or c == 13:
                if quote_size == 1:
                    raise self.unterminated(quote_size, start, first_lineno,
                                            first_line_start, self.lineno)
                nl = self.newline_length(pos)
                pos += nl
                self.start_line(pos)
                end_quote_size = 0
                continue
            pos += 1
            if c == quote:
                end_quote_size += 1
            else:
                end_quote_size = 0
                if c == 92 and pos < n:         # backslash: skip the escaped character
                    nl = self.newline_length(pos)
                    if nl > 0:
                        pos += nl
                        self.start_line(pos)
                    else:
                        pos += 1
                        while pos < n and (data[pos] & 0xC0) == 0x80:
                            pos += 1
        if self.lineno == first_lineno:
            self.add(STRING, STRING, start, pos)
        else:
            self.add_multiline(STRING, start, first_lineno, first_line_start, pos)
        self.pos = pos

    def unterminated(self, quote_size: int, start: int, first_lineno: int,
                     first_line_start: int, detected: int) -> SourceError:
        if quote_size == 3:
            msg = "unterminated triple-quoted string literal (detected at line %d)" % detected
        else:
            msg = "unterminated string literal (detected at line %d)" % detected
        return self.error_at(msg, first_lineno, first_line_start, start + 1)

    # ------------------------------------------------------------ numbers
    # A transcription of CPython's number scanner: self.cur is tok->cur,
    # nextc() and backup() are tok_nextc() and tok_backup(), so that error
    # positions are CPython's.

    def nextc(self) -> int:
        cur = self.cur
        if cur >= self.n:
            self.cur = cur + 1      # backup() undoes it, as tok_backup(EOF)
            return EOF
        self.cur = cur + 1
        return self.data[cur]

    def backup(self) -> None:
        self.cur -= 1

    def number_error(self, msg: str) -> SourceError:
        return self.error(msg, self.cur)

    def number(self, start: int) -> None:
        self.cur = start
        c = self.nextc()
        if c == 46:                     # '.' then a digit: a fraction
            c = self.nextc()
            c = self.fraction(c)
        elif c == 48:                   # '0'
            c = self.nextc()
            if c == 120 or c == 88:     # x X
                c = self.nextc()
                while True:
                    if c == 95:
                        c = self.nextc()
                    if not (c >= 0 and IS_HEX[c]):
                        self.backup()
                        raise self.number_error("invalid hexadecimal literal")
                    c = self.nextc()
                    while c >= 0 and IS_HEX[c]:
                        c = self.nextc()
                    if c != 95:
                        break
                self.verify_end_of_number(c, "hexadecimal")
            elif c == 111 or c == 79:   # o O
                c = self.radix_digits(8, "octal")
            elif c == 98 or c == 66:    # b B
                c = self.radix_digits(2, "binary")
            else:
                nonzero = False
                while True:
                    if c == 95:
                        c = self.nextc()
                        if not (c >= 0 and IS_DIGIT[c]):
                            self.backup()
                            raise self.number_error("invalid decimal literal")
                    if c != 48:
                        break
                    c = self.nextc()
                zeros_end = self.cur
                if c >= 0 and IS_DIGIT[c]:
                    nonzero = True
                    c = self.decimal_tail()
                if c == 46:
                    c = self.nextc()
                    c = self.fraction(c)
                elif c == 101 or c == 69:
                    c = self.exponent(c)
                elif c == 106 or c == 74:
                    c = self.imaginary()
                elif nonzero:
                    self.backup()
                    ls = self.line_start
                    offset = self.char_col(ls, start) + 1
                    raise tokenizer_error("SyntaxError", "leading zeros in decimal integer literals "
                                      "are not permitted; use an 0o prefix for octal integers",
                                      self.lineno, offset, self.lineno,
                                      self.char_col(ls, zeros_end),
                                      self.line_text(ls))
                else:
                    self.verify_end_of_number(c, "decimal")
        else:
            c = self.decimal_tail()
            if c == 46:
                c = self.nextc()
                c = self.fraction(c)
            elif c == 101 or c == 69:
                c = self.exponent(c)
            elif c == 106 or c == 74:
                c = self.imaginary()
            else:
                self.verify_end_of_number(c, "decimal")
        self.backup()
        end = self.cur
        self.add(NUMBER, NUMBER, start, end)
        self.pos = end

    def radix_digits(self, radix: int, kind: str) -> int:
        """The digits after 0o or 0b; returns the character after them."""
        c = self.nextc()
        while True:
            if c == 95:
                c = self.nextc()
            if not (c >= 48 and c < 48 + radix):
                if c >= 0 and IS_DIGIT[c]:
                    raise self.number_error("invalid digit '%s' in %s literal" % (chr(c), kind))
                self.backup()
                raise self.number_error("invalid %s literal" % kind)
            c = self.nextc()
            while c >= 48 and c < 48 + radix:
                c = self.nextc()
            if c != 95:
                break
        if c >= 0 and IS_DIGIT[c]:
            raise self.number_error("invalid digit '%s' in %s literal" % (chr(c), kind))
        self.verify_end_of_number(c, kind)
        return c

    def decimal_tail(self) -> int:
        """Digits with single underscores between them; returns the next char."""
        while True:
            c = self.nextc()
            while c >= 0 and IS_DIGIT[c]:
                c = self.nextc()
            if c != 95:
                return c
            c = self.nextc()
            if not (c >= 0 and IS_DIGIT[c]):
                self.backup()
                raise self.number_error("invalid decimal literal")

    def fraction(self, c: int) -> int:
        """After the '.': c is the character following it."""
        if c >= 0 and IS_DIGIT[c]:
            c = self.decimal_tail()
        if c == 101 or c == 69:
            return self.exponent(c)
        if c == 106 or c == 74:
            return self.imaginary()
        self.verify_end_of_number(c, "decimal")
        return c

    def exponent(self, e: int) -> int:
        """c is 'e' or 'E' after the mantissa."""
        c = self.nextc()
        if c == 43 or c == 45:          # + -
            c = self.nextc()
            if not (c >= 0 and IS_DIGIT[c]):
                self.backup()
                raise self.number_error("invalid decimal literal")
        elif not (c >= 0 and IS_DIGIT[c]):
            # not an exponent: the number ends before the 'e'
            self.backup()
            self.verify_end_of_number(e, "decimal")
            return e
        c = self.decimal_tail()
        if c == 106 or c == 74:
            return self.imaginary()
        self.verify_end_of_number(c, "decimal")
        return c

    def imaginary(self) -> int:
        c = self.nextc()
        self.verify_end_of_number(c, "imaginary")
        return c

    def lookahead(self, test: str) -> bool:
        """Do the next characters spell `test`, then no identifier character?
        The cursor is left where it was."""
        save = self.cur
        result = True
        for ch in test:
            if self.nextc() != ord(ch):
                result = False
                break
        if result:
            c = self.nextc()
            result = not (c >= 0 and ID_CHAR[c])
        self.cur = save
        return result

    def verify_end_of_number(self, c: int, kind: str) -> None:
        """c was read just after a number: a keyword there is accepted with a
        warning, another ASCII identifier character is an error (a non-ASCII
        one starts the next token, as in CPython)."""
        r = False
        if c == 97:                     # a(nd)
            r = self.lookahead("nd")
        elif c == 101:                  # e(lse)
            r = self.lookahead("lse")
        elif c == 102:                  # f(or)
            r = self.lookahead("or")
        elif c == 105:                  # i(f) i(n) i(s)
            c2 = self.nextc()
            r = c2 == 102 or c2 == 110 or c2 == 115
            self.backup()
        elif c == 111:                  # o(r)
            r = self.lookahead("r")
        elif c == 110:                  # n(ot)
            r = self.lookahead("ot")
        if r:
            self.backup()
            offset = self.char_col(self.line_start, self.cur)
            self.warnings.append(TokenizeWarning("invalid %s literal" % kind, self.lineno,
                                                 offset))
            self.nextc()
        elif c >= 0 and c < 128 and ID_CHAR[c]:
            self.backup()
            raise self.number_error("invalid %s literal" % kind)


# ---------------------------------------------------------------- operators

def three_char_operator(c1: int, c2: int, c3: int) -> int:
    """3 if c1 c2 c3 is a three-character operator, else 0."""
    if c3 == 61:                                        # '='
        if (c1 == 42 and c2 == 42) or (c1 == 47 and c2 == 47) or \
                (c1 == 60 and c2 == 60) or (c1 == 62 and c2 == 62):    # **= //= <<= >>=
            return 3
    elif c1 == 46 and c2 == 46 and c3 == 46:            # ...
        return 3
    return 0


def two_char_operator(c1: int, c2: int) -> int:
    """2 if c1 c2 is a two-character operator, else 0."""
    if c2 == 61:                                        # X=
        if c1 == 33 or c1 == 37 or c1 == 38 or c1 == 42 or c1 == 43 or c1 == 45 or \
                c1 == 47 or c1 == 58 or c1 == 60 or c1 == 61 or c1 == 62 or c1 == 64 or \
                c1 == 94 or c1 == 124:                  # != %= &= *= += -= /= := <= == >= @= ^= |=
            return 2
        return 0
    if c1 == c2 and (c1 == 42 or c1 == 47 or c1 == 60 or c1 == 62):    # ** // << >>
        return 2
    if c1 == 45 and c2 == 62:                           # ->
        return 2
    return 0


def one_char_operator(c: int) -> int:
    """1 if c is a one-character operator or delimiter, else 0."""
    if c == 37 or c == 38 or c == 40 or c == 41 or c == 42 or c == 43 or c == 44 or \
            c == 45 or c == 46 or c == 47 or c == 58 or c == 59 or c == 60 or c == 61 or \
            c == 62 or c == 64 or c == 91 or c == 93 or c == 94 or c == 123 or c == 124 or \
            c == 125 or c == 126:       # % & ( ) * + , - . / : ; < = > @ [ ] ^ { | } ~
        return 1
    return 0


# ---------------------------------------------------------------- entry points

def tokenizer_for(raw: bytes) -> Tokenizer:
    """A Tokenizer for the bytes of a source file (decoded first)."""
    src = decode_source(raw)
    data = src.data
    i = 0
    while i < len(data):
        if data[i] == 0:
            raise tokenizer_error("SyntaxError", "source code string cannot contain null bytes",
                              0, -1, 0, -1, None)
        i += 1
    t = Tokenizer(data, src.encoding)
    t.declared = src.bom or declared_encoding(raw, 3 if src.bom else 0) is not None
    return t


def tokenize(raw: bytes) -> list[Token]:
    """Every token of the source file's bytes; raises SourceError, including
    the errors that CPython reports only when the parser reaches them."""
    t = tokenizer_for(raw)
    tokens = t.tokenize()
    err = t.pending_error
    if err is not None:
        raise err
    return tokens
