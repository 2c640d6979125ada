"""The `unicodedata` module, as CPython 3.11's Modules/unicodedata.c
(Unicode 14.0.0): lookup, name, category, bidirectional, combining,
decimal, digit, numeric, mirrored, east_asian_width, decomposition,
normalize and is_normalized (NFC, NFD, NFKC, NFKD), unidata_version.

The properties are two-level tables generated at build time from the
host CPython's unicodedata (data.py, by gen_unicodedata.py), and the
same for `ucd_3_2_0` (data32.py; a UCD object with the same methods, the
database IDNA 2003 uses); the names are the table of `\\N{...}` escapes
(ouro/parser/unicodenames.py), read in reverse for name().  Missing:
name aliases and named sequences in lookup(), _ucnhash_CAPI.
"""
from __future__ import annotations

from typing import Any, Callable

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.modules.math.args import module_type
from ouro.modules.unicodedata import data, data32
from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.exceptions import operr, w_KeyError, w_TypeError, w_ValueError
from ouro.objspace.floatobject import wrap_float
from ouro.objspace.descriptors import getset
from ouro.objspace.gateway import BuiltinFn, W_BuiltinFunction, W_BuiltinSlots, register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name
from ouro.objspace.strobject import W_StrObject, w_str_type
from ouro.parser import unicodenames
from ouro.parser.unicodenames_data import COMPUTED_FIRST, COMPUTED_LAST, COMPUTED_PREFIXES

SBASE = 0xAC00
LBASE = 0x1100
VBASE = 0x1161
TBASE = 0x11A7
LCOUNT = 19
VCOUNT = 21
TCOUNT = 28
NCOUNT = VCOUNT * TCOUNT
SCOUNT = LCOUNT * NCOUNT


class UData:
    """One version of the database (the tables of data.py or data32.py)."""
    version: str
    is_old: bool                # 3.2.0: names of characters unassigned then are hidden
    categories: list[str]
    bidis: list[str]
    eaws: list[str]
    prop_category: list[int]
    prop_bidi: list[int]
    prop_combining: list[int]
    prop_mirrored: list[bool]
    prop_eaw: list[int]
    prop_decimal: list[int]
    prop_digit: list[int]
    prop_numeric: list[float]
    prop_has_numeric: list[bool]
    shift: int
    index1: bytes
    index2: bytes
    decomp_from_current: bool  # 3.2.0: the current decompositions of the characters it assigned
    decomp_shift: int
    decomp_index1: bytes
    decomp_index2: bytes
    decomp_blob: str
    decomp_offsets: bytes
    compose_text: str
    compose: dict[int, int]     # (first << 21) | second -> composite, built on first use
    compose_loaded: bool
    fixes: dict[int, int]       # 3.2.0's corrigenda: cp -> its canonical decomposition

    def __init__(self, mod: Any, is_old: bool) -> None:
        """Load time: from a generated module."""
        self.version = mod.UNIDATA_VERSION
        self.is_old = is_old
        self.categories = mod.CATEGORIES
        self.bidis = mod.BIDIRECTIONALS
        self.eaws = mod.EAST_ASIAN_WIDTHS
        self.prop_category = mod.PROP_CATEGORY
        self.prop_bidi = mod.PROP_BIDI
        self.prop_combining = mod.PROP_COMBINING
        self.prop_mirrored = mod.PROP_MIRRORED
        self.prop_eaw = mod.PROP_EAW
        self.prop_decimal = mod.PROP_DECIMAL
        self.prop_digit = mod.PROP_DIGIT
        self.prop_numeric = [float(x) for x in mod.PROP_NUMERIC]
        self.prop_has_numeric = mod.PROP_HAS_NUMERIC
        self.shift = mod.SHIFT
        self.index1 = mod.INDEX1
        self.index2 = mod.INDEX2
        self.decomp_from_current = hasattr(mod, "DECOMP_FROM_CURRENT")
        self.decomp_shift = getattr(mod, "DECOMP_SHIFT", 0)
        self.decomp_index1 = getattr(mod, "DECOMP_INDEX1", b"")
        self.decomp_index2 = getattr(mod, "DECOMP_INDEX2", b"")
        self.decomp_blob = getattr(mod, "DECOMP_BLOB", "")
        self.decomp_offsets = getattr(mod, "DECOMP_OFFSETS", b"")
        self.compose_text = mod.COMPOSE
        self.compose = {}
        self.compose_loaded = False
        self.fixes = {}
        for line in mod.DECOMP_FIXES.split("\n"):
            if line:
                cp, value = line.split(" ")
                self.fixes[int(cp, 16)] = int(value, 16)

    def record(self, cp: int) -> int:
        block = _u16(self.index1, cp >> self.shift)
        return _u16(self.index2, (block << self.shift) + (cp & ((1 << self.shift) - 1)))

    def combining(self, cp: int) -> int:
        if cp < 0x300:          # the first combining mark is U+0300
            return 0
        return self.prop_combining[self.record(cp)]

    def category(self, cp: int) -> str:
        return self.categories[self.prop_category[self.record(cp)]]

    def decomposition(self, cp: int) -> str:
        if self.decomp_from_current:
            if self.category(cp) == "Cn":
                return ""
            return DB.decomposition(cp)
        shift = self.decomp_shift
        block = _u16(self.decomp_index1, cp >> shift)
        k = _u16(self.decomp_index2, (block << shift) + (cp & ((1 << shift) - 1)))
        start = _u32(self.decomp_offsets, k)
        stop = _u32(self.decomp_offsets, k + 1)
        assert 0 <= start <= stop
        return self.decomp_blob[start:stop]

    def load_compose(self) -> None:
        for line in self.compose_text.split("\n"):
            parts = line.split(" ")
            if len(parts) == 3:
                self.compose[(int(parts[0], 16) << 21) | int(parts[1], 16)] = int(parts[2], 16)
        self.compose_loaded = True


def _u16(b: bytes, i: int) -> int:
    return b[2 * i] | (b[2 * i + 1] << 8)


def _u32(b: bytes, i: int) -> int:
    return b[4 * i] | (b[4 * i + 1] << 8) | (b[4 * i + 2] << 16) | (b[4 * i + 3] << 24)


DB = UData(data, False)
DB32 = UData(data32, True)


class Names:
    """code point -> name, built on first use from the names table."""
    names: dict[int, str]
    loaded: bool

    def __init__(self) -> None:
        self.names = {}
        self.loaded = False

    def load(self) -> None:
        table = unicodenames.TABLE
        if not table.loaded:
            table.load()
        for name, cp in table.codes.items():
            self.names[cp] = name
        self.loaded = True


NAMES = Names()


def name_of(db: UData, cp: int) -> str:
    """The character's name, "" if it has none."""
    if db.is_old and db.category(cp) == "Cn":
        return ""
    for i in range(len(COMPUTED_PREFIXES)):
        if COMPUTED_FIRST[i] <= cp <= COMPUTED_LAST[i]:
            return COMPUTED_PREFIXES[i] + ("%X" % cp)
    if not NAMES.loaded:
        NAMES.load()
    return NAMES.names.get(cp, "")


# -- arguments

def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def char_arg(w: W_Root, fname: str, numbered: bool) -> int:
    if isinstance(w, W_StrObject) and len(w.as_str()) == 1:
        return ord(w.as_str())
    raise operr(w_TypeError, "%s() argument %smust be a unicode character, not %s"
                % (fname, "1 " if numbered else "", type_name(w)))


def str_arg(w: W_Root, fname: str, pos: int) -> str:
    if isinstance(w, W_StrObject):
        return w.as_str()
    raise operr(w_TypeError, "%s() argument %d must be str, not %s" % (fname, pos, type_name(w)))


# -- properties (each implementation takes the database, and the slots
# from `first` on: 0 for the module's functions, 1 for UCD's methods)

def ud_name(db: UData, slots: list[W_Root | None], first: int) -> W_Root:
    cp = char_arg(_req(slots, first), "name", True)
    name = name_of(db, cp)
    if name == "":
        w_default = slots[first + 1]
        if w_default is not None:
            return w_default
        raise operr(w_ValueError, "no such name")
    return W_StrObject(name)


def ud_lookup(db: UData, slots: list[W_Root | None], first: int) -> W_Root:
    w = _req(slots, first)
    if isinstance(w, W_StrObject):
        name = w.as_str()
    elif isinstance(w, W_BytesObject):
        name = "".join([chr(b) for b in w.value])
    else:
        raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w))
    cp = unicodenames.lookup(name) if len(name) <= 256 else -1
    if cp >= 0 and db.is_old and db.category(cp) == "Cn":
        cp = -1
    if cp < 0:
        raise operr(w_KeyError, "undefined character name '%s'" % name)
    return W_StrObject(chr(cp))


def ud_decimal(db: UData, slots: list[W_Root | None], first: int) -> W_Root:
    cp = char_arg(_req(slots, first), "decimal", True)
    v = db.prop_decimal[db.record(cp)]
    if v < 0:
        w_default = slots[first + 1]
        if w_default is not None:
            return w_default
        raise operr(w_ValueError, "not a decimal")
    return wrap_int(v)


def ud_digit(db: UData, slots: list[W_Root | None], first: int) -> W_Root:
    cp = char_arg(_req(slots, first), "digit", True)
    v = db.prop_digit[db.record(cp)]
    if v < 0:
        w_default = slots[first + 1]
        if w_default is not None:
            return w_default
        raise operr(w_ValueError, "not a digit")
    return wrap_int(v)


def ud_numeric(db: UData, slots: list[W_Root | None], first: int) -> W_Root:
    cp = char_arg(_req(slots, first), "numeric", True)
    r = db.record(cp)
    if not db.prop_has_numeric[r]:
        w_default = slots[first + 1]
        if w_default is not None:
            return w_default
        raise operr(w_ValueError, "not a numeric character")
    return wrap_float(db.prop_numeric[r])


def ud_category(db: UData, slots: list[W_Root | None], first: int) -> W_Root:
    return W_StrObject(db.category(char_arg(_req(slots, first), "category", False)))


def ud_bidirectional(db: UData, slots: list[W_Root | None], first: int) -> W_Root:
    cp = char_arg(_req(slots, first), "bidirectional", False)
    return W_StrObject(db.bidis[db.prop_bidi[db.record(cp)]])


def ud_combining(db: UData, slots: list[W_Root | None], first: int) -> W_Root:
    return wrap_int(db.combining(char_arg(_req(slots, first), "combining", False)))


def ud_mirrored(db: UData, slots: list[W_Root | None], first: int) -> W_Root:
    cp = char_arg(_req(slots, first), "mirrored", False)
    return wrap_int(1 if db.prop_mirrored[db.record(cp)] else 0)


def ud_east_asian_width(db: UData, slots: list[W_Root | None], first: int) -> W_Root:
    cp = char_arg(_req(slots, first), "east_asian_width", False)
    return W_StrObject(db.eaws[db.prop_eaw[db.record(cp)]])


def ud_decomposition(db: UData, slots: list[W_Root | None], first: int) -> W_Root:
    cp = char_arg(_req(slots, first), "decomposition", False)
    return W_StrObject(db.decomposition(cp))


# -- normalization (UAX #15)

def decompose_into(db: UData, cp: int, compat: bool, out: list[int]) -> None:
    if cp < 0xA0:               # the first decomposition is U+00A0's
        out.append(cp)
        return
    if SBASE <= cp < SBASE + SCOUNT:
        s = cp - SBASE
        out.append(LBASE + s // NCOUNT)
        out.append(VBASE + (s % NCOUNT) // TCOUNT)
        t = s % TCOUNT
        if t != 0:
            out.append(TBASE + t)
        return
    if cp in db.fixes:
        out.append(db.fixes[cp])
        return
    d = db.decomposition(cp)
    if d == "":
        out.append(cp)
        return
    if d[0] == "<":
        if not compat:
            out.append(cp)
            return
        d = d[d.find(">") + 2:]
    for part in d.split(" "):
        decompose_into(db, int(part, 16), compat, out)


def decompose(db: UData, s: str, compat: bool) -> list[int]:
    out: list[int] = []
    for c in s:
        decompose_into(db, ord(c), compat, out)
    # canonical ordering: a stable sort of each run of non-starters (by the
    # current combining classes, for ucd_3_2_0 too, as CPython)
    n = len(out)
    i = 0
    while i < n:
        if DB.combining(out[i]) == 0:
            i += 1
            continue
        j = i
        while j < n and DB.combining(out[j]) != 0:
            j += 1
        k = i + 1
        while k < j:            # insertion sort
            cp = out[k]
            cc = DB.combining(cp)
            m = k - 1
            while m >= i and DB.combining(out[m]) > cc:
                out[m + 1] = out[m]
                m -= 1
            out[m + 1] = cp
            k += 1
        i = j
    return out


def compose_pair(db: UData, a: int, b: int) -> int:
    if LBASE <= a < LBASE + LCOUNT and VBASE <= b < VBASE + VCOUNT:
        return SBASE + ((a - LBASE) * VCOUNT + (b - VBASE)) * TCOUNT
    if SBASE <= a < SBASE + SCOUNT and (a - SBASE) % TCOUNT == 0 and TBASE < b < TBASE + TCOUNT:
        return a + (b - TBASE)
    if not db.compose_loaded:
        db.load_compose()
    return db.compose.get((a << 21) | b, -1)


def compose(db: UData, cps: list[int]) -> list[int]:
    out: list[int] = []
    starter = -1
    last_cc = 0
    for cp in cps:
        cc = DB.combining(cp)
        if starter >= 0 and (len(out) - 1 == starter or (last_cc != 0 and last_cc < cc)):
            comp = compose_pair(db, out[starter], cp)
            if comp >= 0:
                out[starter] = comp
                continue
        if cc == 0:
            starter = len(out)
            last_cc = 0
        else:
            last_cc = cc
        out.append(cp)
    return out


def normalize(db: UData, form: str, s: str) -> str:
    if form != "NFC" and form != "NFD" and form != "NFKC" and form != "NFKD":
        raise operr(w_ValueError, "invalid normalization form")
    ascii_only = True
    for c in s:
        if ord(c) >= 0x80:
            ascii_only = False
            break
    if ascii_only:
        return s
    cps = decompose(db, s, form == "NFKC" or form == "NFKD")
    if form == "NFC" or form == "NFKC":
        cps = compose(db, cps)
    return "".join([chr(cp) for cp in cps])


def ud_normalize(db: UData, slots: list[W_Root | None], first: int) -> W_Root:
    w_s = _req(slots, first + 1)
    form = str_arg(_req(slots, first), "normalize", 1)
    s = str_arg(w_s, "normalize", 2)
    r = normalize(db, form, s)
    if r == s and w_s.getclass() is w_str_type:
        return w_s
    return W_StrObject(r)


def ud_is_normalized(db: UData, slots: list[W_Root | None], first: int) -> W_Root:
    form = str_arg(_req(slots, first), "is_normalized", 1)
    s = str_arg(_req(slots, first + 1), "is_normalized", 2)
    return space.wrap_bool(normalize(db, form, s) == s)


# -- the module's functions and the UCD type

Impl = Callable[[UData, list[W_Root | None], int], W_Root]
SPECS = [("lookup(%sname, /)", ud_lookup),
         ("name(%schr, default=, /)", ud_name),
         ("decimal(%schr, default=, /)", ud_decimal),
         ("digit(%schr, default=, /)", ud_digit),
         ("numeric(%schr, default=, /)", ud_numeric),
         ("category(%schr, /)", ud_category),
         ("bidirectional(%schr, /)", ud_bidirectional),
         ("combining(%schr, /)", ud_combining),
         ("mirrored(%schr, /)", ud_mirrored),
         ("east_asian_width(%schr, /)", ud_east_asian_width),
         ("decomposition(%schr, /)", ud_decomposition),
         ("normalize(%sform, unistr, /)", ud_normalize),
         ("is_normalized(%sform, unistr, /)", ud_is_normalized)]

w_ucd_type = module_type("unicodedata", "UCD")


class W_UCD(W_Root):
    db: UData

    def __init__(self, db: UData) -> None:
        self.db = db

    def getclass(self) -> W_TypeObject:
        return w_ucd_type


def module_function(impl: Impl) -> BuiltinFn:
    """Load time: the module's function (the current database)."""
    def fn(slots: list[W_Root | None]) -> W_Root:
        return impl(DB, slots, 0)
    return fn


def ucd_method(impl: Impl) -> BuiltinFn:
    """Load time: UCD's method (the instance's database)."""
    def fn(slots: list[W_Root | None]) -> W_Root:
        w_self = slots[0]
        assert isinstance(w_self, W_UCD)
        return impl(w_self.db, slots, 1)
    return fn


FUNCTIONS: list[W_BuiltinFunction] = []
for _spec, _impl in SPECS:
    _f = register(None, _spec % "", module_function(_impl))
    assert isinstance(_f, W_BuiltinSlots)
    _f.sig.qualname = "unicodedata." + _f.sig.name      # CPython's METH_O messages
    FUNCTIONS.append(_f)
    register(w_ucd_type, _spec % "self, ", ucd_method(_impl))


def ucd_get_version(w: W_Root) -> W_Root:
    assert isinstance(w, W_UCD)
    return W_StrObject(w.db.version)


def ucd_new(args: Arguments) -> W_Root:
    raise operr(w_TypeError, "cannot create 'unicodedata.UCD' instances")


getset(w_ucd_type, "unidata_version", ucd_get_version)
register_raw(w_ucd_type, "__new__", ucd_new)
W_UCD_3_2_0 = W_UCD(DB32)


def make_module() -> W_Module:
    w_mod = W_Module("unicodedata", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("unidata_version", W_StrObject(DB.version))
    d.setitem_str("UCD", w_ucd_type)
    d.setitem_str("ucd_3_2_0", W_UCD_3_2_0)
    return w_mod


register_module("unicodedata", make_module)
