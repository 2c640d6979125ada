"""Build-time generator of ouro/modules/_ast/fromobj.py (runs on the host
Python, like ouro/parser/gen_astnodes.py):

    python -m ouro.modules._ast.gen_fromobj            # rewrite fromobj.py
    python -m ouro.modules._ast.gen_fromobj --check    # exit 1 if it is stale

fromobj.py is CPython's obj2ast: Python AST objects (instances of the
`_ast` classes) back to the RPy nodes of ouro/parser/astnodes.py, for
compile(tree, filename, mode).  Per concrete class a builder reads each
field with a typed getter and calls the RPy constructor; per node type T
`as_T` checks that an object is a T.  Everything is read from astnodes.py
(constructor signatures and annotations) and nodeinfo.py.
"""
from __future__ import annotations

import inspect
import os
import sys

from ouro.modules._ast.nodeinfo import NODES, NodeInfo
from ouro.parser import astnodes

OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fromobj.py")
ATTRS = ("lineno", "col_offset", "end_lineno", "end_col_offset")
SIMPLE_SUMS = {"expr_context", "boolop", "operator", "unaryop", "cmpop"}

HEADER = '''# GENERATED FILE -- do not edit.  Produced by
#     python -m ouro.modules._ast.gen_fromobj
"""obj2ast: Python AST objects to the RPy nodes of ouro/parser/astnodes.py
(see gen_fromobj.py)."""
from __future__ import annotations

from typing import Callable

from ouro.modules._ast.frompy import FromPython, node_error
from ouro.objspace.model import W_Root, w_None
from ouro.parser import astnodes as ast'''


def info_by_name() -> dict[str, NodeInfo]:
    return {n.name: n for n in NODES}


def field_types(cls: type) -> list[tuple[str, str]]:
    """(parameter, annotation) of the constructor, in order."""
    sig = inspect.signature(getattr(cls, "__init__"))
    result = []
    for name, p in sig.parameters.items():
        if name == "self":
            continue
        ann = p.annotation
        assert isinstance(ann, str), (cls, name, ann)
        result.append((name, ann.replace("_pattern", "pattern")))
    return result


def emit_getter(owner: str, attr_owner: str, name: str, ann: str, out: list[str],
                attributes: list[str]) -> None:
    var = "f_" + name
    if name in attributes and name in ATTRS:
        if name in ("end_lineno", "end_col_offset") and attr_owner != "pattern":
            dflt = "f_lineno" if name == "end_lineno" else "f_col_offset"
            out.append("    %s = c.opt_int(w, %r, %s)" % (var, name, dflt))
        else:
            out.append("    %s = c.req_int(w, %r, %r)" % (var, attr_owner, name))
        return
    if ann == "str":
        out.append("    %s = c.req_str(w, %r, %r)" % (var, owner, name))
    elif ann == "str | None":
        out.append("    %s = c.opt_str(w, %r)" % (var, name))
    elif ann == "list[str]":
        out.append("    %s = c.str_list(w, %r, %r)" % (var, owner, name))
    elif ann == "int":
        if (owner, name) == ("ImportFrom", "level"):
            out.append("    %s = c.opt_int(w, %r, 0)" % (var, name))
        else:
            out.append("    %s = c.req_int(w, %r, %r)" % (var, owner, name))
    elif ann == "ConstValue":
        out.append("    %s = c.constant(c.required(w, %r, %r))" % (var, owner, name))
    elif ann.startswith("list["):
        item = ann[5:-1]
        if item.endswith(" | None"):
            out.append("    %s = seq_%s_or_none(c, w, %r, %r)" % (var, item[:-7], owner, name))
        else:
            out.append("    %s = seq_%s(c, w, %r, %r)" % (var, item, owner, name))
    elif ann.endswith(" | None"):
        out.append("    %s = opt_%s(c, w, %r, %r)" % (var, ann[:-7], owner, name))
    else:
        out.append("    %s = req_%s(c, w, %r, %r)" % (var, ann, owner, name))


def generate() -> str:
    infos = info_by_name()
    out: list[str] = [HEADER]
    node_types: list[str] = []
    for n in NODES:
        if n.name != "AST" and (n.abstract or n.base == "AST"):
            node_types.append(n.name)
    # the typed helpers
    for t in node_types:
        info = infos[t]
        out.append("")
        out.append("")
        out.append("def as_%s(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.%s:" % (t, t))
        if t in SIMPLE_SUMS:
            out.append("    if w_v is w_None:")
            out.append("        raise node_error(%r, w_v)" % t)
        else:
            out.append("    if w_v is w_None:")
            out.append("        raise c.missing_value(owner, field)")
        if info.abstract and info.attributes:
            out.append("    c.req_int(w_v, %r, 'lineno')" % t)
            out.append("    c.req_int(w_v, %r, 'col_offset')" % t)
        out.append("    node = convert_node(c, w_v, %r)" % t)
        out.append("    if not isinstance(node, ast.%s):" % t)
        out.append("        raise node_error(%r, w_v)" % t)
        out.append("    return node")
        out.append("")
        out.append("")
        out.append("def req_%s(c: FromPython, w: W_Root, owner: str, field: str) -> ast.%s:" % (t, t))
        out.append("    return as_%s(c, c.required(w, owner, field), owner, field)" % t)
        out.append("")
        out.append("")
        out.append("def opt_%s(c: FromPython, w: W_Root, owner: str, field: str) -> ast.%s | None:"
                   % (t, t))
        out.append("    w_v = c.optional(w, field)")
        out.append("    if w_v is None:")
        out.append("        return None")
        out.append("    return as_%s(c, w_v, owner, field)" % t)
        out.append("")
        out.append("")
        out.append("def seq_%s(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.%s]:"
                   % (t, t))
        out.append("    result: list[ast.%s] = []" % t)
        out.append("    for w_item in c.seq(w, owner, field):")
        out.append("        if w_item is w_None:")
        out.append("            raise c.none_in_list(%r)" % ("statement" if t == "stmt" else "expression"))
        out.append("        result.append(as_%s(c, w_item, owner, field))" % t)
        out.append("    return result")
    out.append("")
    out.append("")
    out.append("def seq_expr_or_none(c: FromPython, w: W_Root, owner: str,")
    out.append("                     field: str) -> list[ast.expr | None]:")
    out.append("    result: list[ast.expr | None] = []")
    out.append("    for w_item in c.seq(w, owner, field):")
    out.append("        result.append(None if w_item is w_None else as_expr(c, w_item, owner, field))")
    out.append("    return result")
    # the builders
    builders: list[str] = []
    for n in NODES:
        if n.abstract:
            continue
        cls = getattr(astnodes, n.name)
        attr_owner = n.name if n.base == "AST" else n.base
        params = field_types(cls)
        out.append("")
        out.append("")
        out.append("def build_%s(c: FromPython, w: W_Root) -> ast.AST:" % n.name)
        attrs_first = [p for p in params if p[0] in n.attributes]
        fields = [p for p in params if p[0] not in n.attributes]
        assert [p[0] for p in fields] == n.fields, n.name
        for name, ann in attrs_first + fields:
            emit_getter(n.name, attr_owner, name, ann, out, n.attributes)
        args = ["f_" + p[0] for p in params]
        line = "    return ast.%s(%s)" % (n.name, ", ".join(args))
        if len(line) > 99:
            out.append("    return ast.%s(" % n.name)
            cur = "       "
            for i, a in enumerate(args):
                piece = " " + a + (")" if i == len(args) - 1 else ",")
                if len(cur) + len(piece) > 99:
                    out.append(cur)
                    cur = "       "
                cur += piece
            out.append(cur)
        else:
            out.append(line)
        builders.append(n.name)
    out.append("")
    out.append("")
    out.append("Builder = Callable[[FromPython, W_Root], ast.AST]")
    out.append("")
    out.append("BUILDERS: dict[str, Builder] = {")
    for b in builders:
        out.append("    %r: build_%s," % (b, b))
    out.append("}")
    out.append("")
    out.append("")
    out.append("def convert_node(c: FromPython, w_v: W_Root, what: str) -> ast.AST:")
    out.append('    """The RPy node of a Python AST object (by its class or the')
    out.append('    nearest _ast class it derives from)."""')
    out.append("    name = c.node_class_name(w_v)")
    out.append("    if name not in BUILDERS:")
    out.append("        raise node_error(what, w_v)")
    out.append("    return BUILDERS[name](c, w_v)")
    return "\n".join(out) + "\n"


def main() -> int:
    text = generate()
    if "--check" in sys.argv:
        with open(OUTPUT) as f:
            if f.read() != text:
                print("%s is stale: run python -m ouro.modules._ast.gen_fromobj" % OUTPUT)
                return 1
        return 0
    with open(OUTPUT, "w") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
