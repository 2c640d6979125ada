"""The object model's base: W_Root, the type object, and the singletons.

Every Python object the interpreter handles is an instance of an RPy class
derived from W_Root ("W_" for "wrapped", as in PyPy).  `w_obj.getclass()`
is its Python type, a W_TypeObject.  Built-in types are W_TypeObjects built
at load time (they become prebuilt constants of the translated program);
classes made by `class` statements are W_TypeObjects built at run time.

A W_TypeObject holds its name, bases, MRO and namespace (`dict_w`, name ->
object), and a version tag: a fresh object whenever the namespace of the
type or of one of its bases changes, so that lookups can be cached per
(type, version, name) -- the cache the JIT will promote.

Singletons: w_None, w_NotImplemented, w_Ellipsis (and w_True/w_False in
ouro/objspace/boolobject.py, since bool derives from int).
"""
from __future__ import annotations

from ouro.objspace.names import intern


class W_Root:
    """Base class of every Python-level object.  Besides getclass(), the
    virtual methods here are fast paths that objects may override; the
    defaults do the generic thing (ouro/objspace/space.py)."""

    def getclass(self) -> W_TypeObject:
        raise NotImplementedError("getclass")

    def call_args(self, args: Arguments) -> W_Root:
        """`self(*args)`: by default the type's __call__."""
        return space.call_dunder_call(self, args)

    def call_with_self(self, w_self: W_Root, args: Arguments) -> W_Root:
        """`self(w_self, *args)` (a method call); functions avoid building
        the longer argument list."""
        return self.call_args(args.prepend(w_self))

    def binds_as_method(self) -> bool:
        """Found on a type as a special method, it is called with the
        instance first (CPython's Py_TPFLAGS_METHOD_DESCRIPTOR: functions
        and unbound method descriptors).  Anything else goes through its
        `__get__`, if any: `__call__ = dict` on a metaclass (typing's
        TypedDict) calls dict() without the instance."""
        return False

    def descr_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root | None:
        """A fast `__get__` (functions bind): None if this object has none
        of its own kind (the generic lookup of `__get__` follows)."""
        return None

    def descr_get_class(self, w_type: W_TypeObject) -> W_Root | None:
        """The same, for an attribute read from the class itself."""
        return None

    # -- instance attributes (objects with a __dict__ override these;
    #    see W_ObjectWithMap in ouro/objspace/maps.py)

    def getdictvalue(self, name: str) -> W_Root | None:
        return None

    def setdictvalue(self, name: str, w_value: W_Root) -> bool:
        """False if this object has no instance attributes."""
        return False

    def deldictvalue(self, name: str) -> bool:
        return False

    def release_resources(self) -> None:
        """At its death (objects registered with the finalizer queue for
        it): free what the object holds outside the GC heap (zlib streams)."""
        pass

    # -- item access by a word index without the __getitem__/__setitem__
    # call (BINARY_SUBSCR/STORE_SUBSCR of built-in sequences outside the
    # eval loop's own fast paths: array.array); None/False: take the
    # general path (which raises the errors)

    def getitem_int(self, i: int) -> W_Root | None:
        return None

    def setitem_int(self, i: int, w_value: W_Root) -> bool:
        return False

    # -- the buffer protocol of exporters other than bytes, bytearray and
    # memoryview (array.array): its C-contiguous writable bytes

    def buffer_bytes(self) -> bytes | None:
        """A copy of the exported bytes, or None if not an exporter."""
        return None

    def buffer_len(self) -> int:
        return 0

    def buffer_get_byte(self, pos: int) -> int:
        return 0

    def buffer_set_byte(self, pos: int, b: int) -> None:
        pass

    def buffer_format(self) -> str:
        """The memoryview format of the exported items."""
        return "B"

    def buffer_itemsize(self) -> int:
        """0 if not an exporter."""
        return 0

    def buffer_export(self) -> None:
        """A memoryview of it is being made."""
        pass

    def buffer_readonly(self) -> bool:
        """Its views are read-only (an mmap of ACCESS_READ)."""
        return False

    def sq_item(self, i: int) -> W_Root | None:
        """Item i as the C sequence protocol (sq_item) gives it to iter()'s
        fallback and `in`, where that differs from __getitem__'s (mmap: a
        bytes of length 1, not an int); None: use __getitem__."""
        return None

    def get_attrs(self) -> W_Root | None:
        """The W_ObjectWithMap holding this object's instance attributes
        (itself for plain instances, a helper object for instances of
        subclasses of built-in types), or None."""
        return None

    def iter_next(self) -> W_Root | None:
        """A fast `__next__`: the next item, space.STOP at the end, or None
        if this object is not a built-in iterator."""
        return None


class Arguments:
    """The arguments of one call: positional values, keyword names and values."""
    args_w: list[W_Root]
    kw_names: list[str]
    kw_values_w: list[W_Root]

    def __init__(self, args_w: list[W_Root], kw_names: list[str],
                 kw_values_w: list[W_Root]) -> None:
        self.args_w = args_w
        self.kw_names = kw_names
        self.kw_values_w = kw_values_w

    def prepend(self, w_obj: W_Root) -> Arguments:
        args_w = [w_obj]
        for w in self.args_w:
            args_w.append(w)
        return Arguments(args_w, self.kw_names, self.kw_values_w)

    def has_keywords(self) -> bool:
        return len(self.kw_names) > 0



class CachedLookup:
    """A type's lookup result for one name (None: not found)."""
    w_value: W_Root | None

    def __init__(self, w_value: W_Root | None) -> None:
        self.w_value = w_value


# the instance layouts of W_Instance (ouro/objspace/maps.py): how many value
# fields the object has inline; a class picks the smallest that fits the
# most attributes its instances had so far (W_TypeObject.root_map).  Also
# the order of W_TypeObject.layout_roots.
INLINE_SIZES = [3, 4, 6, 8]


class Map:
    """The shape of objects with instance attributes (ouro/objspace/maps.py):
    the attribute names in insertion order, each one's index in the
    object's storage, and the class of the objects (W_Instance's maps) or
    None (objects whose class is kept elsewhere).  Maps never change; adding
    an attribute follows (or makes) a transition to a child map.  A map with
    `is_dict` set describes an object whose attributes moved to a real
    dictionary (kept in storage slot 0).

    A map family (a root and its descendants) belongs to one layout of the
    objects: `n_inline` value fields in the object (3, 4, 6 or 8, see
    INLINE_SIZES); the values of indexes from `overflow_start` on live in a
    W_Overflow held by the field `overflow_start` (the layout's last one)."""
    names: list[str]
    index: dict[str, int]            # name -> position in storage
    transitions: dict[str, Map]
    parent: Map | None
    root: Map                        # the map with no attributes of this family
    w_cls: W_TypeObject | None
    is_dict: bool
    length: int
    n_inline: int                    # the layout's value fields (same in the whole family)
    overflow_start: int              # indexes below it are inline fields
    dict_map: Map | None             # the root's dict-mode map (made on first use)

    def __init__(self, names: list[str], parent: Map | None, w_cls: W_TypeObject | None,
                 is_dict: bool, n_inline: int) -> None:
        self.names = names
        self.index = {}
        i = 0
        for n in names:
            self.index[n] = i
            i += 1
        self.length = i
        self.n_inline = n_inline
        self.overflow_start = n_inline if i <= n_inline else n_inline - 1
        self.transitions = {}
        self.parent = parent
        self.root = parent.root if parent is not None else self
        self.w_cls = w_cls
        self.is_dict = is_dict
        self.dict_map = None

    def find(self, name: str) -> int:
        """The storage index of `name`, or -1."""
        return self.index.get(name, -1)

    def with_attribute(self, name: str) -> Map:
        m = self.transitions.get(name, None)
        if m is not None:
            return m
        name = intern(name)
        names = list(self.names)
        names.append(name)
        m = Map(names, self, self.w_cls, False, self.n_inline)
        self.transitions[name] = m
        w_cls = self.w_cls
        if w_cls is not None:
            w_cls.note_attribute_count(m.length)
        return m

    def dict_mode(self) -> Map:
        """The map of this family's objects whose attributes live in a dict."""
        r = self.root
        m = r.dict_map
        if m is None:
            m = Map([], None, r.w_cls, True, r.n_inline)
            m.root = r
            r.dict_map = m
        return m

    def size(self) -> int:
        return self.length


class VersionTag:
    """Identity only: a type's version tag changes when its namespace (or
    a base's) changes."""
    pass


class W_TypeObject(W_Root):
    name: str
    bases_w: list[W_TypeObject]
    mro_w: list[W_TypeObject]
    dict_w: dict[str, W_Root]
    version: VersionTag
    subclasses_w: list[W_TypeObject]
    w_metaclass: W_TypeObject | None      # None: `type`
    is_heaptype: bool           # made by a class statement (mutable, has __dict__)
    layout: int                 # which RPy class its instances are (LAYOUT_*)
    qualname: str
    w_module: W_Root | None
    doc: str | None
    hasdict: bool               # instances have a __dict__ (maps)
    match_flags: int            # FLAG_SEQUENCE / FLAG_MAPPING (match statements)
    lookup_cache: dict[str, CachedLookup]
    instance_map: Map | None    # the root map new instances get (made on first use)
    layout_roots: list[Map | None]  # the root map of its instances per INLINE_SIZES layout
    max_attributes: int         # the most attributes a map of its instances had
    del_version: VersionTag | None  # the version has_del was computed for
    has_del: bool               # a class statement's type with a __del__
    getattr_version: VersionTag | None  # the version plain_getattr was computed for
    plain_getattr: bool         # the default __getattribute__ and no __getattr__ (space.getattr)
    tp_prefix: str              # "mod." of a C type's tp_name ("sqlite3.Row"), else ""

    def __init__(self, name: str, bases_w: list[W_TypeObject], layout: int) -> None:
        self.name = name
        self.del_version = None
        self.has_del = False
        self.getattr_version = None
        self.plain_getattr = False
        self.tp_prefix = ""
        self.instance_map = None
        self.layout_roots = [None, None, None, None]
        self.max_attributes = 0
        self.qualname = name
        self.bases_w = bases_w
        self.mro_w = []
        self.dict_w = {}
        self.version = VersionTag()
        self.subclasses_w = []
        self.w_metaclass = None
        self.is_heaptype = False
        self.layout = layout
        self.w_module = None
        self.doc = None
        self.hasdict = False
        self.lookup_cache = {}
        self.match_flags = 0
        for b in bases_w:
            if self.match_flags == 0:
                self.match_flags = b.match_flags
            b.subclasses_w.append(self)

    def root_map(self) -> Map:
        """The map of new instances, which have no attribute yet: the root
        of the layout (INLINE_SIZES) that fits the most attributes its
        instances had so far (or the largest).  Every map of its instances
        descends from a root and knows the class, so that an instance needs
        no class pointer of its own."""
        m = self.instance_map
        if m is None:
            n = INLINE_SIZES[len(INLINE_SIZES) - 1]
            for size in INLINE_SIZES:
                if size >= self.max_attributes:
                    n = size
                    break
            m = self.root_map_for(n)
            self.instance_map = m
        return m

    def root_map_for(self, n_inline: int) -> Map:
        """The root map of its instances with n_inline value fields."""
        if n_inline == 3:
            i = 0
        elif n_inline == 4:
            i = 1
        elif n_inline == 6:
            i = 2
        else:
            assert n_inline == 8
            i = 3
        m = self.layout_roots[i]
        if m is None:
            m = Map([], None, self, False, n_inline)
            self.layout_roots[i] = m
        return m

    def note_attribute_count(self, n: int) -> None:
        """A map of its instances got n attributes: the size estimate that
        chooses the layout of later instances."""
        if n > self.max_attributes:
            self.max_attributes = n
            m = self.instance_map
            if m is not None and n > m.n_inline:
                self.instance_map = None      # a larger layout, if there is one

    def getclass(self) -> W_TypeObject:
        meta = self.w_metaclass
        if meta is not None:
            return meta
        return w_type_type

    def defines_del(self) -> bool:
        """Whether its instances need finalization for a __del__
        (ouro/interpreter/finalizers.py); cached per version tag."""
        if self.del_version is not self.version:
            self.has_del = self.is_heaptype and self.lookup("__del__") is not None
            self.del_version = self.version
        return self.has_del

    def lookup(self, name: str) -> W_Root | None:
        """The attribute `name` along the MRO (no descriptors applied),
        cached per type until the namespace of the type or of a base
        changes (mutated())."""
        cache = self.lookup_cache
        cached = cache.get(name, None)
        if cached is not None:
            return cached.w_value
        w_found: W_Root | None = None
        for w_t in self.mro_w:
            if name in w_t.dict_w:
                w_found = w_t.dict_w[name]
                break
        cache[name] = CachedLookup(w_found)
        return w_found

    def lookup_where(self, name: str) -> W_TypeObject | None:
        for w_t in self.mro_w:
            if name in w_t.dict_w:
                return w_t
        return None

    def mutated(self) -> None:
        """The namespace changed: new version tags and empty lookup caches
        here and below.  Every change of dict_w after the type is in use
        must call this."""
        self.version = VersionTag()
        self.lookup_cache = {}
        for sub in self.subclasses_w:
            sub.mutated()

    def issubtype(self, w_other: W_TypeObject) -> bool:
        for w_t in self.mro_w:
            if w_t is w_other:
                return True
        return False


# CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING (what `case [..]` and
# `case {..}` accept); inherited from the first base that has one
FLAG_SEQUENCE = 1 << 5
FLAG_MAPPING = 1 << 6

# instance layouts: which RPy class a type's instances are; a subclass must
# keep its base's layout (or add a __dict__ to it)
LAYOUT_OBJECT = 0
LAYOUT_TYPE = 1
LAYOUT_INT = 2
LAYOUT_FLOAT = 3
LAYOUT_STR = 4
LAYOUT_BYTES = 5
LAYOUT_LIST = 6
LAYOUT_TUPLE = 7
LAYOUT_DICT = 8
LAYOUT_SET = 9
LAYOUT_EXCEPTION = 10
LAYOUT_OTHER = 11     # a built-in type that cannot be subclassed
LAYOUT_COMPLEX = 12
LAYOUT_FROZENSET = 13
LAYOUT_BYTEARRAY = 14
LAYOUT_DESCR = 15     # staticmethod, classmethod, property (each its own __new__)
LAYOUT_ARRAY = 16     # array.array


def compute_mro(w_type: W_TypeObject) -> list[W_TypeObject]:
    """C3 linearization; raises MroError if there is none."""
    seqs: list[list[W_TypeObject]] = []
    for b in w_type.bases_w:
        seqs.append(list(b.mro_w))
    seqs.append(list(w_type.bases_w))
    result: list[W_TypeObject] = [w_type]
    while True:
        nonempty: list[list[W_TypeObject]] = []
        for s in seqs:
            if len(s) > 0:
                nonempty.append(s)
        if len(nonempty) == 0:
            return result
        candidate: W_TypeObject | None = None
        for s in nonempty:
            head = s[0]
            in_tail = False
            for other in nonempty:
                i = 1
                while i < len(other):
                    if other[i] is head:
                        in_tail = True
                        break
                    i += 1
                if in_tail:
                    break
            if not in_tail:
                candidate = head
                break
        if candidate is None:
            raise MroError(nonempty)
        result.append(candidate)
        for s in nonempty:
            if s[0] is candidate:
                del s[0]
        seqs = nonempty


class MroError(Exception):
    remaining: list[list[W_TypeObject]]

    def __init__(self, remaining: list[list[W_TypeObject]]) -> None:
        self.remaining = remaining


def make_builtin_type(name: str, bases_w: list[W_TypeObject], layout: int) -> W_TypeObject:
    w_t = W_TypeObject(name, bases_w, layout)
    w_t.mro_w = compute_mro(w_t)
    BUILTIN_TYPES.append(w_t)
    return w_t


BUILTIN_TYPES: list[W_TypeObject] = []

w_object_type = W_TypeObject("object", [], LAYOUT_OBJECT)
w_object_type.mro_w = [w_object_type]
BUILTIN_TYPES.append(w_object_type)
w_type_type = make_builtin_type("type", [w_object_type], LAYOUT_TYPE)


class W_NoneObject(W_Root):
    def getclass(self) -> W_TypeObject:
        return w_none_type


class W_NotImplementedObject(W_Root):
    def getclass(self) -> W_TypeObject:
        return w_notimplemented_type


class W_EllipsisObject(W_Root):
    def getclass(self) -> W_TypeObject:
        return w_ellipsis_type


w_none_type = make_builtin_type("NoneType", [w_object_type], LAYOUT_OTHER)
w_notimplemented_type = make_builtin_type("NotImplementedType", [w_object_type], LAYOUT_OTHER)
w_ellipsis_type = make_builtin_type("ellipsis", [w_object_type], LAYOUT_OTHER)

w_None = W_NoneObject()
w_NotImplemented = W_NotImplementedObject()
w_Ellipsis = W_EllipsisObject()


def type_name(w_obj: W_Root) -> str:
    """The name CPython's messages use for an object's type (its tp_name)."""
    return tp_name(w_obj.getclass())


def tp_name(w_t: W_TypeObject) -> str:
    """CPython's tp_name: a built-in type defined in a module other than
    builtins is named "module.name" ("re.Match", "_io.TextIOWrapper");
    a class statement's type by its name alone."""
    if w_t.tp_prefix != "":
        return w_t.tp_prefix + w_t.name
    w_mod = w_t.w_module
    if not w_t.is_heaptype and w_mod is not None:
        mod = space.str_w_or_none(w_mod)
        if mod is not None and mod != "builtins":
            return mod + "." + w_t.name
    return w_t.name


# at the end: these import this module
from ouro.objspace import space  # noqa: E402
