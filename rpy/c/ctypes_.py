"""How each annotation is represented in C (the rtyper's choice of low-level types).

`Repr` objects answer: the C type of a value, how it is stored in a list slot
(rpy_word field), which parts of it are GC pointers (for the shadow stack),
and the zero value.  Classes, tuples and iterators get C structs, declared by
the database.
"""
from __future__ import annotations

from typing import Any

from rpy.annotate.model import (SomeBool, SomeBytes, SomeConst, SomeDict, SomeFloat, SomeFuncPtr, SomeGCRef,
                                SomeImpossible, SomeInstance, SomeInt, SomeIter, SomeIterable,
                                SomeList, SomeNone, SomeStr, SomeTuple, SomeType, SomeUInt,
                                SomeWeakRef)


class Repr:
    def __init__(self, ctype: str, word: str, gcpaths: list[str], zero: str) -> None:
        self.ctype = ctype          # C type of a variable holding the value
        self.word = word            # rpy_word member ('i', 'f', 'p')
        self.gcpaths = gcpaths      # suffixes of GC pointers inside the value ('' = itself)
        self.zero = zero

    @property
    def is_gc(self) -> bool:
        return bool(self.gcpaths)


R_INT = Repr('Signed', 'i', [], '0')
R_UINT = Repr('Unsigned', 'i', [], '0')
R_FLOAT = Repr('double', 'f', [], '0.0')
R_STR = Repr('rpy_string *', 'p', [''], 'NULL')
R_LIST = Repr('rpy_list *', 'p', [''], 'NULL')
R_DICT = Repr('rpy_dict *', 'p', [''], 'NULL')
R_GCREF = Repr('void *', 'p', [''], 'NULL')     # any GC object: traced like the others
R_WEAKREF = Repr('rpy_weakref *', 'p', [''], 'NULL')   # the weakref object itself is strong
R_NONE = Repr('void *', 'p', [], 'NULL')
R_VOID = Repr('void *', 'p', [], 'NULL')


class TypeSystem:
    """Assigns C types; asks the database for struct names of classes/tuples/iterators."""

    def __init__(self, db: Any) -> None:
        self.db = db

    def repr_of(self, t: SomeType | None) -> Repr:
        if t is None or isinstance(t, (SomeImpossible, SomeConst)):
            return R_VOID
        if isinstance(t, (SomeInt, SomeBool)):
            return R_INT
        if isinstance(t, SomeUInt):
            return R_UINT
        if isinstance(t, SomeFloat):
            return R_FLOAT
        if isinstance(t, (SomeStr, SomeBytes)):
            return R_STR
        if isinstance(t, SomeNone):
            return R_NONE
        if isinstance(t, SomeGCRef):
            return R_GCREF
        if isinstance(t, SomeWeakRef):
            return R_WEAKREF
        if isinstance(t, SomeList):
            return R_LIST
        if isinstance(t, SomeDict):
            return R_DICT
        if isinstance(t, SomeInstance):
            return Repr('struct %s *' % self.db.class_struct(t.classdef), 'p', [''], 'NULL')
        if isinstance(t, SomeTuple):
            return Repr('struct %s *' % self.db.tuple_struct(t), 'p', [''], 'NULL')
        if isinstance(t, SomeFuncPtr):
            return Repr(self.db.funcptr_type(t), 'p', [], 'NULL')
        if isinstance(t, SomeIter):
            name, gcpaths = self.db.iter_struct(t)
            return Repr('struct %s' % name, '', gcpaths, '{0}')
        if isinstance(t, SomeIterable):
            name, gcpaths = self.db.iterable_struct(t)
            return Repr('struct %s' % name, '', gcpaths, '{0}')
        raise AssertionError("no C representation for %r" % (t,))

    def ctype(self, t: SomeType | None) -> str:
        return self.repr_of(t).ctype

    def to_word(self, t: SomeType, expr: str) -> str:
        """An expression of type rpy_word holding `expr`."""
        r = self.repr_of(t)
        if r.word == 'i':
            return '((rpy_word){.i = (Signed)(%s)})' % expr
        if r.word == 'f':
            return '((rpy_word){.f = (%s)})' % expr
        return '((rpy_word){.p = (void *)(%s)})' % expr

    def from_word(self, t: SomeType, expr: str) -> str:
        r = self.repr_of(t)
        if r.word == 'i':
            return '((%s)(%s).i)' % (r.ctype, expr)
        if r.word == 'f':
            return '(%s).f' % expr
        return '((%s)(%s).p)' % (r.ctype, expr)
