"""The `_symtable` module: what the standard library's symtable.py wraps.

symtable(source, filename, mode) parses the source and runs the compiler's
own symbol-table pass (ouro/compiler/symtable.py, which already computes
CPython's flag words per name), then exposes each scope as a "symtable
entry" with CPython's fields: type, id, name, lineno, nested, children,
symbols (name -> flags) and varnames.  Entries are built once per call, so
a scope's children keep their identity (symtable.py memoizes its wrappers
by entry).
"""
from __future__ import annotations

from ouro.compiler import symtable as st
from ouro.compiler.codegen import decoded_line
from ouro.interpreter import frame as framemod
from ouro.interpreter.module import W_Module
from ouro.modules.builtins.functions import source_bytes
from ouro.modules.math.args import module_type
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.dictobject import newdict
from ouro.objspace.exceptions import operr, w_ValueError
from ouro.objspace.gateway import register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import newlist
from ouro.objspace.model import W_Root, W_TypeObject
from ouro.objspace.strobject import W_StrObject
from ouro.parser.errors import SourceError
from ouro.parser.parser import parse

w_ste_type = module_type("_symtable", "symtable entry")


class EntryIds:
    """The `id` of the entries (CPython's is the entry's address): a
    counter, unique within the process."""
    next_id: int

    def __init__(self) -> None:
        self.next_id = 1


IDS = EntryIds()


class W_SymtableEntry(W_Root):
    scope: st.Scope
    ident: int
    w_children: W_Root      # the list of the child entries

    def __init__(self, scope: st.Scope) -> None:
        self.scope = scope
        self.ident = IDS.next_id
        IDS.next_id += 1
        children_w: list[W_Root] = []
        for child in scope.children:
            children_w.append(W_SymtableEntry(child))
        self.w_children = newlist(children_w)

    def getclass(self) -> W_TypeObject:
        return w_ste_type


def _entry(w: W_Root) -> W_SymtableEntry:
    assert isinstance(w, W_SymtableEntry)
    return w


def ste_type(w: W_Root) -> W_Root:
    # annotation blocks (CPython's internal kind 3) are not among the
    # tables the module exposes; the compiler's are function-like
    t = _entry(w).scope.block_type
    return wrap_int(st.FUNCTION_BLOCK if t == st.ANNOTATION_BLOCK else t)


def ste_id(w: W_Root) -> W_Root:
    return wrap_int(_entry(w).ident)


def ste_name(w: W_Root) -> W_Root:
    return space.wrap_str(_entry(w).scope.name)


def ste_lineno(w: W_Root) -> W_Root:
    return wrap_int(_entry(w).scope.lineno)


def ste_nested(w: W_Root) -> W_Root:
    return wrap_int(1 if _entry(w).scope.nested else 0)


def ste_children(w: W_Root) -> W_Root:
    return _entry(w).w_children


def ste_symbols(w: W_Root) -> W_Root:
    w_d = newdict()
    for name, flags in _entry(w).scope.symbols.items():
        w_d.setitem_str(name, wrap_int(flags))
    return w_d


def ste_varnames(w: W_Root) -> W_Root:
    names_w: list[W_Root] = []
    for name in _entry(w).scope.varnames:
        names_w.append(W_StrObject(name))
    return newlist(names_w)


def ste_repr(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    e = _entry(w)
    return space.wrap_str("<symtable entry %s(%d), line %d>" % (e.scope.name, e.ident,
                                                                e.scope.lineno))


getset(w_ste_type, "type", ste_type)
getset(w_ste_type, "id", ste_id)
getset(w_ste_type, "name", ste_name)
getset(w_ste_type, "lineno", ste_lineno)
getset(w_ste_type, "nested", ste_nested)
getset(w_ste_type, "children", ste_children)
getset(w_ste_type, "symbols", ste_symbols)
getset(w_ste_type, "varnames", ste_varnames)
register(w_ste_type, "__repr__(self, /)", ste_repr)


def symtable(slots: list[W_Root | None]) -> W_Root:
    w_src = slots[0]
    w_filename = slots[1]
    w_mode = slots[2]
    assert w_src is not None and w_filename is not None and w_mode is not None
    raw = source_bytes(w_src, "symtable")
    filename = space.str_str(w_filename)
    mode = space.str_of_w(w_mode)
    if mode != "exec" and mode != "eval" and mode != "single":
        raise operr(w_ValueError, "symtable() arg 3 must be 'exec' or 'eval' or 'single'")
    try:
        top = st.build_symtable(parse(raw))
    except SourceError as e:
        if e.text is None and e.lineno > 0:
            lines = raw.split(b"\n")
            if e.lineno <= len(lines):
                e.text = decoded_line(lines[e.lineno - 1])
        raise framemod.syntax_error_from(e, filename)
    return W_SymtableEntry(top)


FUNCTIONS = [
    register(None, "symtable(source, filename, startstr, /)", symtable),
]
FUNCTIONS[0].doc = "Return symbol and scope dictionaries used internally by compiler."

CONSTANTS = [("USE", st.USE), ("DEF_GLOBAL", st.DEF_GLOBAL), ("DEF_NONLOCAL", st.DEF_NONLOCAL),
             ("DEF_LOCAL", st.DEF_LOCAL), ("DEF_PARAM", st.DEF_PARAM),
             ("DEF_FREE", st.DEF_FREE), ("DEF_FREE_CLASS", st.DEF_FREE_CLASS),
             ("DEF_IMPORT", st.DEF_IMPORT), ("DEF_BOUND", st.DEF_BOUND),
             ("DEF_ANNOT", st.DEF_ANNOT), ("TYPE_FUNCTION", st.FUNCTION_BLOCK),
             ("TYPE_CLASS", st.CLASS_BLOCK), ("TYPE_MODULE", st.MODULE_BLOCK),
             ("LOCAL", st.LOCAL), ("GLOBAL_EXPLICIT", st.GLOBAL_EXPLICIT),
             ("GLOBAL_IMPLICIT", st.GLOBAL_IMPLICIT), ("FREE", st.FREE), ("CELL", st.CELL),
             ("SCOPE_OFF", st.SCOPE_OFFSET), ("SCOPE_MASK", st.SCOPE_MASK)]


def make_module() -> W_Module:
    w_mod = W_Module("_symtable", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    for name, value in CONSTANTS:
        d.setitem_str(name, wrap_int(value))
    return w_mod


register_module("_symtable", make_module)
