"""Turning PEP 484 annotations into SomeTypes, and binding TypeVars."""
from __future__ import annotations

import collections.abc
import types
import typing
from typing import Any, Callable

from rpy.annotate.model import (DictDef, ListDef, SomeBytes, SomeDict, SomeFuncPtr, SomeGCRef,
                                SomeInstance, SomeList, SomeTuple, SomeType, s_bool,
                                s_bytes, s_float, s_int, s_none, s_str, s_uint, SomeWeakRef)
from rpy.rlib.rarithmetic import r_uint
from rpy.rlib.rweakref import WeakRef
from rpy.rlib.rgcref import GCRef


class AnnotationError(Exception):
    pass


def has_typevars(ann: Any) -> bool:
    if isinstance(ann, typing.TypeVar):
        return True
    return any(has_typevars(a) for a in typing.get_args(ann) if not isinstance(a, list)) or any(
        has_typevars(x) for a in typing.get_args(ann) if isinstance(a, list) for x in a)


def sometype_from_annotation(ann: Any, getclassdef: Callable[[type], Any],
                             bindings: dict | None = None) -> SomeType:
    """The SomeType that an annotation declares."""
    if ann is None or ann is type(None):
        return s_none
    if isinstance(ann, typing.TypeVar):
        if bindings is not None and ann in bindings:
            return bindings[ann]
        raise AnnotationError("type variable %s is not bound here" % ann.__name__)
    if ann is int:
        return s_int
    if ann is bool:
        return s_bool
    if ann is float:
        return s_float
    if ann is str:
        return s_str
    if ann is bytes:
        return s_bytes
    if ann is r_uint:
        return s_uint
    if ann is GCRef:
        return SomeGCRef()
    origin = typing.get_origin(ann)
    args = typing.get_args(ann)
    if origin is WeakRef:
        target = sometype_from_annotation(args[0], getclassdef, bindings)
        if not isinstance(target, SomeInstance) or target.nullable:
            raise AnnotationError("WeakRef[...] needs a class, not %s" % target.name())
        return SomeWeakRef(target.classdef)
    if ann is WeakRef:
        raise AnnotationError("'WeakRef' needs the class of its target, e.g. WeakRef[Node]")
    if origin is list:
        return SomeList(ListDef(sometype_from_annotation(args[0], getclassdef, bindings)))
    if origin is dict:
        return SomeDict(DictDef(sometype_from_annotation(args[0], getclassdef, bindings),
                                sometype_from_annotation(args[1], getclassdef, bindings)))
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            raise AnnotationError("variable-length tuples are not supported; use a list")
        return SomeTuple([sometype_from_annotation(a, getclassdef, bindings) for a in args])
    if origin in (typing.Union, types.UnionType):
        non_none = [a for a in args if a is not type(None)]
        if len(non_none) != 1 or len(args) != 2:
            raise AnnotationError("unions other than 'X | None' are not supported")
        return sometype_from_annotation(non_none[0], getclassdef, bindings).with_nullable(True)
    if origin is collections.abc.Callable:
        params, result = args
        return SomeFuncPtr([sometype_from_annotation(a, getclassdef, bindings) for a in params],
                           sometype_from_annotation(result, getclassdef, bindings))
    if ann in (list, dict, tuple):
        raise AnnotationError("'%s' needs its item types, e.g. %s" % (
            ann.__name__, {'list': 'list[int]', 'dict': 'dict[str, int]',
                           'tuple': 'tuple[int, str]'}[ann.__name__]))
    if isinstance(ann, type) and ann in (set, frozenset):
        raise AnnotationError("sets are not supported; use a dict with None values")
    if isinstance(ann, type):
        return SomeInstance(getclassdef(ann))
    if isinstance(ann, str):
        raise AnnotationError("cannot resolve the annotation %r" % ann)
    raise AnnotationError("unsupported annotation %r" % (ann,))


def bind_typevars(ann: Any, actual: SomeType, bindings: dict) -> None:
    """Record in `bindings` what each TypeVar of `ann` stands for, given `actual`."""
    if isinstance(ann, typing.TypeVar):
        if ann not in bindings:
            bindings[ann] = actual
        return
    origin = typing.get_origin(ann)
    args = typing.get_args(ann)
    if origin is WeakRef and isinstance(actual, SomeWeakRef):
        bind_typevars(args[0], SomeInstance(actual.classdef), bindings)
    elif origin is list and isinstance(actual, SomeList) and actual.item is not None:
        bind_typevars(args[0], actual.item, bindings)
    elif origin is dict and isinstance(actual, SomeDict):
        if actual.keytype is not None:
            bind_typevars(args[0], actual.keytype, bindings)
        if actual.valuetype is not None:
            bind_typevars(args[1], actual.valuetype, bindings)
    elif origin is tuple and isinstance(actual, SomeTuple) and len(args) == len(actual.items):
        for a, x in zip(args, actual.items):
            bind_typevars(a, x, bindings)
    elif origin is collections.abc.Callable and isinstance(actual, SomeFuncPtr):
        params, result = args
        for a, x in zip(params, actual.args):
            bind_typevars(a, x, bindings)
        bind_typevars(result, actual.result, bindings)
    elif origin in (typing.Union, types.UnionType):
        non_none = [a for a in args if a is not type(None)]
        if len(non_none) == 1:
            bind_typevars(non_none[0], actual.with_nullable(False) if actual.nullable else actual,
                          bindings)
