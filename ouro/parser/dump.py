"""`dump(node)`: the text CPython 3.11's `ast.dump(node, include_attributes=True)`
gives for the same tree.

The format (checked against CPython's ast.dump, not guessed):
- a node is `Name(field=value, ..., attribute=value, ...)`: every field in
  `_fields` order, then every attribute, each as `name=value`;
- an optional field (`T?`) that is None is left out; a sequence is
  `[a, b]`, `[]` when empty, and an item that is None shows as `None`;
- identifiers and strings are repr()s, ints plain, constants repr()s (see
  ConstValue: `1j`, `inf`, `b'\\x00'`, big ints exactly);
- separators are ', ' (dump without `indent`).
"""
from __future__ import annotations

from ouro.parser.astnodes import AST, FieldVisitor
from ouro.parser.constvalue import ConstValue


class Dumper(FieldVisitor):
    """Writes a node and its fields into `parts`."""
    parts: list[str]
    first: list[bool]   # per open node or list: no item written yet

    def __init__(self) -> None:
        self.parts = []
        self.first = []

    def emit_node(self, node: AST) -> None:
        self.parts.append(node.node_name())
        self.parts.append("(")
        self.first.append(True)
        node.walk_fields(self)
        node.walk_attributes(self)
        self.first.pop()
        self.parts.append(")")

    def separator(self) -> None:
        top = len(self.first) - 1
        if self.first[top]:
            self.first[top] = False
        else:
            self.parts.append(", ")

    def key(self, name: str) -> None:
        self.separator()
        self.parts.append(name)
        self.parts.append("=")

    def node(self, name: str, value: AST | None, optional: bool) -> None:
        if value is None:
            if not optional:
                self.key(name)
                self.parts.append("None")
            return
        self.key(name)
        self.emit_node(value)

    def string(self, name: str, value: str | None, optional: bool) -> None:
        if value is None:
            if not optional:
                self.key(name)
                self.parts.append("None")
            return
        self.key(name)
        self.parts.append(repr(value))

    def integer(self, name: str, value: int) -> None:
        self.key(name)
        self.parts.append(str(value))

    def constant(self, name: str, value: ConstValue) -> None:
        self.key(name)
        self.parts.append(repr(value))

    def begin_list(self, name: str, length: int) -> None:
        self.key(name)
        self.parts.append("[")
        self.first.append(True)

    def list_node(self, value: AST | None) -> None:
        self.separator()
        if value is None:
            self.parts.append("None")
        else:
            self.emit_node(value)

    def list_string(self, value: str) -> None:
        self.separator()
        self.parts.append(repr(value))

    def end_list(self) -> None:
        self.first.pop()
        self.parts.append("]")


def dump(node: AST) -> str:
    """ast.dump(node, include_attributes=True) of CPython 3.11."""
    d = Dumper()
    d.emit_node(node)
    return "".join(d.parts)
