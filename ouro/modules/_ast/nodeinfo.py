"""Load time: the node classes of CPython 3.11's `ast` module, read from
ouro/parser/astnodes.py (generated from CPython's ast by gen_astnodes.py):
per class its base, its fields in order (the names walk_fields reports),
which fields are optional (`T?`: None is their class-level default, as
CPython's Python-ast.c sets), its attributes (walk_attributes), and its
docstring (CPython's ASDL signature).

Runs on the host Python when the interpreter is imported; nothing here
is translated (NODES is a prebuilt table of strings and lists).
"""
from __future__ import annotations

from typing import Any

from ouro.parser import astnodes

# `int?` fields and attributes (astnodes types them as plain ints)
OPTIONAL_INTS = {("ImportFrom", "level")}
# classes whose end_lineno / end_col_offset are not optional (`int`, not `int?`)
REQUIRED_END = {"pattern"}


class NodeInfo:
    name: str
    base: str               # "" for AST
    fields: list[str]
    optional: list[str]     # fields and attributes whose default is None
    attributes: list[str]   # walk_attributes (inherited ones too)
    own_attributes: bool    # `_attributes` in the class's own namespace
    abstract: bool
    doc: str | None

    def __init__(self, name: str, base: str, fields: list[str], optional: list[str],
                 attributes: list[str], own_attributes: bool, abstract: bool,
                 doc: str | None) -> None:
        self.name = name
        self.base = base
        self.fields = fields
        self.optional = optional
        self.attributes = attributes
        self.own_attributes = own_attributes
        self.abstract = abstract
        self.doc = doc


class _Recorder(astnodes.FieldVisitor):
    """Load time: the names (and optional flags) a walk reports."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.optional: list[str] = []

    def node(self, name: str, value: Any, optional: bool) -> None:
        self.names.append(name)
        if optional:
            self.optional.append(name)

    def string(self, name: str, value: Any, optional: bool) -> None:
        self.node(name, value, optional)

    def integer(self, name: str, value: int) -> None:
        self.names.append(name)

    def constant(self, name: str, value: Any) -> None:
        self.names.append(name)

    def begin_list(self, name: str, length: int) -> None:
        self.names.append(name)


class _Empty:
    """Stands for a node in a walk: every field an empty list."""

    def __getattr__(self, name: str) -> Any:
        return []


def _walk(cls: type, method: str) -> _Recorder:
    rec = _Recorder()
    getattr(cls, method)(_Empty(), rec)
    return rec


def _collect() -> list[NodeInfo]:
    classes: list[type] = []
    for c in vars(astnodes).values():       # (`_pattern` is an alias of `pattern`)
        if isinstance(c, type) and issubclass(c, astnodes.AST) and c not in classes:
            classes.append(c)
    children: dict[str, list[type]] = {}
    for c in classes:
        if c is not astnodes.AST:
            children.setdefault(c.__bases__[0].__name__, []).append(c)
    result: list[NodeInfo] = []
    for c in classes:
        name = c.__name__
        abstract = name in children or c is astnodes.AST
        base = "" if c is astnodes.AST else c.__bases__[0].__name__
        fields: list[str] = []
        optional: list[str] = []
        if not abstract:
            rec = _walk(c, "walk_fields")
            fields = rec.names
            optional = list(rec.optional)
            for f in fields:
                if (name, f) in OPTIONAL_INTS:
                    optional.append(f)
        attributes = _walk(c, "walk_attributes").names
        own = base == "AST"
        if own and attributes and name not in REQUIRED_END:
            optional += ["end_lineno", "end_col_offset"]
        doc: str | None = None
        if c is not astnodes.AST:
            if abstract:
                subs = children[name]
                if all(not _walk(s, "walk_fields").names for s in subs):
                    doc = "%s = %s" % (name, " | ".join(s.__name__ for s in subs))
                else:
                    sep = "\n" + " " * (len(name) + 1) + "| "
                    doc = "%s = %s" % (name, sep.join((s.__doc__ or "").strip() for s in subs))
            else:
                doc = (c.__doc__ or "").strip()
        result.append(NodeInfo(name, base, fields, optional, attributes, own or c is astnodes.AST,
                               abstract, doc))
    return result


NODES = _collect()
