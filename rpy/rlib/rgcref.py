"""Opaque GC references and field access by offset: the low-level interface
the translated JIT uses on the translated program's objects.

`GCRef` is a reference to any GC object (an instance of any RPy class,
a string, a list...).  Translated it is a `void *` that the GC traces like
any other GC pointer: stored in a field, a list or a local variable it is
found and updated when a minor collection moves the object.  Untranslated a
GCRef is the Python object itself (the annotation GCRef is what matters).

Field access by offset (`read_int_at(ref, ofs)` ...) is what the JIT does
with a FieldDescr; `FieldLayout(Cls, 'name')` / `SizeLayout(Cls)` are
load-time declarations of the C place of a field / the type id and size of
a class, filled in by the translator's pyjitpl phase (--opt=jit) from the
C database (rpy/jit/translator/layout.py, which also makes gcc check every
offset with `_Static_assert(offsetof(...))`).  Without --opt=jit they are
not bound: `bound` stays False and the offsets are meaningless.

Untranslated, a FieldLayout gets a fake offset (unique in the process)
that read_*_at/write_*_at map back to the attribute name, so programs using
them run on CPython too.  Docs: docs/design-jit.md, "Translated JIT: the
low-level interface".
"""
from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar('T')

KIND_INT = 0      # Signed, Unsigned, bool: one word
KIND_REF = 1      # a GC pointer
KIND_FLOAT = 2    # a double


class GCRef:
    """The annotation of an opaque GC reference (never instantiated)."""


def cast_instance_to_gcref(obj: Any) -> GCRef:
    """The GC reference of an instance (not None)."""
    assert obj is not None
    return obj  # type: ignore[no-any-return]


def cast_gcref_to_instance(cls: type[T], ref: GCRef | None) -> T:
    """The instance of class cls (or a subclass) that ref refers to.
    Translated: checked by the type id range of cls; a reference to
    anything else stops the program (Fatal RPy error).  None stays None
    (the result is then typed `cls | None`)."""
    if ref is not None and not isinstance(ref, cls):
        raise TypeError('cast_gcref_to_instance: %r is not a %s' % (ref, cls.__name__))
    return ref  # type: ignore[return-value]


def gcref_isinstance(cls: type, ref: GCRef) -> bool:
    """Whether ref refers to an instance of class cls (or a subclass):
    translated, a test of its type id against cls's range."""
    return isinstance(ref, cls)


def malloc_fixed(tid: int, size: int) -> GCRef:
    """A new zeroed object of type id tid and size bytes (a SizeLayout's
    or SizeDescr's tid and size): what the translated JIT allocates when it
    materializes a virtual or runs `new` outside machine code.  MemoryError
    if the heap is full.  Untranslated: an instance of the class of that
    stand-in type id, with no attribute set."""
    for cls, t in _FAKE_TIDS.items():
        if t == tid:
            obj: Any = object.__new__(cls)
            return obj  # type: ignore[no-any-return]
    raise ValueError('untranslated: %d is not the type id of a SizeLayout' % tid)


def malloc_array(tid: int, length: int) -> GCRef:
    """A new zeroed rpy_array of type id tid (an ArrayDescr's) and length
    items: what the translated JIT allocates when it materializes a virtual
    array.  MemoryError if the heap is full.  Untranslated an array is a
    Python list (of None: the untranslated cpu makes its own)."""
    obj: Any = [None] * length
    return obj  # type: ignore[no-any-return]


def cast_gcref_to_int(ref: GCRef) -> int:
    """The current address: only for printing and identity within a
    section that cannot collect (a minor collection moves young objects)."""
    return id(ref)


def gcref_typeid(ref: GCRef) -> int:
    """The type id in the object's header (classes: ClassDef.tid).
    Untranslated: a stand-in number per Python class."""
    return _fake_tid(type(ref))


def read_int_at(ref: GCRef, offset: int) -> int:
    return int(getattr(ref, _attr_at(offset)))


def read_float_at(ref: GCRef, offset: int) -> float:
    return float(getattr(ref, _attr_at(offset)))


def read_ref_at(ref: GCRef, offset: int) -> GCRef | None:
    return getattr(ref, _attr_at(offset))  # type: ignore[no-any-return]


def write_int_at(ref: GCRef, offset: int, value: int) -> None:
    setattr(ref, _attr_at(offset), value)


def write_float_at(ref: GCRef, offset: int, value: float) -> None:
    setattr(ref, _attr_at(offset), value)


def write_ref_at(ref: GCRef, offset: int, value: GCRef | None) -> None:
    """Translated: with the GC's write barrier on `ref`."""
    setattr(ref, _attr_at(offset), value)


class FieldLayout:
    """Where field `name` of RPy class `cls` lives in the C struct: byte
    offset from the object's start (header included), size, kind
    (KIND_INT/REF/FLOAT), whether it is a GC pointer."""
    offset: int
    size: int
    kind: int
    is_gc: bool
    bound: bool
    name: str

    def __init__(self, cls: type, name: str) -> None:
        # load time only: the translator finds these objects in ALL_FIELDS
        self.cls = cls
        self.name = cls.__name__ + '.' + name
        self.attr = name
        self.offset = _fake_offset(name)
        self.size = 8
        self.kind = _fake_kind(cls, name)
        self.is_gc = self.kind == KIND_REF
        self.bound = False
        ALL_FIELDS.append(self)


class SizeLayout:
    """The type id (header) and the C struct size of RPy class `cls`."""
    tid: int
    size: int
    bound: bool
    name: str

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self.name = cls.__name__
        self.tid = _fake_tid(cls)
        self.size = 8
        self.bound = False
        ALL_SIZES.append(self)


ALL_FIELDS: list[FieldLayout] = []
ALL_SIZES: list[SizeLayout] = []

# untranslated stand-ins
_FAKE_ATTRS: dict[int, str] = {}
_FAKE_TIDS: dict[type, int] = {}


def _fake_offset(attr: str) -> int:
    ofs = 0x100000 + 8 * len(_FAKE_ATTRS)
    _FAKE_ATTRS[ofs] = attr
    return ofs


def _fake_kind(cls: type, name: str) -> int:
    """The kind from the class body's declaration (untranslated; the
    translator sets the real one)."""
    for c in cls.__mro__:
        ann = c.__dict__.get('__annotations__', {})
        if name in ann:
            t = ann[name] if isinstance(ann[name], str) else getattr(ann[name], '__name__', '')
            if t in ('int', 'bool', 'r_uint'):
                return KIND_INT
            if t == 'float':
                return KIND_FLOAT
            return KIND_REF
    raise ValueError('class %s declares no field %r' % (cls.__name__, name))


def _attr_at(offset: int) -> str:
    attr = _FAKE_ATTRS.get(offset)
    if attr is None:
        raise ValueError('untranslated: offset %d is not the offset of a FieldLayout' % offset)
    return attr


def _fake_tid(cls: type) -> int:
    t = _FAKE_TIDS.get(cls)
    if t is None:
        t = 0x1000 + len(_FAKE_TIDS)
        _FAKE_TIDS[cls] = t
    return t
