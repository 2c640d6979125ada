"""Untranslated stand-ins for machine addresses: objects, classes and
functions seen by the JIT get small integer 'addresses' so that traces can
name them in ConstPtr / guard_class / call ops, and the descrs the
codewriter gives fields, classes and calls (carrying the Python names the
untranslated backend needs).  Translated, these would be real addresses,
vtables and offsets.
"""
from __future__ import annotations

from typing import Any

from rpy.jit.metainterp.resoperation import (
    SizeDescr, FieldDescr, CallDescr, EffectInfo, INT, REF, FLOAT, VOID)
from rpy.jit.metainterp.history import ConstInt, ConstFloat, ConstPtr, CONST_NULL, AbstractValue


class Addresses:
    """addr <-> object (kept alive while the JIT runs), class <-> vtable int,
    function <-> function address."""

    def __init__(self) -> None:
        self.objects: dict[int, Any] = {}
        self.vtables: dict[type, int] = {}
        self.classes: dict[int, type] = {}
        self.functions: dict[int, Any] = {}
        self.function_addrs: dict[int, int] = {}

    def addr_of(self, obj: Any) -> int:
        if obj is None:
            return 0
        a = id(obj)
        self.objects[a] = obj
        return a

    def obj_at(self, addr: int) -> Any:
        if addr == 0:
            return None
        return self.objects[addr]

    def vtable_of(self, cls: type) -> int:
        v = self.vtables.get(cls)
        if v is None:
            v = 1000 + len(self.vtables)
            self.vtables[cls] = v
            self.classes[v] = cls
        return v

    def class_at(self, vtable: int) -> type:
        return self.classes[vtable]

    def func_addr(self, fn: Any) -> int:
        a = self.function_addrs.get(id(fn))
        if a is None:
            a = 0x10000 + len(self.functions)
            self.functions[a] = fn
            self.function_addrs[id(fn)] = a
        return a

    def func_at(self, addr: int) -> Any:
        return self.functions[addr]


ADDRESSES = Addresses()


def const_of(kind: int, value: Any) -> AbstractValue:
    """The trace constant for a concrete value of a register kind."""
    if kind == INT:
        return ConstInt(int(value))
    if kind == FLOAT:
        return ConstFloat(float(value))
    if value is None:
        return CONST_NULL
    known = 0
    if hasattr(value, '__dict__') and not isinstance(value, type):
        known = ADDRESSES.vtable_of(type(value))
    return ConstPtr(ADDRESSES.addr_of(value), known)


def const_value(c: AbstractValue) -> Any:
    if isinstance(c, ConstPtr):
        return ADDRESSES.obj_at(c.value)
    if isinstance(c, ConstInt):
        return c.value
    if isinstance(c, ConstFloat):
        return c.value
    raise ValueError('not a constant')


def zero_of(kind: int) -> Any:
    if kind == INT:
        return 0
    if kind == FLOAT:
        return 0.0
    return None


class JitSizeDescr(SizeDescr):
    """An RPy class: `cls` the Python class (untranslated allocation)."""
    cls: type

    def __init__(self, name: str, cls: type) -> None:
        SizeDescr.__init__(self, name, 8, ADDRESSES.vtable_of(cls))
        self.cls = cls

    def allocate(self) -> Any:
        """A fresh instance with every field zero (new_with_vtable)."""
        if issubclass(self.cls, BaseException):
            obj: Any = self.cls.__new__(self.cls)     # object.__new__ refuses them
        else:
            obj = object.__new__(self.cls)
        for fd in self.fields:
            assert isinstance(fd, JitFieldDescr)
            if not fd.attrname.startswith('__'):    # Exception's '__msg': C only
                setattr(obj, fd.attrname, zero_of(fd.kind))
        return obj


class JitFieldDescr(FieldDescr):
    """A field of an RPy class; untranslated it is the attribute `attrname`."""
    attrname: str
    immutable_items: bool      # '[*]' in _immutable_fields_: a list whose items never change

    def __init__(self, name: str, parent: SizeDescr, kind: int, attrname: str,
                 is_immutable: bool, immutable_items: bool) -> None:
        FieldDescr.__init__(self, name, parent, kind, 8 * (len(parent.fields) + 1), 8, is_immutable)
        self.attrname = attrname
        self.immutable_items = immutable_items


class JitCallDescr(CallDescr):
    """A residual call; `func` the Python callable (untranslated);
    `func_index` its place in the translated program's table of C functions
    `rpy_jit_functions[]` (-1: none, e.g. a Python helper; set by the
    pyjitpl phase, rpy/jit/translator/layout.py); `c_name` the C function
    of a runtime call (rpy/jit/codewriter/runtimecalls.py; '' for calls
    of RPy functions); `touches_vable`: the callee reads or writes the
    driver's virtualizable's listed fields (codewriter.touches_vable)."""
    func: Any
    func_index: int
    c_name: str
    touches_vable: bool

    def __init__(self, name: str, arg_kinds: list[int], result_kind: int,
                 effectinfo: EffectInfo, func: Any) -> None:
        CallDescr.__init__(self, name, arg_kinds, result_kind, effectinfo)
        self.func = func
        self.func_index = -1
        self.touches_vable = False
        self.c_name = ''


# ------------------------------------------------------------ the runtime's objects, untranslated
# The descrs of rpy/jit/metainterp/gcdescrs.py on Python objects: a list is
# its own item array (its `items` field reads the list itself, array
# operations index it), `length` and a str's `nchars` are len().  Nothing
# in a jitcode writes those fields: appending, popping, ... are calls of
# runtimecalls.py, whose twins change the Python list.

def py_getfield(descr: FieldDescr, obj: Any) -> Any:
    """The value of field `descr` of obj (untranslated)."""
    if isinstance(descr, JitFieldDescr):
        if descr.attrname == '__msg' and isinstance(obj, BaseException):
            return str(obj.args[0]) if obj.args else None
        return getattr(obj, descr.attrname)
    from rpy.jit.metainterp import gcdescrs as G
    if descr is G.LIST_LENGTH or descr is G.LIST_LENGTH_PURE or descr is G.STR_NCHARS:
        return len(obj)
    if descr is G.LIST_ITEMS or descr is G.LIST_ITEMS_PURE:
        return obj
    raise ValueError('no untranslated meaning for field %s' % descr.name)


def py_setfield(descr: FieldDescr, obj: Any, value: Any) -> None:
    if isinstance(descr, JitFieldDescr):
        if descr.attrname == '__msg' and isinstance(obj, BaseException):
            obj.args = (value,)       # the message of a builtin exception: str(e)
            return
        setattr(obj, descr.attrname, value)
        return
    raise ValueError('no untranslated meaning for storing field %s' % descr.name)
