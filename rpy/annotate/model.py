"""The annotations: what the annotator knows about each value's type.

One class per kind of value.  `union(a, b)` is the type of a variable that
may hold either; it raises UnionError when RPy has no such type.  Lists and
dicts carry a ListDef/DictDef whose item types may still be unknown (an
empty literal) and are unified as the annotator learns more.
"""
from __future__ import annotations

from typing import Any


class UnionError(Exception):
    pass


class SomeType:
    nullable = False
    is_gc = False                   # a pointer to a GC object when translated

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.key() == other.key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__,) + tuple(map(id_or_hash, self.key())))

    def key(self) -> tuple:
        return (self.nullable,)

    def with_nullable(self, nullable: bool) -> 'SomeType':
        if not nullable:
            return self
        raise UnionError("%s is not nullable" % self.name())

    def name(self) -> str:
        return type(self).__name__[4:].lower()

    def __repr__(self) -> str:
        return self.name()


def id_or_hash(x: Any) -> int:
    try:
        return hash(x)
    except TypeError:
        return id(x)


class SomeImpossible(SomeType):
    """No value yet (bottom)."""

    def name(self) -> str:
        return 'impossible'


class SomeInt(SomeType):
    def name(self) -> str:
        return 'int'


class SomeUInt(SomeType):
    def name(self) -> str:
        return 'r_uint'


class SomeBool(SomeType):
    def name(self) -> str:
        return 'bool'


class SomeFloat(SomeType):
    def name(self) -> str:
        return 'float'


class SomeNone(SomeType):
    nullable = True
    is_gc = True

    def name(self) -> str:
        return 'None'


class _Nullable(SomeType):
    is_gc = True

    def __init__(self, nullable: bool = False) -> None:
        self.nullable = nullable

    def copy(self, nullable: bool) -> 'SomeType':
        raise NotImplementedError

    def with_nullable(self, nullable: bool) -> SomeType:
        if nullable == self.nullable:
            return self
        return self.copy(nullable)

    def name(self) -> str:
        base = self.basename()
        return base + ' | None' if self.nullable else base

    def basename(self) -> str:
        return type(self).__name__[4:].lower()


class SomeStr(_Nullable):
    def copy(self, nullable: bool) -> SomeType:
        return SomeStr(nullable)

    def basename(self) -> str:
        return 'str'


class SomeBytes(_Nullable):
    def copy(self, nullable: bool) -> SomeType:
        return SomeBytes(nullable)

    def basename(self) -> str:
        return 'bytes'


class SomeGCRef(_Nullable):
    """An opaque reference to any GC object (rpy.rlib.rgcref.GCRef): the
    JIT's view of the program's objects."""
    def copy(self, nullable: bool) -> SomeType:
        return SomeGCRef(nullable)

    def basename(self) -> str:
        return 'GCRef'


class SomeWeakRef(_Nullable):
    """A weak reference to an instance of `classdef` (rpy.rlib.rweakref.WeakRef[C])."""
    def __init__(self, classdef: Any, nullable: bool = False) -> None:
        self.classdef = classdef
        self.nullable = nullable

    def key(self) -> tuple:
        return (self.nullable, self.classdef)

    def copy(self, nullable: bool) -> SomeType:
        return SomeWeakRef(self.classdef, nullable)

    def basename(self) -> str:
        return 'WeakRef[%s]' % self.classdef.name


class ListDef:
    """The shared item type of a family of lists (union-find)."""

    def __init__(self, item: SomeType | None) -> None:
        self.item = item
        self.parent: ListDef | None = None
        self.lineno = 0
        # True once any list of the family may change length (append, pop,
        # del...); a prebuilt list whose family is never resized has a
        # constant len()
        self.resized = False

    def find(self) -> 'ListDef':
        d = self
        while d.parent is not None:
            d = d.parent
        return d


class SomeList(_Nullable):
    def __init__(self, listdef: ListDef, nullable: bool = False) -> None:
        self.listdef = listdef
        self.nullable = nullable

    @property
    def item(self) -> SomeType | None:
        return self.listdef.find().item

    def key(self) -> tuple:
        return (self.nullable, self.item)

    def copy(self, nullable: bool) -> SomeType:
        return SomeList(self.listdef, nullable)

    def basename(self) -> str:
        return 'list[%s]' % (self.item.name() if self.item else '?')


class DictDef:
    def __init__(self, key: SomeType | None, value: SomeType | None) -> None:
        self.key = key
        self.value = value
        self.parent: DictDef | None = None

    def find(self) -> 'DictDef':
        d = self
        while d.parent is not None:
            d = d.parent
        return d


class SomeDict(_Nullable):
    def __init__(self, dictdef: DictDef, nullable: bool = False) -> None:
        self.dictdef = dictdef
        self.nullable = nullable

    @property
    def keytype(self) -> SomeType | None:
        return self.dictdef.find().key

    @property
    def valuetype(self) -> SomeType | None:
        return self.dictdef.find().value

    def key(self) -> tuple:
        return (self.nullable, self.keytype, self.valuetype)

    def copy(self, nullable: bool) -> SomeType:
        return SomeDict(self.dictdef, nullable)

    def basename(self) -> str:
        k, v = self.keytype, self.valuetype
        return 'dict[%s, %s]' % (k.name() if k else '?', v.name() if v else '?')


class SomeTuple(SomeType):
    is_gc = True

    def __init__(self, items: list[SomeType]) -> None:
        self.items = list(items)

    def key(self) -> tuple:
        return tuple(self.items)

    def name(self) -> str:
        return 'tuple[%s]' % ', '.join(i.name() for i in self.items)


class SomeInstance(_Nullable):
    def __init__(self, classdef: Any, nullable: bool = False) -> None:
        self.classdef = classdef
        self.nullable = nullable

    def key(self) -> tuple:
        return (self.nullable, self.classdef)

    def copy(self, nullable: bool) -> SomeType:
        return SomeInstance(self.classdef, nullable)

    def basename(self) -> str:
        return self.classdef.name


class SomeFuncPtr(SomeType):
    """A function value of a fixed signature (Callable[[A, B], R])."""

    def __init__(self, args: list[SomeType], result: SomeType) -> None:
        self.args = list(args)
        self.result = result

    def key(self) -> tuple:
        return (tuple(self.args), self.result)

    def name(self) -> str:
        return 'Callable[[%s], %s]' % (', '.join(a.name() for a in self.args), self.result.name())


class SomeConst(SomeType):
    """A load-time Python object that is not data: a function, class, module, builtin."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def key(self) -> tuple:
        return (id(self.value),)

    def name(self) -> str:
        return getattr(self.value, '__name__', repr(self.value))


class SomeIter(SomeType):
    """An iterator; `kind` says over what (range, list, str, bytes, dict, enumerate, zip, reversed)."""
    is_gc = True

    def __init__(self, kind: str, source: SomeType | None, item: SomeType,
                 parts: tuple = ()) -> None:
        self.kind = kind
        self.source = source
        self.item = item
        self.parts = parts

    def key(self) -> tuple:
        return (self.kind, self.source, self.item, self.parts)

    def name(self) -> str:
        return 'iterator(%s)' % self.kind


class SomeIterable(SomeType):
    """range(...), d.items(), enumerate(x), zip(a, b), reversed(l): only iterable."""
    is_gc = True

    def __init__(self, kind: str, source: SomeType | None, item: SomeType,
                 parts: tuple = ()) -> None:
        self.kind = kind
        self.source = source
        self.item = item
        self.parts = parts

    def key(self) -> tuple:
        return (self.kind, self.source, self.item, self.parts)

    def name(self) -> str:
        return self.kind


# set by the annotator: the SomeFuncPtr of a plain function, to join function constants
FUNCPTR_HOOK: Any = None

s_int = SomeInt()
s_uint = SomeUInt()
s_bool = SomeBool()
s_float = SomeFloat()
s_none = SomeNone()
s_str = SomeStr()
s_bytes = SomeBytes()
s_impossible = SomeImpossible()


def unify_listdefs(a: ListDef, b: ListDef) -> None:
    ra, rb = a.find(), b.find()
    if ra is rb:
        return
    item = ra.item
    if item is None:
        item = rb.item
    elif rb.item is not None:
        item = union(ra.item, rb.item)
        if (item != ra.item or item != rb.item) and not (
                isinstance(item, SomeInstance) or item.nullable):
            # instances may be generalized to a common base (a list of Sub
            # stored where list[Base] is declared), and None added; nothing else
            raise UnionError("list items of different types: %s and %s" % (
                ra.item.name(), rb.item.name()))
    rb.parent = ra
    ra.item = item
    ra.resized = ra.resized or rb.resized


def unify_dictdefs(a: DictDef, b: DictDef) -> None:
    ra, rb = a.find(), b.find()
    if ra is rb:
        return
    for attr in ('key', 'value'):
        x, y = getattr(ra, attr), getattr(rb, attr)
        if x is None:
            setattr(ra, attr, y)
        elif y is not None and x != y:
            raise UnionError("dict %ss of different types: %s and %s" % (attr, x.name(), y.name()))
    rb.parent = ra


def union(a: SomeType, b: SomeType) -> SomeType:
    """The type of a variable that may hold a value of type a or of type b."""
    if isinstance(a, SomeImpossible):
        return b
    if isinstance(b, SomeImpossible):
        return a
    if a == b and type(a) is type(b):
        if isinstance(a, SomeList):
            unify_listdefs(a.listdef, b.listdef)  # type: ignore[attr-defined]
        if isinstance(a, SomeDict):
            unify_dictdefs(a.dictdef, b.dictdef)  # type: ignore[attr-defined]
        return a
    if isinstance(a, (SomeIter, SomeIterable)) and type(a) is type(b) and a.kind == b.kind:  # type: ignore[attr-defined]
        src = a.source if b.source is None else b.source if a.source is None else union(a.source, b.source)  # type: ignore[attr-defined]
        parts = b.parts if len(b.parts) == len(a.parts) else a.parts  # type: ignore[attr-defined]
        if a.parts and len(a.parts) == len(b.parts):  # type: ignore[attr-defined]
            parts = tuple(union(x, y) for x, y in zip(a.parts, b.parts))  # type: ignore[attr-defined]
        return type(a)(a.kind, src, union(a.item, b.item), parts)  # type: ignore[attr-defined]
    if isinstance(a, (SomeConst, SomeFuncPtr)) and isinstance(b, (SomeConst, SomeFuncPtr)) \
            and FUNCPTR_HOOK is not None:
        fa = a if isinstance(a, SomeFuncPtr) else FUNCPTR_HOOK(a.value)  # type: ignore[attr-defined]
        fb = b if isinstance(b, SomeFuncPtr) else FUNCPTR_HOOK(b.value)  # type: ignore[attr-defined]
        if fa is not None and fb is not None and fa == fb:
            return fa
        raise UnionError("both %s and %s" % (a.name(), b.name()))
    if isinstance(a, SomeNone):
        return b.with_nullable(True)
    if isinstance(b, SomeNone):
        return a.with_nullable(True)
    if type(a) is not type(b):
        if {type(a), type(b)} == {SomeInt, SomeBool}:
            return s_int
        raise UnionError("both %s and %s" % (a.name(), b.name()))
    nullable = a.nullable or b.nullable
    if isinstance(a, SomeInstance):
        common = a.classdef.commonbase(b.classdef)  # type: ignore[attr-defined]
        if common is None:
            raise UnionError("both %s and %s" % (a.name(), b.name()))
        return SomeInstance(common, nullable)
    if isinstance(a, SomeWeakRef):
        # read-only: a WeakRef[Sub] is a WeakRef[Base]
        common = a.classdef.commonbase(b.classdef)  # type: ignore[attr-defined]
        if common is None:
            raise UnionError("both %s and %s" % (a.name(), b.name()))
        return SomeWeakRef(common, nullable)
    if isinstance(a, SomeList):
        unify_listdefs(a.listdef, b.listdef)  # type: ignore[attr-defined]
        return SomeList(a.listdef, nullable)
    if isinstance(a, SomeDict):
        unify_dictdefs(a.dictdef, b.dictdef)  # type: ignore[attr-defined]
        return SomeDict(a.dictdef, nullable)
    if isinstance(a, (SomeStr, SomeBytes, SomeGCRef)):
        return a.with_nullable(nullable)
    if isinstance(a, SomeTuple) and len(a.items) == len(b.items):  # type: ignore[attr-defined]
        return SomeTuple([union(x, y) for x, y in zip(a.items, b.items)])  # type: ignore[attr-defined]
    raise UnionError("both %s and %s" % (a.name(), b.name()))
