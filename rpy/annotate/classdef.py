"""ClassDefs: what the toolchain knows about each RPy class.

A ClassDef is made from the live Python class: its single RPy base, the
fields declared in its body (`x: int`), its methods and its read-only class
constants.  The built-in exception classes get ClassDefs too, rooted at
`Exception` (which carries the optional message of every exception).
"""
from __future__ import annotations

import inspect
import types
import typing
from typing import Any

from rpy.errors import RPyError

BUILTIN_EXCEPTIONS = [
    Exception, ArithmeticError, LookupError, IndexError, KeyError, ZeroDivisionError,
    ValueError, OverflowError, MemoryError, AssertionError, RuntimeError,
    NotImplementedError, RecursionError, OSError, TypeError, StopIteration,
    UnicodeError, UnicodeDecodeError,
]


def class_location(cls: type) -> tuple[str, int]:
    from rpy.flow.source import class_node
    filename, node = class_node(cls)
    if node is None:
        return filename, 0
    return filename, node.lineno


class ClassDef:
    def __init__(self, cls: type, base: 'ClassDef | None') -> None:
        self.cls = cls
        self.name = cls.__name__
        self.base = base
        self.subdefs: list[ClassDef] = []
        if base is not None:
            base.subdefs.append(self)
        self.is_builtin_exc = cls in BUILTIN_EXCEPTIONS
        # field name -> annotation (resolved later into SomeTypes by the annotator)
        self.own_fields: dict[str, Any] = {}
        self.fields: dict[str, Any] = {}      # name -> SomeType, own and inherited
        self.field_owner: dict[str, ClassDef] = {}
        self.filename, self.lineno = class_location(cls) if not self.is_builtin_exc else ('?', 0)
        self.tid = 0                      # assigned by the rtyper (preorder)
        self.tid_max = 0
        self.instantiated = False
        self.needs_identity_hash = False

    def __repr__(self) -> str:
        return '<ClassDef %s>' % self.name

    def mro(self) -> list['ClassDef']:
        result = []
        c: ClassDef | None = self
        while c is not None:
            result.append(c)
            c = c.base
        return result

    def issubclass(self, other: 'ClassDef') -> bool:
        return other in self.mro()

    def commonbase(self, other: 'ClassDef') -> 'ClassDef | None':
        mine = self.mro()
        for c in other.mro():
            if c in mine:
                return c
        return None

    def lookup(self, name: str) -> tuple['ClassDef', Any] | None:
        """Find a class attribute (method or constant) along the bases."""
        for c in self.mro():
            if name in c.cls.__dict__:
                return c, c.cls.__dict__[name]
        return None

    def all_subdefs(self) -> list['ClassDef']:
        result = [self]
        for s in self.subdefs:
            result.extend(s.all_subdefs())
        return result


def own_annotations(cls: type) -> dict[str, Any]:
    """The class's own field declarations, with string annotations evaluated."""
    raw = cls.__dict__.get('__annotations__', {})
    if not raw:
        return {}
    module = inspect.getmodule(cls)
    globalns = dict(vars(module)) if module else {}
    globalns.setdefault(cls.__name__, cls)
    result = {}
    for name, ann in raw.items():
        if typing.get_origin(ann) is typing.ClassVar:
            continue
        if isinstance(ann, str):
            try:
                ann = eval(ann, globalns, dict(vars(cls)))
            except Exception as e:
                filename, lineno = class_location(cls)
                raise RPyError("cannot evaluate the annotation %r of field '%s': %s"
                               % (ann, name, e), filename, lineno)
        result[name] = ann
    return result


def is_rpy_class(value: Any) -> bool:
    return isinstance(value, type) and (
        value in BUILTIN_EXCEPTIONS or
        (value.__module__ not in ('builtins', 'typing') and not issubclass(value, BaseException)
         or (issubclass(value, BaseException) and value.__module__ != 'builtins')))
