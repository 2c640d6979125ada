"""compile(..., PyCF_ONLY_AST): the RPy AST of ouro/parser (astnodes.py)
as instances of the `_ast` classes (CPython's ast2obj).

A FieldVisitor walks each node's fields and attributes in order and sets
them on a fresh instance of the node's class: nodes become instances,
lists become lists, identifiers and strings str (None when absent),
constants Python objects (pycode.const_to_w).  The fieldless nodes of
expr_context, boolop, operator, unaryop and cmpop are shared instances, as
in CPython (`Load()` in every Name).
"""
from __future__ import annotations

from ouro.compiler import opcodes as op
from ouro.compiler.code import CodeObject
from ouro.compiler.codegen import Compiler, compile_module, future_import_nodes
from ouro.compiler.symtable import build_symtable, future_annotations
from ouro.interpreter import frame as framemod
from ouro.interpreter import importing
from ouro.interpreter.pycode import PyCode, W_CodeConst, const_to_w
from ouro.modules._ast import fromobj
from ouro.modules._ast.frompy import FromPython
from ouro.modules._ast.validate import validate_mod
from ouro.modules._ast.module import PyCF_ONLY_AST, SINGLETON_NAMES, TYPES, w_AST
from ouro.objspace.exceptions import operr, w_TypeError, w_ValueError
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.maps import new_instance
from ouro.objspace.objectobject import W_Instance
from ouro.objspace.strobject import W_StrObject
from ouro.parser import astnodes as ast
from ouro.parser.constvalue import ConstValue
from ouro.parser.errors import SourceError
from ouro.parser.parser import parse


class Singletons:
    w_by_name: dict[str, W_Root]

    def __init__(self) -> None:
        self.w_by_name = {}


SINGLETONS = Singletons()


class ToPython(ast.FieldVisitor):
    """ast2obj: one node (and its subtree) to Python objects."""
    objects: list[W_Instance]        # the nodes being filled, innermost last
    lists: list[list[W_Root]]        # the lists being filled
    list_names: list[str]

    def __init__(self) -> None:
        self.objects = []
        self.lists = []
        self.list_names = []

    def convert(self, node: ast.AST) -> W_Root:
        name = node.node_name()
        if name in SINGLETON_NAMES:
            if name not in SINGLETONS.w_by_name:
                SINGLETONS.w_by_name[name] = W_Instance(TYPES[name])
            return SINGLETONS.w_by_name[name]
        # sized by the node class's attribute count (fields and positions)
        w_obj: W_Instance = new_instance(TYPES[name])
        self.objects.append(w_obj)
        node.walk_fields(self)
        node.walk_attributes(self)
        self.objects.pop()
        return w_obj

    def set(self, name: str, w_value: W_Root) -> None:
        self.objects[len(self.objects) - 1].setdictvalue(name, w_value)

    def node(self, name: str, value: ast.AST | None, optional: bool) -> None:
        self.set(name, w_None if value is None else self.convert(value))

    def string(self, name: str, value: str | None, optional: bool) -> None:
        self.set(name, w_None if value is None else W_StrObject(value))

    def integer(self, name: str, value: int) -> None:
        self.set(name, wrap_int(value))

    def constant(self, name: str, value: ConstValue) -> None:
        self.set(name, const_to_w(value))

    def begin_list(self, name: str, length: int) -> None:
        self.lists.append([])
        self.list_names.append(name)

    def list_node(self, value: ast.AST | None) -> None:
        w = w_None if value is None else self.convert(value)
        self.lists[len(self.lists) - 1].append(w)

    def list_string(self, value: str) -> None:
        self.lists[len(self.lists) - 1].append(W_StrObject(value))

    def end_list(self) -> None:
        items_w = self.lists.pop()
        name = self.list_names.pop()
        self.set(name, W_ListObject(items_w))


def to_python(node: ast.AST) -> W_Root:
    return ToPython().convert(node)


def parse_mode(raw: bytes, filename: str, mode: str) -> ast.AST:
    """The tree of compile(raw, filename, mode, PyCF_ONLY_AST); raises
    SourceError."""
    module = parse(raw, False, False, True, filename)
    if mode == "exec":
        return module
    if mode == "single":
        return ast.Interactive(module.body)
    # eval: one expression (as compile_eval checks it)
    body = module.body
    if len(body) != 1 or not isinstance(body[0], ast.Expr):
        lineno = 1
        col = 0
        if len(body) > 0:
            first = body[0]
            lineno = first.lineno
            col = first.col_offset
            if len(body) > 1 and isinstance(first, ast.Expr):
                lineno = body[1].lineno
                col = body[1].col_offset
        raise SourceError("SyntaxError", "invalid syntax", lineno, col + 1, lineno, col + 2, None)
    stmt = body[0]
    assert isinstance(stmt, ast.Expr)
    return ast.Expression(stmt.value)


def source_to_ast(raw: bytes, filename: str, mode: str) -> W_Root:
    """compile(source, filename, mode, PyCF_ONLY_AST)."""
    if mode != "exec" and mode != "eval" and mode != "single":
        if mode == "func_type":
            raise operr(w_ValueError, "compile() mode 'func_type' is not supported yet")
        raise operr(w_ValueError,
                    "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    try:
        tree = parse_mode(raw, filename, mode)
    except SourceError as e:
        importing.emit_compile_warnings()
        if e.text is None:
            lines = raw.split(b"\n")
            if 1 <= e.lineno <= len(lines):
                try:
                    e.text = lines[e.lineno - 1].decode() + "\n"
                except UnicodeDecodeError:
                    e.text = None
        raise framemod.syntax_error_from(e, filename)
    importing.emit_compile_warnings()
    return to_python(tree)


def is_ast(w_obj: W_Root) -> bool:
    return w_obj.getclass().issubtype(w_AST)


# -- compile(tree, filename, mode): obj2ast, then the compiler

MODE_NODES = {"exec": "Module", "eval": "Expression", "single": "Interactive",
              "func_type": "FunctionType"}


def compile_ast(w_tree: W_Root, filename: str, mode: str) -> W_Root:
    if mode not in MODE_NODES:
        raise operr(w_ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
    expected = MODE_NODES[mode]
    c = FromPython()
    if c.node_class_name(w_tree) != expected:
        raise operr(w_TypeError, "expected %s node, got %s" % (expected, type_name(w_tree)))
    tree = fromobj.convert_node(c, w_tree, "mod")
    validate_mod(tree)
    try:
        if isinstance(tree, ast.Module):
            co = compile_module(tree, filename)
        elif isinstance(tree, ast.Expression):
            co = compile_expression(tree, filename)
        elif isinstance(tree, ast.Interactive):
            co = compile_interactive(tree, filename)
        else:
            raise operr(w_ValueError, "compile() mode 'func_type' is not supported yet")
    except SourceError as e:
        importing.emit_compile_warnings()
        raise framemod.syntax_error_from(e, filename)
    importing.emit_compile_warnings()
    return W_CodeConst(PyCode(co))


def compile_expression(tree: ast.Expression, filename: str) -> CodeObject:
    """compile_eval of ouro/compiler/codegen.py, from a tree."""
    value = tree.body
    stmt = ast.Expr(value, value.lineno, value.col_offset, value.end_lineno,
                    value.end_col_offset)
    module = ast.Module([stmt], [])
    c = Compiler(filename, build_symtable(module), False)
    c.set_position(stmt)
    c.visit_expr(value)
    c.emit(op.RETURN_VALUE)
    return c.make_code()


def compile_interactive(tree: ast.Interactive, filename: str) -> CodeObject:
    """compile_single of ouro/compiler/codegen.py, from a tree."""
    module = ast.Module(tree.body, [])
    c = Compiler(filename, build_symtable(module), future_annotations(module))
    c.future_nodes = future_import_nodes(module)
    c.interactive = True
    c.set_no_position()
    for s in module.body:
        c.visit_stmt(s)
    return c.make_code()


_unused = [PyCF_ONLY_AST]     # compile() reads it from here
