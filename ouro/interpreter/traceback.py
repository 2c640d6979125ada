"""Printing an uncaught exception exactly as CPython 3.11's traceback
module does: the chain of causes and contexts, "Traceback (most recent
call last):", one entry per frame with its source line and the 3.11 caret
markers (`^^^^`, and `~~~^~~~` under binary operations and subscripts),
then "Type: message" (the SyntaxError form for syntax errors).
"""
from __future__ import annotations

from rpy.rlib import ros

from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, TracebackEntry,
                                      W_BaseException, w_SyntaxError)
from ouro.objspace.intobject import int_w_clipped, is_int
from ouro.objspace.model import W_Root, w_None
from ouro.objspace.strobject import W_StrObject
from ouro.parser import astnodes as ast
from ouro.parser.errors import SourceError
from ouro.parser.parser import parse
from ouro.parser.source import decode_source


class LineCache:
    files: dict[str, list[str]]

    def __init__(self) -> None:
        self.files = {}


CACHE = LineCache()


def builtins_dict() -> W_Root:
    return frame.BUILTINS.w_dict


def source_lines(filename: str) -> list[str]:
    if filename in CACHE.files:
        return CACHE.files[filename]
    lines: list[str] = []
    try:
        raw = ros.read_file(filename)
        text = decode_source(raw).data.decode()
        lines = text.split("\n")
    except OSError:
        lines = []
    except SourceError:
        lines = []
    CACHE.files[filename] = lines
    return lines


def get_line(filename: str, lineno: int) -> str:
    lines = source_lines(filename)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def byte_to_char_offset(line: str, byte_offset: int) -> int:
    """Columns in positions are UTF-8 byte offsets."""
    data = line.encode()
    if byte_offset > len(data):
        byte_offset = len(data)
    return len(data[:byte_offset].decode())


def format_entry(tb: TracebackEntry, parts: list[str]) -> None:
    parts.append('  File "%s", line %d, in %s\n' % (tb.filename, tb.lineno, tb.name))
    if tb.lineno < 0:
        return
    line = get_line(tb.filename, tb.lineno)
    if line.endswith("\r"):
        line = line[:-1]
    stripped = line.strip()
    if stripped == "":
        return
    # CPython's traceback.c strips the indentation only: trailing blanks are
    # shown, and count in the length the carets are compared with
    shown = line.lstrip(" \t\f")
    parts.append("    " + shown + "\n")
    if tb.col < 0 or tb.end_col < 0:
        return
    indent = len(line) - len(shown)
    start = byte_to_char_offset(line, tb.col)
    if tb.end_lineno == tb.lineno:
        end = byte_to_char_offset(line, tb.end_col)
    else:
        end = indent + len(line[indent:].rstrip(" \t\f"))
    if end <= start:
        return
    left = -1
    right = -1
    if tb.end_lineno == tb.lineno:
        left, right = caret_anchors(line[start:end])
    if end - start < len(shown) or (left >= 0 and right - left > 0):
        row = "    " + " " * (start - indent)
        if left >= 0:
            row += "~" * left + "^" * (right - left) + "~" * (end - start - right)
        else:
            row += "^" * (end - start)
        parts.append(row + "\n")


def caret_anchors(segment: str) -> tuple[int, int]:
    """CPython's _extract_caret_anchors_from_line_segment: for a binary
    operation, the operator; for a subscript, the brackets; (-1, -1) if the
    segment is neither (or does not parse alone)."""
    try:
        tree = parse(segment.encode())
    except SourceError:
        return (-1, -1)
    if len(tree.body) != 1:
        return (-1, -1)
    stmt = tree.body[0]
    if not isinstance(stmt, ast.Expr):
        return (-1, -1)
    e = stmt.value
    data = segment.encode()
    if isinstance(e, ast.BinOp):
        op_start = e.left.end_col_offset
        op_end = e.right.col_offset
        op_str = data[op_start:op_end].decode()
        offset = len(op_str) - len(op_str.lstrip())
        left = e.left.end_col_offset + offset
        right = left + 1
        if offset + 1 < len(op_str) and not op_str[offset + 1].isspace():
            right += 1
        while left < len(data):
            ch = data[left:left + 1].decode()
            if ch.isspace() or ch == ")" or ch == "#":
                left += 1
                right += 1
            else:
                break
        return (len(data[:left].decode()), len(data[:right].decode()))
    if isinstance(e, ast.Subscript):
        left = e.value.end_col_offset
        right = e.slice.end_col_offset + 1
        while left < len(data) and data[left:left + 1] != b"[":
            left += 1
        while right < len(data) and data[right:right + 1] != b"]":
            right += 1
        if right < len(data):
            right += 1
        return (len(data[:left].decode()), len(data[:right].decode()))
    return (-1, -1)


def exception_only(w_exc: W_BaseException, parts: list[str], prefix: str = "") -> None:
    """The "Type: message" line (after the location lines of a SyntaxError)
    and the notes; every line but the continuation lines of the message
    starts with prefix (the margin of exception groups)."""
    w_type = w_exc.w_type
    mod = space.module_name_of(w_type)
    name = w_type.qualname
    if mod != "builtins" and mod != "__main__" and mod != "":
        name = mod + "." + name
    if w_type.issubtype(w_SyntaxError):
        sub: list[str] = []
        format_syntax_error(w_exc, name, sub)
        if len(sub) > 0:
            last = len(sub) - 1
            add_lines("".join(sub[:last]), prefix, parts)
            parts.append(prefix + sub[last])
    else:
        msg = safe_str(w_exc)
        suggestion = offer_suggestion(w_exc)
        if suggestion != "":
            msg += ". Did you mean: '%s'?" % suggestion
        if msg == "":
            parts.append(prefix + name + "\n")
        else:
            parts.append(prefix + name + ": " + msg + "\n")
    w_notes = w_exc.getdictvalue("__notes__")
    if w_notes is not None:
        for w_note in space.unpack_iterable(w_notes):
            add_lines(safe_str(w_note) + "\n", prefix, parts)


def add_lines(text: str, prefix: str, parts: list[str]) -> None:
    """Each line of text, after prefix."""
    if prefix == "":
        parts.append(text)
        return
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        else:
            end += 1
        parts.append(prefix + text[start:end])
        start = end


MAX_CANDIDATE_ITEMS = 750
MAX_STRING_SIZE = 40
MOVE_COST = 2
CASE_COST = 1


def substitution_cost(a: int, b: int) -> int:
    if (a & 31) != (b & 31):
        return MOVE_COST
    if a == b:
        return 0
    if 65 <= a <= 90:
        a += 32
    if 65 <= b <= 90:
        b += 32
    if a == b:
        return CASE_COST
    return MOVE_COST


def levenshtein(a: bytes, b: bytes, max_cost: int) -> int:
    """CPython's suggestions.c levenshtein_distance (on UTF-8 bytes)."""
    if a == b:
        return 0
    lo_a = 0
    lo_b = 0
    hi_a = len(a)
    hi_b = len(b)
    while lo_a < hi_a and lo_b < hi_b and a[lo_a] == b[lo_b]:
        lo_a += 1
        lo_b += 1
    while hi_a > lo_a and hi_b > lo_b and a[hi_a - 1] == b[hi_b - 1]:
        hi_a -= 1
        hi_b -= 1
    a = a[lo_a:hi_a]
    b = b[lo_b:hi_b]
    if len(a) == 0 or len(b) == 0:
        return (len(a) + len(b)) * MOVE_COST
    if len(a) > MAX_STRING_SIZE or len(b) > MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    buffer: list[int] = []
    tmp = MOVE_COST
    for _ in range(len(a)):
        buffer.append(tmp)
        tmp += MOVE_COST
    result = 0
    for b_index in range(len(b)):
        code = b[b_index]
        distance = b_index * MOVE_COST
        result = distance
        minimum = 1 << 60
        for index in range(len(a)):
            substitute = distance + substitution_cost(code, a[index])
            distance = buffer[index]
            insert_delete = min(result, distance) + MOVE_COST
            result = min(insert_delete, substitute)
            buffer[index] = result
            if result < minimum:
                minimum = result
        if minimum > max_cost:
            return max_cost + 1
    return result


def calculate_suggestion(candidates: list[str], name: str) -> str:
    if len(candidates) >= MAX_CANDIDATE_ITEMS:
        return ""
    best = 1 << 60
    suggestion = ""
    bname = name.encode()
    for item in candidates:
        if item == name:
            continue
        bitem = item.encode()
        max_distance = (len(bname) + len(bitem) + 3) * MOVE_COST // 6
        if best - 1 < max_distance:
            max_distance = best - 1
        d = levenshtein(bname, bitem, max_distance)
        if d > max_distance:
            continue
        if suggestion == "" or d < best:
            suggestion = item
            best = d
    return suggestion


def dict_keys(w_d: W_Root | None) -> list[str]:
    result: list[str] = []
    if isinstance(w_d, W_DictObject):
        for w_k in w_d.keys():
            if isinstance(w_k, W_StrObject):
                result.append(w_k.as_str())
    return result


def offer_suggestion(w_exc: W_BaseException) -> str:
    """The "Did you mean" of NameError and AttributeError (CPython 3.11's
    suggestions.c)."""
    try:
        w_name = w_exc.getattr_from_map("name")
        if not isinstance(w_name, W_StrObject):
            return ""
        name = w_name.as_str()
        if w_exc.w_type.issubtype(EXCEPTION_TYPES["AttributeError"]):
            w_obj = w_exc.getattr_from_map("obj")
            if w_obj is None:
                return ""
            w_dir = space.call_special(w_obj, "__dir__", [])
            if w_dir is None:
                return ""
            names: list[str] = []
            for w_n in space.unpack_iterable(w_dir):
                if isinstance(w_n, W_StrObject):
                    names.append(w_n.as_str())
            return calculate_suggestion(names, name)
        if w_exc.w_type.issubtype(EXCEPTION_TYPES["NameError"]):
            tb = w_exc.traceback
            if tb is None:
                return ""
            while tb.next is not None:
                nxt = tb.next
                assert nxt is not None
                tb = nxt
            s = calculate_suggestion(tb.varnames, name)
            if s != "":
                return s
            s = calculate_suggestion(dict_keys(tb.w_globals), name)
            if s != "":
                return s
            return calculate_suggestion(dict_keys(builtins_dict()), name)
    except OperationError:
        return ""
    return ""


def safe_str(w: W_Root) -> str:
    try:
        return space.str_str(w)
    except Exception:
        return "<exception str() failed>"


def format_syntax_error(w_exc: W_BaseException, name: str, parts: list[str]) -> None:
    """The location lines and the message line of a SyntaxError, from its
    attributes, as CPython's print_exception (parse_syntax_error in
    Python/pythonrun.c): only an exact SyntaxError has its end_offset
    honoured (a subclass, IndentationError or TabError, gets one caret),
    and an error whose attributes cannot be read (lineno not an int) is
    printed as any other exception."""
    try:
        w_msg = space.getattr(w_exc, "msg")
        w_filename = space.getattr(w_exc, "filename")
        lineno = space.int_of_w(space.getattr(w_exc, "lineno"))
        w_offset = space.getattr(w_exc, "offset")
        offset = -1 if w_offset is w_None else space.int_of_w(w_offset)
        end_lineno = lineno
        end_offset = -1
        if w_exc.w_type is w_SyntaxError:
            w_end = space.getattr_or_none(w_exc, "end_lineno")
            if w_end is not None and w_end is not w_None:
                end_lineno = space.int_of_w(w_end)
            w_end = space.getattr_or_none(w_exc, "end_offset")
            if w_end is not None and w_end is not w_None:
                end_offset = space.int_of_w(w_end)
        w_text = space.getattr(w_exc, "text")
        filename = "<string>" if w_filename is w_None else space.str_str(w_filename)
        msg = space.str_str(w_msg)
    except OperationError:
        msg = safe_str(w_exc)
        parts.append(name + ": " + msg + "\n" if msg != "" else name + "\n")
        return
    parts.append('  File "%s", line %d\n' % (filename, lineno))
    if isinstance(w_text, W_StrObject):
        text = w_text.as_str()
        # a location over several lines is shown on its first line, up to
        # its end; the carets never go past the end of the text
        size = len(text.encode("utf-8"))
        if end_lineno > lineno:
            end_offset = size
        if end_offset > size + 1:
            end_offset = size + 1
        parts.append(error_text_lines(offset, end_offset, text))
    parts.append(name + ": " + msg + "\n" if msg != "" else name + "\n")


def error_text_lines(offset: int, end_offset: int, text: str) -> str:
    """The source line of a SyntaxError and its carets (print_error_text
    of Python/pythonrun.c): offsets are 1-based and, as CPython's, counted
    in the bytes of the UTF-8 text; leading blanks are stripped; an offset
    past an embedded newline shows the text after it; an offset left of the
    text shows no caret."""
    data = text.encode("utf-8")
    count = end_offset - offset if end_offset > 0 and end_offset > offset else 1
    offset -= 1
    i = 0
    while i < len(data) and (data[i] == 32 or data[i] == 9 or data[i] == 12):
        i += 1
    data = data[i:]
    offset -= i
    length = len(data)
    if length > 0 and data[length - 1] == 10:
        length -= 1
    if offset > length:
        offset = length
    while True:
        nl = data.find(b"\n")
        if nl < 0 or nl >= offset:
            break
        nl += 1
        data = data[nl:]
        length -= nl
        offset -= nl
    # the cuts are next to ASCII blanks and newlines: the rest is UTF-8
    out = "    " + data.decode()
    if length >= len(data) or data[length] != 10:
        out += "\n"
    if offset < 0:
        return out
    return out + "    " + " " * offset + "^" * count + "\n"


MAX_GROUP_WIDTH = 15
MAX_GROUP_DEPTH = 10


class PrintContext:
    """CPython 3.11's exception_print_context (Python/pythonrun.c): the
    nesting of exception groups being printed, drawn as a tree with
    margins."""
    depth: int
    need_close: bool
    seen: list[W_Root]
    limit: int          # the most recent entries shown (sys.tracebacklimit)

    def __init__(self) -> None:
        self.depth = 0
        self.need_close = False
        self.seen = []
        self.limit = traceback_limit()

    def indent(self) -> str:
        return " " * (2 * self.depth)

    def margin(self) -> str:
        return "| " if self.depth > 0 else ""

    def prefix(self) -> str:
        return self.indent() + self.margin()


def is_group(w_exc: W_BaseException) -> bool:
    return w_exc.exceptions_w is not None and \
        w_exc.w_type.issubtype(EXCEPTION_TYPES["BaseExceptionGroup"])


def format_exception(w_exc: W_BaseException, parts: list[str], ctx: PrintContext) -> None:
    """An exception with its causes and contexts before it; a group with
    its sub-exceptions after it."""
    ctx.seen.append(w_exc)
    w_cause = w_exc.w_cause
    w_context = w_exc.w_context
    if w_cause is not None and isinstance(w_cause, W_BaseException):
        if w_cause not in ctx.seen:
            print_chained(w_cause, "The above exception was the direct cause of the following "
                          "exception:\n", parts, ctx)
    elif (w_context is not None and not w_exc.suppress_context
          and isinstance(w_context, W_BaseException) and w_context not in ctx.seen):
        print_chained(w_context, "During handling of the above exception, another exception "
                      "occurred:\n", parts, ctx)
    if is_group(w_exc):
        format_group(w_exc, parts, ctx)
    else:
        format_one(w_exc, parts, ctx)


def print_chained(w_exc: W_BaseException, message: str, parts: list[str],
                  ctx: PrintContext) -> None:
    need_close = ctx.need_close
    format_exception(w_exc, parts, ctx)
    ctx.need_close = need_close
    prefix = ctx.prefix()
    parts.append(prefix + "\n")
    parts.append(prefix + message)
    parts.append(prefix + "\n")


def format_one(w_exc: W_BaseException, parts: list[str], ctx: PrintContext) -> None:
    tb = w_exc.traceback
    if tb is not None and ctx.limit > 0:
        header = "Traceback (most recent call last):\n"
        header_margin = ctx.margin()
        if is_group(w_exc):
            header = "Exception Group Traceback (most recent call last):\n"
            if ctx.depth == 1:
                header_margin = "+ "
        parts.append(ctx.indent() + header_margin + header)
        entries: list[str] = []
        format_entries(tb, entries, ctx.limit)
        add_lines("".join(entries), ctx.prefix(), parts)
    exception_only(w_exc, parts, ctx.prefix())


def format_group(w_exc: W_BaseException, parts: list[str], ctx: PrintContext) -> None:
    if ctx.depth > MAX_GROUP_DEPTH:
        parts.append(ctx.prefix() + "... (max_group_depth is %d)\n" % MAX_GROUP_DEPTH)
        return
    if ctx.depth == 0:
        ctx.depth += 1
    format_one(w_exc, parts, ctx)
    excs = w_exc.exceptions_w
    assert excs is not None
    num = len(excs)
    n = num if num <= MAX_GROUP_WIDTH else MAX_GROUP_WIDTH + 1
    ctx.need_close = False
    i = 0
    while i < n:
        last = i == n - 1
        if last:
            ctx.need_close = True       # unless a nested group closes the frame
        first = "+-" if i == 0 else "  "
        truncated = i >= MAX_GROUP_WIDTH
        if truncated:
            parts.append(ctx.indent() + first + "+---------------- ... ----------------\n")
        else:
            parts.append(ctx.indent() + first + "+---------------- %d ----------------\n" % (i + 1))
        ctx.depth += 1
        if truncated:
            remaining = num - MAX_GROUP_WIDTH
            parts.append(ctx.prefix() + "and %d more exception%s\n"
                         % (remaining, "s" if remaining > 1 else ""))
        else:
            w_sub = excs[i]
            if isinstance(w_sub, W_BaseException):
                format_exception(w_sub, parts, ctx)
        if last and ctx.need_close:
            parts.append(ctx.indent() + "+------------------------------------\n")
            ctx.need_close = False
        ctx.depth -= 1
        i += 1
    if ctx.depth == 1:
        ctx.depth -= 1


def format_entries(tb: TracebackEntry | None, parts: list[str], limit: int) -> None:
    """The last `limit` entries, with CPython's collapsing of repeated
    lines ("[Previous line repeated N more times]")."""
    last_key = ""
    count = 0
    depth = 0
    cur = tb
    while cur is not None:
        depth += 1
        cur = cur.next
    cur = tb
    while cur is not None and depth > limit:
        depth -= 1
        cur = cur.next
    while cur is not None:
        key = "%s:%d:%s" % (cur.filename, cur.lineno, cur.name)
        if key == last_key:
            count += 1
        else:
            if count > 3:
                n = count - 3
                parts.append("  [Previous line repeated %d more time%s]\n"
                             % (n, "" if n == 1 else "s"))
            last_key = key
            count = 1
        if count <= 3:
            format_entry(cur, parts)
        cur = cur.next
    if count > 3:
        n = count - 3
        parts.append("  [Previous line repeated %d more time%s]\n" % (n, "" if n == 1 else "s"))


TRACEBACK_LIMIT = 1000     # CPython's PyTraceBack_LIMIT


def traceback_limit() -> int:
    """sys.tracebacklimit as PyTraceBack_Print reads it: an int (huge ones
    clipped to the word range; <= 0 prints no entries and no header),
    anything else or no attribute the default 1000."""
    w_limit = frame.REFS.w_sys_dict.getitem_str("tracebacklimit")
    if w_limit is None or not is_int(w_limit):
        return TRACEBACK_LIMIT
    return int_w_clipped(w_limit)


def format_uncaught(w_exc: W_BaseException) -> str:
    parts: list[str] = []
    format_exception(w_exc, parts, PrintContext())
    return "".join(parts)


# at the end: frame imports modules that import this one
from ouro.interpreter import frame  # noqa: E402
