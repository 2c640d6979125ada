"""The matcher: runs the SRE code of CPython 3.11 (Lib/re/_compiler.py
output) over a subject, with CPython's semantics (Modules/_sre/sre_lib.h):
the same backtracking order, group marks, lastindex, zero-width-repeat
protection and search strategies (literal prefix, first-character set,
anchored patterns).  A few shortcuts skip sub-matches that would fail on
their first character (can_start); they change nothing but the speed.

The subject is one of two State classes: BytesState (bytes, and str
subjects that are pure ASCII, whose UTF-8 bytes are their characters) and
UniState (the code points of any other str, as a list[int]).  The
matching functions are generic over them (TypeVar ST): the translator
makes one copy per kind, so that reading a character is a direct array
access.

Backtracking does not use the C stack: a match runs as a loop over an
explicit stack of contexts (Ctx, one per pending sub-match, as sre_lib.h's
match_context), each recording which operation to resume (`jump`) when
its child returns.  Group marks saved for backtracking go on a separate
stack of ints (`dstack`, sre_lib.h's data stack).  Deep patterns (a
repeat over a long subject) grow these lists, not the C stack.

Positions are indexes into the subject; -1 stands for CPython's NULL
pointers (unset marks, a repeat's last position)."""
from __future__ import annotations

from typing import TypeVar

from ouro.modules._sre import unichars
from ouro.modules._sre.constants import (
    ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING,
    AT_BOUNDARY, AT_END, AT_END_LINE, AT_END_STRING, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY,
    AT_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY, ATOMIC_GROUP, BIGCHARSET, BRANCH,
    CATEGORY, CATEGORY_DIGIT, CATEGORY_LINEBREAK, CATEGORY_LOC_WORD, CATEGORY_SPACE,
    CATEGORY_UNI_DIGIT, CATEGORY_UNI_LINEBREAK, CATEGORY_UNI_SPACE, CATEGORY_UNI_WORD,
    CATEGORY_WORD, CHARSET, FAILURE, GROUPREF, GROUPREF_EXISTS, GROUPREF_IGNORE,
    GROUPREF_LOC_IGNORE, GROUPREF_UNI_IGNORE, IN, IN_IGNORE, IN_LOC_IGNORE, IN_UNI_IGNORE, INFO,
    INFO_CHARSET, INFO_LITERAL, INFO_PREFIX, JUMP, LITERAL, LITERAL_IGNORE, LITERAL_LOC_IGNORE,
    LITERAL_UNI_IGNORE, MARK, MAX_UNTIL, MAXREPEAT, MIN_REPEAT_ONE, MIN_UNTIL, NEGATE,
    NOT_LITERAL, NOT_LITERAL_IGNORE, NOT_LITERAL_LOC_IGNORE, NOT_LITERAL_UNI_IGNORE,
    POSSESSIVE_REPEAT, POSSESSIVE_REPEAT_ONE, RANGE, RANGE_UNI_IGNORE, REPEAT, REPEAT_ONE,
    SUCCESS)
from ouro.modules._sre.unichars import lower_unicode, upper_unicode


class SreError(Exception):
    """An engine error (CPython's SRE_ERROR_STATE / SRE_ERROR_ILLEGAL):
    the caller raises RuntimeError("internal error in regular expression
    engine")."""
    pass


# -- characters

def lower_ascii(ch: int) -> int:
    if 65 <= ch <= 90:
        return ch + 32
    return ch


def lower_locale(ch: int) -> int:
    """tolower() of the C locale (the only locale here)."""
    if 65 <= ch <= 90:
        return ch + 32
    return ch


def upper_locale(ch: int) -> int:
    if 97 <= ch <= 122:
        return ch - 32
    return ch


def is_digit(ch: int) -> bool:
    return 48 <= ch <= 57


def is_space(ch: int) -> bool:
    return ch == 32 or (9 <= ch <= 13)


def is_word(ch: int) -> bool:
    return (48 <= ch <= 57) or (65 <= ch <= 90) or (97 <= ch <= 122) or ch == 95


def is_loc_word(ch: int) -> bool:
    return is_word(ch)


def char_loc_ignore(pattern: int, ch: int) -> bool:
    return ch == pattern or lower_locale(ch) == pattern or upper_locale(ch) == pattern


def category(cat: int, ch: int) -> bool:
    """Whether ch is in the category (sre_category): the odd codes are the
    negations of the even ones below them."""
    base = cat & ~1
    if base == CATEGORY_UNI_WORD:
        r = unichars.uni_isword(ch)
    elif base == CATEGORY_UNI_DIGIT:
        r = unichars.uni_isdecimal(ch)
    elif base == CATEGORY_UNI_SPACE:
        r = unichars.uni_isspace(ch)
    elif base == CATEGORY_WORD:
        r = is_word(ch)
    elif base == CATEGORY_DIGIT:
        r = is_digit(ch)
    elif base == CATEGORY_SPACE:
        r = is_space(ch)
    elif base == CATEGORY_LINEBREAK:
        r = ch == 10
    elif base == CATEGORY_LOC_WORD:
        r = is_loc_word(ch)
    elif base == CATEGORY_UNI_LINEBREAK:
        r = unichars.uni_islinebreak(ch)
    else:
        return False
    if cat & 1:
        return not r
    return r


def in_charset(code: list[int], p: int, ch: int) -> bool:
    """Whether ch is in the set at code[p:] (a sequence of set items ended
    by FAILURE)."""
    ok = True
    while True:
        op = code[p]
        p += 1
        if op == FAILURE:
            return not ok
        if op == LITERAL:
            if ch == code[p]:
                return ok
            p += 1
        elif op == CATEGORY:
            if category(code[p], ch):
                return ok
            p += 1
        elif op == CHARSET:
            # 256-bit bitmap in 8 words of 32 bits
            if ch < 256 and (code[p + (ch >> 5)] >> (ch & 31)) & 1:
                return ok
            p += 8
        elif op == RANGE:
            if code[p] <= ch <= code[p + 1]:
                return ok
            p += 2
        elif op == RANGE_UNI_IGNORE:
            if code[p] <= ch <= code[p + 1]:
                return ok
            uch = upper_unicode(ch)
            if code[p] <= uch <= code[p + 1]:
                return ok
            p += 2
        elif op == NEGATE:
            ok = not ok
        elif op == BIGCHARSET:
            # <BIGCHARSET> <blockcount> <256 block indices as bytes, in 64
            # words> <blocks of 256 bits>
            count = code[p]
            p += 1
            if ch < 0x10000:
                hi = ch >> 8
                block = (code[p + (hi >> 2)] >> ((hi & 3) * 8)) & 255
                p += 64
                lo = block * 256 + (ch & 255)
                if (code[p + (lo >> 5)] >> (lo & 31)) & 1:
                    return ok
            else:
                p += 64
            p += count * 8
        else:
            return False


def charset_loc_ignore(code: list[int], p: int, ch: int) -> bool:
    lo = lower_locale(ch)
    if in_charset(code, p, lo):
        return True
    up = upper_locale(ch)
    return up != lo and in_charset(code, p, up)


# -- the match state

class Repeat:
    """A REPEAT in progress (SRE_REPEAT): its count of matched items, the
    position of its code, the enclosing repeat, and the position where
    the last item started (zero-width protection)."""
    count: int
    pat: int
    prev: Repeat | None
    last_ptr: int

    def __init__(self, pat: int, prev: Repeat | None) -> None:
        self.count = -1
        self.pat = pat
        self.prev = prev
        self.last_ptr = -1


class Ctx:
    """One pending sub-match (sre_lib.h's match_context)."""
    pat: int          # where to resume (the operation's own position data)
    ptr: int          # the subject position saved across the child call
    count: int
    rep: Repeat | None
    lastmark: int
    lastindex: int
    toplevel: bool
    jump: int         # what the parent resumes when this context returns
    pushed: bool      # whether marks were pushed for this operation

    def __init__(self) -> None:
        self.pat = 0
        self.ptr = 0
        self.count = 0
        self.rep = None
        self.lastmark = -1
        self.lastindex = -1
        self.toplevel = False
        self.jump = 0
        self.pushed = False


class State:
    """The state of one match or search (SRE_STATE): the code, the bounds,
    the current position, group marks, the repeat chain and the stacks."""
    code: list[int]
    length: int       # of the whole subject
    start: int        # where the current attempt started
    end: int          # endpos
    pos: int
    endpos: int
    ptr: int
    marks: list[int]
    lastmark: int
    lastindex: int
    repeat: Repeat | None
    match_all: bool
    must_advance: bool
    dstack: list[int]
    dtop: int
    ctxs: list[Ctx]
    depth: int

    def __init__(self, code: list[int], ngroups: int, length: int, pos: int,
                 endpos: int) -> None:
        self.code = code
        self.marks = [-1] * (2 * ngroups + 2)
        self.dstack = []
        self.ctxs = []
        self.init_bounds(length, pos, endpos)

    def init_bounds(self, length: int, pos: int, endpos: int) -> None:
        """Start over on a subject of this length (state_init's clipping of
        pos and endpos); a State is reused by the next match of its
        pattern (marks beyond lastmark are never read, so they need no
        clearing)."""
        self.length = length
        if pos < 0:
            pos = 0
        elif pos > length:
            pos = length
        if endpos < 0:
            endpos = 0
        elif endpos > length:
            endpos = length
        self.pos = pos
        self.endpos = endpos
        self.start = pos
        self.end = endpos
        self.ptr = pos
        self.lastmark = -1
        self.lastindex = -1
        self.repeat = None
        self.match_all = False
        self.must_advance = False
        self.dtop = 0
        self.depth = 0

    def reset(self) -> None:
        self.lastmark = -1
        self.lastindex = -1
        self.repeat = None
        self.dtop = 0
        self.depth = 0

    def group_span(self, g: int) -> tuple[int, int]:
        """The span of group g >= 1 after a successful match, or (-1, -1)."""
        j = 2 * (g - 1)
        if j + 1 <= self.lastmark and self.marks[j] >= 0 and self.marks[j + 1] >= 0:
            return (self.marks[j], self.marks[j + 1])
        return (-1, -1)

    def trim(self) -> None:
        """Drop what a deep match left in the stacks (a state kept for reuse
        should not hold on to them)."""
        if len(self.ctxs) > 64:
            del self.ctxs[64:]
        if len(self.dstack) > 256:
            del self.dstack[256:]
        self.dtop = 0
        self.depth = 0

    # -- the data stack

    def dpush(self, v: int) -> None:
        if self.dtop < len(self.dstack):
            self.dstack[self.dtop] = v
        else:
            self.dstack.append(v)
        self.dtop += 1

    def dpop(self) -> int:
        self.dtop -= 1
        return self.dstack[self.dtop]

    def mark_push(self, lastmark: int) -> None:
        if lastmark >= 0:
            i = 0
            while i <= lastmark:
                self.dpush(self.marks[i])
                i += 1

    def mark_pop(self, lastmark: int) -> None:
        if lastmark >= 0:
            n = lastmark + 1
            base = self.dtop - n
            i = 0
            while i < n:
                self.marks[i] = self.dstack[base + i]
                i += 1
            self.dtop = base

    def mark_pop_keep(self, lastmark: int) -> None:
        if lastmark >= 0:
            n = lastmark + 1
            base = self.dtop - n
            i = 0
            while i < n:
                self.marks[i] = self.dstack[base + i]
                i += 1

    def mark_pop_discard(self, lastmark: int) -> None:
        if lastmark >= 0:
            self.dtop -= lastmark + 1

    # -- the context stack

    def push_ctx(self, pat: int, toplevel: bool, jump: int) -> Ctx:
        d = self.depth
        if d < len(self.ctxs):
            ctx = self.ctxs[d]
        else:
            ctx = Ctx()
            self.ctxs.append(ctx)
        self.depth = d + 1
        ctx.pat = pat
        ctx.toplevel = toplevel
        ctx.jump = jump
        ctx.rep = None
        ctx.pushed = False
        return ctx


class BytesState(State):
    """A subject of bytes (or a str that is pure ASCII)."""
    data: bytes
    prefix: bytes | None        # the literal prefix of the code, once needed

    def __init__(self, data: bytes, code: list[int], ngroups: int, pos: int,
                 endpos: int) -> None:
        State.__init__(self, code, ngroups, len(data), pos, endpos)
        self.data = data
        self.prefix = None

    def reinit(self, data: bytes, pos: int, endpos: int) -> None:
        self.data = data
        self.init_bounds(len(data), pos, endpos)

    def get(self, i: int) -> int:
        return self.data[i]

    def find_prefix(self, p: int, n: int, start: int, end: int) -> int:
        """The first position in [start, end) where the literal prefix
        code[p:p+n] occurs, or -1 (bytes.find: memchr/memmem speed)."""
        pb = self.prefix
        if pb is None:
            chars: list[int] = []
            i = 0
            while i < n:
                c = self.code[p + i]
                if c > 255:
                    return -1           # not a byte: cannot occur
                chars.append(c)
                i += 1
            pb = bytes(chars)
            self.prefix = pb
        return self.data.find(pb, start, end)


class UniState(State):
    """A subject of code points."""
    data: list[int]

    def __init__(self, data: list[int], code: list[int], ngroups: int, pos: int,
                 endpos: int) -> None:
        State.__init__(self, code, ngroups, len(data), pos, endpos)
        self.data = data

    def reinit(self, data: list[int], pos: int, endpos: int) -> None:
        self.data = data
        self.init_bounds(len(data), pos, endpos)

    def get(self, i: int) -> int:
        return self.data[i]

    def find_prefix(self, p: int, n: int, start: int, end: int) -> int:
        code = self.code
        data = self.data
        c0 = code[p]
        i = start
        last = end - n
        while i <= last:
            if data[i] == c0:
                k = 1
                while k < n and data[i + k] == code[p + k]:
                    k += 1
                if k == n:
                    return i
            i += 1
        return -1


ST = TypeVar('ST', BytesState, UniState)

# results of the operation steps
FAIL = 0
OK = 1
CALL = 2          # a child context was pushed: run it
CONTINUE = 3      # go on dispatching at ctx.pat / ctx.ptr

# what a context resumes when its child returns
JUMP_NONE = 0
JUMP_MAX_UNTIL_1 = 1
JUMP_MAX_UNTIL_2 = 2
JUMP_MAX_UNTIL_3 = 3
JUMP_MIN_UNTIL_1 = 4
JUMP_MIN_UNTIL_2 = 5
JUMP_MIN_UNTIL_3 = 6
JUMP_REPEAT = 7
JUMP_REPEAT_ONE_1 = 8
JUMP_REPEAT_ONE_2 = 9
JUMP_MIN_REPEAT_ONE = 10
JUMP_BRANCH = 11
JUMP_ASSERT = 12
JUMP_ASSERT_NOT = 13
JUMP_POSS_REPEAT_1 = 14
JUMP_POSS_REPEAT_2 = 15
JUMP_ATOMIC_GROUP = 16


# -- anchors

def at(st: ST, ptr: int, atcode: int) -> bool:
    if atcode == AT_BEGINNING or atcode == AT_BEGINNING_STRING:
        return ptr == 0
    if atcode == AT_BEGINNING_LINE:
        return ptr == 0 or st.get(ptr - 1) == 10
    if atcode == AT_END:
        return (st.end - ptr == 1 and st.get(ptr) == 10) or ptr == st.end
    if atcode == AT_END_LINE:
        return ptr == st.end or st.get(ptr) == 10
    if atcode == AT_END_STRING:
        return ptr == st.end
    if st.end == 0:
        # the boundaries never match an empty subject (beginning == end)
        return False
    if atcode == AT_BOUNDARY or atcode == AT_NON_BOUNDARY:
        thatp = ptr > 0 and is_word(st.get(ptr - 1))
        thisp = ptr < st.end and is_word(st.get(ptr))
        return (thisp != thatp) == (atcode == AT_BOUNDARY)
    if atcode == AT_UNI_BOUNDARY or atcode == AT_UNI_NON_BOUNDARY:
        thatp = ptr > 0 and unichars.uni_isword(st.get(ptr - 1))
        thisp = ptr < st.end and unichars.uni_isword(st.get(ptr))
        return (thisp != thatp) == (atcode == AT_UNI_BOUNDARY)
    if atcode == AT_LOC_BOUNDARY or atcode == AT_LOC_NON_BOUNDARY:
        thatp = ptr > 0 and is_loc_word(st.get(ptr - 1))
        thisp = ptr < st.end and is_loc_word(st.get(ptr))
        return (thisp != thatp) == (atcode == AT_LOC_BOUNDARY)
    return False


# -- single characters

def match_one(code: list[int], p: int, ch: int) -> int:
    """Whether the one-character item at code[p] matches ch: 1 or 0, or -1
    if the item is not a one-character operation."""
    op = code[p]
    if op == LITERAL:
        return 1 if ch == code[p + 1] else 0
    if op == NOT_LITERAL:
        return 1 if ch != code[p + 1] else 0
    if op == IN:
        return 1 if in_charset(code, p + 2, ch) else 0
    if op == ANY:
        return 1 if ch != 10 else 0
    if op == ANY_ALL:
        return 1
    if op == LITERAL_IGNORE:
        return 1 if lower_ascii(ch) == code[p + 1] else 0
    if op == NOT_LITERAL_IGNORE:
        return 1 if lower_ascii(ch) != code[p + 1] else 0
    if op == LITERAL_UNI_IGNORE:
        return 1 if lower_unicode(ch) == code[p + 1] else 0
    if op == NOT_LITERAL_UNI_IGNORE:
        return 1 if lower_unicode(ch) != code[p + 1] else 0
    if op == LITERAL_LOC_IGNORE:
        return 1 if char_loc_ignore(code[p + 1], ch) else 0
    if op == NOT_LITERAL_LOC_IGNORE:
        return 1 if not char_loc_ignore(code[p + 1], ch) else 0
    if op == IN_IGNORE:
        return 1 if in_charset(code, p + 2, lower_ascii(ch)) else 0
    if op == IN_UNI_IGNORE:
        return 1 if in_charset(code, p + 2, lower_unicode(ch)) else 0
    if op == IN_LOC_IGNORE:
        return 1 if charset_loc_ignore(code, p + 2, ch) else 0
    if op == CATEGORY:
        return 1 if category(code[p + 1], ch) else 0
    return -1


def count(st: ST, p: int, maxcount: int) -> int:
    """How many times (up to maxcount) the one-character item at code[p]
    matches from st.ptr (SRE(count))."""
    code = st.code
    ptr = st.ptr
    end = st.end
    if maxcount < end - ptr and maxcount != MAXREPEAT:
        end = ptr + maxcount
    op = code[p]
    if op == IN:
        if code[p + 2] == CHARSET and code[p + 11] == FAILURE:
            # a plain 256-bit bitmap: test it inline
            bits = p + 3
            while ptr < end:
                ch = st.get(ptr)
                if ch >= 256 or not (code[bits + (ch >> 5)] >> (ch & 31)) & 1:
                    break
                ptr += 1
        elif code[p + 2] == CATEGORY and code[p + 4] == FAILURE:
            cat = code[p + 3]
            while ptr < end and category(cat, st.get(ptr)):
                ptr += 1
        else:
            while ptr < end and in_charset(code, p + 2, st.get(ptr)):
                ptr += 1
    elif op == ANY:
        while ptr < end and st.get(ptr) != 10:
            ptr += 1
    elif op == ANY_ALL:
        ptr = end
    elif op == LITERAL:
        c = code[p + 1]
        while ptr < end and st.get(ptr) == c:
            ptr += 1
    elif op == NOT_LITERAL:
        c = code[p + 1]
        while ptr < end and st.get(ptr) != c:
            ptr += 1
    elif op == LITERAL_IGNORE:
        c = code[p + 1]
        while ptr < end and lower_ascii(st.get(ptr)) == c:
            ptr += 1
    elif op == NOT_LITERAL_IGNORE:
        c = code[p + 1]
        while ptr < end and lower_ascii(st.get(ptr)) != c:
            ptr += 1
    elif op == LITERAL_UNI_IGNORE:
        c = code[p + 1]
        while ptr < end and lower_unicode(st.get(ptr)) == c:
            ptr += 1
    elif op == NOT_LITERAL_UNI_IGNORE:
        c = code[p + 1]
        while ptr < end and lower_unicode(st.get(ptr)) != c:
            ptr += 1
    else:
        start = ptr
        if ptr < end and match_one(code, p, st.get(ptr)) >= 0:
            while ptr < end and match_one(code, p, st.get(ptr)) == 1:
                ptr += 1
            return ptr - start
        # a general one-character subpattern: run the matcher on it
        while st.ptr < end:
            if not sre_match(st, p, False):
                break
        return st.ptr - start
    return ptr - st.ptr


def _one_char_ops() -> list[bool]:
    """Load time: which opcodes test exactly one character."""
    ops = [False] * 64
    for op in (LITERAL, NOT_LITERAL, IN, ANY, ANY_ALL, LITERAL_IGNORE, NOT_LITERAL_IGNORE,
               LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE,
               NOT_LITERAL_LOC_IGNORE, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE, CATEGORY):
        ops[op] = True
    return ops


ONE_CHAR_OPS = _one_char_ops()


def can_start(st: ST, p: int, ptr: int) -> bool:
    """False if the code at p certainly fails at ptr: its first operation
    tests one character, which is not there, or is an anchor that does not
    hold (such tests have no side effects, so skipping the attempt
    changes nothing else)."""
    code = st.code
    op = code[p]
    if op == LITERAL:
        return ptr < st.end and st.get(ptr) == code[p + 1]
    if op == AT:
        return at(st, ptr, code[p + 1])
    if op >= 64 or not ONE_CHAR_OPS[op]:
        return True
    if ptr >= st.end:
        return match_one(code, p, 0) < 0
    return match_one(code, p, st.get(ptr)) != 0


# -- the matcher

def sre_match(st: ST, pattern: int, toplevel: bool) -> bool:
    """Whether the code at `pattern` matches at st.ptr; on success st.ptr
    is the end of the match (SRE(match))."""
    base = st.depth
    ctx = st.push_ctx(pattern, toplevel, JUMP_NONE)
    status = enter(st, ctx)
    while True:
        if status == CALL:
            ctx = st.ctxs[st.depth - 1]
            status = enter(st, ctx)
            continue
        if status == CONTINUE:
            status = dispatch(st, ctx, ctx.pat, ctx.ptr)
            continue
        # the context returns
        jump = ctx.jump
        st.depth -= 1
        if st.depth == base:
            return status == OK
        ctx = st.ctxs[st.depth - 1]
        status = resume(st, ctx, jump, status == OK)


def enter(st: ST, ctx: Ctx) -> int:
    """Start running a context: its code from st.ptr."""
    code = st.code
    p = ctx.pat
    ptr = st.ptr
    if code[p] == INFO:
        # <INFO> <skip> <flags> <min> ...: reject if too short
        mn = code[p + 3]
        if mn != 0 and st.end - ptr < mn:
            return FAIL
        p += code[p + 1] + 1
    return dispatch(st, ctx, p, ptr)


def call(st: ST, ctx: Ctx, jump: int, p: int, ptr: int, child: int, toplevel: bool) -> int:
    """Save where `ctx` is (p, ptr) and push a child running the code at
    `child` from st.ptr; `jump` says what to resume when it returns."""
    ctx.pat = p
    ctx.ptr = ptr
    st.push_ctx(child, toplevel, jump)
    return CALL


def dispatch(st: ST, ctx: Ctx, p: int, ptr: int) -> int:
    """Run the operations from code[p] at position ptr until the context
    fails, succeeds or needs a child."""
    code = st.code
    end = st.end
    while True:
        op = code[p]
        p += 1
        if op == LITERAL:
            if ptr >= end or st.get(ptr) != code[p]:
                return FAIL
            p += 1
            ptr += 1
        elif op == MARK:
            i = code[p]
            if i & 1:
                st.lastindex = i // 2 + 1
            if i > st.lastmark:
                j = st.lastmark + 1
                while j < i:
                    st.marks[j] = -1
                    j += 1
                st.lastmark = i
            st.marks[i] = ptr
            p += 1
        elif op == IN:
            # <IN> <skip> set
            if ptr >= end:
                return FAIL
            ch = st.get(ptr)
            first = code[p + 1]
            if first == CHARSET and code[p + 10] == FAILURE:
                if ch >= 256 or not (code[p + 2 + (ch >> 5)] >> (ch & 31)) & 1:
                    return FAIL
            elif first == CATEGORY and code[p + 3] == FAILURE:
                if not category(code[p + 2], ch):
                    return FAIL
            elif not in_charset(code, p + 1, ch):
                return FAIL
            p += code[p]
            ptr += 1
        elif op == REPEAT_ONE:
            # <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
            mn = code[p + 1]
            if mn > end - ptr:
                return FAIL
            st.ptr = ptr
            n = count(st, p + 3, code[p + 2])
            ptr += n
            if n < mn:
                return FAIL
            tail = p + code[p]
            if code[tail] == SUCCESS and ptr == st.end and \
                    not (ctx.toplevel and st.must_advance and ptr == st.start):
                st.ptr = ptr
                return OK
            ctx.lastmark = st.lastmark
            ctx.lastindex = st.lastindex
            ctx.pushed = st.repeat is not None
            if ctx.pushed:
                st.mark_push(ctx.lastmark)
            ctx.count = n
            if code[tail] == LITERAL:
                return repeat_one_literal(st, ctx, p, ptr)
            return repeat_one_general(st, ctx, p, ptr)
        elif op == SUCCESS:
            if ctx.toplevel and ((st.match_all and ptr != st.end) or
                                 (st.must_advance and ptr == st.start)):
                return FAIL
            st.ptr = ptr
            return OK
        elif op == BRANCH:
            # <BRANCH> <skip> code <JUMP> ... <0>
            ctx.lastmark = st.lastmark
            ctx.lastindex = st.lastindex
            ctx.pushed = st.repeat is not None
            if ctx.pushed:
                st.mark_push(ctx.lastmark)
            return branch_next(st, ctx, p, ptr)
        elif op == AT:
            if not at(st, ptr, code[p]):
                return FAIL
            p += 1
        elif op == JUMP or op == INFO:
            p += code[p]
        elif op == NOT_LITERAL:
            if ptr >= end or st.get(ptr) == code[p]:
                return FAIL
            p += 1
            ptr += 1
        elif op == ANY:
            if ptr >= end or st.get(ptr) == 10:
                return FAIL
            ptr += 1
        elif op == ANY_ALL:
            if ptr >= end:
                return FAIL
            ptr += 1
        elif op == CATEGORY:
            if ptr >= end or not category(code[p], st.get(ptr)):
                return FAIL
            p += 1
            ptr += 1
        elif op == LITERAL_IGNORE:
            if ptr >= end or lower_ascii(st.get(ptr)) != code[p]:
                return FAIL
            p += 1
            ptr += 1
        elif op == LITERAL_UNI_IGNORE:
            if ptr >= end or lower_unicode(st.get(ptr)) != code[p]:
                return FAIL
            p += 1
            ptr += 1
        elif op == LITERAL_LOC_IGNORE:
            if ptr >= end or not char_loc_ignore(code[p], st.get(ptr)):
                return FAIL
            p += 1
            ptr += 1
        elif op == NOT_LITERAL_IGNORE:
            if ptr >= end or lower_ascii(st.get(ptr)) == code[p]:
                return FAIL
            p += 1
            ptr += 1
        elif op == NOT_LITERAL_UNI_IGNORE:
            if ptr >= end or lower_unicode(st.get(ptr)) == code[p]:
                return FAIL
            p += 1
            ptr += 1
        elif op == NOT_LITERAL_LOC_IGNORE:
            if ptr >= end or char_loc_ignore(code[p], st.get(ptr)):
                return FAIL
            p += 1
            ptr += 1
        elif op == IN_IGNORE:
            if ptr >= end or not in_charset(code, p + 1, lower_ascii(st.get(ptr))):
                return FAIL
            p += code[p]
            ptr += 1
        elif op == IN_UNI_IGNORE:
            if ptr >= end or not in_charset(code, p + 1, lower_unicode(st.get(ptr))):
                return FAIL
            p += code[p]
            ptr += 1
        elif op == IN_LOC_IGNORE:
            if ptr >= end or not charset_loc_ignore(code, p + 1, st.get(ptr)):
                return FAIL
            p += code[p]
            ptr += 1
        elif op == MIN_REPEAT_ONE:
            # <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
            mn = code[p + 1]
            if mn > end - ptr:
                return FAIL
            st.ptr = ptr
            if mn == 0:
                n = 0
            else:
                n = count(st, p + 3, mn)
                if n < mn:
                    return FAIL
                ptr += n
            tail = p + code[p]
            if code[tail] == SUCCESS and not (
                    ctx.toplevel and ((st.match_all and ptr != st.end) or
                                      (st.must_advance and ptr == st.start))):
                st.ptr = ptr
                return OK
            ctx.lastmark = st.lastmark
            ctx.lastindex = st.lastindex
            ctx.pushed = st.repeat is not None
            if ctx.pushed:
                st.mark_push(ctx.lastmark)
            ctx.count = n
            return min_repeat_one_next(st, ctx, p, ptr)
        elif op == POSSESSIVE_REPEAT_ONE:
            mn = code[p + 1]
            if ptr + mn > end:
                return FAIL
            st.ptr = ptr
            n = count(st, p + 3, code[p + 2])
            ptr += n
            if n < mn:
                return FAIL
            p += code[p]
            if code[p] == SUCCESS and ptr == st.end and \
                    not (ctx.toplevel and st.must_advance and ptr == st.start):
                st.ptr = ptr
                return OK
        elif op == REPEAT:
            # <REPEAT> <skip> <min> <max> item <UNTIL> tail
            new_rep = Repeat(p, st.repeat)
            ctx.rep = new_rep
            st.repeat = new_rep
            st.ptr = ptr
            return call(st, ctx, JUMP_REPEAT, p, ptr, p + code[p], ctx.toplevel)
        elif op == MAX_UNTIL:
            rep = st.repeat
            if rep is None:
                raise SreError("MAX_UNTIL outside a repeat")
            ctx.rep = rep
            st.ptr = ptr
            n = rep.count + 1
            ctx.count = n
            if n < code[rep.pat + 1]:
                rep.count = n
                return call(st, ctx, JUMP_MAX_UNTIL_1, p, ptr, rep.pat + 3, ctx.toplevel)
            mx = code[rep.pat + 2]
            if (n < mx or mx == MAXREPEAT) and st.ptr != rep.last_ptr:
                rep.count = n
                ctx.lastmark = st.lastmark
                ctx.lastindex = st.lastindex
                st.mark_push(ctx.lastmark)
                st.dpush(rep.last_ptr)
                rep.last_ptr = st.ptr
                return call(st, ctx, JUMP_MAX_UNTIL_2, p, ptr, rep.pat + 3, ctx.toplevel)
            st.repeat = rep.prev
            return call(st, ctx, JUMP_MAX_UNTIL_3, p, ptr, p, ctx.toplevel)
        elif op == MIN_UNTIL:
            rep = st.repeat
            if rep is None:
                raise SreError("MIN_UNTIL outside a repeat")
            ctx.rep = rep
            st.ptr = ptr
            n = rep.count + 1
            ctx.count = n
            if n < code[rep.pat + 1]:
                rep.count = n
                return call(st, ctx, JUMP_MIN_UNTIL_1, p, ptr, rep.pat + 3, ctx.toplevel)
            # see if the tail matches
            st.repeat = rep.prev
            ctx.lastmark = st.lastmark
            ctx.lastindex = st.lastindex
            ctx.pushed = st.repeat is not None
            if ctx.pushed:
                st.mark_push(ctx.lastmark)
            return call(st, ctx, JUMP_MIN_UNTIL_2, p, ptr, p, ctx.toplevel)
        elif op == GROUPREF or op == GROUPREF_IGNORE or op == GROUPREF_UNI_IGNORE or \
                op == GROUPREF_LOC_IGNORE:
            g = code[p] * 2
            if g >= st.lastmark:
                return FAIL
            s = st.marks[g]
            e = st.marks[g + 1]
            if s < 0 or e < 0 or e < s:
                return FAIL
            while s < e:
                if ptr >= end:
                    return FAIL
                a = st.get(ptr)
                b = st.get(s)
                if op == GROUPREF_IGNORE:
                    a = lower_ascii(a)
                    b = lower_ascii(b)
                elif op == GROUPREF_UNI_IGNORE:
                    a = lower_unicode(a)
                    b = lower_unicode(b)
                elif op == GROUPREF_LOC_IGNORE:
                    a = lower_locale(a)
                    b = lower_locale(b)
                if a != b:
                    return FAIL
                s += 1
                ptr += 1
            p += 1
        elif op == GROUPREF_EXISTS:
            # <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
            g = code[p] * 2
            if g >= st.lastmark:
                p += code[p + 1]
            else:
                s = st.marks[g]
                e = st.marks[g + 1]
                if s < 0 or e < 0 or e < s:
                    p += code[p + 1]
                else:
                    p += 2
        elif op == ASSERT:
            # <ASSERT> <skip> <back> pattern
            back = code[p + 1]
            if ptr < back:
                return FAIL
            st.ptr = ptr - back
            return call(st, ctx, JUMP_ASSERT, p, ptr, p + 2, False)
        elif op == ASSERT_NOT:
            back = code[p + 1]
            if ptr >= back:
                st.ptr = ptr - back
                ctx.lastmark = st.lastmark
                ctx.lastindex = st.lastindex
                ctx.pushed = st.repeat is not None
                if ctx.pushed:
                    st.mark_push(ctx.lastmark)
                return call(st, ctx, JUMP_ASSERT_NOT, p, ptr, p + 2, False)
            p += code[p]
        elif op == POSSESSIVE_REPEAT:
            # <POSSESSIVE_REPEAT> <skip> <min> <max> pattern <SUCCESS> tail
            st.ptr = ptr
            ctx.count = 0
            if code[p + 1] > 0:
                return call(st, ctx, JUMP_POSS_REPEAT_1, p, ptr, p + 3, False)
            return poss_repeat_next(st, ctx, p, -1)
        elif op == ATOMIC_GROUP:
            # <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
            st.ptr = ptr
            return call(st, ctx, JUMP_ATOMIC_GROUP, p, ptr, p + 1, False)
        elif op == FAILURE:
            return FAIL
        else:
            raise SreError("unknown opcode %d" % op)


def branch_next(st: ST, ctx: Ctx, p: int, ptr: int) -> int:
    """Try the alternatives of a BRANCH from the one at code[p]."""
    code = st.code
    end = st.end
    while code[p] != 0:
        op = code[p + 1]
        if op == LITERAL:
            if ptr >= end or st.get(ptr) != code[p + 2]:
                p += code[p]
                continue
        elif op == IN:
            if ptr >= end or not in_charset(code, p + 3, st.get(ptr)):
                p += code[p]
                continue
        elif not can_start(st, p + 1, ptr):
            p += code[p]
            continue
        st.ptr = ptr
        return call(st, ctx, JUMP_BRANCH, p, ptr, p + 1, ctx.toplevel)
    if ctx.pushed:
        st.mark_pop_discard(ctx.lastmark)
    return FAIL


def repeat_one_literal(st: ST, ctx: Ctx, p: int, ptr: int) -> int:
    """REPEAT_ONE whose tail starts with a literal: back off to the
    positions where that literal is, and try the tail there."""
    code = st.code
    end = st.end
    mn = code[p + 1]
    c = code[p + code[p] + 1]       # the literal the tail starts with
    n = ctx.count
    while n >= mn and (ptr >= end or st.get(ptr) != c):
        ptr -= 1
        n -= 1
    ctx.count = n
    if n < mn:
        if ctx.pushed:
            st.mark_pop_discard(ctx.lastmark)
        return FAIL
    st.ptr = ptr
    return call(st, ctx, JUMP_REPEAT_ONE_1, p, ptr, p + code[p], ctx.toplevel)


def repeat_one_general(st: ST, ctx: Ctx, p: int, ptr: int) -> int:
    code = st.code
    tail = p + code[p]
    mn = code[p + 1]
    if code[tail] == SUCCESS:
        # the tail is the end of the pattern: what its SUCCESS would do
        while ctx.count >= mn:
            if not (ctx.toplevel and ((st.match_all and ptr != st.end) or
                                      (st.must_advance and ptr == st.start))):
                if ctx.pushed:
                    st.mark_pop_discard(ctx.lastmark)
                st.ptr = ptr
                return OK
            ptr -= 1
            ctx.count -= 1
        if ctx.pushed:
            st.mark_pop_discard(ctx.lastmark)
        return FAIL
    while ctx.count >= mn and not can_start(st, tail, ptr):
        ptr -= 1
        ctx.count -= 1
    if ctx.count >= mn:
        st.ptr = ptr
        return call(st, ctx, JUMP_REPEAT_ONE_2, p, ptr, tail, ctx.toplevel)
    if ctx.pushed:
        st.mark_pop_discard(ctx.lastmark)
    return FAIL


def min_repeat_one_next(st: ST, ctx: Ctx, p: int, ptr: int) -> int:
    code = st.code
    mx = code[p + 2]
    tail = p + code[p]
    while mx == MAXREPEAT or ctx.count <= mx:
        if can_start(st, tail, ptr):
            st.ptr = ptr
            return call(st, ctx, JUMP_MIN_REPEAT_ONE, p, ptr, tail, ctx.toplevel)
        # the tail cannot match here: take one more item, as after a failure
        st.ptr = ptr
        if count(st, p + 3, 1) == 0:
            break
        ptr += 1
        ctx.count += 1
    if ctx.pushed:
        st.mark_pop_discard(ctx.lastmark)
    return FAIL


def poss_repeat_next(st: ST, ctx: Ctx, p: int, ptr: int) -> int:
    """POSSESSIVE_REPEAT after its minimum: match more items while they
    advance, then go on with the tail (never backtracking into it)."""
    code = st.code
    mx = code[p + 2]
    if (ctx.count < mx or mx == MAXREPEAT) and st.ptr != ptr:
        ctx.lastmark = st.lastmark
        ctx.lastindex = st.lastindex
        st.mark_push(ctx.lastmark)
        ptr = st.ptr
        return call(st, ctx, JUMP_POSS_REPEAT_2, p, ptr, p + 3, False)
    ctx.pat = p + code[p] + 1
    ctx.ptr = st.ptr
    return CONTINUE


def resume(st: ST, ctx: Ctx, jump: int, ret: bool) -> int:
    """The child of `ctx` returned `ret`: go on with the operation that
    called it (the labels after DO_JUMP in sre_lib.h)."""
    code = st.code
    p = ctx.pat
    ptr = ctx.ptr
    if jump == JUMP_BRANCH:
        if ret:
            if ctx.pushed:
                st.mark_pop_discard(ctx.lastmark)
            return OK
        if ctx.pushed:
            st.mark_pop_keep(ctx.lastmark)
        st.lastmark = ctx.lastmark
        st.lastindex = ctx.lastindex
        return branch_next(st, ctx, p + code[p], ptr)
    if jump == JUMP_REPEAT_ONE_1 or jump == JUMP_REPEAT_ONE_2:
        if ret:
            if ctx.pushed:
                st.mark_pop_discard(ctx.lastmark)
            return OK
        if ctx.pushed:
            st.mark_pop_keep(ctx.lastmark)
        st.lastmark = ctx.lastmark
        st.lastindex = ctx.lastindex
        ctx.count -= 1
        if jump == JUMP_REPEAT_ONE_1:
            return repeat_one_literal(st, ctx, p, ptr - 1)
        return repeat_one_general(st, ctx, p, ptr - 1)
    if jump == JUMP_MIN_REPEAT_ONE:
        if ret:
            if ctx.pushed:
                st.mark_pop_discard(ctx.lastmark)
            return OK
        if ctx.pushed:
            st.mark_pop_keep(ctx.lastmark)
        st.lastmark = ctx.lastmark
        st.lastindex = ctx.lastindex
        st.ptr = ptr
        if count(st, p + 3, 1) == 0:
            if ctx.pushed:
                st.mark_pop_discard(ctx.lastmark)
            return FAIL
        ctx.count += 1
        return min_repeat_one_next(st, ctx, p, ptr + 1)
    if jump == JUMP_REPEAT:
        rep = ctx.rep
        assert rep is not None
        st.repeat = rep.prev
        return OK if ret else FAIL
    if jump == JUMP_MAX_UNTIL_1:
        if ret:
            return OK
        rep = ctx.rep
        assert rep is not None
        rep.count = ctx.count - 1
        st.ptr = ptr
        return FAIL
    if jump == JUMP_MAX_UNTIL_2:
        rep = ctx.rep
        assert rep is not None
        rep.last_ptr = st.dpop()
        if ret:
            st.mark_pop_discard(ctx.lastmark)
            return OK
        st.mark_pop(ctx.lastmark)
        st.lastmark = ctx.lastmark
        st.lastindex = ctx.lastindex
        rep.count = ctx.count - 1
        st.ptr = ptr
        # cannot match more repeated items here: make sure the tail matches
        st.repeat = rep.prev
        return call(st, ctx, JUMP_MAX_UNTIL_3, p, ptr, p, ctx.toplevel)
    if jump == JUMP_MAX_UNTIL_3:
        st.repeat = ctx.rep
        if ret:
            return OK
        st.ptr = ptr
        return FAIL
    if jump == JUMP_MIN_UNTIL_1:
        if ret:
            return OK
        rep = ctx.rep
        assert rep is not None
        rep.count = ctx.count - 1
        st.ptr = ptr
        return FAIL
    if jump == JUMP_MIN_UNTIL_2:
        rep = ctx.rep
        assert rep is not None
        st.repeat = rep
        if ret:
            if ctx.pushed:
                st.mark_pop_discard(ctx.lastmark)
            return OK
        if ctx.pushed:
            st.mark_pop(ctx.lastmark)
        st.lastmark = ctx.lastmark
        st.lastindex = ctx.lastindex
        st.ptr = ptr
        mx = code[rep.pat + 2]
        if (ctx.count >= mx and mx != MAXREPEAT) or st.ptr == rep.last_ptr:
            return FAIL
        rep.count = ctx.count
        st.dpush(rep.last_ptr)
        rep.last_ptr = st.ptr
        return call(st, ctx, JUMP_MIN_UNTIL_3, p, ptr, rep.pat + 3, ctx.toplevel)
    if jump == JUMP_MIN_UNTIL_3:
        rep = ctx.rep
        assert rep is not None
        rep.last_ptr = st.dpop()
        if ret:
            return OK
        rep.count = ctx.count - 1
        st.ptr = ptr
        return FAIL
    if jump == JUMP_ASSERT:
        if not ret:
            return FAIL
        ctx.pat = p + code[p]
        return CONTINUE
    if jump == JUMP_ASSERT_NOT:
        if ret:
            if ctx.pushed:
                st.mark_pop_discard(ctx.lastmark)
            return FAIL
        if ctx.pushed:
            st.mark_pop(ctx.lastmark)
        st.lastmark = ctx.lastmark
        st.lastindex = ctx.lastindex
        ctx.pat = p + code[p]
        return CONTINUE
    if jump == JUMP_POSS_REPEAT_1:
        if not ret:
            st.ptr = ptr
            return FAIL
        ctx.count += 1
        if ctx.count < code[p + 1]:
            return call(st, ctx, JUMP_POSS_REPEAT_1, p, ptr, p + 3, False)
        return poss_repeat_next(st, ctx, p, -1)
    if jump == JUMP_POSS_REPEAT_2:
        if ret:
            st.mark_pop_discard(ctx.lastmark)
            ctx.count += 1
            return poss_repeat_next(st, ctx, p, ptr)
        st.mark_pop(ctx.lastmark)
        st.lastmark = ctx.lastmark
        st.lastindex = ctx.lastindex
        st.ptr = ptr
        ctx.pat = p + code[p] + 1
        ctx.ptr = st.ptr
        return CONTINUE
    if jump == JUMP_ATOMIC_GROUP:
        if not ret:
            st.ptr = ptr
            return FAIL
        ctx.pat = p + code[p]
        ctx.ptr = st.ptr
        return CONTINUE
    raise SreError("bad jump %d" % jump)


# -- entry points

def match(st: ST) -> bool:
    """Pattern.match / fullmatch (st.match_all) at st.start."""
    st.ptr = st.start
    return sre_match(st, 0, True)


def search(st: ST) -> bool:
    """Pattern.search from st.start (SRE(search)): on success st.start and
    st.ptr are the span of the match."""
    code = st.code
    ptr = st.start
    end = st.end
    if ptr > end:
        return False
    pat = 0
    flags = 0
    prefix_len = 0
    prefix_skip = 0
    prefix = 0
    charset = -1
    if code[0] == INFO:
        # <INFO> <skip> <flags> <min> <max> <prefix info>
        flags = code[2]
        mn = code[3]
        if mn != 0 and end - ptr < mn:
            return False
        if mn > 1:
            end -= mn - 1
            if end <= ptr:
                end = ptr
        if flags & INFO_PREFIX:
            prefix_len = code[5]
            prefix_skip = code[6]
            prefix = 7
        elif flags & INFO_CHARSET:
            charset = 5
        pat = 1 + code[1]

    if prefix_len > 0:
        # the pattern starts with a literal prefix: try where it occurs (the
        # successive occurrences, overlapping ones too, as sre_lib.h's
        # overlap-table scan finds them)
        end = st.end
        st.must_advance = False
        while True:
            found = st.find_prefix(prefix, prefix_len, ptr, end)
            if found < 0:
                return False
            st.start = found
            st.ptr = found + prefix_skip
            if flags & INFO_LITERAL:
                return True
            if sre_match(st, pat + 2 * prefix_skip, False):
                return True
            ptr = found + 1
            st.reset()

    if charset >= 0:
        # the pattern starts with a character from a known set
        end = st.end
        st.must_advance = False
        bitmap_only = code[charset] == CHARSET and code[charset + 9] == FAILURE
        bits = charset + 1
        while True:
            if bitmap_only:
                while ptr < end:
                    ch = st.get(ptr)
                    if ch < 256 and (code[bits + (ch >> 5)] >> (ch & 31)) & 1:
                        break
                    ptr += 1
            else:
                while ptr < end and not in_charset(code, charset, st.get(ptr)):
                    ptr += 1
            if ptr >= end:
                return False
            st.start = ptr
            st.ptr = ptr
            if sre_match(st, pat, False):
                return True
            ptr += 1
            st.reset()

    # the general case
    st.start = ptr
    st.ptr = ptr
    status = sre_match(st, pat, True)
    st.must_advance = False
    if not status and code[pat] == AT and (code[pat + 1] == AT_BEGINNING or
                                           code[pat + 1] == AT_BEGINNING_STRING):
        st.start = end
        st.ptr = end
        return False
    while not status and ptr < end:
        ptr += 1
        if not can_start(st, pat, ptr):
            continue
        st.reset()
        st.start = ptr
        st.ptr = ptr
        status = sre_match(st, pat, False)
    return status
