"""Test helper: convert a tree of CPython's `ast` nodes into ouro's
(ouro/parser/astnodes.py), driven by the same introspection as the
generator (gen_astnodes.collect), so that `dump(convert(tree))` can be
compared with `ast.dump(tree, include_attributes=True)`.

It refuses what our representation cannot hold: a None in a list field
other than the two that CPython fills with None (NULLABLE_ITEMS), a None
`int?` field, a constant of another type.
"""
from __future__ import annotations

import ast
from typing import Any

from ouro.parser import astnodes
from ouro.parser import constvalue as cv
from ouro.parser.gen_astnodes import NodeClass, collect

NODE_INFO: dict[str, NodeClass] = {n.name: n for n in collect()}


def concrete_classes() -> list[str]:
    return [n.name for n in NODE_INFO.values() if not n.abstract and n.name != "AST"]


def const_value(v: Any) -> cv.ConstValue:
    if v is None:
        return cv.CONST_NONE
    if v is True:
        return cv.CONST_TRUE
    if v is False:
        return cv.CONST_FALSE
    if v is Ellipsis:
        return cv.CONST_ELLIPSIS
    if isinstance(v, int):
        return cv.int_from_decimal(str(v)) if v >= 0 else cv.ConstInt(str(v), v, True)
    if isinstance(v, float):
        return cv.ConstFloat(v)
    if isinstance(v, complex):
        return cv.ConstComplex(v.real, v.imag)
    if isinstance(v, str):
        return cv.ConstStr(v)
    if isinstance(v, bytes):
        return cv.ConstBytes(v)
    raise TypeError("unexpected constant %r" % (v,))


def convert(node: ast.AST) -> astnodes.AST:
    info = NODE_INFO[type(node).__name__]
    args: list[Any] = []
    for f in info.fields:
        value = getattr(node, f.name)
        if f.quantifier == "*":
            if not f.nullable_items:
                assert None not in value, "None in %s.%s" % (info.name, f.name)
            args.append([convert(x) if isinstance(x, ast.AST) else x for x in value])
        elif f.asdl_type == "constant":
            args.append(const_value(value))
        elif isinstance(value, ast.AST):
            args.append(convert(value))
        else:
            if f.asdl_type == "int":
                assert isinstance(value, int), "%s.%s is %r" % (info.name, f.name, value)
            args.append(value)
    for a in info.attributes:
        args.append(getattr(node, a))
    return getattr(astnodes, info.name)(*args)
