"""The symbol-table pass: scopes and symbol flags, as CPython 3.11's symtable.c.

`build_symtable(module)` walks a parsed Module (ouro.parser.astnodes) and
returns the module's Scope, whose `children` are the function (and lambda),
class and comprehension scopes in CPython's order.  Each Scope maps its
(mangled) names to CPython's raw flag words: the DEF_* bits of the first
pass, and the scope (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL)
at SCOPE_OFFSET after the analysis pass -- the values `_symtable` reports.
`Scope.lookup(name)` gives a Symbol with the predicates of CPython's
`symtable.Symbol` (is_local, is_free, ...), and a function Scope has
get_parameters/get_locals/get_globals/get_frees/get_nonlocals.

Errors CPython's symtable raises (duplicate arguments, misplaced
global/nonlocal, walrus conflicts in comprehensions, `import *` in a
function, ...) are raised as SourceError with CPython's message, line and
offset (text None: the caller may fill it in); so are the errors of
CPython's future.c, which `symtable.symtable()` reports too (an unknown
`__future__` feature; end_offset -1 for these, None in CPython).

The one ordering CPython leaves to chance: free variables that a scope only
passes through to its children are appended to its symbols in set order
(string hashes); here they are appended sorted by name.
`format_symtable(scope)` prints the tables in a fixed textual format (the
pass-through names last, sorted), which tests/ouro/test_symtable.py also
produces from CPython's `symtable` module.
"""
from __future__ import annotations

from ouro.parser import astnodes as ast
from ouro.parser.constvalue import ConstStr
from ouro.parser.errors import SourceError

# symbol flags (Include/internal/pycore_symtable.h)
DEF_GLOBAL = 1
DEF_LOCAL = 2
DEF_PARAM = 4
DEF_NONLOCAL = 8
USE = 16
DEF_FREE = 32
DEF_FREE_CLASS = 64
DEF_IMPORT = 128
DEF_ANNOT = 256
DEF_COMP_ITER = 512
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

SCOPE_OFFSET = 11
SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL

LOCAL = 1
GLOBAL_EXPLICIT = 2
GLOBAL_IMPLICIT = 3
FREE = 4
CELL = 5

# block types
FUNCTION_BLOCK = 0
CLASS_BLOCK = 1
MODULE_BLOCK = 2
ANNOTATION_BLOCK = 3

# comprehension kinds
NO_COMPREHENSION = 0
LIST_COMPREHENSION = 1
DICT_COMPREHENSION = 2
SET_COMPREHENSION = 3
GENERATOR_EXPRESSION = 4



def syntax_error(msg: str, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> SourceError:
    """CPython's PyErr_RangedSyntaxLocationObject(col_offset + 1, ...)."""
    return SourceError("SyntaxError", msg, lineno, col_offset + 1, end_lineno,
                       end_col_offset + 1, None)


def mangle(private: str | None, name: str) -> str:
    """CPython's _Py_Mangle: `__x` in class C becomes `_C__x`."""
    if private is None:
        return name
    n = len(name)
    if n < 2 or name[0] != "_" or name[1] != "_":
        return name
    if (name[n - 1] == "_" and name[n - 2] == "_") or name.find(".") >= 0:
        return name
    i = 0
    while i < len(private) and private[i] == "_":
        i += 1
    if i == len(private):
        return name
    return "_" + private[i:] + name


class Directive:
    """A global/nonlocal declaration (or a walrus's implicit one), for
    error locations found by the analysis pass."""
    name: str
    lineno: int
    col_offset: int
    end_lineno: int
    end_col_offset: int

    def __init__(self, name: str, lineno: int, col_offset: int, end_lineno: int,
                 end_col_offset: int) -> None:
        self.name = name
        self.lineno = lineno
        self.col_offset = col_offset
        self.end_lineno = end_lineno
        self.end_col_offset = end_col_offset


class Symbol:
    """One name of a Scope, with the predicates of CPython's symtable.Symbol."""
    name: str
    flags: int
    scope: int
    namespaces: int
    module_scope: bool

    def __init__(self, name: str, flags: int, namespaces: int, module_scope: bool) -> None:
        self.name = name
        self.flags = flags
        self.scope = (flags >> SCOPE_OFFSET) & SCOPE_MASK
        self.namespaces = namespaces
        self.module_scope = module_scope

    def is_referenced(self) -> bool:
        return (self.flags & USE) != 0

    def is_parameter(self) -> bool:
        return (self.flags & DEF_PARAM) != 0

    def is_global(self) -> bool:
        return (self.scope == GLOBAL_IMPLICIT or self.scope == GLOBAL_EXPLICIT
                or (self.module_scope and (self.flags & DEF_BOUND) != 0))

    def is_nonlocal(self) -> bool:
        return (self.flags & DEF_NONLOCAL) != 0

    def is_declared_global(self) -> bool:
        return self.scope == GLOBAL_EXPLICIT

    def is_local(self) -> bool:
        return (self.scope == LOCAL or self.scope == CELL
                or (self.module_scope and (self.flags & DEF_BOUND) != 0))

    def is_annotated(self) -> bool:
        return (self.flags & DEF_ANNOT) != 0

    def is_free(self) -> bool:
        return self.scope == FREE

    def is_imported(self) -> bool:
        return (self.flags & DEF_IMPORT) != 0

    def is_assigned(self) -> bool:
        return (self.flags & DEF_LOCAL) != 0

    def is_namespace(self) -> bool:
        return self.namespaces > 0


class Scope:
    """One symbol table entry (CPython's PySTEntryObject)."""
    name: str
    block_type: int
    lineno: int
    col_offset: int
    symbols: dict[str, int]
    varnames: list[str]
    children: list[Scope]
    directives: list[Directive]
    nested: bool
    free: bool
    child_free: bool
    generator: bool
    coroutine: bool
    comprehension: int
    comp_iter_target: bool
    comp_iter_expr: int
    needs_class_closure: bool
    node: ast.AST | None     # the node that opened the scope (None for the module)

    def __init__(self, name: str, block_type: int, lineno: int, col_offset: int) -> None:
        self.name = name
        self.block_type = block_type
        self.lineno = lineno
        self.col_offset = col_offset
        self.symbols = {}
        self.varnames = []
        self.children = []
        self.directives = []
        self.nested = False
        self.free = False
        self.child_free = False
        self.generator = False
        self.coroutine = False
        self.comprehension = NO_COMPREHENSION
        self.comp_iter_target = False
        self.comp_iter_expr = 0
        self.needs_class_closure = False
        self.node = None

    # -- the interface of CPython's symtable.SymbolTable / Function / Class

    def get_type(self) -> str:
        if self.block_type == FUNCTION_BLOCK:
            return "function"
        if self.block_type == CLASS_BLOCK:
            return "class"
        return "module"

    def get_name(self) -> str:
        return self.name

    def get_lineno(self) -> int:
        return self.lineno

    def is_optimized(self) -> bool:
        return self.block_type == FUNCTION_BLOCK

    def is_nested(self) -> bool:
        return self.nested

    def has_children(self) -> bool:
        return len(self.children) > 0

    def get_identifiers(self) -> list[str]:
        result: list[str] = []
        for name in self.symbols:
            result.append(name)
        return result

    def lookup(self, name: str) -> Symbol:
        """Raises KeyError for a name that is not in the table."""
        flags = self.symbols[name]
        count = 0
        for child in self.children:
            if child.name == name:
                count += 1
        # CPython's symtable.py decides "module scope" by the table's name,
        # so a function named `top` counts as one too: mirrored on purpose
        return Symbol(name, flags, count, self.name == "top")

    def _idents_with_flags(self, mask: int) -> list[str]:
        result: list[str] = []
        for name, flags in self.symbols.items():
            if flags & mask:
                result.append(name)
        return result

    def _idents_in_scopes(self, scope1: int, scope2: int) -> list[str]:
        result: list[str] = []
        for name, flags in self.symbols.items():
            scope = (flags >> SCOPE_OFFSET) & SCOPE_MASK
            if scope == scope1 or scope == scope2:
                result.append(name)
        return result

    def get_parameters(self) -> list[str]:
        return self._idents_with_flags(DEF_PARAM)

    def get_locals(self) -> list[str]:
        return self._idents_in_scopes(LOCAL, CELL)

    def get_globals(self) -> list[str]:
        return self._idents_in_scopes(GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)

    def get_nonlocals(self) -> list[str]:
        return self._idents_with_flags(DEF_NONLOCAL)

    def get_frees(self) -> list[str]:
        return self._idents_in_scopes(FREE, FREE)

    def get_methods(self) -> list[str]:
        """Class scopes: the names of the child scopes, without repeats."""
        seen: dict[str, bool] = {}
        result: list[str] = []
        for child in self.children:
            if child.name not in seen:
                seen[child.name] = True
                result.append(child.name)
        return result


def _is_docstring(s: ast.stmt) -> bool:
    if isinstance(s, ast.Expr):
        value = s.value
        if isinstance(value, ast.Constant):
            return isinstance(value.value, ConstStr)
    return False


FUTURE_FEATURES = ["nested_scopes", "generators", "division", "absolute_import",
                   "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
                   "generator_stop", "annotations"]


def future_annotations(module: ast.Module) -> bool:
    """True if the module starts with `from __future__ import annotations`
    (after an optional docstring), as CPython's future.c (future_parse)
    finds it; raises its errors: an unknown feature, `braces`, and a future
    import after another statement on the same line (a later future import
    on a later line is the compiler's error)."""
    body = module.body
    i = 0
    if len(body) > 0 and _is_docstring(body[0]):
        i = 1
    done = False
    prev_line = 0
    found = False
    while i < len(body):
        s = body[i]
        i += 1
        if done and s.lineno > prev_line:
            break
        prev_line = s.lineno
        if isinstance(s, ast.ImportFrom) and s.module is not None and s.module == "__future__":
            if done:
                raise SourceError("SyntaxError",
                                  "from __future__ imports must occur at the beginning of the file",
                                  s.lineno, s.col_offset, s.lineno, -1, None)  # sic: no + 1
            for a in s.names:
                if a.name == "annotations":
                    found = True
                elif a.name == "braces":
                    raise SourceError("SyntaxError", "not a chance", s.lineno, s.col_offset + 1,
                                      s.lineno, -1, None)
                elif a.name not in FUTURE_FEATURES:
                    raise SourceError("SyntaxError", "future feature %s is not defined" % a.name,
                                      s.lineno, s.col_offset + 1, s.lineno, -1, None)
        else:
            done = True
    return found


class SymtableBuilder(ast.ASTVisitor):
    """The first pass (symtable_visit_*): records every name's DEF_* flags
    in the scope that sees it, and creates the child scopes."""
    stack: list[Scope]
    cur: Scope
    top: Scope
    private: str | None
    future_annotations: bool

    def __init__(self, future_annotations: bool) -> None:
        self.top = Scope("top", MODULE_BLOCK, 0, 0)
        self.cur = self.top
        self.stack = [self.top]
        self.private = None
        self.future_annotations = future_annotations

    # -- scopes

    def enter_block(self, name: str, block_type: int, lineno: int, col_offset: int,
                    node: ast.AST | None) -> None:
        ste = Scope(name, block_type, lineno, col_offset)
        ste.node = node
        prev = self.cur
        if prev.nested or prev.block_type == FUNCTION_BLOCK:
            ste.nested = True
        ste.comp_iter_expr = prev.comp_iter_expr
        self.stack.append(ste)
        self.cur = ste
        if block_type != ANNOTATION_BLOCK:
            prev.children.append(ste)

    def exit_block(self) -> None:
        self.stack.pop()
        self.cur = self.stack[len(self.stack) - 1]

    # -- definitions

    def add_def_helper(self, name: str, flag: int, ste: Scope, lineno: int, col_offset: int,
                       end_lineno: int, end_col_offset: int) -> None:
        mangled = mangle(self.private, name)
        if mangled in ste.symbols:
            val = ste.symbols[mangled]
            if (flag & DEF_PARAM) and (val & DEF_PARAM):
                raise syntax_error("duplicate argument '%s' in function definition" % name, lineno, col_offset,
                                   end_lineno, end_col_offset)
            val |= flag
        else:
            val = flag
        if ste.comp_iter_target:
            if val & (DEF_GLOBAL | DEF_NONLOCAL):
                raise syntax_error(("comprehension inner loop cannot rebind assignment expression target '%s'"
                                   % name), lineno,
                                   col_offset, end_lineno, end_col_offset)
            val |= DEF_COMP_ITER
        ste.symbols[mangled] = val
        if flag & DEF_PARAM:
            ste.varnames.append(mangled)
        elif flag & DEF_GLOBAL:
            g = self.top.symbols
            if mangled in g:
                g[mangled] = g[mangled] | flag
            else:
                g[mangled] = flag

    def add_def(self, name: str, flag: int, lineno: int, col_offset: int, end_lineno: int,
                end_col_offset: int) -> None:
        self.add_def_helper(name, flag, self.cur, lineno, col_offset, end_lineno,
                            end_col_offset)

    def lookup(self, name: str) -> int:
        mangled = mangle(self.private, name)
        return self.cur.symbols.get(mangled, 0)

    def record_directive(self, name: str, lineno: int, col_offset: int, end_lineno: int,
                         end_col_offset: int) -> None:
        self.cur.directives.append(Directive(mangle(self.private, name), lineno, col_offset,
                                             end_lineno, end_col_offset))

    # -- sequences

    def visit_stmts(self, stmts: list[ast.stmt]) -> None:
        for s in stmts:
            s.walkabout(self)

    def visit_exprs(self, exprs: list[ast.expr]) -> None:
        for e in exprs:
            e.walkabout(self)

    def visit_optional_exprs(self, exprs: list[ast.expr | None]) -> None:
        for e in exprs:
            if e is not None:
                e.walkabout(self)

    def visit_optional(self, e: ast.expr | None) -> None:
        if e is not None:
            e.walkabout(self)

    def visit_keywords(self, keywords: list[ast.keyword]) -> None:
        for k in keywords:
            k.value.walkabout(self)

    def visit_patterns(self, patterns: list[ast.pattern]) -> None:
        for p in patterns:
            p.walkabout(self)

    # -- functions and classes

    def visit_annotation(self, annotation: ast.expr) -> None:
        if self.future_annotations:
            self.enter_block("_annotation", ANNOTATION_BLOCK, annotation.lineno,
                             annotation.col_offset, None)
        annotation.walkabout(self)
        if self.future_annotations:
            self.exit_block()

    def visit_argannotations(self, args: list[ast.arg]) -> None:
        for a in args:
            annotation = a.annotation
            if annotation is not None:
                annotation.walkabout(self)

    def visit_annotations(self, s: ast.stmt, a: ast.arguments, returns: ast.expr | None) -> None:
        if self.future_annotations:
            self.enter_block("_annotation", ANNOTATION_BLOCK, s.lineno, s.col_offset, None)
        self.visit_argannotations(a.posonlyargs)
        self.visit_argannotations(a.args)
        vararg = a.vararg
        if vararg is not None and vararg.annotation is not None:
            self.visit_optional(vararg.annotation)
        kwarg = a.kwarg
        if kwarg is not None and kwarg.annotation is not None:
            self.visit_optional(kwarg.annotation)
        self.visit_argannotations(a.kwonlyargs)
        if self.future_annotations:
            self.exit_block()
        if returns is not None:
            self.visit_annotation(returns)

    def visit_params(self, args: list[ast.arg]) -> None:
        for a in args:
            self.add_def(a.arg, DEF_PARAM, a.lineno, a.col_offset, a.end_lineno,
                         a.end_col_offset)

    def visit_arguments(self, a: ast.arguments) -> None:
        self.visit_params(a.posonlyargs)
        self.visit_params(a.args)
        self.visit_params(a.kwonlyargs)
        vararg = a.vararg
        if vararg is not None:
            self.add_def(vararg.arg, DEF_PARAM, vararg.lineno, vararg.col_offset,
                         vararg.end_lineno, vararg.end_col_offset)
        kwarg = a.kwarg
        if kwarg is not None:
            self.add_def(kwarg.arg, DEF_PARAM, kwarg.lineno, kwarg.col_offset,
                         kwarg.end_lineno, kwarg.end_col_offset)

    def visit_function(self, s: ast.stmt, name: str, args: ast.arguments, body: list[ast.stmt],
                       decorators: list[ast.expr], returns: ast.expr | None,
                       is_async: bool) -> None:
        self.add_def(name, DEF_LOCAL, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset)
        self.visit_exprs(args.defaults)
        self.visit_optional_exprs(args.kw_defaults)
        self.visit_annotations(s, args, returns)
        self.visit_exprs(decorators)
        self.enter_block(name, FUNCTION_BLOCK, s.lineno, s.col_offset, s)
        if is_async:
            self.cur.coroutine = True
        self.visit_arguments(args)
        self.visit_stmts(body)
        self.exit_block()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.visit_function(node, node.name, node.args, node.body, node.decorator_list,
                            node.returns, False)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self.visit_function(node, node.name, node.args, node.body, node.decorator_list,
                            node.returns, True)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.add_def(node.name, DEF_LOCAL, node.lineno, node.col_offset, node.end_lineno,
                     node.end_col_offset)
        self.visit_exprs(node.bases)
        self.visit_keywords(node.keywords)
        self.visit_exprs(node.decorator_list)
        self.enter_block(node.name, CLASS_BLOCK, node.lineno, node.col_offset, node)
        saved = self.private
        self.private = node.name
        self.visit_stmts(node.body)
        self.private = saved
        self.exit_block()

    # -- other statements

    def visit_Return(self, node: ast.Return) -> None:
        self.visit_optional(node.value)

    def visit_Delete(self, node: ast.Delete) -> None:
        self.visit_exprs(node.targets)

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit_exprs(node.targets)
        node.value.walkabout(self)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        target = node.target
        if isinstance(target, ast.Name):
            cur = self.lookup(target.id)
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) and self.cur is not self.top
                    and node.simple):
                word = "global" if (cur & DEF_GLOBAL) else "nonlocal"
                raise syntax_error("annotated name '%s' can't be %s" % (target.id, word), node.lineno, node.col_offset,
                                   node.end_lineno, node.end_col_offset)
            if node.simple:
                self.add_def(target.id, DEF_ANNOT | DEF_LOCAL, target.lineno,
                             target.col_offset, target.end_lineno, target.end_col_offset)
            elif node.value is not None:
                self.add_def(target.id, DEF_LOCAL, target.lineno, target.col_offset,
                             target.end_lineno, target.end_col_offset)
        else:
            target.walkabout(self)
        self.visit_annotation(node.annotation)
        self.visit_optional(node.value)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        node.target.walkabout(self)
        node.value.walkabout(self)

    def visit_For(self, node: ast.For) -> None:
        node.target.walkabout(self)
        node.iter.walkabout(self)
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> None:
        node.target.walkabout(self)
        node.iter.walkabout(self)
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)

    def visit_While(self, node: ast.While) -> None:
        node.test.walkabout(self)
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)

    def visit_If(self, node: ast.If) -> None:
        node.test.walkabout(self)
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)

    def visit_withitems(self, items: list[ast.withitem]) -> None:
        for item in items:
            item.context_expr.walkabout(self)
            self.visit_optional(item.optional_vars)

    def visit_With(self, node: ast.With) -> None:
        self.visit_withitems(node.items)
        self.visit_stmts(node.body)

    def visit_AsyncWith(self, node: ast.AsyncWith) -> None:
        self.visit_withitems(node.items)
        self.visit_stmts(node.body)

    def visit_Match(self, node: ast.Match) -> None:
        node.subject.walkabout(self)
        for case in node.cases:
            case.pattern.walkabout(self)
            self.visit_optional(case.guard)
            self.visit_stmts(case.body)

    def visit_Raise(self, node: ast.Raise) -> None:
        exc = node.exc
        if exc is not None:
            exc.walkabout(self)
            self.visit_optional(node.cause)

    def visit_handlers(self, handlers: list[ast.excepthandler]) -> None:
        for h in handlers:
            if isinstance(h, ast.ExceptHandler):
                self.visit_optional(h.type)
                name = h.name
                if name is not None:
                    self.add_def(name, DEF_LOCAL, h.lineno, h.col_offset, h.end_lineno,
                                 h.end_col_offset)
                self.visit_stmts(h.body)

    def visit_Try(self, node: ast.Try) -> None:
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)
        self.visit_handlers(node.handlers)
        self.visit_stmts(node.finalbody)

    def visit_TryStar(self, node: ast.TryStar) -> None:
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)
        self.visit_handlers(node.handlers)
        self.visit_stmts(node.finalbody)

    def visit_Assert(self, node: ast.Assert) -> None:
        node.test.walkabout(self)
        self.visit_optional(node.msg)

    def visit_aliases(self, names: list[ast.alias]) -> None:
        for a in names:
            asname = a.asname
            name = a.name if asname is None else asname
            dot = name.find(".")
            store_name = name[:dot] if dot >= 0 else name
            if name != "*":
                self.add_def(store_name, DEF_IMPORT, a.lineno, a.col_offset, a.end_lineno,
                             a.end_col_offset)
            elif self.cur.block_type != MODULE_BLOCK:
                raise syntax_error("import * only allowed at module level", a.lineno, a.col_offset, a.end_lineno,
                                   a.end_col_offset)

    def visit_Import(self, node: ast.Import) -> None:
        self.visit_aliases(node.names)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        self.visit_aliases(node.names)

    def visit_declaration(self, s: ast.stmt, names: list[str], is_global: bool) -> None:
        for name in names:
            cur = self.lookup(name)
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                word = "global" if is_global else "nonlocal"
                if cur & DEF_PARAM:
                    msg = "name '%s' is parameter and %s" % (name, word)
                elif cur & USE:
                    msg = "name '%s' is used prior to %s declaration" % (name, word)
                elif cur & DEF_ANNOT:
                    msg = "annotated name '%s' can't be %s" % (name, word)
                else:
                    msg = "name '%s' is assigned to before %s declaration" % (name, word)
                raise syntax_error(msg, s.lineno, s.col_offset, s.end_lineno,
                                   s.end_col_offset)
            self.add_def(name, DEF_GLOBAL if is_global else DEF_NONLOCAL, s.lineno,
                         s.col_offset, s.end_lineno, s.end_col_offset)
            self.record_directive(name, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset)

    def visit_Global(self, node: ast.Global) -> None:
        self.visit_declaration(node, node.names, True)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        self.visit_declaration(node, node.names, False)

    def visit_Expr(self, node: ast.Expr) -> None:
        node.value.walkabout(self)

    # -- expressions

    def raise_if_annotation_block(self, what: str, e: ast.expr) -> None:
        if self.cur.block_type == ANNOTATION_BLOCK:
            raise syntax_error("'%s' can not be used within an annotation" % what, e.lineno, e.col_offset,
                               e.end_lineno, e.end_col_offset)

    def raise_if_comprehension_block(self, e: ast.expr) -> None:
        kind = self.cur.comprehension
        if kind == LIST_COMPREHENSION:
            msg = "'yield' inside list comprehension"
        elif kind == SET_COMPREHENSION:
            msg = "'yield' inside set comprehension"
        elif kind == DICT_COMPREHENSION:
            msg = "'yield' inside dict comprehension"
        else:
            msg = "'yield' inside generator expression"
        raise syntax_error(msg, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset)

    def extend_namedexpr_scope(self, target: ast.Name) -> None:
        name = target.id
        i = len(self.stack) - 1
        while i >= 0:
            ste = self.stack[i]
            i -= 1
            if ste.comprehension != NO_COMPREHENSION:
                if ste.symbols.get(name, 0) & DEF_COMP_ITER:
                    raise syntax_error(("assignment expression cannot rebind comprehension iteration variable '%s'"
                                    % name), target.lineno,
                                       target.col_offset, target.end_lineno,
                                       target.end_col_offset)
                continue
            if ste.block_type == FUNCTION_BLOCK:
                if ste.symbols.get(name, 0) & DEF_GLOBAL:
                    self.add_def(name, DEF_GLOBAL, target.lineno, target.col_offset,
                                 target.end_lineno, target.end_col_offset)
                else:
                    self.add_def(name, DEF_NONLOCAL, target.lineno, target.col_offset,
                                 target.end_lineno, target.end_col_offset)
                self.record_directive(name, target.lineno, target.col_offset,
                                      target.end_lineno, target.end_col_offset)
                self.add_def_helper(name, DEF_LOCAL, ste, target.lineno, target.col_offset,
                                    target.end_lineno, target.end_col_offset)
                return
            if ste.block_type == MODULE_BLOCK:
                self.add_def(name, DEF_GLOBAL, target.lineno, target.col_offset,
                             target.end_lineno, target.end_col_offset)
                self.record_directive(name, target.lineno, target.col_offset,
                                      target.end_lineno, target.end_col_offset)
                self.add_def_helper(name, DEF_GLOBAL, ste, target.lineno, target.col_offset,
                                    target.end_lineno, target.end_col_offset)
                return
            if ste.block_type == CLASS_BLOCK:
                raise syntax_error(("assignment expression within a comprehension cannot be used in a class body"), target.lineno, target.col_offset,
                                   target.end_lineno, target.end_col_offset)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.raise_if_annotation_block("named expression", node)
        if self.cur.comp_iter_expr > 0:
            raise syntax_error(("assignment expression cannot be used in a comprehension iterable expression"), node.lineno, node.col_offset,
                               node.end_lineno, node.end_col_offset)
        target = node.target
        if self.cur.comprehension != NO_COMPREHENSION and isinstance(target, ast.Name):
            self.extend_namedexpr_scope(target)
        node.value.walkabout(self)
        target.walkabout(self)

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        self.visit_exprs(node.values)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        node.left.walkabout(self)
        node.right.walkabout(self)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        node.operand.walkabout(self)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        args = node.args
        self.visit_exprs(args.defaults)
        self.visit_optional_exprs(args.kw_defaults)
        self.enter_block("lambda", FUNCTION_BLOCK, node.lineno, node.col_offset, node)
        self.visit_arguments(args)
        node.body.walkabout(self)
        self.exit_block()

    def visit_IfExp(self, node: ast.IfExp) -> None:
        node.test.walkabout(self)
        node.body.walkabout(self)
        node.orelse.walkabout(self)

    def visit_Dict(self, node: ast.Dict) -> None:
        self.visit_optional_exprs(node.keys)
        self.visit_exprs(node.values)

    def visit_Set(self, node: ast.Set) -> None:
        self.visit_exprs(node.elts)

    def visit_comprehension(self, lc: ast.comprehension) -> None:
        self.cur.comp_iter_target = True
        lc.target.walkabout(self)
        self.cur.comp_iter_target = False
        self.cur.comp_iter_expr += 1
        lc.iter.walkabout(self)
        self.cur.comp_iter_expr -= 1
        self.visit_exprs(lc.ifs)
        if lc.is_async:
            self.cur.coroutine = True

    def handle_comprehension(self, e: ast.expr, scope_name: str, kind: int,
                             generators: list[ast.comprehension], elt: ast.expr,
                             value: ast.expr | None) -> None:
        is_generator = kind == GENERATOR_EXPRESSION
        outermost = generators[0]
        self.cur.comp_iter_expr += 1
        outermost.iter.walkabout(self)
        self.cur.comp_iter_expr -= 1
        self.enter_block(scope_name, FUNCTION_BLOCK, e.lineno, e.col_offset, e)
        self.cur.comprehension = kind
        if outermost.is_async:
            self.cur.coroutine = True
        self.add_def(".0", DEF_PARAM, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset)
        self.cur.comp_iter_target = True
        outermost.target.walkabout(self)
        self.cur.comp_iter_target = False
        self.visit_exprs(outermost.ifs)
        i = 1
        while i < len(generators):
            self.visit_comprehension(generators[i])
            i += 1
        if value is not None:
            value.walkabout(self)
        elt.walkabout(self)
        self.cur.generator = is_generator
        is_async = self.cur.coroutine and not is_generator
        self.exit_block()
        if is_async:
            self.cur.coroutine = True

    def visit_ListComp(self, node: ast.ListComp) -> None:
        self.handle_comprehension(node, "listcomp", LIST_COMPREHENSION, node.generators,
                                  node.elt, None)

    def visit_SetComp(self, node: ast.SetComp) -> None:
        self.handle_comprehension(node, "setcomp", SET_COMPREHENSION, node.generators,
                                  node.elt, None)

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self.handle_comprehension(node, "dictcomp", DICT_COMPREHENSION, node.generators,
                                  node.key, node.value)

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self.handle_comprehension(node, "genexpr", GENERATOR_EXPRESSION, node.generators,
                                  node.elt, None)

    def visit_Await(self, node: ast.Await) -> None:
        self.raise_if_annotation_block("await expression", node)
        node.value.walkabout(self)
        self.cur.coroutine = True

    def visit_Yield(self, node: ast.Yield) -> None:
        self.raise_if_annotation_block("yield expression", node)
        self.visit_optional(node.value)
        self.cur.generator = True
        if self.cur.comprehension != NO_COMPREHENSION:
            self.raise_if_comprehension_block(node)

    def visit_YieldFrom(self, node: ast.YieldFrom) -> None:
        self.raise_if_annotation_block("yield expression", node)
        node.value.walkabout(self)
        self.cur.generator = True
        if self.cur.comprehension != NO_COMPREHENSION:
            self.raise_if_comprehension_block(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        node.left.walkabout(self)
        self.visit_exprs(node.comparators)

    def visit_Call(self, node: ast.Call) -> None:
        node.func.walkabout(self)
        self.visit_exprs(node.args)
        self.visit_keywords(node.keywords)

    def visit_FormattedValue(self, node: ast.FormattedValue) -> None:
        node.value.walkabout(self)
        self.visit_optional(node.format_spec)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.visit_exprs(node.values)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        node.value.walkabout(self)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        node.value.walkabout(self)
        node.slice.walkabout(self)

    def visit_Starred(self, node: ast.Starred) -> None:
        node.value.walkabout(self)

    def visit_Slice(self, node: ast.Slice) -> None:
        self.visit_optional(node.lower)
        self.visit_optional(node.upper)
        self.visit_optional(node.step)

    def visit_Name(self, node: ast.Name) -> None:
        is_load = isinstance(node.ctx, ast.Load)
        self.add_def(node.id, USE if is_load else DEF_LOCAL, node.lineno, node.col_offset,
                     node.end_lineno, node.end_col_offset)
        if is_load and self.cur.block_type == FUNCTION_BLOCK and node.id == "super":
            self.add_def("__class__", USE, node.lineno, node.col_offset, node.end_lineno,
                         node.end_col_offset)

    def visit_List(self, node: ast.List) -> None:
        self.visit_exprs(node.elts)

    def visit_Tuple(self, node: ast.Tuple) -> None:
        self.visit_exprs(node.elts)

    # -- patterns

    def visit_MatchValue(self, node: ast.MatchValue) -> None:
        node.value.walkabout(self)

    def visit_MatchSequence(self, node: ast.MatchSequence) -> None:
        self.visit_patterns(node.patterns)

    def visit_MatchStar(self, node: ast.MatchStar) -> None:
        name = node.name
        if name is not None:
            self.add_def(name, DEF_LOCAL, node.lineno, node.col_offset, node.end_lineno,
                         node.end_col_offset)

    def visit_MatchMapping(self, node: ast.MatchMapping) -> None:
        self.visit_exprs(node.keys)
        self.visit_patterns(node.patterns)
        rest = node.rest
        if rest is not None:
            self.add_def(rest, DEF_LOCAL, node.lineno, node.col_offset, node.end_lineno,
                         node.end_col_offset)

    def visit_MatchClass(self, node: ast.MatchClass) -> None:
        node.cls.walkabout(self)
        self.visit_patterns(node.patterns)
        self.visit_patterns(node.kwd_patterns)

    def visit_MatchAs(self, node: ast.MatchAs) -> None:
        pattern = node.pattern
        if pattern is not None:
            pattern.walkabout(self)
        name = node.name
        if name is not None:
            self.add_def(name, DEF_LOCAL, node.lineno, node.col_offset, node.end_lineno,
                         node.end_col_offset)

    def visit_MatchOr(self, node: ast.MatchOr) -> None:
        self.visit_patterns(node.patterns)


# -- the analysis pass (analyze_block and friends); sets are dict[str, bool]

def error_at_directive(ste: Scope, name: str, msg: str) -> SourceError:
    for d in ste.directives:
        if d.name == name:
            return syntax_error(msg, d.lineno, d.col_offset, d.end_lineno, d.end_col_offset)
    return SourceError("SyntaxError", msg, 0, 0, 0, 0, None)


def analyze_name(ste: Scope, scopes: dict[str, int], name: str, flags: int,
                 bound: dict[str, bool] | None, local: dict[str, bool], free: dict[str, bool],
                 glob: dict[str, bool]) -> None:
    if flags & DEF_GLOBAL:
        if flags & DEF_NONLOCAL:
            raise error_at_directive(ste, name, "name '%s' is nonlocal and global" % name)
        scopes[name] = GLOBAL_EXPLICIT
        glob[name] = True
        if bound is not None and name in bound:
            del bound[name]
        return
    if flags & DEF_NONLOCAL:
        if bound is None:
            raise error_at_directive(ste, name,
                                     "nonlocal declaration not allowed at module level")
        if name not in bound:
            raise error_at_directive(ste, name, "no binding for nonlocal '%s' found" % name)
        scopes[name] = FREE
        ste.free = True
        free[name] = True
        return
    if flags & DEF_BOUND:
        scopes[name] = LOCAL
        local[name] = True
        if name in glob:
            del glob[name]
        return
    if bound is not None and name in bound:
        scopes[name] = FREE
        ste.free = True
        free[name] = True
        return
    if name in glob:
        scopes[name] = GLOBAL_IMPLICIT
        return
    if ste.nested:
        ste.free = True
    scopes[name] = GLOBAL_IMPLICIT


def analyze_cells(scopes: dict[str, int], free: dict[str, bool]) -> None:
    names: list[str] = []
    for name in scopes:
        names.append(name)
    for name in names:
        if scopes[name] == LOCAL and name in free:
            scopes[name] = CELL
            del free[name]


def update_symbols(ste: Scope, scopes: dict[str, int], bound: dict[str, bool] | None,
                   free: dict[str, bool], classflag: bool) -> None:
    symbols = ste.symbols
    names = ste.get_identifiers()
    for name in names:
        symbols[name] = symbols[name] | (scopes[name] << SCOPE_OFFSET)
    free_names: list[str] = []
    for name in free:
        free_names.append(name)
    free_names.sort()
    for name in free_names:
        if name in symbols:
            v = symbols[name]
            if classflag and (v & (DEF_BOUND | DEF_GLOBAL)):
                symbols[name] = v | DEF_FREE_CLASS
            continue
        if bound is not None and name not in bound:
            continue
        symbols[name] = FREE << SCOPE_OFFSET


def copy_set(s: dict[str, bool]) -> dict[str, bool]:
    result: dict[str, bool] = {}
    for name in s:
        result[name] = True
    return result


def add_all(target: dict[str, bool], s: dict[str, bool]) -> None:
    for name in s:
        target[name] = True


def analyze_block(ste: Scope, bound: dict[str, bool] | None, free: dict[str, bool],
                  glob: dict[str, bool]) -> None:
    local: dict[str, bool] = {}
    scopes: dict[str, int] = {}
    newglobal: dict[str, bool] = {}
    newfree: dict[str, bool] = {}
    newbound: dict[str, bool] = {}
    if ste.block_type == CLASS_BLOCK:
        add_all(newglobal, glob)
        if bound is not None:
            add_all(newbound, bound)
    for name, flags in ste.symbols.items():
        analyze_name(ste, scopes, name, flags, bound, local, free, glob)
    if ste.block_type != CLASS_BLOCK:
        if ste.block_type == FUNCTION_BLOCK:
            add_all(newbound, local)
        if bound is not None:
            add_all(newbound, bound)
        add_all(newglobal, glob)
    else:
        newbound["__class__"] = True
    allfree: dict[str, bool] = {}
    for child in ste.children:
        temp_free = copy_set(newfree)
        analyze_block(child, copy_set(newbound), temp_free, copy_set(newglobal))
        add_all(allfree, temp_free)
        if child.free or child.child_free:
            ste.child_free = True
    add_all(newfree, allfree)
    if ste.block_type == FUNCTION_BLOCK:
        analyze_cells(scopes, newfree)
    elif ste.block_type == CLASS_BLOCK:
        if "__class__" in newfree:
            del newfree["__class__"]
            ste.needs_class_closure = True
    update_symbols(ste, scopes, bound, newfree, ste.block_type == CLASS_BLOCK)
    add_all(free, newfree)


def build_symtable(module: ast.Module) -> Scope:
    """The symbol tables of a module (CPython's _PySymtable_Build): raises
    SourceError for the errors CPython's symtable.c reports."""
    builder = SymtableBuilder(future_annotations(module))
    builder.visit_stmts(module.body)
    top = builder.top
    analyze_block(top, None, {}, {})
    return top


def scopes_by_node(top: Scope) -> dict[ast.AST, Scope]:
    """Every scope below `top`, keyed by the node that opened it (by
    identity): how the compiler finds a function's, class's, lambda's or
    comprehension's scope."""
    result: dict[ast.AST, Scope] = {}
    todo = [top]
    while len(todo) > 0:
        ste = todo.pop()
        node = ste.node
        if node is not None:
            result[node] = ste
        for child in ste.children:
            todo.append(child)
    return result


# -- the textual format

def _ordered_names(ste: Scope) -> list[str]:
    """The symbols in table order, except that the free names a scope only
    passes through (flags exactly FREE << SCOPE_OFFSET: CPython appends
    them in set order) come last, sorted."""
    result: list[str] = []
    passing: list[str] = []
    for name, flags in ste.symbols.items():
        if flags == FREE << SCOPE_OFFSET:
            passing.append(name)
        else:
            result.append(name)
    passing.sort()
    for name in passing:
        result.append(name)
    return result


def _names_line(parts: list[str], indent: str, label: str, order: list[str],
                names: list[str]) -> None:
    chosen: dict[str, bool] = {}
    for name in names:
        chosen[name] = True
    parts.append(indent + "  " + label + ":")
    for name in order:
        if name in chosen:
            parts.append(" " + name)
    parts.append("\n")


def _format_scope(parts: list[str], ste: Scope, indent: str) -> None:
    parts.append("%s%s %s line %d%s%s%s\n" % (
        indent, ste.get_type(), ste.name, ste.lineno,
        " optimized" if ste.is_optimized() else "",
        " nested" if ste.is_nested() else "",
        " children" if ste.has_children() else ""))
    order = _ordered_names(ste)
    if ste.block_type == FUNCTION_BLOCK:
        _names_line(parts, indent, "parameters", order, ste.get_parameters())
        _names_line(parts, indent, "locals", order, ste.get_locals())
        _names_line(parts, indent, "globals", order, ste.get_globals())
        _names_line(parts, indent, "frees", order, ste.get_frees())
        _names_line(parts, indent, "nonlocals", order, ste.get_nonlocals())
    elif ste.block_type == CLASS_BLOCK:
        parts.append(indent + "  methods:")
        for name in ste.get_methods():
            parts.append(" " + name)
        parts.append("\n")
    for name in order:
        sym = ste.lookup(name)
        parts.append("%s  %s %d" % (indent, name, sym.flags))
        if sym.is_referenced():
            parts.append(" referenced")
        if sym.is_assigned():
            parts.append(" assigned")
        if sym.is_parameter():
            parts.append(" parameter")
        if sym.is_global():
            parts.append(" global")
        if sym.is_declared_global():
            parts.append(" declared_global")
        if sym.is_local():
            parts.append(" local")
        if sym.is_free():
            parts.append(" free")
        if sym.is_nonlocal():
            parts.append(" nonlocal")
        if sym.is_imported():
            parts.append(" imported")
        if sym.is_annotated():
            parts.append(" annotated")
        if sym.is_namespace():
            parts.append(" namespace")
        parts.append("\n")
    for child in ste.children:
        _format_scope(parts, child, indent + "    ")


def format_symtable(top: Scope) -> str:
    """Every table, depth first: a header line (type, name, line, and the
    words optimized/nested/children when true), for functions the names
    get_parameters/get_locals/get_globals/get_frees/get_nonlocals give,
    for classes get_methods, then one line per symbol (name, raw flags,
    and the words of the Symbol predicates that are true)."""
    parts: list[str] = []
    _format_scope(parts, top, "")
    return "".join(parts)
