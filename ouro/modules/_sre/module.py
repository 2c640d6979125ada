"""The `_sre` module: Pattern, Match and Scanner objects and the module
functions that Lib/re/_compiler.py calls, with the behaviour, signatures
and messages of CPython 3.11's Modules/_sre/sre.c.  The matching itself is
engine.py.

Subjects: a str is matched as its UTF-8 bytes when it is pure ASCII (the
bytes are the characters), otherwise as a list of code points; the
conversion of the last str seen is cached (by identity), so that a loop
calling pattern.match(text, pos) on one long text converts it once.
bytes and bytearray are matched as bytes.  Results are slices of the
original object (exact str or bytes, as CPython's getslice).

Replacement templates (sub/subn with a non-literal template, and
Match.expand) are handed to the Python code of the `re` package as 3.11
does: re._subx(pattern, template) and re._expand(pattern, match,
template)."""
from __future__ import annotations

from ouro.interpreter import importing
from ouro.interpreter.module import W_Module
from ouro.modules._sre import constants as C
from ouro.modules._sre import engine
from ouro.modules._sre.engine import BytesState, SreError, State, UniState
from ouro.modules._sre.unichars import lower_unicode, upper_unicode
from ouro.modules.registry import register_module
from ouro.objspace import genericalias, space
from ouro.objspace.bytesobject import W_BytesObject, buffer_or_none, w_bytes_type
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (OperationError, operr, w_IndexError, w_OverflowError,
                                      w_RuntimeError, w_SystemError, w_TypeError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import W_IntObject, W_LongObject, wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_NotImplemented,
                                 w_object_type)
from ouro.objspace.strobject import W_StrObject, c_int_w, index_w, w_str_type
from ouro.objspace.tupleobject import W_TupleObject



def _make_type(name: str, module: str) -> W_TypeObject:
    """Load time: a type named module.name."""
    w_t = make_builtin_type(name, [w_object_type], LAYOUT_OTHER)
    w_t.w_module = W_StrObject(module)
    w_t.dict_w["__module__"] = W_StrObject(module)
    return w_t


w_pattern_type = _make_type("Pattern", "re")
w_match_type = _make_type("Match", "re")
# CPython's texts (pydoc shows them for a module's compiled patterns)
w_pattern_type.doc = "Compiled regular expression object."
w_match_type.doc = ("The result of re.match() and re.search().\n"
                    "Match objects always have a boolean value of True.")
w_scanner_type = _make_type("SRE_Scanner", "_sre")

MAXSIZE = 9223372036854775807


class W_Pattern(W_Root):
    w_pattern: W_Root            # the source: str, bytes or None
    flags: int
    code: list[int]
    groups: int
    w_groupindex: W_DictObject | None
    w_indexgroup: W_TupleObject | None
    isbytes: int                 # 1 bytes, 0 str, -1 no source
    spare_b: BytesState | None   # states to reuse (None while in use)
    spare_u: UniState | None

    def __init__(self, w_pattern: W_Root, flags: int, code: list[int], groups: int,
                 w_groupindex: W_DictObject | None, w_indexgroup: W_TupleObject | None,
                 isbytes: int) -> None:
        self.w_pattern = w_pattern
        self.flags = flags
        self.code = code
        self.groups = groups
        self.w_groupindex = w_groupindex
        self.w_indexgroup = w_indexgroup
        self.isbytes = isbytes
        self.spare_b = None
        self.spare_u = None

    def getclass(self) -> W_TypeObject:
        return w_pattern_type


class W_Match(W_Root):
    w_pattern: W_Pattern
    w_string: W_Root
    marks: list[int]             # start, end of each group (0 first); -1 unset
    pos: int
    endpos: int
    lastindex: int
    w_regs: W_Root | None

    def __init__(self, w_pattern: W_Pattern, w_string: W_Root, marks: list[int], pos: int,
                 endpos: int, lastindex: int) -> None:
        self.w_pattern = w_pattern
        self.w_string = w_string
        self.marks = marks
        self.pos = pos
        self.endpos = endpos
        self.lastindex = lastindex
        self.w_regs = None

    def getclass(self) -> W_TypeObject:
        return w_match_type

    def ngroups(self) -> int:
        """Groups counting group 0."""
        return len(self.marks) // 2


class W_Scanner(W_Root):
    w_pattern: W_Pattern
    w_string: W_Root
    state: State
    exhausted: bool

    def __init__(self, w_pattern: W_Pattern, w_string: W_Root, state: State) -> None:
        self.w_pattern = w_pattern
        self.w_string = w_string
        self.state = state
        self.exhausted = False

    def getclass(self) -> W_TypeObject:
        return w_scanner_type


# -- subjects

class StrCache:
    """The subject data of the last str matched (by identity)."""
    w_key: W_StrObject | None
    ascii: bytes | None
    uni: list[int] | None

    def __init__(self) -> None:
        self.w_key = None
        self.ascii = None
        self.uni = None


CACHE = StrCache()


def code_points(s: str) -> list[int]:
    """The code points of a str (decoding its UTF-8 form: faster than
    iterating over the characters)."""
    n = len(s)
    out = [0] * n
    try:
        b = s.encode()
    except ValueError:
        # lone surrogates have no UTF-8 form
        i = 0
        for ch in s:
            out[i] = ord(ch)
            i += 1
        return out
    i = 0
    j = 0
    nb = len(b)
    while j < nb:
        c = b[j]
        if c < 0x80:
            j += 1
        elif c < 0xE0:
            c = ((c & 0x1F) << 6) | (b[j + 1] & 0x3F)
            j += 2
        elif c < 0xF0:
            c = ((c & 0x0F) << 12) | ((b[j + 1] & 0x3F) << 6) | (b[j + 2] & 0x3F)
            j += 3
        else:
            c = ((c & 0x07) << 18) | ((b[j + 1] & 0x3F) << 12) | ((b[j + 2] & 0x3F) << 6) | \
                (b[j + 3] & 0x3F)
            j += 4
        out[i] = c
        i += 1
    return out


def str_subject(w_s: W_StrObject) -> None:
    """Make CACHE hold the subject data of w_s."""
    if CACHE.w_key is w_s:
        return
    s = w_s.as_str()
    b: bytes | None = None
    try:
        b = s.encode()
    except ValueError:
        b = None
    if b is not None and len(b) == len(s):
        CACHE.ascii = b
        CACHE.uni = None
    else:
        CACHE.ascii = None
        CACHE.uni = code_points(s)
    CACHE.w_key = w_s


def bytes_state(w_pat: W_Pattern, data: bytes, pos: int, endpos: int) -> BytesState:
    st = w_pat.spare_b
    if st is None:
        return BytesState(data, w_pat.code, w_pat.groups, pos, endpos)
    w_pat.spare_b = None
    st.reinit(data, pos, endpos)
    return st


def make_state(w_pat: W_Pattern, w_string: W_Root, pos: int, endpos: int) -> State:
    """state_init: the subject's data, with pos/endpos clipped to it (a
    state of the pattern is reused when one is free: see release_state)."""
    if isinstance(w_string, W_StrObject):
        if w_pat.isbytes > 0:
            raise operr(w_TypeError, "cannot use a bytes pattern on a string-like object")
        str_subject(w_string)
        ascii = CACHE.ascii
        if ascii is not None:
            return bytes_state(w_pat, ascii, pos, endpos)
        uni = CACHE.uni
        assert uni is not None
        ust = w_pat.spare_u
        if ust is None:
            return UniState(uni, w_pat.code, w_pat.groups, pos, endpos)
        w_pat.spare_u = None
        ust.reinit(uni, pos, endpos)
        return ust
    data = buffer_or_none(w_string)
    if data is None:
        raise operr(w_TypeError, "expected string or bytes-like object, got '%s'"
                    % type_name(w_string))
    if w_pat.isbytes == 0:
        raise operr(w_TypeError, "cannot use a string pattern on a bytes-like object")
    return bytes_state(w_pat, data, pos, endpos)


EMPTY_DATA: list[int] = []


def release_state(w_pat: W_Pattern, st: State) -> None:
    """The state is no longer used: keep it for the next match (without
    its subject)."""
    st.trim()
    if isinstance(st, BytesState):
        st.data = b""
        w_pat.spare_b = st
    elif isinstance(st, UniState):
        st.data = EMPTY_DATA
        w_pat.spare_u = st


def engine_error() -> OperationError:
    return operr(w_RuntimeError, "internal error in regular expression engine")


def run_match(st: State) -> bool:
    try:
        if isinstance(st, BytesState):
            return engine.match(st)
        assert isinstance(st, UniState)
        return engine.match(st)
    except SreError:
        raise engine_error()
    except IndexError:
        # code that re._compiler would not produce (validate() is lighter
        # than CPython's _validate)
        raise engine_error()


def run_search(st: State) -> bool:
    try:
        if isinstance(st, BytesState):
            return engine.search(st)
        assert isinstance(st, UniState)
        return engine.search(st)
    except SreError:
        raise engine_error()
    except IndexError:
        raise engine_error()


def getslice(w_string: W_Root, st: State | None, i: int, j: int) -> W_Root:
    """The subject's [i:j] as an exact str or bytes (getslice)."""
    if isinstance(w_string, W_StrObject):
        return W_StrObject(w_string.as_str()[i:j])
    if isinstance(w_string, W_BytesObject):
        if w_string.getclass() is w_bytes_type and i == 0 and j == len(w_string.value):
            return w_string
        return W_BytesObject(w_string.value[i:j])
    if isinstance(st, BytesState):
        return W_BytesObject(st.data[i:j])
    data = buffer_or_none(w_string)
    assert data is not None
    if j > len(data):
        j = len(data)
    if i > j:
        i = j
    return W_BytesObject(data[i:j])


def state_group(st: State, w_string: W_Root, g: int, w_default: W_Root | None) -> W_Root:
    """Group g >= 1 of the current match of a state (state_getslice):
    w_default if unset (None: an empty slice)."""
    s, e = st.group_span(g)
    if s < 0:
        if w_default is None:
            return getslice(w_string, st, 0, 0)
        return w_default
    return getslice(w_string, st, s, e)


def new_match(w_pat: W_Pattern, st: State, w_string: W_Root) -> W_Match:
    """pattern_new_match after a successful match."""
    n = w_pat.groups
    marks = [-1] * (2 * (n + 1))
    marks[0] = st.start
    marks[1] = st.ptr
    g = 1
    while g <= n:
        s, e = st.group_span(g)
        if s >= 0:
            if s > e:
                raise operr(w_SystemError, "The span of capturing group is wrong,"
                            " please report a bug for the re module.")
            marks[2 * g] = s
            marks[2 * g + 1] = e
        g += 1
    return W_Match(w_pat, w_string, marks, st.pos, st.endpos, st.lastindex)


# -- argument helpers

def _pattern(w: W_Root | None) -> W_Pattern:
    assert isinstance(w, W_Pattern)
    return w


def _match(w: W_Root | None) -> W_Match:
    assert isinstance(w, W_Match)
    return w


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def _ssize(w: W_Root | None, default: int) -> int:
    if w is None:
        return default
    return index_w(w)


# -- Pattern methods

def _pattern_match_common(slots: list[W_Root | None], mode: int) -> W_Root:
    """mode 0: match, 1: fullmatch, 2: search."""
    w_pat = _pattern(slots[0])
    w_string = _arg(slots, 1)
    st = make_state(w_pat, w_string, _ssize(slots[2], 0), _ssize(slots[3], MAXSIZE))
    if mode == 2:
        ok = run_search(st)
    else:
        st.match_all = mode == 1
        ok = run_match(st)
    if not ok:
        release_state(w_pat, st)
        return w_None
    w_m = new_match(w_pat, st, w_string)
    release_state(w_pat, st)
    return w_m


def pattern_match(slots: list[W_Root | None]) -> W_Root:
    return _pattern_match_common(slots, 0)


def pattern_fullmatch(slots: list[W_Root | None]) -> W_Root:
    return _pattern_match_common(slots, 1)


def pattern_search(slots: list[W_Root | None]) -> W_Root:
    return _pattern_match_common(slots, 2)


def pattern_findall(slots: list[W_Root | None]) -> W_Root:
    w_pat = _pattern(slots[0])
    w_string = _arg(slots, 1)
    st = make_state(w_pat, w_string, _ssize(slots[2], 0), _ssize(slots[3], MAXSIZE))
    items_w: list[W_Root] = []
    while st.start <= st.end:
        st.reset()
        st.ptr = st.start
        if not run_search(st):
            break
        if w_pat.groups == 0:
            w_item = getslice(w_string, st, st.start, st.ptr)
        elif w_pat.groups == 1:
            w_item = state_group(st, w_string, 1, None)
        else:
            group_items: list[W_Root] = []
            g = 1
            while g <= w_pat.groups:
                group_items.append(state_group(st, w_string, g, None))
                g += 1
            w_item = W_TupleObject(group_items)
        items_w.append(w_item)
        st.must_advance = st.ptr == st.start
        st.start = st.ptr
    release_state(w_pat, st)
    return W_ListObject(items_w)


def make_scanner(w_pat: W_Pattern, w_string: W_Root, w_pos: W_Root | None,
                 w_endpos: W_Root | None) -> W_Scanner:
    st = make_state(w_pat, w_string, _ssize(w_pos, 0), _ssize(w_endpos, MAXSIZE))
    return W_Scanner(w_pat, w_string, st)


def pattern_scanner(slots: list[W_Root | None]) -> W_Root:
    return make_scanner(_pattern(slots[0]), _arg(slots, 1), slots[2], slots[3])


def pattern_finditer(slots: list[W_Root | None]) -> W_Root:
    w_scanner = make_scanner(_pattern(slots[0]), _arg(slots, 1), slots[2], slots[3])
    w_search = space.getattr(w_scanner, "search")
    return space.callable_iter(w_search, w_None)


def pattern_split(slots: list[W_Root | None]) -> W_Root:
    w_pat = _pattern(slots[0])
    w_string = _arg(slots, 1)
    maxsplit = _ssize(slots[2], 0)
    st = make_state(w_pat, w_string, 0, MAXSIZE)
    items_w: list[W_Root] = []
    n = 0
    last = st.start
    while maxsplit == 0 or n < maxsplit:
        st.reset()
        st.ptr = st.start
        if not run_search(st):
            break
        items_w.append(getslice(w_string, st, last, st.start))
        g = 1
        while g <= w_pat.groups:
            items_w.append(state_group(st, w_string, g, w_None))
            g += 1
        n += 1
        st.must_advance = st.ptr == st.start
        st.start = st.ptr
        last = st.start
    items_w.append(getslice(w_string, st, last, st.endpos))
    release_state(w_pat, st)
    return W_ListObject(items_w)


def call_re(name: str, args_w: list[W_Root]) -> W_Root:
    """A function of the Python `re` package (CPython's call(SRE_PY_MODULE,
    ...))."""
    w_re = importing.import_one("re")
    return space.call_function(space.getattr(w_re, name), args_w)


def has_backslash(w_template: W_Root) -> bool:
    """Whether a str or bytes-like template contains a backslash; a
    template of another type counts as not literal."""
    if isinstance(w_template, W_StrObject):
        return w_template.as_str().find("\\") >= 0
    data = buffer_or_none(w_template)
    if data is None:
        return True
    return data.find(b"\\") >= 0


class Joiner:
    """The pieces of a sub() result, joined at the end as CPython's
    PyUnicode_Join / _PyBytes_Join do: a piece of the wrong type is
    reported (with its index) only when joining, after every replacement
    function has run."""
    isbytes: bool
    strs: list[str]
    bytes_: list[bytes]
    n: int
    bad: int
    badtype: str

    def __init__(self, isbytes: bool) -> None:
        self.isbytes = isbytes
        self.strs = []
        self.bytes_ = []
        self.n = 0
        self.bad = -1
        self.badtype = ""

    def add_slice(self, w_string: W_Root, st: State, i: int, j: int) -> None:
        if isinstance(w_string, W_StrObject):
            self.strs.append(w_string.as_str()[i:j])
        else:
            w_piece = getslice(w_string, st, i, j)
            assert isinstance(w_piece, W_BytesObject)
            self.bytes_.append(w_piece.value)
        self.n += 1

    def add(self, w_item: W_Root) -> None:
        if not self.isbytes:
            if isinstance(w_item, W_StrObject):
                self.strs.append(w_item.as_str())
            elif self.bad < 0:
                self.bad = self.n
                self.badtype = type_name(w_item)
        else:
            data = buffer_or_none(w_item)
            if data is not None:
                self.bytes_.append(data)
            elif self.bad < 0:
                self.bad = self.n
                self.badtype = type_name(w_item)
        self.n += 1

    def result(self) -> W_Root:
        if self.bad >= 0:
            if self.isbytes:
                raise operr(w_TypeError, "sequence item %d: expected a bytes-like object, %s found"
                            % (self.bad, self.badtype))
            raise operr(w_TypeError, "sequence item %d: expected str instance, %s found"
                        % (self.bad, self.badtype))
        if self.isbytes:
            return W_BytesObject(b"".join(self.bytes_))
        return W_StrObject("".join(self.strs))


def is_exact(w_string: W_Root) -> bool:
    return w_string.getclass() is w_str_type or w_string.getclass() is w_bytes_type


def pattern_subx(w_pat: W_Pattern, w_template: W_Root, w_string: W_Root, count: int,
                 subn: bool) -> W_Root:
    w_filter = w_template
    if space.callable_w(w_template):
        filter_is_callable = True
    elif not has_backslash(w_template):
        filter_is_callable = False
    else:
        w_filter = call_re("_subx", [w_pat, w_template])
        filter_is_callable = space.callable_w(w_filter)
    st = make_state(w_pat, w_string, 0, MAXSIZE)
    out = Joiner(not isinstance(w_string, W_StrObject))
    n = 0
    i = 0
    while count == 0 or n < count:
        st.reset()
        st.ptr = st.start
        if not run_search(st):
            break
        b = st.start
        e = st.ptr
        if i < b:
            out.add_slice(w_string, st, i, b)
        if filter_is_callable:
            w_m = new_match(w_pat, st, w_string)
            w_item = space.call_function(w_filter, [w_m])
        else:
            w_item = w_filter
        if w_item is not w_None:
            out.add(w_item)
        i = e
        n += 1
        st.must_advance = st.ptr == st.start
        st.start = st.ptr
    endpos = st.endpos
    if n == 0 and is_exact(w_string):
        # nothing replaced: CPython's join gives back the string itself
        w_result = w_string
    else:
        if i < endpos:
            out.add_slice(w_string, st, i, endpos)
        w_result = out.result()
    release_state(w_pat, st)
    if subn:
        return W_TupleObject([w_result, wrap_int(n)])
    return w_result


def pattern_sub(slots: list[W_Root | None]) -> W_Root:
    return pattern_subx(_pattern(slots[0]), _arg(slots, 1), _arg(slots, 2),
                        _ssize(slots[3], 0), False)


def pattern_subn(slots: list[W_Root | None]) -> W_Root:
    return pattern_subx(_pattern(slots[0]), _arg(slots, 1), _arg(slots, 2),
                        _ssize(slots[3], 0), True)


FLAG_NAMES = [("re.TEMPLATE", C.FLAG_TEMPLATE), ("re.IGNORECASE", C.FLAG_IGNORECASE),
              ("re.LOCALE", C.FLAG_LOCALE), ("re.MULTILINE", C.FLAG_MULTILINE),
              ("re.DOTALL", C.FLAG_DOTALL), ("re.UNICODE", C.FLAG_UNICODE),
              ("re.VERBOSE", C.FLAG_VERBOSE), ("re.DEBUG", C.FLAG_DEBUG),
              ("re.ASCII", C.FLAG_ASCII)]


def pattern_repr(slots: list[W_Root | None]) -> W_Root:
    w_pat = _pattern(slots[0])
    flags = w_pat.flags
    if w_pat.isbytes == 0 and \
            (flags & (C.FLAG_LOCALE | C.FLAG_UNICODE | C.FLAG_ASCII)) == C.FLAG_UNICODE:
        flags &= ~C.FLAG_UNICODE
    names: list[str] = []
    for name, value in FLAG_NAMES:
        if flags & value:
            names.append(name)
            flags &= ~value
    if flags:
        names.append("0x%x" % (flags & 0xFFFFFFFF))
    r = space.repr_str(w_pat.w_pattern)
    if len(r) > 200:
        r = r[:200]
    if len(names) > 0:
        return W_StrObject("re.compile(%s, %s)" % (r, "|".join(names)))
    return W_StrObject("re.compile(%s)" % r)


def pattern_eq(slots: list[W_Root | None]) -> W_Root:
    w_pat = _pattern(slots[0])
    w_other = _arg(slots, 1)
    if not isinstance(w_other, W_Pattern):
        return w_NotImplemented
    return space.wrap_bool(patterns_equal(w_pat, w_other))


def pattern_ne(slots: list[W_Root | None]) -> W_Root:
    w_pat = _pattern(slots[0])
    w_other = _arg(slots, 1)
    if not isinstance(w_other, W_Pattern):
        return w_NotImplemented
    return space.wrap_bool(not patterns_equal(w_pat, w_other))


def patterns_equal(w_a: W_Pattern, w_b: W_Pattern) -> bool:
    if w_a is w_b:
        return True
    if w_a.flags != w_b.flags or w_a.isbytes != w_b.isbytes or \
            len(w_a.code) != len(w_b.code):
        return False
    i = 0
    while i < len(w_a.code):
        if w_a.code[i] != w_b.code[i]:
            return False
        i += 1
    return space.eq_w(w_a.w_pattern, w_b.w_pattern)


def pattern_hash(slots: list[W_Root | None]) -> W_Root:
    w_pat = _pattern(slots[0])
    h = space.hash_w(w_pat.w_pattern)
    hc = 0
    for c in w_pat.code:
        hc = (hc * 1000003) ^ c
        hc = hc & 0x7FFFFFFFFFFFFFFF
    h ^= hc
    h ^= w_pat.flags
    h ^= w_pat.isbytes
    h ^= len(w_pat.code)
    if h == -1:
        h = -2
    return wrap_int(h)


def return_self(slots: list[W_Root | None]) -> W_Root:
    return _arg(slots, 0)


def pattern_get_pattern(w: W_Root) -> W_Root:
    return _pattern(w).w_pattern


def pattern_get_flags(w: W_Root) -> W_Root:
    return wrap_int(_pattern(w).flags)


def pattern_get_groups(w: W_Root) -> W_Root:
    return wrap_int(_pattern(w).groups)


def pattern_get_groupindex(w: W_Root) -> W_Root:
    """A copy (CPython gives a read-only mappingproxy of it)."""
    w_gi = _pattern(w).w_groupindex
    if w_gi is None:
        return W_DictObject()
    return w_gi.copy()


register(w_pattern_type, "match(self, string, pos=, endpos=)", pattern_match)
register(w_pattern_type, "fullmatch(self, string, pos=, endpos=)", pattern_fullmatch)
register(w_pattern_type, "search(self, string, pos=, endpos=)", pattern_search)
register(w_pattern_type, "findall(self, string, pos=, endpos=)", pattern_findall)
register(w_pattern_type, "finditer(self, string, pos=, endpos=)", pattern_finditer)
register(w_pattern_type, "scanner(self, string, pos=, endpos=)", pattern_scanner)
register(w_pattern_type, "split(self, string, maxsplit=)", pattern_split)
register(w_pattern_type, "sub(self, repl, string, count=)", pattern_sub)
register(w_pattern_type, "subn(self, repl, string, count=)", pattern_subn)
register(w_pattern_type, "__repr__(self, /)", pattern_repr)
register(w_pattern_type, "__eq__(self, value, /)", pattern_eq)
register(w_pattern_type, "__ne__(self, value, /)", pattern_ne)
register(w_pattern_type, "__hash__(self, /)", pattern_hash)
register(w_pattern_type, "__copy__(self, /)", return_self)
register(w_pattern_type, "__deepcopy__(self, memo, /)", return_self)
w_pattern_type.dict_w["__class_getitem__"] = space.make_classmethod(
    genericalias.W_CLASS_GETITEM)
getset(w_pattern_type, "pattern", pattern_get_pattern)
getset(w_pattern_type, "flags", pattern_get_flags)
getset(w_pattern_type, "groups", pattern_get_groups)
getset(w_pattern_type, "groupindex", pattern_get_groupindex)


# -- Match methods

def match_getindex(w_m: W_Match, w_index: W_Root | None) -> int:
    """The group number of an index or a name (IndexError "no such
    group")."""
    if w_index is None:
        return 0
    if isinstance(w_index, W_IntObject):
        i = w_index.intval
    elif isinstance(w_index, W_LongObject):
        i = -1
    elif space.lookup(w_index, "__index__") is not None:
        i = index_w(w_index)
    else:
        i = -1
        w_gi = w_m.w_pattern.w_groupindex
        if w_gi is not None:
            w_i = w_gi.getitem(w_index)
            if isinstance(w_i, W_IntObject):
                i = w_i.intval
    if i < 0 or i >= w_m.ngroups():
        raise operr(w_IndexError, "no such group")
    return i


def match_slice(w_m: W_Match, i: int, w_default: W_Root) -> W_Root:
    """match_getslice_by_index."""
    s = w_m.marks[2 * i]
    if s < 0:
        return w_default
    return getslice(w_m.w_string, None, s, w_m.marks[2 * i + 1])


def match_group(args: Arguments) -> W_Root:
    if args.has_keywords():
        raise operr(w_TypeError, "group() takes no keyword arguments")
    if len(args.args_w) < 1 or not isinstance(args.args_w[0], W_Match):
        raise operr(w_TypeError, "descriptor 'group' requires a 're.Match' object")
    w_m = args.args_w[0]
    assert isinstance(w_m, W_Match)
    n = len(args.args_w) - 1
    if n == 0:
        return match_slice(w_m, 0, w_None)
    if n == 1:
        return match_slice(w_m, match_getindex(w_m, args.args_w[1]), w_None)
    items_w: list[W_Root] = []
    k = 1
    while k <= n:
        items_w.append(match_slice(w_m, match_getindex(w_m, args.args_w[k]), w_None))
        k += 1
    return W_TupleObject(items_w)


def match_getitem(slots: list[W_Root | None]) -> W_Root:
    w_m = _match(slots[0])
    return match_slice(w_m, match_getindex(w_m, _arg(slots, 1)), w_None)


def match_groups(slots: list[W_Root | None]) -> W_Root:
    w_m = _match(slots[0])
    w_default = slots[1] if slots[1] is not None else w_None
    items_w: list[W_Root] = []
    i = 1
    while i < w_m.ngroups():
        items_w.append(match_slice(w_m, i, w_default))
        i += 1
    return W_TupleObject(items_w)


def match_groupdict(slots: list[W_Root | None]) -> W_Root:
    w_m = _match(slots[0])
    w_default = slots[1] if slots[1] is not None else w_None
    w_result = W_DictObject()
    w_gi = w_m.w_pattern.w_groupindex
    if w_gi is None:
        return w_result
    for w_key in w_gi.keys():
        w_result.setitem(w_key, match_slice(w_m, match_getindex(w_m, w_key), w_default))
    return w_result


def match_start(slots: list[W_Root | None]) -> W_Root:
    w_m = _match(slots[0])
    i = match_getindex(w_m, slots[1])
    return wrap_int(w_m.marks[2 * i])


def match_end(slots: list[W_Root | None]) -> W_Root:
    w_m = _match(slots[0])
    i = match_getindex(w_m, slots[1])
    return wrap_int(w_m.marks[2 * i + 1])


def pair(a: int, b: int) -> W_Root:
    return W_TupleObject([wrap_int(a), wrap_int(b)])


def match_span(slots: list[W_Root | None]) -> W_Root:
    w_m = _match(slots[0])
    i = match_getindex(w_m, slots[1])
    return pair(w_m.marks[2 * i], w_m.marks[2 * i + 1])


def match_expand(slots: list[W_Root | None]) -> W_Root:
    w_m = _match(slots[0])
    return call_re("_expand", [w_m.w_pattern, w_m, _arg(slots, 1)])


def match_repr(slots: list[W_Root | None]) -> W_Root:
    w_m = _match(slots[0])
    r = space.repr_str(match_slice(w_m, 0, w_None))
    if len(r) > 50:
        r = r[:50]
    return W_StrObject("<re.Match object; span=(%d, %d), match=%s>"
                       % (w_m.marks[0], w_m.marks[1], r))


def match_get_lastindex(w: W_Root) -> W_Root:
    w_m = _match(w)
    if w_m.lastindex >= 0:
        return wrap_int(w_m.lastindex)
    return w_None


def match_get_lastgroup(w: W_Root) -> W_Root:
    w_m = _match(w)
    w_ig = w_m.w_pattern.w_indexgroup
    if w_ig is not None and 0 <= w_m.lastindex < len(w_ig.items_w):
        return w_ig.items_w[w_m.lastindex]
    return w_None


def match_get_regs(w: W_Root) -> W_Root:
    w_m = _match(w)
    w_regs = w_m.w_regs
    if w_regs is None:
        items_w: list[W_Root] = []
        i = 0
        while i < w_m.ngroups():
            items_w.append(pair(w_m.marks[2 * i], w_m.marks[2 * i + 1]))
            i += 1
        w_regs = W_TupleObject(items_w)
        w_m.w_regs = w_regs
    return w_regs


def match_get_string(w: W_Root) -> W_Root:
    return _match(w).w_string


def match_get_re(w: W_Root) -> W_Root:
    return _match(w).w_pattern


def match_get_pos(w: W_Root) -> W_Root:
    return wrap_int(_match(w).pos)


def match_get_endpos(w: W_Root) -> W_Root:
    return wrap_int(_match(w).endpos)


register_raw(w_match_type, "group", match_group)
register(w_match_type, "__getitem__(self, key, /)", match_getitem)
register(w_match_type, "groups(self, default=)", match_groups)
register(w_match_type, "groupdict(self, default=)", match_groupdict)
register(w_match_type, "start(self, group=, /)", match_start)
register(w_match_type, "end(self, group=, /)", match_end)
register(w_match_type, "span(self, group=, /)", match_span)
register(w_match_type, "expand(self, template)", match_expand)
register(w_match_type, "__repr__(self, /)", match_repr)
register(w_match_type, "__copy__(self, /)", return_self)
register(w_match_type, "__deepcopy__(self, memo, /)", return_self)
w_match_type.dict_w["__class_getitem__"] = space.make_classmethod(
    genericalias.W_CLASS_GETITEM)
getset(w_match_type, "lastindex", match_get_lastindex)
getset(w_match_type, "lastgroup", match_get_lastgroup)
getset(w_match_type, "regs", match_get_regs)
getset(w_match_type, "string", match_get_string)
getset(w_match_type, "re", match_get_re)
getset(w_match_type, "pos", match_get_pos)
getset(w_match_type, "endpos", match_get_endpos)


# -- Scanner methods

def scanner_step(slots: list[W_Root | None], search: bool) -> W_Root:
    w_sc = slots[0]
    assert isinstance(w_sc, W_Scanner)
    if w_sc.exhausted:
        return w_None
    st = w_sc.state
    st.reset()
    st.ptr = st.start
    if search:
        ok = run_search(st)
    else:
        ok = run_match(st)
    if not ok:
        w_sc.exhausted = True
        return w_None
    w_m = new_match(w_sc.w_pattern, st, w_sc.w_string)
    st.must_advance = st.ptr == st.start
    st.start = st.ptr
    return w_m


def scanner_match(slots: list[W_Root | None]) -> W_Root:
    return scanner_step(slots, False)


def scanner_search(slots: list[W_Root | None]) -> W_Root:
    return scanner_step(slots, True)


def scanner_get_pattern(w: W_Root) -> W_Root:
    assert isinstance(w, W_Scanner)
    return w.w_pattern


register(w_scanner_type, "match(self)", scanner_match)
register(w_scanner_type, "search(self)", scanner_search)
getset(w_scanner_type, "pattern", scanner_get_pattern)


def cannot_create(args: Arguments) -> W_Root:
    name = "re.Pattern"
    if len(args.args_w) > 0:
        w_cls = args.args_w[0]
        if isinstance(w_cls, W_TypeObject):
            name = space.module_name_of(w_cls) + "." + w_cls.name
    raise operr(w_TypeError, "cannot create '%s' instances" % name)


register_raw(w_pattern_type, "__new__", cannot_create)
register_raw(w_match_type, "__new__", cannot_create)
register_raw(w_scanner_type, "__new__", cannot_create)


# -- module functions

def sre_compile(slots: list[W_Root | None]) -> W_Root:
    w_pattern = _arg(slots, 0)
    flags = c_int_w(_arg(slots, 1))
    w_code = _arg(slots, 2)
    if not isinstance(w_code, W_ListObject):
        raise operr(w_TypeError, "compile() argument 'code' must be list, not %s"
                    % type_name(w_code))
    groups = index_w(_arg(slots, 3))
    w_groupindex = _arg(slots, 4)
    if not isinstance(w_groupindex, W_DictObject):
        raise operr(w_TypeError, "compile() argument 'groupindex' must be dict, not %s"
                    % type_name(w_groupindex))
    w_indexgroup = _arg(slots, 5)
    if not isinstance(w_indexgroup, W_TupleObject):
        raise operr(w_TypeError, "compile() argument 'indexgroup' must be tuple, not %s"
                    % type_name(w_indexgroup))
    code: list[int] = []
    for w_c in w_code.getitems_copy():
        if isinstance(w_c, W_IntObject):
            v = w_c.intval
        elif isinstance(w_c, W_LongObject):
            if w_c.num.sign < 0:
                raise operr(w_OverflowError, "can't convert negative int to unsigned")
            raise operr(w_OverflowError, "regular expression code size limit exceeded")
        else:
            raise operr(w_TypeError, "an integer is required")
        if v < 0:
            raise operr(w_OverflowError, "can't convert negative int to unsigned")
        if v > C.MAXCODE:
            raise operr(w_OverflowError, "regular expression code size limit exceeded")
        code.append(v)
    if w_pattern is w_None:
        isbytes = -1
    elif isinstance(w_pattern, W_StrObject):
        isbytes = 0
    elif buffer_or_none(w_pattern) is not None:
        isbytes = 1
    else:
        raise operr(w_TypeError, "expected string or bytes-like object, got '%s'"
                    % type_name(w_pattern))
    w_gi: W_DictObject | None = None
    w_ig: W_TupleObject | None = None
    if w_groupindex.length() > 0:
        w_gi = w_groupindex
        if len(w_indexgroup.items_w) > 0:
            w_ig = w_indexgroup
    if not validate(code, groups):
        raise operr(w_RuntimeError, "invalid SRE code")
    return W_Pattern(w_pattern, flags, code, groups, w_gi, w_ig, isbytes)


def validate(code: list[int], groups: int) -> bool:
    """A light check of the code: the group count in range and the final
    SUCCESS.  CPython's _validate walks the whole code; here code that
    re._compiler would not produce may instead fail inside the engine
    (an index out of range becomes RuntimeError "internal error in regular
    expression engine", see run_match), or loop."""
    if groups < 0 or groups > C.MAXGROUPS:
        return False
    return len(code) > 0 and code[len(code) - 1] == C.SUCCESS


def sre_getcodesize(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(C.CODESIZE)


def _character(slots: list[W_Root | None]) -> int:
    return c_int_w(_arg(slots, 0))


def sre_ascii_iscased(slots: list[W_Root | None]) -> W_Root:
    ch = _character(slots)
    return space.wrap_bool(ch < 128 and ((65 <= ch <= 90) or (97 <= ch <= 122)) and ch >= 0)


def sre_unicode_iscased(slots: list[W_Root | None]) -> W_Root:
    ch = _character(slots) & 0xFFFFFFFF
    return space.wrap_bool(ch != lower_unicode(ch) or ch != upper_unicode(ch))


def sre_ascii_tolower(slots: list[W_Root | None]) -> W_Root:
    ch = _character(slots)
    if 65 <= ch <= 90:
        return wrap_int(ch + 32)
    return wrap_int(ch)


def sre_unicode_tolower(slots: list[W_Root | None]) -> W_Root:
    ch = _character(slots)
    if ch < 0:
        return wrap_int(ch)
    return wrap_int(lower_unicode(ch))


FUNCTIONS = [
    register(None, "compile(pattern, flags, code, groups, groupindex, indexgroup)", sre_compile),
    register(None, "getcodesize()", sre_getcodesize),
    register(None, "ascii_iscased(character, /)", sre_ascii_iscased),
    register(None, "unicode_iscased(character, /)", sre_unicode_iscased),
    register(None, "ascii_tolower(character, /)", sre_ascii_tolower),
    register(None, "unicode_tolower(character, /)", sre_unicode_tolower),
]


def make_module() -> W_Module:
    w_mod = W_Module("_sre", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("MAGIC", wrap_int(C.MAGIC))
    d.setitem_str("CODESIZE", wrap_int(C.CODESIZE))
    d.setitem_str("MAXREPEAT", wrap_int(C.MAXREPEAT))
    d.setitem_str("MAXGROUPS", wrap_int(C.MAXGROUPS))
    d.setitem_str("copyright", W_StrObject(C.COPYRIGHT))
    return w_mod


register_module("_sre", make_module)
