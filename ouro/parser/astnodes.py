# GENERATED FILE -- do not edit.  Produced from CPython 3.11's `ast` module by
#     python -m ouro.parser.gen_astnodes
# (see ouro/parser/gen_astnodes.py for how types are derived).
"""The AST node classes of Python 3.11, in RPy.

One class per (non-deprecated) class of CPython's `ast` module, with the
same name, the same base class, the same fields in the same order and the
same attributes (lineno, col_offset, end_lineno, end_col_offset).  The
constructor takes every field, then every attribute, positionally.

Field types: node types as themselves (`X | None` when optional,
`list[X]` for sequences), identifiers and strings as `str`, ints as
`int` (also the optional `ImportFrom.level` and end positions, always
set), `Constant.value` as a ConstValue (see ouro/parser/constvalue.py).
`Dict.keys` and `arguments.kw_defaults` may hold None, as in CPython.

Every class has `node_name()` (its name), `walk_fields(v)` and
`walk_attributes(v)` (report fields to a FieldVisitor, in order), and
concrete classes have `walkabout(visitor)` (calls
`visitor.visit_<Name>(self)` on an ASTVisitor).  node_name is a method
rather than a class constant because rpy computes the table of an
overridden class constant from the subclasses known when the first
read is annotated (subclasses seen later are missed).
"""
from __future__ import annotations

from ouro.parser.constvalue import ConstValue


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
        pass


class AST:
    """Base class of every node."""

    def node_name(self) -> str:
        return "AST"

    def walkabout(self, visitor: ASTVisitor) -> None:
        raise NotImplementedError("walkabout of an abstract node")

    def walk_fields(self, v: FieldVisitor) -> None:
        pass

    def walk_attributes(self, v: FieldVisitor) -> None:
        pass


class mod(AST):
    """Abstract: Module | Interactive | Expression | FunctionType."""

    def node_name(self) -> str:
        return "mod"


class Module(mod):
    """Module(stmt* body, type_ignore* type_ignores)"""
    body: list[stmt]
    type_ignores: list[type_ignore]

    def __init__(self, body: list[stmt], type_ignores: list[type_ignore]) -> None:
        self.body = body
        self.type_ignores = type_ignores

    def node_name(self) -> str:
        return "Module"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Module(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()
        v.begin_list("type_ignores", len(self.type_ignores))
        for type_ignores_item in self.type_ignores:
            v.list_node(type_ignores_item)
        v.end_list()


class Interactive(mod):
    """Interactive(stmt* body)"""
    body: list[stmt]

    def __init__(self, body: list[stmt]) -> None:
        self.body = body

    def node_name(self) -> str:
        return "Interactive"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Interactive(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()


class Expression(mod):
    """Expression(expr body)"""
    body: expr

    def __init__(self, body: expr) -> None:
        self.body = body

    def node_name(self) -> str:
        return "Expression"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Expression(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("body", self.body, False)


class FunctionType(mod):
    """FunctionType(expr* argtypes, expr returns)"""
    argtypes: list[expr]
    returns: expr

    def __init__(self, argtypes: list[expr], returns: expr) -> None:
        self.argtypes = argtypes
        self.returns = returns

    def node_name(self) -> str:
        return "FunctionType"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_FunctionType(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("argtypes", len(self.argtypes))
        for argtypes_item in self.argtypes:
            v.list_node(argtypes_item)
        v.end_list()
        v.node("returns", self.returns, False)


class stmt(AST):
    """Abstract: FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete |
    Assign | AugAssign | AnnAssign | For | AsyncFor | While | If | With |
    AsyncWith | Match | Raise | Try | TryStar | Assert | Import | ImportFrom |
    Global | Nonlocal | Expr | Pass | Break | Continue."""
    lineno: int
    col_offset: int
    end_lineno: int
    end_col_offset: int

    def node_name(self) -> str:
        return "stmt"

    def walk_attributes(self, v: FieldVisitor) -> None:
        v.integer("lineno", self.lineno)
        v.integer("col_offset", self.col_offset)
        v.integer("end_lineno", self.end_lineno)
        v.integer("end_col_offset", self.end_col_offset)


class FunctionDef(stmt):
    """FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)"""
    name: str
    args: arguments
    body: list[stmt]
    decorator_list: list[expr]
    returns: expr | None
    type_comment: str | None

    def __init__(self, name: str, args: arguments, body: list[stmt], decorator_list: list[expr],
                 returns: expr | None, type_comment: str | None, lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.name = name
        self.args = args
        self.body = body
        self.decorator_list = decorator_list
        self.returns = returns
        self.type_comment = type_comment
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "FunctionDef"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_FunctionDef(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.string("name", self.name, False)
        v.node("args", self.args, False)
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()
        v.begin_list("decorator_list", len(self.decorator_list))
        for decorator_list_item in self.decorator_list:
            v.list_node(decorator_list_item)
        v.end_list()
        v.node("returns", self.returns, True)
        v.string("type_comment", self.type_comment, True)


class AsyncFunctionDef(stmt):
    """AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)"""
    name: str
    args: arguments
    body: list[stmt]
    decorator_list: list[expr]
    returns: expr | None
    type_comment: str | None

    def __init__(self, name: str, args: arguments, body: list[stmt], decorator_list: list[expr],
                 returns: expr | None, type_comment: str | None, lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.name = name
        self.args = args
        self.body = body
        self.decorator_list = decorator_list
        self.returns = returns
        self.type_comment = type_comment
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "AsyncFunctionDef"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_AsyncFunctionDef(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.string("name", self.name, False)
        v.node("args", self.args, False)
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()
        v.begin_list("decorator_list", len(self.decorator_list))
        for decorator_list_item in self.decorator_list:
            v.list_node(decorator_list_item)
        v.end_list()
        v.node("returns", self.returns, True)
        v.string("type_comment", self.type_comment, True)


class ClassDef(stmt):
    """ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)"""
    name: str
    bases: list[expr]
    keywords: list[keyword]
    body: list[stmt]
    decorator_list: list[expr]

    def __init__(self, name: str, bases: list[expr], keywords: list[keyword], body: list[stmt],
                 decorator_list: list[expr], lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorator_list = decorator_list
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "ClassDef"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_ClassDef(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.string("name", self.name, False)
        v.begin_list("bases", len(self.bases))
        for bases_item in self.bases:
            v.list_node(bases_item)
        v.end_list()
        v.begin_list("keywords", len(self.keywords))
        for keywords_item in self.keywords:
            v.list_node(keywords_item)
        v.end_list()
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()
        v.begin_list("decorator_list", len(self.decorator_list))
        for decorator_list_item in self.decorator_list:
            v.list_node(decorator_list_item)
        v.end_list()


class Return(stmt):
    """Return(expr? value)"""
    value: expr | None

    def __init__(self, value: expr | None, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Return"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Return(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("value", self.value, True)


class Delete(stmt):
    """Delete(expr* targets)"""
    targets: list[expr]

    def __init__(self, targets: list[expr], lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.targets = targets
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Delete"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Delete(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("targets", len(self.targets))
        for targets_item in self.targets:
            v.list_node(targets_item)
        v.end_list()


class Assign(stmt):
    """Assign(expr* targets, expr value, string? type_comment)"""
    targets: list[expr]
    value: expr
    type_comment: str | None

    def __init__(self, targets: list[expr], value: expr, type_comment: str | None, lineno: int,
                 col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.targets = targets
        self.value = value
        self.type_comment = type_comment
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Assign"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Assign(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("targets", len(self.targets))
        for targets_item in self.targets:
            v.list_node(targets_item)
        v.end_list()
        v.node("value", self.value, False)
        v.string("type_comment", self.type_comment, True)


class AugAssign(stmt):
    """AugAssign(expr target, operator op, expr value)"""
    target: expr
    op: operator
    value: expr

    def __init__(self, target: expr, op: operator, value: expr, lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.target = target
        self.op = op
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "AugAssign"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_AugAssign(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("target", self.target, False)
        v.node("op", self.op, False)
        v.node("value", self.value, False)


class AnnAssign(stmt):
    """AnnAssign(expr target, expr annotation, expr? value, int simple)"""
    target: expr
    annotation: expr
    value: expr | None
    simple: int

    def __init__(self, target: expr, annotation: expr, value: expr | None, simple: int, lineno: int,
                 col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.target = target
        self.annotation = annotation
        self.value = value
        self.simple = simple
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "AnnAssign"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_AnnAssign(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("target", self.target, False)
        v.node("annotation", self.annotation, False)
        v.node("value", self.value, True)
        v.integer("simple", self.simple)


class For(stmt):
    """For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"""
    target: expr
    iter: expr
    body: list[stmt]
    orelse: list[stmt]
    type_comment: str | None

    def __init__(self, target: expr, iter: expr, body: list[stmt], orelse: list[stmt],
                 type_comment: str | None, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse
        self.type_comment = type_comment
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "For"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_For(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("target", self.target, False)
        v.node("iter", self.iter, False)
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()
        v.begin_list("orelse", len(self.orelse))
        for orelse_item in self.orelse:
            v.list_node(orelse_item)
        v.end_list()
        v.string("type_comment", self.type_comment, True)


class AsyncFor(stmt):
    """AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"""
    target: expr
    iter: expr
    body: list[stmt]
    orelse: list[stmt]
    type_comment: str | None

    def __init__(self, target: expr, iter: expr, body: list[stmt], orelse: list[stmt],
                 type_comment: str | None, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse
        self.type_comment = type_comment
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "AsyncFor"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_AsyncFor(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("target", self.target, False)
        v.node("iter", self.iter, False)
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()
        v.begin_list("orelse", len(self.orelse))
        for orelse_item in self.orelse:
            v.list_node(orelse_item)
        v.end_list()
        v.string("type_comment", self.type_comment, True)


class While(stmt):
    """While(expr test, stmt* body, stmt* orelse)"""
    test: expr
    body: list[stmt]
    orelse: list[stmt]

    def __init__(self, test: expr, body: list[stmt], orelse: list[stmt], lineno: int,
                 col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "While"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_While(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("test", self.test, False)
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()
        v.begin_list("orelse", len(self.orelse))
        for orelse_item in self.orelse:
            v.list_node(orelse_item)
        v.end_list()


class If(stmt):
    """If(expr test, stmt* body, stmt* orelse)"""
    test: expr
    body: list[stmt]
    orelse: list[stmt]

    def __init__(self, test: expr, body: list[stmt], orelse: list[stmt], lineno: int,
                 col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "If"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_If(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("test", self.test, False)
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()
        v.begin_list("orelse", len(self.orelse))
        for orelse_item in self.orelse:
            v.list_node(orelse_item)
        v.end_list()


class With(stmt):
    """With(withitem* items, stmt* body, string? type_comment)"""
    items: list[withitem]
    body: list[stmt]
    type_comment: str | None

    def __init__(self, items: list[withitem], body: list[stmt], type_comment: str | None,
                 lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.items = items
        self.body = body
        self.type_comment = type_comment
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "With"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_With(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("items", len(self.items))
        for items_item in self.items:
            v.list_node(items_item)
        v.end_list()
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()
        v.string("type_comment", self.type_comment, True)


class AsyncWith(stmt):
    """AsyncWith(withitem* items, stmt* body, string? type_comment)"""
    items: list[withitem]
    body: list[stmt]
    type_comment: str | None

    def __init__(self, items: list[withitem], body: list[stmt], type_comment: str | None,
                 lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.items = items
        self.body = body
        self.type_comment = type_comment
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "AsyncWith"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_AsyncWith(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("items", len(self.items))
        for items_item in self.items:
            v.list_node(items_item)
        v.end_list()
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()
        v.string("type_comment", self.type_comment, True)


class Match(stmt):
    """Match(expr subject, match_case* cases)"""
    subject: expr
    cases: list[match_case]

    def __init__(self, subject: expr, cases: list[match_case], lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.subject = subject
        self.cases = cases
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Match"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Match(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("subject", self.subject, False)
        v.begin_list("cases", len(self.cases))
        for cases_item in self.cases:
            v.list_node(cases_item)
        v.end_list()


class Raise(stmt):
    """Raise(expr? exc, expr? cause)"""
    exc: expr | None
    cause: expr | None

    def __init__(self, exc: expr | None, cause: expr | None, lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.exc = exc
        self.cause = cause
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Raise"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Raise(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("exc", self.exc, True)
        v.node("cause", self.cause, True)


class Try(stmt):
    """Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"""
    body: list[stmt]
    handlers: list[excepthandler]
    orelse: list[stmt]
    finalbody: list[stmt]

    def __init__(self, body: list[stmt], handlers: list[excepthandler], orelse: list[stmt],
                 finalbody: list[stmt], lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.finalbody = finalbody
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Try"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Try(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()
        v.begin_list("handlers", len(self.handlers))
        for handlers_item in self.handlers:
            v.list_node(handlers_item)
        v.end_list()
        v.begin_list("orelse", len(self.orelse))
        for orelse_item in self.orelse:
            v.list_node(orelse_item)
        v.end_list()
        v.begin_list("finalbody", len(self.finalbody))
        for finalbody_item in self.finalbody:
            v.list_node(finalbody_item)
        v.end_list()


class TryStar(stmt):
    """TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"""
    body: list[stmt]
    handlers: list[excepthandler]
    orelse: list[stmt]
    finalbody: list[stmt]

    def __init__(self, body: list[stmt], handlers: list[excepthandler], orelse: list[stmt],
                 finalbody: list[stmt], lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.finalbody = finalbody
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "TryStar"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_TryStar(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()
        v.begin_list("handlers", len(self.handlers))
        for handlers_item in self.handlers:
            v.list_node(handlers_item)
        v.end_list()
        v.begin_list("orelse", len(self.orelse))
        for orelse_item in self.orelse:
            v.list_node(orelse_item)
        v.end_list()
        v.begin_list("finalbody", len(self.finalbody))
        for finalbody_item in self.finalbody:
            v.list_node(finalbody_item)
        v.end_list()


class Assert(stmt):
    """Assert(expr test, expr? msg)"""
    test: expr
    msg: expr | None

    def __init__(self, test: expr, msg: expr | None, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.test = test
        self.msg = msg
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Assert"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Assert(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("test", self.test, False)
        v.node("msg", self.msg, True)


class Import(stmt):
    """Import(alias* names)"""
    names: list[alias]

    def __init__(self, names: list[alias], lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.names = names
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Import"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Import(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("names", len(self.names))
        for names_item in self.names:
            v.list_node(names_item)
        v.end_list()


class ImportFrom(stmt):
    """ImportFrom(identifier? module, alias* names, int? level)"""
    module: str | None
    names: list[alias]
    level: int

    def __init__(self, module: str | None, names: list[alias], level: int, lineno: int,
                 col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.module = module
        self.names = names
        self.level = level
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "ImportFrom"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_ImportFrom(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.string("module", self.module, True)
        v.begin_list("names", len(self.names))
        for names_item in self.names:
            v.list_node(names_item)
        v.end_list()
        v.integer("level", self.level)


class Global(stmt):
    """Global(identifier* names)"""
    names: list[str]

    def __init__(self, names: list[str], lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.names = names
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Global"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Global(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("names", len(self.names))
        for names_item in self.names:
            v.list_string(names_item)
        v.end_list()


class Nonlocal(stmt):
    """Nonlocal(identifier* names)"""
    names: list[str]

    def __init__(self, names: list[str], lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.names = names
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Nonlocal"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Nonlocal(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("names", len(self.names))
        for names_item in self.names:
            v.list_string(names_item)
        v.end_list()


class Expr(stmt):
    """Expr(expr value)"""
    value: expr

    def __init__(self, value: expr, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Expr"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Expr(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("value", self.value, False)


class Pass(stmt):
    """Pass"""

    def __init__(self, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Pass"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Pass(self)


class Break(stmt):
    """Break"""

    def __init__(self, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Break"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Break(self)


class Continue(stmt):
    """Continue"""

    def __init__(self, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Continue"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Continue(self)


class expr(AST):
    """Abstract: BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict |
    Set | ListComp | SetComp | DictComp | GeneratorExp | Await | Yield |
    YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant |
    Attribute | Subscript | Starred | Name | List | Tuple | Slice."""
    lineno: int
    col_offset: int
    end_lineno: int
    end_col_offset: int

    def node_name(self) -> str:
        return "expr"

    def walk_attributes(self, v: FieldVisitor) -> None:
        v.integer("lineno", self.lineno)
        v.integer("col_offset", self.col_offset)
        v.integer("end_lineno", self.end_lineno)
        v.integer("end_col_offset", self.end_col_offset)


class BoolOp(expr):
    """BoolOp(boolop op, expr* values)"""
    op: boolop
    values: list[expr]

    def __init__(self, op: boolop, values: list[expr], lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.op = op
        self.values = values
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "BoolOp"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_BoolOp(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("op", self.op, False)
        v.begin_list("values", len(self.values))
        for values_item in self.values:
            v.list_node(values_item)
        v.end_list()


class NamedExpr(expr):
    """NamedExpr(expr target, expr value)"""
    target: expr
    value: expr

    def __init__(self, target: expr, value: expr, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.target = target
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "NamedExpr"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_NamedExpr(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("target", self.target, False)
        v.node("value", self.value, False)


class BinOp(expr):
    """BinOp(expr left, operator op, expr right)"""
    left: expr
    op: operator
    right: expr

    def __init__(self, left: expr, op: operator, right: expr, lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.left = left
        self.op = op
        self.right = right
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "BinOp"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_BinOp(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("left", self.left, False)
        v.node("op", self.op, False)
        v.node("right", self.right, False)


class UnaryOp(expr):
    """UnaryOp(unaryop op, expr operand)"""
    op: unaryop
    operand: expr

    def __init__(self, op: unaryop, operand: expr, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.op = op
        self.operand = operand
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "UnaryOp"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_UnaryOp(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("op", self.op, False)
        v.node("operand", self.operand, False)


class Lambda(expr):
    """Lambda(arguments args, expr body)"""
    args: arguments
    body: expr

    def __init__(self, args: arguments, body: expr, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.args = args
        self.body = body
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Lambda"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Lambda(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("args", self.args, False)
        v.node("body", self.body, False)


class IfExp(expr):
    """IfExp(expr test, expr body, expr orelse)"""
    test: expr
    body: expr
    orelse: expr

    def __init__(self, test: expr, body: expr, orelse: expr, lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "IfExp"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_IfExp(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("test", self.test, False)
        v.node("body", self.body, False)
        v.node("orelse", self.orelse, False)


class Dict(expr):
    """Dict(expr* keys, expr* values)"""
    keys: list[expr | None]
    values: list[expr]

    def __init__(self, keys: list[expr | None], values: list[expr], lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.keys = keys
        self.values = values
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Dict"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Dict(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("keys", len(self.keys))
        for keys_item in self.keys:
            v.list_node(keys_item)
        v.end_list()
        v.begin_list("values", len(self.values))
        for values_item in self.values:
            v.list_node(values_item)
        v.end_list()


class Set(expr):
    """Set(expr* elts)"""
    elts: list[expr]

    def __init__(self, elts: list[expr], lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.elts = elts
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Set"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Set(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("elts", len(self.elts))
        for elts_item in self.elts:
            v.list_node(elts_item)
        v.end_list()


class ListComp(expr):
    """ListComp(expr elt, comprehension* generators)"""
    elt: expr
    generators: list[comprehension]

    def __init__(self, elt: expr, generators: list[comprehension], lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.elt = elt
        self.generators = generators
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "ListComp"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_ListComp(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("elt", self.elt, False)
        v.begin_list("generators", len(self.generators))
        for generators_item in self.generators:
            v.list_node(generators_item)
        v.end_list()


class SetComp(expr):
    """SetComp(expr elt, comprehension* generators)"""
    elt: expr
    generators: list[comprehension]

    def __init__(self, elt: expr, generators: list[comprehension], lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.elt = elt
        self.generators = generators
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "SetComp"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_SetComp(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("elt", self.elt, False)
        v.begin_list("generators", len(self.generators))
        for generators_item in self.generators:
            v.list_node(generators_item)
        v.end_list()


class DictComp(expr):
    """DictComp(expr key, expr value, comprehension* generators)"""
    key: expr
    value: expr
    generators: list[comprehension]

    def __init__(self, key: expr, value: expr, generators: list[comprehension], lineno: int,
                 col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.key = key
        self.value = value
        self.generators = generators
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "DictComp"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_DictComp(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("key", self.key, False)
        v.node("value", self.value, False)
        v.begin_list("generators", len(self.generators))
        for generators_item in self.generators:
            v.list_node(generators_item)
        v.end_list()


class GeneratorExp(expr):
    """GeneratorExp(expr elt, comprehension* generators)"""
    elt: expr
    generators: list[comprehension]

    def __init__(self, elt: expr, generators: list[comprehension], lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.elt = elt
        self.generators = generators
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "GeneratorExp"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_GeneratorExp(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("elt", self.elt, False)
        v.begin_list("generators", len(self.generators))
        for generators_item in self.generators:
            v.list_node(generators_item)
        v.end_list()


class Await(expr):
    """Await(expr value)"""
    value: expr

    def __init__(self, value: expr, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Await"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Await(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("value", self.value, False)


class Yield(expr):
    """Yield(expr? value)"""
    value: expr | None

    def __init__(self, value: expr | None, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Yield"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Yield(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("value", self.value, True)


class YieldFrom(expr):
    """YieldFrom(expr value)"""
    value: expr

    def __init__(self, value: expr, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "YieldFrom"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_YieldFrom(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("value", self.value, False)


class Compare(expr):
    """Compare(expr left, cmpop* ops, expr* comparators)"""
    left: expr
    ops: list[cmpop]
    comparators: list[expr]

    def __init__(self, left: expr, ops: list[cmpop], comparators: list[expr], lineno: int,
                 col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.left = left
        self.ops = ops
        self.comparators = comparators
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Compare"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Compare(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("left", self.left, False)
        v.begin_list("ops", len(self.ops))
        for ops_item in self.ops:
            v.list_node(ops_item)
        v.end_list()
        v.begin_list("comparators", len(self.comparators))
        for comparators_item in self.comparators:
            v.list_node(comparators_item)
        v.end_list()


class Call(expr):
    """Call(expr func, expr* args, keyword* keywords)"""
    func: expr
    args: list[expr]
    keywords: list[keyword]

    def __init__(self, func: expr, args: list[expr], keywords: list[keyword], lineno: int,
                 col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.func = func
        self.args = args
        self.keywords = keywords
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Call"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Call(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("func", self.func, False)
        v.begin_list("args", len(self.args))
        for args_item in self.args:
            v.list_node(args_item)
        v.end_list()
        v.begin_list("keywords", len(self.keywords))
        for keywords_item in self.keywords:
            v.list_node(keywords_item)
        v.end_list()


class FormattedValue(expr):
    """FormattedValue(expr value, int conversion, expr? format_spec)"""
    value: expr
    conversion: int
    format_spec: expr | None

    def __init__(self, value: expr, conversion: int, format_spec: expr | None, lineno: int,
                 col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.value = value
        self.conversion = conversion
        self.format_spec = format_spec
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "FormattedValue"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_FormattedValue(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("value", self.value, False)
        v.integer("conversion", self.conversion)
        v.node("format_spec", self.format_spec, True)


class JoinedStr(expr):
    """JoinedStr(expr* values)"""
    values: list[expr]

    def __init__(self, values: list[expr], lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.values = values
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "JoinedStr"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_JoinedStr(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("values", len(self.values))
        for values_item in self.values:
            v.list_node(values_item)
        v.end_list()


class Constant(expr):
    """Constant(constant value, string? kind)"""
    value: ConstValue
    kind: str | None

    def __init__(self, value: ConstValue, kind: str | None, lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.value = value
        self.kind = kind
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Constant"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Constant(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.constant("value", self.value)
        v.string("kind", self.kind, True)


class Attribute(expr):
    """Attribute(expr value, identifier attr, expr_context ctx)"""
    value: expr
    attr: str
    ctx: expr_context

    def __init__(self, value: expr, attr: str, ctx: expr_context, lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.value = value
        self.attr = attr
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Attribute"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Attribute(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("value", self.value, False)
        v.string("attr", self.attr, False)
        v.node("ctx", self.ctx, False)


class Subscript(expr):
    """Subscript(expr value, expr slice, expr_context ctx)"""
    value: expr
    slice: expr
    ctx: expr_context

    def __init__(self, value: expr, slice: expr, ctx: expr_context, lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.value = value
        self.slice = slice
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Subscript"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Subscript(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("value", self.value, False)
        v.node("slice", self.slice, False)
        v.node("ctx", self.ctx, False)


class Starred(expr):
    """Starred(expr value, expr_context ctx)"""
    value: expr
    ctx: expr_context

    def __init__(self, value: expr, ctx: expr_context, lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.value = value
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Starred"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Starred(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("value", self.value, False)
        v.node("ctx", self.ctx, False)


class Name(expr):
    """Name(identifier id, expr_context ctx)"""
    id: str
    ctx: expr_context

    def __init__(self, id: str, ctx: expr_context, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.id = id
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Name"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Name(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.string("id", self.id, False)
        v.node("ctx", self.ctx, False)


class List(expr):
    """List(expr* elts, expr_context ctx)"""
    elts: list[expr]
    ctx: expr_context

    def __init__(self, elts: list[expr], ctx: expr_context, lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.elts = elts
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "List"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_List(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("elts", len(self.elts))
        for elts_item in self.elts:
            v.list_node(elts_item)
        v.end_list()
        v.node("ctx", self.ctx, False)


class Tuple(expr):
    """Tuple(expr* elts, expr_context ctx)"""
    elts: list[expr]
    ctx: expr_context

    def __init__(self, elts: list[expr], ctx: expr_context, lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.elts = elts
        self.ctx = ctx
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Tuple"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Tuple(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("elts", len(self.elts))
        for elts_item in self.elts:
            v.list_node(elts_item)
        v.end_list()
        v.node("ctx", self.ctx, False)


class Slice(expr):
    """Slice(expr? lower, expr? upper, expr? step)"""
    lower: expr | None
    upper: expr | None
    step: expr | None

    def __init__(self, lower: expr | None, upper: expr | None, step: expr | None, lineno: int,
                 col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.lower = lower
        self.upper = upper
        self.step = step
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "Slice"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Slice(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("lower", self.lower, True)
        v.node("upper", self.upper, True)
        v.node("step", self.step, True)


class expr_context(AST):
    """Abstract: Load | Store | Del."""

    def node_name(self) -> str:
        return "expr_context"


class Load(expr_context):
    """Load"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Load"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Load(self)


class Store(expr_context):
    """Store"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Store"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Store(self)


class Del(expr_context):
    """Del"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Del"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Del(self)


class boolop(AST):
    """Abstract: And | Or."""

    def node_name(self) -> str:
        return "boolop"


class And(boolop):
    """And"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "And"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_And(self)


class Or(boolop):
    """Or"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Or"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Or(self)


class operator(AST):
    """Abstract: Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift
    | BitOr | BitXor | BitAnd | FloorDiv."""

    def node_name(self) -> str:
        return "operator"


class Add(operator):
    """Add"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Add"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Add(self)


class Sub(operator):
    """Sub"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Sub"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Sub(self)


class Mult(operator):
    """Mult"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Mult"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Mult(self)


class MatMult(operator):
    """MatMult"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "MatMult"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_MatMult(self)


class Div(operator):
    """Div"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Div"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Div(self)


class Mod(operator):
    """Mod"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Mod"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Mod(self)


class Pow(operator):
    """Pow"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Pow"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Pow(self)


class LShift(operator):
    """LShift"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "LShift"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_LShift(self)


class RShift(operator):
    """RShift"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "RShift"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_RShift(self)


class BitOr(operator):
    """BitOr"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "BitOr"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_BitOr(self)


class BitXor(operator):
    """BitXor"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "BitXor"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_BitXor(self)


class BitAnd(operator):
    """BitAnd"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "BitAnd"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_BitAnd(self)


class FloorDiv(operator):
    """FloorDiv"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "FloorDiv"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_FloorDiv(self)


class unaryop(AST):
    """Abstract: Invert | Not | UAdd | USub."""

    def node_name(self) -> str:
        return "unaryop"


class Invert(unaryop):
    """Invert"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Invert"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Invert(self)


class Not(unaryop):
    """Not"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Not"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Not(self)


class UAdd(unaryop):
    """UAdd"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "UAdd"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_UAdd(self)


class USub(unaryop):
    """USub"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "USub"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_USub(self)


class cmpop(AST):
    """Abstract: Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn."""

    def node_name(self) -> str:
        return "cmpop"


class Eq(cmpop):
    """Eq"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Eq"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Eq(self)


class NotEq(cmpop):
    """NotEq"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "NotEq"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_NotEq(self)


class Lt(cmpop):
    """Lt"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Lt"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Lt(self)


class LtE(cmpop):
    """LtE"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "LtE"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_LtE(self)


class Gt(cmpop):
    """Gt"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Gt"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Gt(self)


class GtE(cmpop):
    """GtE"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "GtE"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_GtE(self)


class Is(cmpop):
    """Is"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "Is"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_Is(self)


class IsNot(cmpop):
    """IsNot"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "IsNot"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_IsNot(self)


class In(cmpop):
    """In"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "In"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_In(self)


class NotIn(cmpop):
    """NotIn"""

    def __init__(self) -> None:
        pass

    def node_name(self) -> str:
        return "NotIn"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_NotIn(self)


class comprehension(AST):
    """comprehension(expr target, expr iter, expr* ifs, int is_async)"""
    target: expr
    iter: expr
    ifs: list[expr]
    is_async: int

    def __init__(self, target: expr, iter: expr, ifs: list[expr], is_async: int) -> None:
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.is_async = is_async

    def node_name(self) -> str:
        return "comprehension"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_comprehension(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("target", self.target, False)
        v.node("iter", self.iter, False)
        v.begin_list("ifs", len(self.ifs))
        for ifs_item in self.ifs:
            v.list_node(ifs_item)
        v.end_list()
        v.integer("is_async", self.is_async)


class excepthandler(AST):
    """Abstract: ExceptHandler."""
    lineno: int
    col_offset: int
    end_lineno: int
    end_col_offset: int

    def node_name(self) -> str:
        return "excepthandler"

    def walk_attributes(self, v: FieldVisitor) -> None:
        v.integer("lineno", self.lineno)
        v.integer("col_offset", self.col_offset)
        v.integer("end_lineno", self.end_lineno)
        v.integer("end_col_offset", self.end_col_offset)


class ExceptHandler(excepthandler):
    """ExceptHandler(expr? type, identifier? name, stmt* body)"""
    type: expr | None
    name: str | None
    body: list[stmt]

    def __init__(self, type: expr | None, name: str | None, body: list[stmt], lineno: int,
                 col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.type = type
        self.name = name
        self.body = body
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "ExceptHandler"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_ExceptHandler(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("type", self.type, True)
        v.string("name", self.name, True)
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()


class arguments(AST):
    """arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)"""
    posonlyargs: list[arg]
    args: list[arg]
    vararg: arg | None
    kwonlyargs: list[arg]
    kw_defaults: list[expr | None]
    kwarg: arg | None
    defaults: list[expr]

    def __init__(self, posonlyargs: list[arg], args: list[arg], vararg: arg | None,
                 kwonlyargs: list[arg], kw_defaults: list[expr | None], kwarg: arg | None,
                 defaults: list[expr]) -> None:
        self.posonlyargs = posonlyargs
        self.args = args
        self.vararg = vararg
        self.kwonlyargs = kwonlyargs
        self.kw_defaults = kw_defaults
        self.kwarg = kwarg
        self.defaults = defaults

    def node_name(self) -> str:
        return "arguments"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_arguments(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("posonlyargs", len(self.posonlyargs))
        for posonlyargs_item in self.posonlyargs:
            v.list_node(posonlyargs_item)
        v.end_list()
        v.begin_list("args", len(self.args))
        for args_item in self.args:
            v.list_node(args_item)
        v.end_list()
        v.node("vararg", self.vararg, True)
        v.begin_list("kwonlyargs", len(self.kwonlyargs))
        for kwonlyargs_item in self.kwonlyargs:
            v.list_node(kwonlyargs_item)
        v.end_list()
        v.begin_list("kw_defaults", len(self.kw_defaults))
        for kw_defaults_item in self.kw_defaults:
            v.list_node(kw_defaults_item)
        v.end_list()
        v.node("kwarg", self.kwarg, True)
        v.begin_list("defaults", len(self.defaults))
        for defaults_item in self.defaults:
            v.list_node(defaults_item)
        v.end_list()


class arg(AST):
    """arg(identifier arg, expr? annotation, string? type_comment)"""
    lineno: int
    col_offset: int
    end_lineno: int
    end_col_offset: int
    arg: str
    annotation: expr | None
    type_comment: str | None

    def walk_attributes(self, v: FieldVisitor) -> None:
        v.integer("lineno", self.lineno)
        v.integer("col_offset", self.col_offset)
        v.integer("end_lineno", self.end_lineno)
        v.integer("end_col_offset", self.end_col_offset)

    def __init__(self, arg: str, annotation: expr | None, type_comment: str | None, lineno: int,
                 col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.arg = arg
        self.annotation = annotation
        self.type_comment = type_comment
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "arg"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_arg(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.string("arg", self.arg, False)
        v.node("annotation", self.annotation, True)
        v.string("type_comment", self.type_comment, True)


class keyword(AST):
    """keyword(identifier? arg, expr value)"""
    lineno: int
    col_offset: int
    end_lineno: int
    end_col_offset: int
    arg: str | None
    value: expr

    def walk_attributes(self, v: FieldVisitor) -> None:
        v.integer("lineno", self.lineno)
        v.integer("col_offset", self.col_offset)
        v.integer("end_lineno", self.end_lineno)
        v.integer("end_col_offset", self.end_col_offset)

    def __init__(self, arg: str | None, value: expr, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.arg = arg
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "keyword"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_keyword(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.string("arg", self.arg, True)
        v.node("value", self.value, False)


class alias(AST):
    """alias(identifier name, identifier? asname)"""
    lineno: int
    col_offset: int
    end_lineno: int
    end_col_offset: int
    name: str
    asname: str | None

    def walk_attributes(self, v: FieldVisitor) -> None:
        v.integer("lineno", self.lineno)
        v.integer("col_offset", self.col_offset)
        v.integer("end_lineno", self.end_lineno)
        v.integer("end_col_offset", self.end_col_offset)

    def __init__(self, name: str, asname: str | None, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.name = name
        self.asname = asname
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "alias"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_alias(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.string("name", self.name, False)
        v.string("asname", self.asname, True)


class withitem(AST):
    """withitem(expr context_expr, expr? optional_vars)"""
    context_expr: expr
    optional_vars: expr | None

    def __init__(self, context_expr: expr, optional_vars: expr | None) -> None:
        self.context_expr = context_expr
        self.optional_vars = optional_vars

    def node_name(self) -> str:
        return "withitem"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_withitem(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("context_expr", self.context_expr, False)
        v.node("optional_vars", self.optional_vars, True)


class match_case(AST):
    """match_case(pattern pattern, expr? guard, stmt* body)"""
    pattern: _pattern
    guard: expr | None
    body: list[stmt]

    def __init__(self, pattern: _pattern, guard: expr | None, body: list[stmt]) -> None:
        self.pattern = pattern
        self.guard = guard
        self.body = body

    def node_name(self) -> str:
        return "match_case"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_match_case(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("pattern", self.pattern, False)
        v.node("guard", self.guard, True)
        v.begin_list("body", len(self.body))
        for body_item in self.body:
            v.list_node(body_item)
        v.end_list()


class pattern(AST):
    """Abstract: MatchValue | MatchSingleton | MatchSequence | MatchMapping |
    MatchClass | MatchStar | MatchAs | MatchOr."""
    lineno: int
    col_offset: int
    end_lineno: int
    end_col_offset: int

    def node_name(self) -> str:
        return "pattern"

    def walk_attributes(self, v: FieldVisitor) -> None:
        v.integer("lineno", self.lineno)
        v.integer("col_offset", self.col_offset)
        v.integer("end_lineno", self.end_lineno)
        v.integer("end_col_offset", self.end_col_offset)


class MatchValue(pattern):
    """MatchValue(expr value)"""
    value: expr

    def __init__(self, value: expr, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "MatchValue"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_MatchValue(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("value", self.value, False)


class MatchSingleton(pattern):
    """MatchSingleton(constant value)"""
    value: ConstValue

    def __init__(self, value: ConstValue, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.value = value
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "MatchSingleton"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_MatchSingleton(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.constant("value", self.value)


class MatchSequence(pattern):
    """MatchSequence(pattern* patterns)"""
    patterns: list[pattern]

    def __init__(self, patterns: list[pattern], lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.patterns = patterns
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "MatchSequence"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_MatchSequence(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("patterns", len(self.patterns))
        for patterns_item in self.patterns:
            v.list_node(patterns_item)
        v.end_list()


class MatchMapping(pattern):
    """MatchMapping(expr* keys, pattern* patterns, identifier? rest)"""
    keys: list[expr]
    patterns: list[pattern]
    rest: str | None

    def __init__(self, keys: list[expr], patterns: list[pattern], rest: str | None, lineno: int,
                 col_offset: int, end_lineno: int, end_col_offset: int) -> None:
        self.keys = keys
        self.patterns = patterns
        self.rest = rest
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "MatchMapping"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_MatchMapping(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("keys", len(self.keys))
        for keys_item in self.keys:
            v.list_node(keys_item)
        v.end_list()
        v.begin_list("patterns", len(self.patterns))
        for patterns_item in self.patterns:
            v.list_node(patterns_item)
        v.end_list()
        v.string("rest", self.rest, True)


class MatchClass(pattern):
    """MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)"""
    cls: expr
    patterns: list[pattern]
    kwd_attrs: list[str]
    kwd_patterns: list[pattern]

    def __init__(self, cls: expr, patterns: list[pattern], kwd_attrs: list[str],
                 kwd_patterns: list[pattern], lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.cls = cls
        self.patterns = patterns
        self.kwd_attrs = kwd_attrs
        self.kwd_patterns = kwd_patterns
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "MatchClass"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_MatchClass(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("cls", self.cls, False)
        v.begin_list("patterns", len(self.patterns))
        for patterns_item in self.patterns:
            v.list_node(patterns_item)
        v.end_list()
        v.begin_list("kwd_attrs", len(self.kwd_attrs))
        for kwd_attrs_item in self.kwd_attrs:
            v.list_string(kwd_attrs_item)
        v.end_list()
        v.begin_list("kwd_patterns", len(self.kwd_patterns))
        for kwd_patterns_item in self.kwd_patterns:
            v.list_node(kwd_patterns_item)
        v.end_list()


class MatchStar(pattern):
    """MatchStar(identifier? name)"""
    name: str | None

    def __init__(self, name: str | None, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.name = name
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "MatchStar"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_MatchStar(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.string("name", self.name, True)


class MatchAs(pattern):
    """MatchAs(pattern? pattern, identifier? name)"""
    pattern: _pattern | None
    name: str | None

    def __init__(self, pattern: _pattern | None, name: str | None, lineno: int, col_offset: int,
                 end_lineno: int, end_col_offset: int) -> None:
        self.pattern = pattern
        self.name = name
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "MatchAs"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_MatchAs(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.node("pattern", self.pattern, True)
        v.string("name", self.name, True)


class MatchOr(pattern):
    """MatchOr(pattern* patterns)"""
    patterns: list[pattern]

    def __init__(self, patterns: list[pattern], lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.patterns = patterns
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset

    def node_name(self) -> str:
        return "MatchOr"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_MatchOr(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.begin_list("patterns", len(self.patterns))
        for patterns_item in self.patterns:
            v.list_node(patterns_item)
        v.end_list()


class type_ignore(AST):
    """Abstract: TypeIgnore."""

    def node_name(self) -> str:
        return "type_ignore"


class TypeIgnore(type_ignore):
    """TypeIgnore(int lineno, string tag)"""
    lineno: int
    tag: str

    def __init__(self, lineno: int, tag: str) -> None:
        self.lineno = lineno
        self.tag = tag

    def node_name(self) -> str:
        return "TypeIgnore"

    def walkabout(self, visitor: ASTVisitor) -> None:
        visitor.visit_TypeIgnore(self)

    def walk_fields(self, v: FieldVisitor) -> None:
        v.integer("lineno", self.lineno)
        v.string("tag", self.tag, False)


class ASTVisitor:
    """`node.walkabout(visitor)` calls `visitor.visit_<ClassName>(node)`;
    each visit_X calls default_visitor unless overridden."""

    def default_visitor(self, node: AST) -> None:
        pass

    def visit_Module(self, node: Module) -> None:
        self.default_visitor(node)

    def visit_Interactive(self, node: Interactive) -> None:
        self.default_visitor(node)

    def visit_Expression(self, node: Expression) -> None:
        self.default_visitor(node)

    def visit_FunctionType(self, node: FunctionType) -> None:
        self.default_visitor(node)

    def visit_FunctionDef(self, node: FunctionDef) -> None:
        self.default_visitor(node)

    def visit_AsyncFunctionDef(self, node: AsyncFunctionDef) -> None:
        self.default_visitor(node)

    def visit_ClassDef(self, node: ClassDef) -> None:
        self.default_visitor(node)

    def visit_Return(self, node: Return) -> None:
        self.default_visitor(node)

    def visit_Delete(self, node: Delete) -> None:
        self.default_visitor(node)

    def visit_Assign(self, node: Assign) -> None:
        self.default_visitor(node)

    def visit_AugAssign(self, node: AugAssign) -> None:
        self.default_visitor(node)

    def visit_AnnAssign(self, node: AnnAssign) -> None:
        self.default_visitor(node)

    def visit_For(self, node: For) -> None:
        self.default_visitor(node)

    def visit_AsyncFor(self, node: AsyncFor) -> None:
        self.default_visitor(node)

    def visit_While(self, node: While) -> None:
        self.default_visitor(node)

    def visit_If(self, node: If) -> None:
        self.default_visitor(node)

    def visit_With(self, node: With) -> None:
        self.default_visitor(node)

    def visit_AsyncWith(self, node: AsyncWith) -> None:
        self.default_visitor(node)

    def visit_Match(self, node: Match) -> None:
        self.default_visitor(node)

    def visit_Raise(self, node: Raise) -> None:
        self.default_visitor(node)

    def visit_Try(self, node: Try) -> None:
        self.default_visitor(node)

    def visit_TryStar(self, node: TryStar) -> None:
        self.default_visitor(node)

    def visit_Assert(self, node: Assert) -> None:
        self.default_visitor(node)

    def visit_Import(self, node: Import) -> None:
        self.default_visitor(node)

    def visit_ImportFrom(self, node: ImportFrom) -> None:
        self.default_visitor(node)

    def visit_Global(self, node: Global) -> None:
        self.default_visitor(node)

    def visit_Nonlocal(self, node: Nonlocal) -> None:
        self.default_visitor(node)

    def visit_Expr(self, node: Expr) -> None:
        self.default_visitor(node)

    def visit_Pass(self, node: Pass) -> None:
        self.default_visitor(node)

    def visit_Break(self, node: Break) -> None:
        self.default_visitor(node)

    def visit_Continue(self, node: Continue) -> None:
        self.default_visitor(node)

    def visit_BoolOp(self, node: BoolOp) -> None:
        self.default_visitor(node)

    def visit_NamedExpr(self, node: NamedExpr) -> None:
        self.default_visitor(node)

    def visit_BinOp(self, node: BinOp) -> None:
        self.default_visitor(node)

    def visit_UnaryOp(self, node: UnaryOp) -> None:
        self.default_visitor(node)

    def visit_Lambda(self, node: Lambda) -> None:
        self.default_visitor(node)

    def visit_IfExp(self, node: IfExp) -> None:
        self.default_visitor(node)

    def visit_Dict(self, node: Dict) -> None:
        self.default_visitor(node)

    def visit_Set(self, node: Set) -> None:
        self.default_visitor(node)

    def visit_ListComp(self, node: ListComp) -> None:
        self.default_visitor(node)

    def visit_SetComp(self, node: SetComp) -> None:
        self.default_visitor(node)

    def visit_DictComp(self, node: DictComp) -> None:
        self.default_visitor(node)

    def visit_GeneratorExp(self, node: GeneratorExp) -> None:
        self.default_visitor(node)

    def visit_Await(self, node: Await) -> None:
        self.default_visitor(node)

    def visit_Yield(self, node: Yield) -> None:
        self.default_visitor(node)

    def visit_YieldFrom(self, node: YieldFrom) -> None:
        self.default_visitor(node)

    def visit_Compare(self, node: Compare) -> None:
        self.default_visitor(node)

    def visit_Call(self, node: Call) -> None:
        self.default_visitor(node)

    def visit_FormattedValue(self, node: FormattedValue) -> None:
        self.default_visitor(node)

    def visit_JoinedStr(self, node: JoinedStr) -> None:
        self.default_visitor(node)

    def visit_Constant(self, node: Constant) -> None:
        self.default_visitor(node)

    def visit_Attribute(self, node: Attribute) -> None:
        self.default_visitor(node)

    def visit_Subscript(self, node: Subscript) -> None:
        self.default_visitor(node)

    def visit_Starred(self, node: Starred) -> None:
        self.default_visitor(node)

    def visit_Name(self, node: Name) -> None:
        self.default_visitor(node)

    def visit_List(self, node: List) -> None:
        self.default_visitor(node)

    def visit_Tuple(self, node: Tuple) -> None:
        self.default_visitor(node)

    def visit_Slice(self, node: Slice) -> None:
        self.default_visitor(node)

    def visit_Load(self, node: Load) -> None:
        self.default_visitor(node)

    def visit_Store(self, node: Store) -> None:
        self.default_visitor(node)

    def visit_Del(self, node: Del) -> None:
        self.default_visitor(node)

    def visit_And(self, node: And) -> None:
        self.default_visitor(node)

    def visit_Or(self, node: Or) -> None:
        self.default_visitor(node)

    def visit_Add(self, node: Add) -> None:
        self.default_visitor(node)

    def visit_Sub(self, node: Sub) -> None:
        self.default_visitor(node)

    def visit_Mult(self, node: Mult) -> None:
        self.default_visitor(node)

    def visit_MatMult(self, node: MatMult) -> None:
        self.default_visitor(node)

    def visit_Div(self, node: Div) -> None:
        self.default_visitor(node)

    def visit_Mod(self, node: Mod) -> None:
        self.default_visitor(node)

    def visit_Pow(self, node: Pow) -> None:
        self.default_visitor(node)

    def visit_LShift(self, node: LShift) -> None:
        self.default_visitor(node)

    def visit_RShift(self, node: RShift) -> None:
        self.default_visitor(node)

    def visit_BitOr(self, node: BitOr) -> None:
        self.default_visitor(node)

    def visit_BitXor(self, node: BitXor) -> None:
        self.default_visitor(node)

    def visit_BitAnd(self, node: BitAnd) -> None:
        self.default_visitor(node)

    def visit_FloorDiv(self, node: FloorDiv) -> None:
        self.default_visitor(node)

    def visit_Invert(self, node: Invert) -> None:
        self.default_visitor(node)

    def visit_Not(self, node: Not) -> None:
        self.default_visitor(node)

    def visit_UAdd(self, node: UAdd) -> None:
        self.default_visitor(node)

    def visit_USub(self, node: USub) -> None:
        self.default_visitor(node)

    def visit_Eq(self, node: Eq) -> None:
        self.default_visitor(node)

    def visit_NotEq(self, node: NotEq) -> None:
        self.default_visitor(node)

    def visit_Lt(self, node: Lt) -> None:
        self.default_visitor(node)

    def visit_LtE(self, node: LtE) -> None:
        self.default_visitor(node)

    def visit_Gt(self, node: Gt) -> None:
        self.default_visitor(node)

    def visit_GtE(self, node: GtE) -> None:
        self.default_visitor(node)

    def visit_Is(self, node: Is) -> None:
        self.default_visitor(node)

    def visit_IsNot(self, node: IsNot) -> None:
        self.default_visitor(node)

    def visit_In(self, node: In) -> None:
        self.default_visitor(node)

    def visit_NotIn(self, node: NotIn) -> None:
        self.default_visitor(node)

    def visit_comprehension(self, node: comprehension) -> None:
        self.default_visitor(node)

    def visit_ExceptHandler(self, node: ExceptHandler) -> None:
        self.default_visitor(node)

    def visit_arguments(self, node: arguments) -> None:
        self.default_visitor(node)

    def visit_arg(self, node: arg) -> None:
        self.default_visitor(node)

    def visit_keyword(self, node: keyword) -> None:
        self.default_visitor(node)

    def visit_alias(self, node: alias) -> None:
        self.default_visitor(node)

    def visit_withitem(self, node: withitem) -> None:
        self.default_visitor(node)

    def visit_match_case(self, node: match_case) -> None:
        self.default_visitor(node)

    def visit_MatchValue(self, node: MatchValue) -> None:
        self.default_visitor(node)

    def visit_MatchSingleton(self, node: MatchSingleton) -> None:
        self.default_visitor(node)

    def visit_MatchSequence(self, node: MatchSequence) -> None:
        self.default_visitor(node)

    def visit_MatchMapping(self, node: MatchMapping) -> None:
        self.default_visitor(node)

    def visit_MatchClass(self, node: MatchClass) -> None:
        self.default_visitor(node)

    def visit_MatchStar(self, node: MatchStar) -> None:
        self.default_visitor(node)

    def visit_MatchAs(self, node: MatchAs) -> None:
        self.default_visitor(node)

    def visit_MatchOr(self, node: MatchOr) -> None:
        self.default_visitor(node)

    def visit_TypeIgnore(self, node: TypeIgnore) -> None:
        self.default_visitor(node)


# names for the types of fields named like their type (match_case.pattern)
_pattern = pattern
