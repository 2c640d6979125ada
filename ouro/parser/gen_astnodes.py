"""Build-time generator of ouro/parser/astnodes.py (runs on CPython 3.11).

    python -m ouro.parser.gen_astnodes            # rewrite astnodes.py
    python -m ouro.parser.gen_astnodes --check    # exit 1 if it is stale
    python -m ouro.parser.gen_astnodes --stdout   # print instead

Everything comes from introspecting the running interpreter's `ast` module,
so that our node classes are CPython's, class for class and field for field:

- the class hierarchy: `ast.AST.__subclasses__()`, recursively, in
  definition order; classes whose docstring says "Deprecated" (Num, Str,
  Index, Suite, AugLoad, ...) are left out;
- the fields, in order: `_fields`; their types: the signature in each
  class's `__doc__`, e.g. `BinOp(expr left, operator op, expr right)`, where
  `T?` is optional and `T*` a sequence;
- the attributes: `_attributes` (lineno, col_offset, end_lineno,
  end_col_offset), declared on the highest class that has them.

Type mapping (ASDL type -> RPy type):

    node type X        X;  X? -> X | None;  X* -> list[X]
    identifier, string str; ...? -> str | None; identifier* -> list[str]
    int                int (also int?, see below)
    constant           ConstValue (ouro/parser/constvalue.py)

Two deliberate deviations, both forced by RPy having no nullable int and
by CPython storing None in two sequences that the ASDL types as `expr*`:

- `int?` (ImportFrom.level) and the optional attributes end_lineno and
  end_col_offset are plain ints: our parser always sets them, as CPython's
  does.
- `Dict.keys` (None for `**d`) and `arguments.kw_defaults` (None for a
  keyword-only parameter without default) are `list[expr | None]`: see
  NULLABLE_ITEMS.  The stdlib round-trip test checks that no other list
  ever holds None.

The generated module also gets, for every class: `node_name()` (the class
name; a method, not a class constant: see the note in astnodes.py),
`walk_fields(v)` / `walk_attributes(v)` that report each
field to a FieldVisitor (a typed substitute for `_fields`/`getattr`, used by
dump), and `walkabout(visitor)` dispatching to `ASTVisitor.visit_<Name>`.
"""
from __future__ import annotations

import ast
import os
import re
import sys

OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "astnodes.py")
COMMAND = "python -m ouro.parser.gen_astnodes"

# sequences that CPython fills with None although the ASDL says `expr*`
NULLABLE_ITEMS = {("Dict", "keys"), ("arguments", "kw_defaults")}

BUILTIN_TYPES = {"identifier": "str", "string": "str", "int": "int",
                 "constant": "ConstValue"}

SIGNATURE = re.compile(r"^(\w+)(?:\((.*)\))?$")


class Field:
    """One field of a node class, as read from the class's signature."""

    def __init__(self, name: str, asdl_type: str, quantifier: str, nullable_items: bool) -> None:
        self.name = name
        self.asdl_type = asdl_type      # 'expr', 'identifier', ...
        self.quantifier = quantifier    # '', '?' or '*'
        self.nullable_items = nullable_items

    @property
    def is_node(self) -> bool:
        return self.asdl_type not in BUILTIN_TYPES

    def rpy_type(self) -> str:
        base = BUILTIN_TYPES.get(self.asdl_type, self.asdl_type)
        if self.name == self.asdl_type:
            # `pattern: pattern` in a class body: mypy would take the type
            # for the field itself; use the module-level alias `_pattern`
            base = "_" + base
        if self.quantifier == "*":
            if self.nullable_items:
                return "list[%s | None]" % base
            return "list[%s]" % base
        if self.quantifier == "?" and base != "int":
            return "%s | None" % base
        return base


class NodeClass:
    """One class of the ast module that we mirror."""

    def __init__(self, cls: type, parent: "NodeClass | None") -> None:
        self.cls = cls
        self.name = cls.__name__
        self.parent = parent
        self.children: list[NodeClass] = []
        self.fields: list[Field] = []
        self.attributes: list[str] = list(getattr(cls, "_attributes", ()))
        self.own_attributes: list[str] = []
        if parent is None or parent.attributes != self.attributes:
            self.own_attributes = list(self.attributes)
        self._read_signature()

    def _read_signature(self) -> None:
        fields = tuple(getattr(self.cls, "_fields"))
        if self.cls is ast.AST:
            return
        doc = (self.cls.__doc__ or "").strip()
        first = doc.split("\n")[0]
        if " = " in first:          # an abstract class: 'expr = BoolOp(...) | ...'
            assert not fields, self.name
            return
        m = SIGNATURE.match(first)
        assert m and m.group(1) == self.name, (self.name, doc)
        names = []
        if m.group(2):
            for part in m.group(2).split(", "):
                asdl_type, name = part.split(" ")
                quantifier = ""
                if asdl_type[-1] in "?*":
                    quantifier = asdl_type[-1]
                    asdl_type = asdl_type[:-1]
                self.fields.append(Field(name, asdl_type, quantifier,
                                         (self.name, name) in NULLABLE_ITEMS))
                names.append(name)
        assert tuple(names) == fields, (self.name, names, fields)

    @property
    def abstract(self) -> bool:
        return bool(self.children)


def is_deprecated(cls: type) -> bool:
    return (cls.__doc__ or "").startswith("Deprecated")


def collect() -> list[NodeClass]:
    """Every non-deprecated class of the ast module, parents first."""
    result: list[NodeClass] = []

    def visit(cls: type, parent: NodeClass | None) -> None:
        node = NodeClass(cls, parent)
        result.append(node)
        if parent is not None:
            parent.children.append(node)
        sub: type
        for sub in cls.__subclasses__():
            if sub.__module__ == "ast" and not is_deprecated(sub):
                visit(sub, node)

    visit(ast.AST, None)
    for node in result:
        for a in node.attributes:
            assert a in ("lineno", "col_offset", "end_lineno", "end_col_offset"), a
        for f in node.fields:
            assert f.asdl_type in BUILTIN_TYPES or any(
                n.name == f.asdl_type for n in result), f.asdl_type
    return result


def emit_class(node: NodeClass, out: list[str]) -> None:
    base = node.parent.name if node.parent is not None else None
    out.append("")
    out.append("")
    out.append("class %s%s:" % (node.name, "(%s)" % base if base else ""))
    if node.cls is ast.AST:
        out.append('    """Base class of every node."""')
    elif node.abstract:
        out.extend(wrap_words('Abstract: %s."""' % " | ".join(c.name for c in node.children),
                              '    """', "    "))
    else:
        sig = ", ".join("%s%s %s" % (f.asdl_type, f.quantifier, f.name) for f in node.fields)
        out.append('    """%s%s"""' % (node.name, "(%s)" % sig if node.fields else ""))
    for a in node.own_attributes:
        out.append("    %s: int" % a)
    for f in node.fields:
        out.append("    %s: %s" % (f.name, f.rpy_type()))

    if node.abstract or node.cls is ast.AST:
        emit_node_name(node, out)

    if node.cls is ast.AST:
        out.append("")
        out.append("    def walkabout(self, visitor: ASTVisitor) -> None:")
        out.append('        raise NotImplementedError("walkabout of an abstract node")')
        out.append("")
        out.append("    def walk_fields(self, v: FieldVisitor) -> None:")
        out.append("        pass")
        out.append("")
        out.append("    def walk_attributes(self, v: FieldVisitor) -> None:")
        out.append("        pass")

    if node.own_attributes:
        out.append("")
        out.append("    def walk_attributes(self, v: FieldVisitor) -> None:")
        for a in node.own_attributes:
            out.append("        v.integer(\"%s\", self.%s)" % (a, a))

    if node.abstract or node.cls is ast.AST:
        return

    params = ["self"] + ["%s: %s" % (f.name, f.rpy_type()) for f in node.fields]
    params += ["%s: int" % a for a in node.attributes]
    out.append("")
    header = "    def __init__(%s) -> None:" % ", ".join(params)
    out.extend(wrap_def(header))
    names = [f.name for f in node.fields] + node.attributes
    if not names:
        out.append("        pass")
    for name in names:
        out.append("        self.%s = %s" % (name, name))

    emit_node_name(node, out)
    out.append("")
    out.append("    def walkabout(self, visitor: ASTVisitor) -> None:")
    out.append("        visitor.visit_%s(self)" % node.name)

    if node.fields:
        out.append("")
        out.append("    def walk_fields(self, v: FieldVisitor) -> None:")
        for f in node.fields:
            out.extend(emit_walk_field(f))


def emit_node_name(node: NodeClass, out: list[str]) -> None:
    out.append("")
    out.append("    def node_name(self) -> str:")
    out.append("        return \"%s\"" % node.name)


def emit_walk_field(f: Field) -> list[str]:
    ref = "self.%s" % f.name
    optional = "True" if f.quantifier == "?" else "False"
    if f.quantifier == "*":
        # one loop variable per field: a variable has one type in RPy
        var = "%s_item" % f.name
        item = "v.list_node(%s)" % var if f.is_node else "v.list_string(%s)" % var
        assert f.is_node or f.asdl_type in ("identifier", "string"), f.asdl_type
        return ["        v.begin_list(\"%s\", len(%s))" % (f.name, ref),
                "        for %s in %s:" % (var, ref),
                "            %s" % item,
                "        v.end_list()"]
    if f.is_node:
        return ["        v.node(\"%s\", %s, %s)" % (f.name, ref, optional)]
    if f.asdl_type in ("identifier", "string"):
        return ["        v.string(\"%s\", %s, %s)" % (f.name, ref, optional)]
    if f.asdl_type == "int":
        return ["        v.integer(\"%s\", %s)" % (f.name, ref)]
    assert f.asdl_type == "constant" and f.quantifier == "", f.asdl_type
    return ["        v.constant(\"%s\", %s)" % (f.name, ref)]


def wrap_words(text: str, first: str, indent: str, width: int = 79) -> list[str]:
    """Split text at spaces into lines of at most `width` characters; the
    first line starts with `first`, the others with `indent`."""
    lines: list[str] = []
    words = text.split(" ")
    current = first + words[0]
    for word in words[1:]:
        if len(current) + 1 + len(word) > width:
            lines.append(current)
            current = indent + word
        else:
            current += " " + word
    lines.append(current)
    return lines


def wrap_def(line: str, width: int = 99) -> list[str]:
    """Split a long `def` line after commas, continuation lines aligned."""
    if len(line) <= width:
        return [line]
    indent = " " * (line.index("(") + 1)
    lines: list[str] = []
    current = ""
    for piece in line.split(", "):
        candidate = piece if not current else current + ", " + piece
        if current and len(candidate) > width:
            lines.append(current + ",")
            current = indent + piece
        else:
            current = candidate
    lines.append(current)
    return lines


FIELD_VISITOR = '''

class FieldVisitor:
    """Receives the fields of a node, in order, from `walk_fields` (and the
    attributes from `walk_attributes`).  `optional` is True for `T?`
    fields, whose None value CPython's ast.dump leaves out."""

    def node(self, name: str, value: AST | None, optional: bool) -> None:
        pass

    def string(self, name: str, value: str | None, optional: bool) -> None:
        pass

    def integer(self, name: str, value: int) -> None:
        pass

    def constant(self, name: str, value: ConstValue) -> None:
        pass

    def begin_list(self, name: str, length: int) -> None:
        pass

    def list_node(self, value: AST | None) -> None:
        pass

    def list_string(self, value: str) -> None:
        pass

    def end_list(self) -> None:
        pass'''


def emit_visitor(nodes: list[NodeClass], out: list[str]) -> None:
    out.append("")
    out.append("")
    out.append("class ASTVisitor:")
    out.append('    """`node.walkabout(visitor)` calls `visitor.visit_<ClassName>(node)`;')
    out.append('    each visit_X calls default_visitor unless overridden."""')
    out.append("")
    out.append("    def default_visitor(self, node: AST) -> None:")
    out.append("        pass")
    for node in nodes:
        if node.abstract or node.cls is ast.AST:
            continue
        out.append("")
        out.append("    def visit_%s(self, node: %s) -> None:" % (node.name, node.name))
        out.append("        self.default_visitor(node)")


def generate() -> str:
    nodes = collect()
    version = "%d.%d" % sys.version_info[:2]
    out = [
        "# GENERATED FILE -- do not edit.  Produced from CPython %s's `ast` module by" % version,
        "#     %s" % COMMAND,
        "# (see ouro/parser/gen_astnodes.py for how types are derived).",
        '"""The AST node classes of Python %s, in RPy.' % version,
        "",
        "One class per (non-deprecated) class of CPython's `ast` module, with the",
        "same name, the same base class, the same fields in the same order and the",
        "same attributes (lineno, col_offset, end_lineno, end_col_offset).  The",
        "constructor takes every field, then every attribute, positionally.",
        "",
        "Field types: node types as themselves (`X | None` when optional,",
        "`list[X]` for sequences), identifiers and strings as `str`, ints as",
        "`int` (also the optional `ImportFrom.level` and end positions, always",
        "set), `Constant.value` as a ConstValue (see ouro/parser/constvalue.py).",
        "`Dict.keys` and `arguments.kw_defaults` may hold None, as in CPython.",
        "",
        "Every class has `node_name()` (its name), `walk_fields(v)` and",
        "`walk_attributes(v)` (report fields to a FieldVisitor, in order), and",
        "concrete classes have `walkabout(visitor)` (calls",
        "`visitor.visit_<Name>(self)` on an ASTVisitor).  node_name is a method",
        "rather than a class constant because rpy computes the table of an",
        "overridden class constant from the subclasses known when the first",
        "read is annotated (subclasses seen later are missed).",
        '"""',
        "from __future__ import annotations",
        "",
        "from ouro.parser.constvalue import ConstValue",
    ]
    out.append(FIELD_VISITOR)
    for node in nodes:
        emit_class(node, out)
    emit_visitor(nodes, out)
    aliases = sorted({f.asdl_type for n in nodes for f in n.fields if f.name == f.asdl_type})
    if aliases:
        out.append("")
        out.append("")
        out.append("# names for the types of fields named like their type (match_case.pattern)")
        for a in aliases:
            out.append("_%s = %s" % (a, a))
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    if sys.version_info[:2] != (3, 11):
        print("gen_astnodes: run it with CPython 3.11 (ouro implements Python 3.11)")
        return 2
    text = generate()
    if "--stdout" in argv:
        sys.stdout.write(text)
        return 0
    old = None
    if os.path.exists(OUTPUT):
        with open(OUTPUT, encoding="utf-8") as f:
            old = f.read()
    if "--check" in argv:
        if old != text:
            print("%s is out of date: run %s" % (OUTPUT, COMMAND))
            return 1
        return 0
    if old != text:
        with open(OUTPUT, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote %s" % OUTPUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
