"""The bytecode compiler: AST and symbol tables to CodeObjects, in RPy.

    compile_source(raw, filename) -> CodeObject      parse, then compile
    compile_module(module, filename) -> CodeObject   an already parsed Module

It follows CPython 3.11's compile.c: one CodeUnit per scope being compiled
(module, class body, function, lambda, comprehension), code emitted into
basic blocks (ouro/compiler/assemble.py), `try`/`with` regions marked with
SETUP_*/POP_BLOCK pseudo-instructions that the assembler turns into the
exception table, and a stack of "frame blocks" (loops, handlers, `finally`
bodies, `with` bodies) that `return`, `break` and `continue` unwind.  The
bytecode is ouro's own (ouro/compiler/opcodes.py).  The Compiler class
is split over three files: the machinery (units, emission, names, frame
blocks) in ouro/compiler/codegen_base.py, pattern matching in
ouro/compiler/codegen_match.py, the rest here.  Constant folding of
literal expressions is in ouro/compiler/fold.py.

Every instruction carries the source range of the innermost AST node being
compiled, as in CPython: tracebacks show those ranges.

The compiler's own SyntaxErrors (`'return' outside function`, `'break'
outside loop`, `keyword argument repeated`, ...) are SourceErrors with
CPython's message and position; so are the symbol table's.
"""
from __future__ import annotations

from ouro.compiler import assemble as asm
from ouro.compiler import opcodes as op
from ouro.compiler.code import CodeObject, ConstCode, ConstTuple
from ouro.compiler.codegen_base import (BINOP_NUM, CMP_NUM, FB_ASYNC_COMPREHENSION_GENERATOR,
                                        FB_ASYNC_WITH, FB_EXCEPTION_GROUP_HANDLER,
                                        FB_EXCEPTION_HANDLER, FB_FINALLY_END, FB_FINALLY_TRY,
                                        FB_FOR_LOOP, FB_HANDLER_CLEANUP, FB_TRY_EXCEPT,
                                        FB_WHILE_LOOP, FB_WITH, U_ASYNC_FUNCTION, U_CLASS,
                                        U_COMPREHENSION, U_FUNCTION, U_LAMBDA, U_MODULE,
                                        WARNINGS, docstring_of)
from ouro.compiler import literal_checks
from ouro.compiler.codegen_match import MatchCompiler
from ouro.compiler.fold import fold_expr, fold_in_container, make_frozenset, truth_of
from ouro.compiler.symtable import (CELL, SCOPE_MASK, SCOPE_OFFSET, build_symtable,
                                    future_annotations)
from ouro.compiler.unparse import unparse
from ouro.parser import astnodes as ast
from ouro.parser.constvalue import CONST_NONE, ConstStr, ConstValue, int_from_machine
from ouro.parser.errors import SourceError
from ouro.objspace.strobject import latin1_decode
from ouro.parser.parser import parse


class Compiler(MatchCompiler):
    """The compiler of statements and expressions."""

    # -- statements

    def visit_stmts(self, stmts: list[ast.stmt]) -> None:
        for s in stmts:
            self.visit_stmt(s)

    def visit_stmt(self, s: ast.stmt) -> None:
        self.set_position(s)
        s.walkabout(self)

    def default_visitor(self, node: ast.AST) -> None:
        raise self.error("cannot compile %s" % node.node_name(), node)

    def compile_body(self, stmts: list[ast.stmt]) -> None:
        """A module's or class's statements, with the docstring stored as
        __doc__ and __annotations__ set up if any statement annotates."""
        if find_annotation(stmts):
            self.set_no_position()
            self.emit(op.SETUP_ANNOTATIONS)
        i = 0
        doc = docstring_of(stmts) if self.optimize < 2 else None
        if doc is not None:
            first = stmts[0]
            self.set_position(first)
            self.load_const(doc)
            self.store_name("__doc__")
            i = 1
        while i < len(stmts):
            self.visit_stmt(stmts[i])
            i += 1

    def visit_Expr(self, node: ast.Expr) -> None:
        value = node.value
        if self.interactive and len(self.units) == 0:
            self.visit_expr(value)
            self.emit(op.PRINT_EXPR)
            return
        if isinstance(value, ast.Constant):
            # a constant statement (a docstring elsewhere) does nothing; its
            # NOP keeps the line (ouro/compiler/assemble.py, assign_lines)
            self.emit(op.NOP)
            return
        self.visit_expr(value)
        self.set_position(node)
        self.emit(op.POP_TOP)

    def visit_Pass(self, node: ast.Pass) -> None:
        self.emit(op.NOP)

    def visit_Global(self, node: ast.Global) -> None:
        pass

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        pass

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit_expr(node.value)
        n = len(node.targets)
        i = 0
        while i < n:
            if i < n - 1:
                self.emit_arg(op.COPY, 1)
            self.visit_target(node.targets[i])
            i += 1

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        target = node.target
        opnum = BINOP_NUM[node.op.node_name()] + op.NB_INPLACE
        if isinstance(target, ast.Attribute):
            self.visit_expr(target.value)
            self.emit_arg(op.COPY, 1)
            self.set_attr_position(target)
            self.emit_name_op(op.LOAD_ATTR, self.mangle(target.attr))
            self.visit_expr(node.value)
            self.set_position(node)
            self.emit_arg(op.BINARY_OP, opnum)
            self.set_attr_position(target)
            self.emit_arg(op.SWAP, 2)
            self.emit_name_op(op.STORE_ATTR, self.mangle(target.attr))
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_slice(target.slice)
            self.emit_arg(op.COPY, 2)
            self.emit_arg(op.COPY, 2)
            self.set_position(target)
            self.emit(op.BINARY_SUBSCR)
            self.visit_expr(node.value)
            self.set_position(node)
            self.emit_arg(op.BINARY_OP, opnum)
            self.set_position(target)
            self.emit_arg(op.SWAP, 3)
            self.emit_arg(op.SWAP, 2)
            self.emit(op.STORE_SUBSCR)
        elif isinstance(target, ast.Name):
            self.set_position(target)
            self.load_name(target.id)
            self.visit_expr(node.value)
            self.set_position(node)
            self.emit_arg(op.BINARY_OP, opnum)
            self.set_position(target)
            self.store_name(target.id)
        else:
            raise self.error("invalid node type for augmented assignment", node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        target = node.target
        value = node.value
        if value is not None:
            self.visit_expr(value)
            self.visit_target(target)
        if isinstance(target, ast.Name):
            self.check_forbidden_name(target.id, target)
            if node.simple and (self.u.kind == U_MODULE or self.u.kind == U_CLASS):
                self.set_position(node)
                if self.future_annotations:
                    self.load_const(ConstStr(unparse_annotation(node.annotation)))
                else:
                    self.visit_expr(node.annotation)
                self.set_position(node)
                self.emit_name_op(op.LOAD_NAME, "__annotations__")
                self.load_const(ConstStr(self.mangle(target.id)))
                self.emit(op.STORE_SUBSCR)
        elif isinstance(target, ast.Attribute):
            if value is None:
                self.visit_expr(target.value)
                self.emit(op.POP_TOP)
        elif isinstance(target, ast.Subscript):
            if value is None:
                self.visit_expr(target.value)
                self.emit(op.POP_TOP)
                self.check_ann_subscript(target.slice)
        # the annotation of a complex target is evaluated (last), but only
        # in a module or class and not under `from __future__ import annotations`
        if (not node.simple and not self.future_annotations
                and (self.u.kind == U_MODULE or self.u.kind == U_CLASS)):
            self.visit_expr(node.annotation)
            self.emit(op.POP_TOP)

    def check_ann_subscript(self, e: ast.expr) -> None:
        if isinstance(e, ast.Slice):
            for part in [e.lower, e.upper, e.step]:
                if part is not None:
                    self.visit_expr(part)
                    self.emit(op.POP_TOP)
        elif isinstance(e, ast.Tuple):
            for elt in e.elts:
                self.check_ann_subscript(elt)
        else:
            self.visit_expr(e)
            self.emit(op.POP_TOP)

    def visit_Delete(self, node: ast.Delete) -> None:
        for t in node.targets:
            self.visit_delete(t)

    def visit_delete(self, t: ast.expr) -> None:
        saved = self.save_position()
        self.set_position(t)
        if isinstance(t, ast.Name):
            self.delete_name(t.id)
        elif isinstance(t, ast.Attribute):
            if t.attr == "__debug__":
                raise self.error("cannot delete __debug__", t)
            self.visit_expr(t.value)
            self.set_attr_position(t)
            self.emit_name_op(op.DELETE_ATTR, self.mangle(t.attr))
        elif isinstance(t, ast.Subscript):
            self.visit_expr(t.value)
            self.visit_slice(t.slice)
            self.set_position(t)
            self.emit(op.DELETE_SUBSCR)
        elif isinstance(t, ast.Tuple):
            for elt in t.elts:
                self.visit_delete(elt)
        elif isinstance(t, ast.List):
            for elt in t.elts:
                self.visit_delete(elt)
        else:
            raise self.error("cannot delete %s" % t.node_name(), t)
        self.restore_position(saved)

    def visit_If(self, node: ast.If) -> None:
        end = self.new_block()
        if len(node.orelse) > 0:
            nxt = self.new_block()
        else:
            nxt = end
        self.jump_if(node.test, nxt, False)
        self.visit_stmts(node.body)
        if len(node.orelse) > 0:
            self.set_no_position()
            self.emit_jump(asm.JUMP, end)
            self.use_block(nxt)
            self.visit_stmts(node.orelse)
        self.use_block(end)

    def visit_While(self, node: ast.While) -> None:
        loop = self.new_block()
        body = self.new_block()
        anchor = self.new_block()
        end = self.new_block()
        self.use_block(loop)
        self.push_fblock(FB_WHILE_LOOP, loop, end, None, None, node)
        first = WARNINGS.count()
        self.jump_if(node.test, anchor, False)
        test_warnings = WARNINGS.count()
        self.use_block(body)
        self.visit_stmts(node.body)
        # CPython compiles the test twice (before the loop and at its end):
        # its warnings come again after the body's
        for i in range(first, test_warnings):
            WARNINGS.repeat(i)
        c = fold_expr(node.test)
        if c is not None and truth_of(c):
            # `while True:` runs its line (CPython's folded test, a JUMP
            # to the body) at the end of each turn; its NOP only once
            self.set_position(node)
            self.emit_jump(asm.JUMP, body)
        else:
            # CPython tests again at the end of the body (the line event
            # of the `while` comes once per turn): the jump back has no line
            self.set_no_position()
            self.emit_jump(asm.JUMP, loop)
        self.pop_fblock()
        self.use_block(anchor)
        self.visit_stmts(node.orelse)
        self.use_block(end)

    def visit_For(self, node: ast.For) -> None:
        start = self.new_block()
        cleanup = self.new_block()
        end = self.new_block()
        self.push_fblock(FB_FOR_LOOP, start, end, None, None, node)
        self.visit_expr(node.iter)
        self.emit(op.GET_ITER)
        self.use_block(start)
        self.emit_jump(op.FOR_ITER, cleanup)
        self.use_new_block()
        self.visit_target(node.target)
        self.visit_stmts(node.body)
        self.set_no_position()
        self.emit_jump(asm.JUMP, start)
        self.use_block(cleanup)
        self.pop_fblock()
        self.visit_stmts(node.orelse)
        self.use_block(end)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> None:
        if not self.u.scope.coroutine or self.u.kind not in (U_ASYNC_FUNCTION, U_COMPREHENSION):
            if not (self.u.kind == U_ASYNC_FUNCTION):
                raise self.error("'async for' outside async function", node)
        start = self.new_block()
        except_ = self.new_block()
        end = self.new_block()
        self.visit_expr(node.iter)
        self.emit(op.GET_AITER)
        self.use_block(start)
        self.push_fblock(FB_FOR_LOOP, start, end, None, None, node)
        self.emit_jump(asm.SETUP_FINALLY, except_)
        self.emit(op.GET_ANEXT)
        self.load_const(CONST_NONE)
        self.emit_yield_from(True)
        self.emit(asm.POP_BLOCK)
        self.visit_target(node.target)
        self.visit_stmts(node.body)
        self.set_position(node)
        self.emit_jump(asm.JUMP, start)
        self.pop_fblock()
        self.use_block(except_)
        self.set_position(node.iter)
        self.emit(op.END_ASYNC_FOR)
        self.visit_stmts(node.orelse)
        self.use_block(end)

    def visit_Break(self, node: ast.Break) -> None:
        # the NOP holds the line; the jump takes the line of what the
        # unwinding ran last (a finally body), as in CPython
        self.emit(op.NOP)
        loop = self.unwind_fblock_stack(False, True, node)
        if loop is None:
            raise self.error("'break' outside loop", node)
        self.unwind_fblock(loop, False)
        exit = loop.exit
        assert exit is not None
        self.emit_jump(asm.JUMP, exit)

    def visit_Continue(self, node: ast.Continue) -> None:
        self.emit(op.NOP)
        loop = self.unwind_fblock_stack(False, True, node)
        if loop is None:
            raise self.error("'continue' not properly in loop", node)
        block = loop.block
        assert block is not None
        self.emit_jump(asm.JUMP, block)

    def visit_Return(self, node: ast.Return) -> None:
        value = node.value
        preserve_tos = value is not None and fold_expr(value) is None
        if not self.u.is_function():
            raise self.error("'return' outside function", node)
        if value is not None and self.u.scope.coroutine and self.u.scope.generator:
            raise self.error("'return' with value in async generator", node)
        # CPython's NOPs keep the lines of the return and its value; the
        # return itself runs at the line of what unwinding ran last (the
        # end of a finally block)
        if preserve_tos and value is not None:
            self.visit_expr(value)
        elif value is not None:
            self.set_position(value)
            self.emit(op.NOP)
        if value is None or value.lineno != node.lineno:
            self.set_position(node)
            self.emit(op.NOP)
        self.unwind_fblock_stack(preserve_tos, False, node)
        if value is None:
            self.load_const(CONST_NONE)
        elif not preserve_tos:
            c = fold_expr(value)
            assert c is not None
            self.load_const(c)
        self.emit(op.RETURN_VALUE)

    def visit_Raise(self, node: ast.Raise) -> None:
        n = 0
        exc = node.exc
        if exc is not None:
            self.visit_expr(exc)
            n = 1
            cause = node.cause
            if cause is not None:
                self.visit_expr(cause)
                n = 2
        self.set_position(node)
        self.emit_arg(op.RAISE_VARARGS, n)

    def visit_Assert(self, node: ast.Assert) -> None:
        warning = literal_checks.assert_warning(node.test)
        if warning is not None:
            self.warn(warning, node)
        if self.optimize > 0:
            return
        end = self.new_block()
        self.jump_if(node.test, end, True)
        # CPython 3.11 reports a failed assert at its test when that is a
        # comparison (the compiler keeps the comparison's location), else
        # at the whole statement.
        test = node.test
        where: ast.AST = node
        if isinstance(test, ast.Compare):
            where = test
        self.set_position(where)
        self.emit(op.LOAD_ASSERTION_ERROR)
        msg = node.msg
        if msg is not None:
            self.visit_expr(msg)
            self.set_position(where)
            self.emit_arg(op.CALL, 1)
        self.emit_arg(op.RAISE_VARARGS, 1)
        self.use_block(end)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.load_const(int_from_machine(0))
            self.load_const(CONST_NONE)
            self.emit_name_op(op.IMPORT_NAME, alias.name)
            asname = alias.asname
            if asname is not None:
                parts = alias.name.split(".")
                if len(parts) > 1:
                    i = 1
                    while i < len(parts):
                        self.emit_name_op(op.IMPORT_FROM, parts[i])
                        if i < len(parts) - 1:
                            self.emit_arg(op.SWAP, 2)
                            self.emit(op.POP_TOP)
                        i += 1
                    self.store_name(asname)
                    self.emit(op.POP_TOP)
                else:
                    self.store_name(asname)
            else:
                name = alias.name
                dot = name.find(".")
                if dot >= 0:
                    name = name[:dot]
                self.store_name(name)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        modname = node.module
        if modname is not None and modname == "__future__":
            self.check_future(node)
        names: list[ConstValue] = []
        for alias in node.names:
            names.append(ConstStr(alias.name))
        self.load_const(int_from_machine(node.level))
        self.load_const(ConstTuple(names))
        self.emit_name_op(op.IMPORT_NAME, modname if modname is not None else "")
        first = node.names[0]
        if first.name == "*":
            self.emit(op.IMPORT_STAR)
            return
        for alias in node.names:
            self.emit_name_op(op.IMPORT_FROM, alias.name)
            asname = alias.asname
            self.store_name(asname if asname is not None else alias.name)
        self.set_position(node)
        self.emit(op.POP_TOP)

    def check_future(self, node: ast.ImportFrom) -> None:
        """`from __future__ import` must come first (after a docstring and
        other future imports): the checks of CPython's future.c that it
        leaves to the compiler."""
        if len(self.units) > 0 or node not in self.future_nodes:
            raise self.error("from __future__ imports must occur at the beginning of the file",
                             node)

    # -- function and class definitions

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.compile_function(node, node.name, node.args, node.body, node.decorator_list,
                              node.returns, False)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self.compile_function(node, node.name, node.args, node.body, node.decorator_list,
                              node.returns, True)

    def visit_decorators(self, decorators: list[ast.expr]) -> None:
        for d in decorators:
            self.visit_expr(d)

    def apply_decorators(self, decorators: list[ast.expr]) -> None:
        i = len(decorators) - 1
        while i >= 0:
            self.set_position(decorators[i])
            self.emit_arg(op.CALL, 1)
            i -= 1

    def visit_defaults(self, args: ast.arguments) -> int:
        """Pushes the defaults and keyword-only defaults; returns the
        MAKE_FUNCTION flags for them."""
        flags = 0
        if len(args.defaults) > 0:
            for d in args.defaults:
                self.visit_expr(d)
            self.emit_arg(op.BUILD_TUPLE, len(args.defaults))
            flags |= op.MF_DEFAULTS
        n = 0
        i = 0
        while i < len(args.kwonlyargs):
            default = args.kw_defaults[i]
            if default is not None:
                self.load_const(ConstStr(self.mangle(args.kwonlyargs[i].arg)))
                self.visit_expr(default)
                n += 1
            i += 1
        if n > 0:
            self.emit_arg(op.BUILD_MAP, n)
            flags |= op.MF_KWDEFAULTS
        return flags

    def visit_annotations(self, args: ast.arguments, returns: ast.expr | None) -> int:
        """Pushes a tuple of (name, annotation) pairs if there are any."""
        n = 0
        n += self.visit_arg_annotations(args.args)
        n += self.visit_arg_annotations(args.posonlyargs)
        vararg = args.vararg
        if vararg is not None:
            n += self.visit_arg_annotation(vararg.arg, vararg.annotation)
        n += self.visit_arg_annotations(args.kwonlyargs)
        kwarg = args.kwarg
        if kwarg is not None:
            n += self.visit_arg_annotation(kwarg.arg, kwarg.annotation)
        n += self.visit_arg_annotation("return", returns)
        if n > 0:
            self.emit_arg(op.BUILD_TUPLE, 2 * n)
            return op.MF_ANNOTATIONS
        return 0

    def visit_arg_annotations(self, args: list[ast.arg]) -> int:
        n = 0
        for a in args:
            n += self.visit_arg_annotation(a.arg, a.annotation)
        return n

    def visit_arg_annotation(self, name: str, annotation: ast.expr | None) -> int:
        if annotation is None:
            return 0
        self.load_const(ConstStr(self.mangle(name)))
        if self.future_annotations:
            self.load_const(ConstStr(unparse_annotation(annotation)))
        elif isinstance(annotation, ast.Starred):
            # `*args: *Ts` (3.11): the annotation is the unpacked value
            self.visit_expr(annotation.value)
            self.emit_arg(op.UNPACK_SEQUENCE, 1)
        else:
            self.visit_expr(annotation)
        return 1

    def make_closure(self, code: CodeObject, flags: int) -> None:
        """Pushes the closure cells (if the code has free variables), the
        code, and MAKE_FUNCTION."""
        if len(code.co_freevars) > 0:
            for name in code.co_freevars:
                self.emit_arg(op.LOAD_CLOSURE, self.closure_index(name))
            self.emit_arg(op.BUILD_TUPLE, len(code.co_freevars))
            flags |= op.MF_CLOSURE
        self.load_const(ConstCode(code))
        self.emit_arg(op.MAKE_FUNCTION, flags)

    def closure_index(self, name: str) -> int:
        u = self.u
        if u.kind == U_CLASS and name == "__class__":
            return u.cellvars.index("__class__")
        mangled = name
        if mangled in u.scope.symbols:
            sc = (u.scope.symbols[mangled] >> SCOPE_OFFSET) & SCOPE_MASK
            if sc == CELL and mangled in u.cell_index:
                return u.cell_index[mangled]
        if mangled in u.free_index:
            return u.free_index[mangled]
        if mangled in u.cell_index:
            return u.cell_index[mangled]
        raise self.error("internal compiler error: no cell for %s in %s" % (name, u.name), None)

    def check_debug_args(self, args: ast.arguments) -> None:
        """`__debug__` as a parameter name (CPython's compiler_check_debug_args)."""
        for a in args.posonlyargs:
            self.check_forbidden_name(a.arg, None)
        for a in args.args:
            self.check_forbidden_name(a.arg, None)
        vararg = args.vararg
        if vararg is not None:
            self.check_forbidden_name(vararg.arg, None)
        for a in args.kwonlyargs:
            self.check_forbidden_name(a.arg, None)
        kwarg = args.kwarg
        if kwarg is not None:
            self.check_forbidden_name(kwarg.arg, None)

    def compile_function(self, node: ast.stmt, name: str, args: ast.arguments,
                         body: list[ast.stmt], decorators: list[ast.expr],
                         returns: ast.expr | None, is_async: bool) -> None:
        self.check_debug_args(args)
        self.visit_decorators(decorators)
        firstlineno = node.lineno
        if len(decorators) > 0:
            firstlineno = decorators[0].lineno
        self.set_position(node)
        flags = self.visit_defaults(args)
        flags |= self.visit_annotations(args, returns)
        self.enter_unit(node, U_ASYNC_FUNCTION if is_async else U_FUNCTION, name, firstlineno)
        doc = docstring_of(body) if self.optimize < 2 else None
        self.add_const(doc if doc is not None else CONST_NONE)
        self.set_arg_counts(args)
        i = 1 if doc is not None else 0
        while i < len(body):
            self.visit_stmt(body[i])
            i += 1
        code = self.exit_unit()
        self.set_position(node)
        self.make_closure(code, flags)
        self.apply_decorators(decorators)
        self.set_position(node)
        self.store_name(name)

    def set_arg_counts(self, args: ast.arguments) -> None:
        u = self.u
        u.argcount = len(args.posonlyargs) + len(args.args)
        u.posonlyargcount = len(args.posonlyargs)
        u.kwonlyargcount = len(args.kwonlyargs)
        if args.vararg is not None:
            u.arg_flags |= op.CO_VARARGS
        if args.kwarg is not None:
            u.arg_flags |= op.CO_VARKEYWORDS

    def visit_Lambda(self, node: ast.Lambda) -> None:
        args = node.args
        self.check_debug_args(args)
        flags = self.visit_defaults(args)
        self.enter_unit(node, U_LAMBDA, "<lambda>", node.lineno)
        # None first, so that a lambda has no docstring
        self.add_const(CONST_NONE)
        self.set_arg_counts(args)
        self.visit_expr(node.body)
        if self.u.scope.generator:
            self.emit(op.POP_TOP)
            self.load_const(CONST_NONE)
        self.set_position(node.body)
        self.emit(op.RETURN_VALUE)
        code = self.exit_unit()
        self.set_position(node)
        self.make_closure(code, flags)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        decorators = node.decorator_list
        self.visit_decorators(decorators)
        firstlineno = node.lineno
        if len(decorators) > 0:
            firstlineno = decorators[0].lineno
        self.enter_unit(node, U_CLASS, node.name, firstlineno)
        self.set_position(node)
        self.emit_name_op(op.LOAD_NAME, "__name__")
        self.emit_name_op(op.STORE_NAME, "__module__")
        self.load_const(ConstStr(self.u.qualname))
        self.emit_name_op(op.STORE_NAME, "__qualname__")
        self.compile_body(node.body)
        self.set_no_position()
        if self.u.scope.needs_class_closure:
            self.emit_arg(op.LOAD_CLOSURE, self.u.cellvars.index("__class__"))
            self.emit_arg(op.COPY, 1)
            self.emit_name_op(op.STORE_NAME, "__classcell__")
        else:
            self.load_const(CONST_NONE)
        self.emit(op.RETURN_VALUE)
        code = self.exit_unit()
        self.set_position(node)
        self.emit(op.LOAD_BUILD_CLASS)
        self.make_closure(code, 0)
        self.load_const(ConstStr(node.name))
        self.call_helper(2, node.bases, node.keywords, node)
        self.apply_decorators(decorators)
        self.set_position(node)
        self.store_name(node.name)

    # -- try, with

    def visit_Try(self, node: ast.Try) -> None:
        if len(node.finalbody) > 0:
            self.compile_try_finally(node)
        else:
            self.compile_try_except(node)

    def compile_try_finally(self, node: ast.Try) -> None:
        end = self.new_block()
        exit = self.new_block()
        cleanup = self.new_block()
        self.emit_jump(asm.SETUP_FINALLY, end)
        self.use_new_block()
        self.push_fblock(FB_FINALLY_TRY, None, None, None, node.finalbody, node)
        if len(node.handlers) > 0:
            self.compile_try_except(node)
        else:
            self.visit_stmts(node.body)
        self.emit_noline(asm.POP_BLOCK)
        self.pop_fblock()
        self.visit_stmts(node.finalbody)
        self.set_no_position()
        self.emit_jump(asm.JUMP, exit)
        # the exception path: [exc]
        self.use_block(end)
        self.set_no_position()
        self.emit_jump(asm.SETUP_FINALLY, cleanup)
        self.emit(op.PUSH_EXC_INFO)
        self.push_fblock(FB_FINALLY_END, end, None, None, None, node)
        self.visit_stmts(node.finalbody)
        self.pop_fblock()
        self.set_no_position()
        self.emit(op.RERAISE)
        self.use_block(cleanup)
        self.pop_except_and_reraise()
        self.use_block(exit)

    def pop_except_and_reraise(self) -> None:
        """A cleanup handler: [prev, exc] -> restores prev, re-raises exc."""
        self.set_no_position()
        self.emit_arg(op.COPY, 2)
        self.emit(op.POP_EXCEPT)
        self.emit(op.RERAISE)

    def compile_try_except(self, node: ast.Try) -> None:
        except_ = self.new_block()
        end = self.new_block()
        cleanup = self.new_block()
        self.emit_jump(asm.SETUP_FINALLY, except_)
        self.use_new_block()
        self.push_fblock(FB_TRY_EXCEPT, None, None, None, None, node)
        self.visit_stmts(node.body)
        self.pop_fblock()
        self.emit_noline(asm.POP_BLOCK)
        self.visit_stmts(node.orelse)
        self.set_no_position()
        self.emit_jump(asm.JUMP, end)
        self.use_block(except_)
        self.emit_jump(asm.SETUP_FINALLY, cleanup)
        self.emit(op.PUSH_EXC_INFO)
        self.push_fblock(FB_EXCEPTION_HANDLER, None, None, None, None, node)
        n = len(node.handlers)
        i = 0
        while i < n:
            handler = node.handlers[i]
            assert isinstance(handler, ast.ExceptHandler)
            self.set_position(handler)
            htype = handler.type
            if htype is None and i < n - 1:
                raise self.error("default 'except:' must be last", handler)
            next_except = self.new_block()
            if htype is not None:
                self.visit_expr(htype)
                self.set_position(handler)
                self.emit(op.CHECK_EXC_MATCH)
                self.emit_jump(op.POP_JUMP_IF_FALSE, next_except)
            name = handler.name
            if name is not None:
                cleanup_end = self.new_block()
                self.store_name(name)
                self.emit_jump(asm.SETUP_FINALLY, cleanup_end)
                self.use_new_block()
                self.push_fblock(FB_HANDLER_CLEANUP, None, None, name, None, handler)
                self.visit_stmts(handler.body)
                self.pop_fblock()
                self.set_no_position()
                self.emit(asm.POP_BLOCK)
                self.emit(asm.POP_BLOCK)
                self.emit(op.POP_EXCEPT)
                self.load_const(CONST_NONE)
                self.store_name(name)
                self.delete_name(name)
                self.emit_jump(asm.JUMP, end)
                # an exception in the handler body: [prev, exc2]
                self.use_block(cleanup_end)
                self.set_no_position()
                self.load_const(CONST_NONE)
                self.store_name(name)
                self.delete_name(name)
                self.emit(op.RERAISE)
            else:
                self.emit(op.POP_TOP)
                self.use_new_block()
                self.push_fblock(FB_HANDLER_CLEANUP, None, None, None, None, handler)
                self.visit_stmts(handler.body)
                self.pop_fblock()
                self.set_no_position()
                self.emit(asm.POP_BLOCK)
                self.emit(op.POP_EXCEPT)
                self.emit_jump(asm.JUMP, end)
            self.use_block(next_except)
            i += 1
        self.pop_fblock()
        self.set_no_position()
        self.emit(op.RERAISE)
        self.use_block(cleanup)
        self.pop_except_and_reraise()
        self.use_block(end)

    def visit_TryStar(self, node: ast.TryStar) -> None:
        if len(node.finalbody) > 0:
            end = self.new_block()
            exit = self.new_block()
            cleanup = self.new_block()
            self.emit_jump(asm.SETUP_FINALLY, end)
            self.use_new_block()
            self.push_fblock(FB_FINALLY_TRY, None, None, None, node.finalbody, node)
            if len(node.handlers) > 0:
                self.compile_try_star_except(node)
            else:
                self.visit_stmts(node.body)
            self.emit_noline(asm.POP_BLOCK)
            self.pop_fblock()
            self.visit_stmts(node.finalbody)
            self.set_no_position()
            self.emit_jump(asm.JUMP, exit)
            self.use_block(end)
            self.set_no_position()
            self.emit_jump(asm.SETUP_FINALLY, cleanup)
            self.emit(op.PUSH_EXC_INFO)
            self.push_fblock(FB_FINALLY_END, end, None, None, None, node)
            self.visit_stmts(node.finalbody)
            self.pop_fblock()
            self.set_no_position()
            self.emit(op.RERAISE)
            self.use_block(cleanup)
            self.pop_except_and_reraise()
            self.use_block(exit)
        else:
            self.compile_try_star_except(node)

    def compile_try_star_except(self, node: ast.TryStar) -> None:
        except_ = self.new_block()
        orelse = self.new_block()
        end = self.new_block()
        cleanup = self.new_block()
        reraise_star = self.new_block()
        self.emit_jump(asm.SETUP_FINALLY, except_)
        self.use_new_block()
        self.push_fblock(FB_TRY_EXCEPT, None, None, None, None, node)
        self.visit_stmts(node.body)
        self.pop_fblock()
        self.emit_noline(asm.POP_BLOCK)
        self.set_no_position()
        self.emit_jump(asm.JUMP, orelse)
        n = len(node.handlers)
        self.use_block(except_)
        self.emit_jump(asm.SETUP_FINALLY, cleanup)
        self.emit(op.PUSH_EXC_INFO)
        # [prev, exc]
        self.push_fblock(FB_EXCEPTION_GROUP_HANDLER, None, None, None, None, node)
        i = 0
        while i < n:
            handler = node.handlers[i]
            assert isinstance(handler, ast.ExceptHandler)
            self.set_position(handler)
            next_except = self.new_block()
            no_match = self.new_block()
            if i == 0:
                # [prev, orig, list, exc]: the original group, the list of
                # what the clauses raise, what is left to match
                self.emit_arg(op.COPY, 1)
                self.emit_arg(op.BUILD_LIST, 0)
                self.emit_arg(op.SWAP, 2)
            htype = handler.type
            if htype is not None:
                self.visit_expr(htype)
                self.set_position(handler)
                self.emit(op.CHECK_EG_MATCH)
                self.emit_arg(op.COPY, 1)
                self.emit_jump(op.POP_JUMP_IF_NONE, no_match)
            cleanup_end = self.new_block()
            cleanup_body = self.new_block()
            name = handler.name
            if name is not None:
                self.store_name(name)
            else:
                self.emit(op.POP_TOP)
            # [prev, orig, list, rest]
            self.emit_jump(asm.SETUP_FINALLY, cleanup_end)
            self.use_block(cleanup_body)
            self.push_fblock(FB_HANDLER_CLEANUP, None, None, name, None, handler)
            self.visit_stmts(handler.body)
            self.pop_fblock()
            self.set_no_position()
            self.emit(asm.POP_BLOCK)
            if name is not None:
                self.load_const(CONST_NONE)
                self.store_name(name)
                self.delete_name(name)
            self.emit_jump(asm.JUMP, next_except)
            # [prev, orig, list, rest, raised]
            self.use_block(cleanup_end)
            self.set_no_position()
            if name is not None:
                self.load_const(CONST_NONE)
                self.store_name(name)
                self.delete_name(name)
            self.emit_arg(op.LIST_APPEND, 2)
            self.emit_jump(asm.JUMP, next_except)
            self.use_block(no_match)
            self.emit(op.POP_TOP)     # the None match
            self.use_block(next_except)
            if i == n - 1:
                # the unmatched rest joins the list
                self.set_no_position()
                self.emit_arg(op.LIST_APPEND, 1)
                self.emit_jump(asm.JUMP, reraise_star)
            i += 1
        self.pop_fblock()
        reraise = self.new_block()
        self.use_block(reraise_star)
        self.set_no_position()
        self.emit(op.PREP_RERAISE_STAR)
        self.emit_arg(op.COPY, 1)
        self.emit_jump(op.POP_JUMP_IF_NOT_NONE, reraise)
        self.use_new_block()
        self.emit(op.POP_TOP)
        self.emit(asm.POP_BLOCK)
        self.emit(op.POP_EXCEPT)
        self.emit_jump(asm.JUMP, end)
        self.use_block(reraise)
        self.emit(asm.POP_BLOCK)
        self.emit_arg(op.SWAP, 2)
        self.emit(op.POP_EXCEPT)
        self.emit(op.RERAISE)
        self.use_block(cleanup)
        self.pop_except_and_reraise()
        self.use_block(orelse)
        self.visit_stmts(node.orelse)
        self.use_block(end)

    def visit_With(self, node: ast.With) -> None:
        self.compile_with(node, node.items, 0, node.body, False)

    def visit_AsyncWith(self, node: ast.AsyncWith) -> None:
        if self.u.kind != U_ASYNC_FUNCTION and not (self.u.kind == U_COMPREHENSION
                                                    and self.u.scope.coroutine):
            raise self.error("'async with' outside async function", node)
        self.compile_with(node, node.items, 0, node.body, True)

    def compile_with(self, node: ast.stmt, items: list[ast.withitem], pos: int,
                     body: list[ast.stmt], is_async: bool) -> None:
        item = items[pos]
        final = self.new_block()
        exit = self.new_block()
        cleanup = self.new_block()
        self.visit_expr(item.context_expr)
        self.set_position(node)
        if is_async:
            self.emit(op.BEFORE_ASYNC_WITH)
            self.emit_arg(op.GET_AWAITABLE, 1)
            self.load_const(CONST_NONE)
            self.emit_yield_from(True)
        else:
            self.emit(op.BEFORE_WITH)
        self.emit_jump(asm.SETUP_WITH, final)
        self.use_new_block()
        self.push_fblock(FB_ASYNC_WITH if is_async else FB_WITH, None, None, None, None, node)
        target = item.optional_vars
        if target is not None:
            self.visit_target(target)
        else:
            self.emit(op.POP_TOP)
        if pos + 1 < len(items):
            self.compile_with(node, items, pos + 1, body, is_async)
        else:
            self.visit_stmts(body)
        self.pop_fblock()
        self.set_position(node)
        self.emit(asm.POP_BLOCK)
        self.call_exit_with_nones()
        if is_async:
            self.emit_arg(op.GET_AWAITABLE, 2)
            self.load_const(CONST_NONE)
            self.emit_yield_from(True)
        self.emit(op.POP_TOP)
        self.emit_jump(asm.JUMP, exit)
        # an exception: [exit, exc]
        self.use_block(final)
        self.set_position(node)
        self.emit_jump(asm.SETUP_FINALLY, cleanup)
        self.emit(op.PUSH_EXC_INFO)
        self.emit(op.WITH_EXCEPT_START)
        if is_async:
            self.emit_arg(op.GET_AWAITABLE, 2)
            self.load_const(CONST_NONE)
            self.emit_yield_from(True)
        # [exit, prev, exc, res]
        suppress = self.new_block()
        self.emit_jump(op.POP_JUMP_IF_TRUE, suppress)
        self.use_new_block()
        self.emit(op.RERAISE)
        self.use_block(suppress)
        self.emit(op.POP_TOP)
        self.emit(asm.POP_BLOCK)
        self.emit(op.POP_EXCEPT)
        self.emit(op.POP_TOP)
        self.emit_jump(asm.JUMP, exit)
        self.use_block(cleanup)
        self.pop_except_and_reraise()
        self.use_block(exit)

    def visit_Match(self, node: ast.Match) -> None:
        self.compile_match(node)

    # -- expressions

    def visit_expr(self, e: ast.expr) -> None:
        saved = self.save_position()
        self.set_position(e)
        c = fold_expr(e)
        if c is not None:
            self.load_const(c)
        else:
            e.walkabout(self)
        self.restore_position(saved)

    def visit_Constant(self, node: ast.Constant) -> None:
        self.load_const(node.value)

    def visit_Name(self, node: ast.Name) -> None:
        if not isinstance(node.ctx, ast.Load):
            raise self.error("internal compiler error: Name in store context", node)
        self.load_name(node.id)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        self.visit_expr(node.value)
        self.set_attr_position(node)
        self.emit_name_op(op.LOAD_ATTR, self.mangle(node.attr))

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if isinstance(node.ctx, ast.Load):
            msg = literal_checks.subscripter_warning(node.value)
            if msg is None:
                msg = literal_checks.index_warning(node.value, node.slice)
            if msg is not None:
                self.warn(msg, node)
        self.visit_expr(node.value)
        self.visit_slice(node.slice)
        self.set_position(node)
        self.emit(op.BINARY_SUBSCR)

    def visit_Slice(self, node: ast.Slice) -> None:
        self.visit_slice(node)

    def visit_Starred(self, node: ast.Starred) -> None:
        raise self.error("can't use starred expression here", node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        self.visit_expr(node.left)
        self.visit_expr(node.right)
        self.emit_arg(op.BINARY_OP, BINOP_NUM[node.op.node_name()])

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        self.visit_expr(node.operand)
        name = node.op.node_name()
        if name == "Not":
            self.emit(op.UNARY_NOT)
        elif name == "USub":
            self.emit(op.UNARY_NEGATIVE)
        elif name == "UAdd":
            self.emit(op.UNARY_POSITIVE)
        else:
            self.emit(op.UNARY_INVERT)

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        end = self.new_block()
        jump = op.JUMP_IF_FALSE_OR_POP if isinstance(node.op, ast.And) else op.JUMP_IF_TRUE_OR_POP
        n = len(node.values)
        i = 0
        while i < n - 1:
            self.visit_expr(node.values[i])
            self.emit_jump(jump, end)
            self.use_new_block()
            i += 1
        self.visit_expr(node.values[n - 1])
        self.use_block(end)

    def emit_compare_op(self, cmp: ast.cmpop) -> None:
        name = cmp.node_name()
        if name == "Is":
            self.emit_arg(op.IS_OP, 0)
        elif name == "IsNot":
            self.emit_arg(op.IS_OP, 1)
        elif name == "In":
            self.emit_arg(op.CONTAINS_OP, 0)
        elif name == "NotIn":
            self.emit_arg(op.CONTAINS_OP, 1)
        else:
            self.emit_arg(op.COMPARE_OP, CMP_NUM[name])

    def compare_check(self, node: ast.Compare) -> None:
        msg = literal_checks.compare_warning(node)
        if msg is not None:
            self.warn(msg, node)

    def visit_Compare(self, node: ast.Compare) -> None:
        self.compare_check(node)
        self.visit_expr(node.left)
        n = len(node.ops)
        if n == 1:
            self.visit_comparator(node.comparators[0], node.ops[0])
            self.emit_compare_op(node.ops[0])
            return
        cleanup = self.new_block()
        end = self.new_block()
        i = 0
        while i < n - 1:
            self.visit_comparator(node.comparators[i], node.ops[i])
            self.emit_arg(op.SWAP, 2)
            self.emit_arg(op.COPY, 2)
            self.emit_compare_op(node.ops[i])
            self.emit_jump(op.JUMP_IF_FALSE_OR_POP, cleanup)
            self.use_new_block()
            i += 1
        self.visit_comparator(node.comparators[n - 1], node.ops[n - 1])
        self.emit_compare_op(node.ops[n - 1])
        self.emit_jump(asm.JUMP, end)
        self.use_block(cleanup)
        self.emit_arg(op.SWAP, 2)
        self.emit(op.POP_TOP)
        self.use_block(end)

    def visit_comparator(self, e: ast.expr, cmp: ast.cmpop) -> None:
        """The right operand; `x in [1, 2]` tests a constant tuple, `x in {1, 2}`
        a constant frozenset (CPython's AST optimizer does the same)."""
        name = cmp.node_name()
        if name == "In" or name == "NotIn":
            c = fold_in_container(e)
            if c is not None:
                self.load_const(c)
                return
        self.visit_expr(e)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        end = self.new_block()
        nxt = self.new_block()
        self.jump_if(node.test, nxt, False)
        self.visit_expr(node.body)
        self.emit_jump(asm.JUMP, end)
        self.use_block(nxt)
        self.visit_expr(node.orelse)
        self.use_block(end)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.visit_expr(node.value)
        self.emit_arg(op.COPY, 1)
        self.visit_target(node.target)

    def jump_if(self, e: ast.expr, target: asm.Block, cond: bool) -> None:
        """Jumps to target if e's truth is cond; falls through otherwise."""
        saved = self.save_position()
        self.set_position(e)
        self.jump_if_inner(e, target, cond)
        self.restore_position(saved)

    def jump_if_inner(self, e: ast.expr, target: asm.Block, cond: bool) -> None:
        if isinstance(e, ast.UnaryOp) and e.op.node_name() == "Not":
            self.jump_if(e.operand, target, not cond)
            return
        if isinstance(e, ast.BoolOp):
            is_or = isinstance(e.op, ast.Or)
            nxt = target
            if is_or != cond:
                nxt = self.new_block()
            n = len(e.values)
            i = 0
            while i < n - 1:
                self.jump_if(e.values[i], nxt, is_or)
                self.use_new_block()
                i += 1
            self.jump_if(e.values[n - 1], target, cond)
            if nxt is not target:
                self.use_block(nxt)
            return
        if isinstance(e, ast.IfExp):
            end = self.new_block()
            nxt2 = self.new_block()
            self.jump_if(e.test, nxt2, False)
            self.jump_if(e.body, target, cond)
            self.emit_jump(asm.JUMP, end)
            self.use_block(nxt2)
            self.jump_if(e.orelse, target, cond)
            self.use_block(end)
            return
        if isinstance(e, ast.Compare) and len(e.ops) > 1:
            self.compare_check(e)
            n = len(e.ops)
            cleanup = self.new_block()
            self.visit_expr(e.left)
            i = 0
            while i < n - 1:
                self.visit_comparator(e.comparators[i], e.ops[i])
                self.emit_arg(op.SWAP, 2)
                self.emit_arg(op.COPY, 2)
                self.emit_compare_op(e.ops[i])
                self.emit_jump(op.POP_JUMP_IF_FALSE, cleanup)
                self.use_new_block()
                i += 1
            self.visit_comparator(e.comparators[n - 1], e.ops[n - 1])
            self.emit_compare_op(e.ops[n - 1])
            self.emit_jump(op.POP_JUMP_IF_TRUE if cond else op.POP_JUMP_IF_FALSE, target)
            self.use_new_block()
            end = self.new_block()
            self.emit_jump(asm.JUMP, end)
            self.use_block(cleanup)
            self.emit(op.POP_TOP)
            if not cond:
                self.emit_jump(asm.JUMP, target)
            self.use_block(end)
            return
        c = fold_expr(e)
        if c is not None:
            truth = truth_of(c)
            if truth == cond:
                self.emit_jump(asm.JUMP, target)
            else:
                self.emit(op.NOP)       # the test's line (CPython's folded jump)
            return
        self.visit_expr(e)
        self.emit_jump(op.POP_JUMP_IF_TRUE if cond else op.POP_JUMP_IF_FALSE, target)
        self.use_new_block()

    # -- displays

    def visit_Tuple(self, node: ast.Tuple) -> None:
        self.starunpack(node.elts, op.BUILD_TUPLE, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND,
                        True)

    def visit_List(self, node: ast.List) -> None:
        self.starunpack(node.elts, op.BUILD_LIST, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND,
                        False)

    def visit_Set(self, node: ast.Set) -> None:
        self.starunpack(node.elts, op.BUILD_SET, op.BUILD_SET, op.SET_ADD, op.SET_UPDATE, False)

    def starunpack(self, elts: list[ast.expr], build: int, inner: int, add: int, extend: int,
                   tuple_: bool) -> None:
        n = len(elts)
        has_star = False
        for e in elts:
            if isinstance(e, ast.Starred):
                has_star = True
        if not has_star:
            # a list or set of 3+ constants: build empty, extend by a tuple
            if n > 2 and build != op.BUILD_TUPLE:
                consts: list[ConstValue] = []
                for e in elts:
                    c = fold_expr(e)
                    if c is None:
                        break
                    consts.append(c)
                if len(consts) == n:
                    self.emit_arg(inner, 0)
                    if build == op.BUILD_SET:
                        self.load_const(make_frozenset(consts))
                    else:
                        self.load_const(ConstTuple(consts))
                    self.emit_arg(extend, 1)
                    return
            for e in elts:
                self.visit_expr(e)
            self.emit_arg(build, n)
            return
        # with starred items: collect into a list (or set), convert at the end
        seen_star = False
        pending = 0
        for e in elts:
            if isinstance(e, ast.Starred):
                if not seen_star:
                    self.emit_arg(inner, pending)
                    seen_star = True
                self.visit_expr(e.value)
                self.emit_arg(extend, 1)
            else:
                self.visit_expr(e)
                if seen_star:
                    self.emit_arg(add, 1)
                else:
                    pending += 1
        if tuple_:
            self.emit(op.LIST_TO_TUPLE)

    def visit_Dict(self, node: ast.Dict) -> None:
        n = len(node.keys)
        i = 0
        chunk = 0
        have_dict = False
        while i < n:
            key = node.keys[i]
            if key is None:
                # `**m`
                if chunk > 0 or not have_dict:
                    self.emit_arg(op.BUILD_MAP, chunk)
                    if have_dict:
                        self.emit_arg(op.DICT_UPDATE, 1)
                    have_dict = True
                    chunk = 0
                self.visit_expr(node.values[i])
                self.emit_arg(op.DICT_UPDATE, 1)
            else:
                if not have_dict and chunk == 0 and self.const_keys_run(node, i):
                    # every key of the display is constant: one BUILD_CONST_KEY_MAP
                    keys: list[ConstValue] = []
                    while i < n:
                        k = node.keys[i]
                        assert k is not None
                        c = fold_expr(k)
                        assert c is not None
                        keys.append(c)
                        self.visit_expr(node.values[i])
                        i += 1
                    self.load_const(ConstTuple(keys))
                    self.emit_arg(op.BUILD_CONST_KEY_MAP, len(keys))
                    return
                self.visit_expr(key)
                self.visit_expr(node.values[i])
                chunk += 1
            i += 1
        if chunk > 0 or not have_dict:
            self.emit_arg(op.BUILD_MAP, chunk)
            if have_dict:
                self.emit_arg(op.DICT_UPDATE, 1)

    def const_keys_run(self, node: ast.Dict, start: int) -> bool:
        """True if keys[start:] are 2 or more constants and no `**`."""
        n = len(node.keys)
        if n - start < 2:
            return False
        i = start
        while i < n:
            k = node.keys[i]
            if k is None or fold_expr(k) is None:
                return False
            i += 1
        return True

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        n = len(node.values)
        if n == 1 and isinstance(node.values[0], ast.FormattedValue):
            self.visit_expr(node.values[0])
            return
        for v in node.values:
            self.visit_expr(v)
        if n != 1:
            self.emit_arg(op.BUILD_STRING, n)

    def visit_FormattedValue(self, node: ast.FormattedValue) -> None:
        self.visit_expr(node.value)
        conv = node.conversion
        flags = op.FVC_NONE
        if conv == 115:
            flags = op.FVC_STR
        elif conv == 114:
            flags = op.FVC_REPR
        elif conv == 97:
            flags = op.FVC_ASCII
        spec = node.format_spec
        if spec is not None:
            self.visit_expr(spec)
            flags |= op.FVS_HAVE_SPEC
        self.set_position(node)
        self.emit_arg(op.FORMAT_VALUE, flags)

    # -- calls

    def visit_Call(self, node: ast.Call) -> None:
        msg = literal_checks.caller_warning(node.func)
        if msg is not None:
            self.warn(msg, node)
        self.validate_keywords(node.keywords)
        func = node.func
        if isinstance(func, ast.Attribute) and self.is_simple_call(node):
            self.visit_expr(func.value)
            self.set_attr_position(func)
            self.emit_name_op(op.LOAD_METHOD, self.mangle(func.attr))
            for a in node.args:
                self.visit_expr(a)
            nkw = len(node.keywords)
            for kw in node.keywords:
                self.visit_expr(kw.value)
            self.set_position(node)
            self.update_start_to_attr(func)
            n = len(node.args) + nkw
            if nkw > 0:
                self.load_kwnames(node.keywords)
                self.emit_arg(op.CALL_METHOD_KW, n)
            else:
                self.emit_arg(op.CALL_METHOD, n)
            return
        self.visit_expr(func)
        self.call_helper(0, node.args, node.keywords, node)

    def is_simple_call(self, node: ast.Call) -> bool:
        if len(node.args) + len(node.keywords) >= 250:
            return False
        for a in node.args:
            if isinstance(a, ast.Starred):
                return False
        for kw in node.keywords:
            if kw.arg is None:
                return False
        return True

    def validate_keywords(self, keywords: list[ast.keyword]) -> None:
        n = len(keywords)
        i = 0
        while i < n:
            name = keywords[i].arg
            if name is not None:
                self.check_forbidden_name(name, None)
                j = i + 1
                while j < n:
                    other = keywords[j].arg
                    if other is not None and other == name:
                        raise self.error("keyword argument repeated: %s" % name, keywords[j])
                    j += 1
            i += 1

    def load_kwnames(self, keywords: list[ast.keyword]) -> None:
        names: list[ConstValue] = []
        for kw in keywords:
            name = kw.arg
            assert name is not None
            names.append(ConstStr(name))
        self.load_const(ConstTuple(names))

    def call_helper(self, already: int, args: list[ast.expr], keywords: list[ast.keyword],
                    node: ast.AST) -> None:
        """The callable (and `already` arguments) are on the stack: pushes
        the arguments and calls."""
        self.validate_keywords(keywords)
        simple = len(args) + len(keywords) + already < 250
        for a in args:
            if isinstance(a, ast.Starred):
                simple = False
        for kw in keywords:
            if kw.arg is None:
                simple = False
        if simple:
            for a in args:
                self.visit_expr(a)
            for kw in keywords:
                self.visit_expr(kw.value)
            self.set_position(node)
            n = already + len(args) + len(keywords)
            if len(keywords) > 0:
                self.load_kwnames(keywords)
                self.emit_arg(op.CALL_KW, n)
            else:
                self.emit_arg(op.CALL, n)
            return
        # the general case: f(*args, **kwargs)
        # positional arguments into one tuple (a lone `*x` is passed as it
        # is: CALL_FUNCTION_EX converts it, with the function's name in its
        # error message)
        if already == 0 and len(args) == 1 and isinstance(args[0], ast.Starred):
            starred = args[0]
            assert isinstance(starred, ast.Starred)
            self.visit_expr(starred.value)
            self.call_ex_keywords(keywords, node)
            return
        if already > 0:
            self.emit_arg(op.BUILD_LIST, already)
            seen = True
        else:
            seen = False
        pending = 0
        for a in args:
            if isinstance(a, ast.Starred):
                if not seen:
                    self.emit_arg(op.BUILD_LIST, pending)
                    pending = 0
                    seen = True
                elif pending > 0:
                    pending = 0
                self.visit_expr(a.value)
                self.emit_arg(op.LIST_EXTEND, 1)
            else:
                self.visit_expr(a)
                if seen:
                    self.emit_arg(op.LIST_APPEND, 1)
                else:
                    pending += 1
        if seen:
            self.emit(op.LIST_TO_TUPLE)
        else:
            self.emit_arg(op.BUILD_TUPLE, pending)
        self.call_ex_keywords(keywords, node)

    def call_ex_keywords(self, keywords: list[ast.keyword], node: ast.AST) -> None:
        """The keyword arguments of CALL_FUNCTION_EX, into one dict, and the call."""
        nkw = len(keywords)
        if nkw > 0:
            have_dict = False
            chunk = 0
            for kw in keywords:
                name = kw.arg
                if name is None:
                    if chunk > 0 or not have_dict:
                        self.emit_arg(op.BUILD_MAP, chunk)
                        if have_dict:
                            self.emit_arg(op.DICT_MERGE, 1)
                        have_dict = True
                        chunk = 0
                    self.visit_expr(kw.value)
                    self.emit_arg(op.DICT_MERGE, 1)
                else:
                    self.load_const(ConstStr(name))
                    self.visit_expr(kw.value)
                    chunk += 1
            if chunk > 0:
                self.emit_arg(op.BUILD_MAP, chunk)
                if have_dict:
                    self.emit_arg(op.DICT_MERGE, 1)
            self.set_position(node)
            self.emit_arg(op.CALL_FUNCTION_EX, 1)
        else:
            self.set_position(node)
            self.emit_arg(op.CALL_FUNCTION_EX, 0)

    # -- comprehensions

    def visit_ListComp(self, node: ast.ListComp) -> None:
        self.compile_comprehension(node, "<listcomp>", node.generators, node.elt, None,
                                   op.BUILD_LIST)

    def visit_SetComp(self, node: ast.SetComp) -> None:
        self.compile_comprehension(node, "<setcomp>", node.generators, node.elt, None,
                                   op.BUILD_SET)

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self.compile_comprehension(node, "<dictcomp>", node.generators, node.key, node.value,
                                   op.BUILD_MAP)

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self.compile_comprehension(node, "<genexpr>", node.generators, node.elt, None, -1)

    def compile_comprehension(self, node: ast.expr, name: str,
                              generators: list[ast.comprehension], elt: ast.expr,
                              value: ast.expr | None, build: int) -> None:
        outer_kind = self.u.kind
        outermost = generators[0]
        self.enter_unit(node, U_COMPREHENSION, name, node.lineno)
        self.set_position(node)
        ste = self.u.scope
        is_async_generator = ste.coroutine
        if (is_async_generator and build != -1 and outer_kind != U_ASYNC_FUNCTION
                and outer_kind != U_COMPREHENSION):
            self.u = self.units.pop()
            raise self.error("asynchronous comprehension outside of an asynchronous function",
                             node)
        self.u.argcount = 1
        if build != -1:
            self.emit_arg(build, 0)
        self.comprehension_generator(generators, 0, 0, elt, value, build)
        if build != -1:
            self.set_position(node)
            self.emit(op.RETURN_VALUE)
        code = self.exit_unit()
        self.set_position(node)
        self.make_closure(code, 0)
        # the outermost iterable is evaluated in the enclosing scope
        self.visit_expr(outermost.iter)
        self.set_position(node)
        if outermost.is_async:
            self.emit(op.GET_AITER)
        else:
            self.emit(op.GET_ITER)
        self.emit_arg(op.CALL, 1)
        if is_async_generator and build != -1:
            self.emit_arg(op.GET_AWAITABLE, 0)
            self.load_const(CONST_NONE)
            self.emit_yield_from(True)

    def comprehension_generator(self, generators: list[ast.comprehension], gen_index: int,
                                depth: int, elt: ast.expr, value: ast.expr | None,
                                build: int) -> None:
        gen = generators[gen_index]
        if gen.is_async:
            self.async_comprehension_generator(generators, gen_index, depth, elt, value, build)
            return
        start = self.new_block()
        if_cleanup = self.new_block()
        anchor = self.new_block()
        if gen_index == 0:
            self.emit_arg(op.LOAD_FAST, self.add_varname(".0"))
        else:
            self.visit_expr(gen.iter)
            self.emit(op.GET_ITER)
        depth += 1
        self.use_block(start)
        self.emit_jump(op.FOR_ITER, anchor)
        self.use_new_block()
        self.visit_target(gen.target)
        for cond in gen.ifs:
            self.jump_if(cond, if_cleanup, False)
        if gen_index + 1 < len(generators):
            self.comprehension_generator(generators, gen_index + 1, depth, elt, value, build)
        else:
            self.comprehension_element(depth, elt, value, build)
        self.use_block(if_cleanup)
        self.emit_jump(asm.JUMP, start)
        self.use_block(anchor)

    def async_comprehension_generator(self, generators: list[ast.comprehension],
                                      gen_index: int, depth: int, elt: ast.expr,
                                      value: ast.expr | None, build: int) -> None:
        gen = generators[gen_index]
        start = self.new_block()
        except_ = self.new_block()
        if_cleanup = self.new_block()
        if gen_index == 0:
            self.emit_arg(op.LOAD_FAST, self.add_varname(".0"))
        else:
            self.visit_expr(gen.iter)
            self.emit(op.GET_AITER)
        depth += 1
        self.use_block(start)
        self.push_fblock(FB_ASYNC_COMPREHENSION_GENERATOR, start, None, None, None, gen.iter)
        self.emit_jump(asm.SETUP_FINALLY, except_)
        self.emit(op.GET_ANEXT)
        self.load_const(CONST_NONE)
        self.emit_yield_from(True)
        self.emit(asm.POP_BLOCK)
        self.visit_target(gen.target)
        for cond in gen.ifs:
            self.jump_if(cond, if_cleanup, False)
        if gen_index + 1 < len(generators):
            self.comprehension_generator(generators, gen_index + 1, depth, elt, value, build)
        else:
            self.comprehension_element(depth, elt, value, build)
        self.use_block(if_cleanup)
        self.emit_jump(asm.JUMP, start)
        self.pop_fblock()
        self.use_block(except_)
        self.set_position(gen.iter)
        self.emit(op.END_ASYNC_FOR)

    def comprehension_element(self, depth: int, elt: ast.expr, value: ast.expr | None,
                              build: int) -> None:
        if build == -1:
            self.visit_expr(elt)
            self.emit(op.YIELD_VALUE)
            self.emit(op.POP_TOP)
        elif build == op.BUILD_LIST:
            self.visit_expr(elt)
            self.emit_arg(op.LIST_APPEND, depth + 1)
        elif build == op.BUILD_SET:
            self.visit_expr(elt)
            self.emit_arg(op.SET_ADD, depth + 1)
        else:
            assert value is not None
            self.visit_expr(elt)
            self.visit_expr(value)
            self.emit_arg(op.MAP_ADD, depth + 1)

    # -- generators and coroutines

    def check_in_function(self, what: str, node: ast.expr) -> None:
        if not self.u.is_function():
            raise self.error("'%s' outside function" % what, node)

    def visit_Yield(self, node: ast.Yield) -> None:
        self.check_in_function("yield", node)
        value = node.value
        if value is not None:
            self.visit_expr(value)
        else:
            self.load_const(CONST_NONE)
        self.set_position(node)
        self.emit(op.YIELD_VALUE)

    def visit_YieldFrom(self, node: ast.YieldFrom) -> None:
        self.check_in_function("yield", node)
        if self.u.kind == U_ASYNC_FUNCTION:
            raise self.error("'yield from' inside async function", node)
        self.visit_expr(node.value)
        self.set_position(node)
        self.emit(op.GET_YIELD_FROM_ITER)
        self.load_const(CONST_NONE)
        self.emit_yield_from(False)

    def visit_Await(self, node: ast.Await) -> None:
        if not self.u.is_function():
            raise self.error("'await' outside function", node)
        if self.u.kind != U_ASYNC_FUNCTION and self.u.kind != U_COMPREHENSION:
            raise self.error("'await' outside async function", node)
        self.visit_expr(node.value)
        self.set_position(node)
        self.emit_arg(op.GET_AWAITABLE, 0)
        self.load_const(CONST_NONE)
        self.emit_yield_from(True)


# -- helpers on the AST

def find_annotation(stmts: list[ast.stmt]) -> bool:
    """True if an annotated assignment is in these statements (not inside
    nested functions or classes): the body needs SETUP_ANNOTATIONS."""
    for s in stmts:
        if isinstance(s, ast.AnnAssign):
            return True
        if isinstance(s, ast.For):
            if find_annotation(s.body) or find_annotation(s.orelse):
                return True
        elif isinstance(s, ast.AsyncFor):
            if find_annotation(s.body) or find_annotation(s.orelse):
                return True
        elif isinstance(s, ast.While):
            if find_annotation(s.body) or find_annotation(s.orelse):
                return True
        elif isinstance(s, ast.If):
            if find_annotation(s.body) or find_annotation(s.orelse):
                return True
        elif isinstance(s, ast.With):
            if find_annotation(s.body):
                return True
        elif isinstance(s, ast.AsyncWith):
            if find_annotation(s.body):
                return True
        elif isinstance(s, ast.Try):
            if (find_annotation(s.body) or find_annotation(s.orelse)
                    or find_annotation(s.finalbody)):
                return True
            for h in s.handlers:
                if isinstance(h, ast.ExceptHandler) and find_annotation(h.body):
                    return True
        elif isinstance(s, ast.TryStar):
            if (find_annotation(s.body) or find_annotation(s.orelse)
                    or find_annotation(s.finalbody)):
                return True
            for h in s.handlers:
                if isinstance(h, ast.ExceptHandler) and find_annotation(h.body):
                    return True
        elif isinstance(s, ast.Match):
            for case in s.cases:
                if find_annotation(case.body):
                    return True
    return False


def unparse_annotation(e: ast.expr) -> str:
    """An annotation under `from __future__ import annotations`: its source
    text, as CPython's ast_unparse.c writes it."""
    return unparse(e)


# -- entry points

def compile_module(module: ast.Module, filename: str, optimize: int = -1) -> CodeObject:
    """Compiles a parsed module; raises SourceError.  optimize: the -O
    level, -1 for the interpreter's (ouro/compiler/options.py)."""
    top = build_symtable(module)
    c = Compiler(filename, top, future_annotations(module), optimize)
    c.future_nodes = future_import_nodes(module)
    c.set_no_position()
    c.compile_body(module.body)
    return c.make_code()


def future_import_nodes(module: ast.Module) -> dict[ast.AST, bool]:
    """The `from __future__ import` statements at the start of a module
    (after the docstring): the only places where they are allowed."""
    result: dict[ast.AST, bool] = {}
    body = module.body
    i = 0
    if docstring_of(body) is not None:
        i = 1
    while i < len(body):
        s = body[i]
        if isinstance(s, ast.ImportFrom) and s.module is not None and s.module == "__future__":
            result[s] = True
        else:
            break
        i += 1
    return result


def compile_source(raw: bytes, filename: str, optimize: int = -1,
                   file_mode: bool = False, allow_incomplete: bool = False) -> CodeObject:
    """Parses and compiles the bytes of a source file; raises SourceError.
    file_mode: the main script, read from a file or stdin; allow_incomplete:
    compile()'s flag for codeop (parser.parse)."""
    return compile_module(parse(raw, file_mode, allow_incomplete, True, filename), filename,
                          optimize)



def compile_eval(raw: bytes, filename: str, optimize: int = -1,
                 allow_incomplete: bool = False) -> CodeObject:
    """compile(src, filename, 'eval'): one expression, its value returned.
    (The source is parsed as a module that must be a single expression
    statement; a statement gives CPython's "invalid syntax" at its start.)"""
    module = parse(raw, False, allow_incomplete, True, filename)
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
    top = build_symtable(module)
    c = Compiler(filename, top, False, optimize)
    c.set_position(stmt)
    c.visit_expr(stmt.value)
    c.emit(op.RETURN_VALUE)
    return c.make_code()


def compile_single(raw: bytes, filename: str, optimize: int = -1,
                   allow_incomplete: bool = False, imply_dedent: bool = True) -> CodeObject:
    """compile(src, filename, 'single'): the interactive prompt's mode,
    expression statements print their value (PRINT_EXPR).  The last two
    arguments: compile()'s flags for codeop (parser.parse)."""
    module = parse(raw, False, allow_incomplete, imply_dedent, filename)
    body = module.body
    k = 1
    while k < len(body) and body[k].lineno == body[k - 1].end_lineno and \
            not is_compound(body[k - 1]):
        k += 1              # `a = 1; b = 2` is one (simple_stmts) line
    if k < len(body):
        raise single_statement_error(raw, body[k - 1], body[k])
    if len(body) == 1 and is_compound(body[0]) and not raw.endswith(b"\n"):
        # `def h(): pass` without a newline: the one NEWLINE CPython adds at
        # the end goes to the body, the compound statement wants another
        # (a block whose last line is indented gets it after the dedents)
        last = raw.split(b"\n")[-1]
        if len(last) > 0 and last[0] != 32 and last[0] != 9:
            n = len(raw.split(b"\n"))
            err = SourceError("SyntaxError", "incomplete input" if allow_incomplete
                              else "invalid syntax", n, 0, n, 0, decoded_line(last))
            err.from_tokenizer = True
            raise err
    top = build_symtable(module)
    c = Compiler(filename, top, future_annotations(module), optimize)
    c.future_nodes = future_import_nodes(module)
    c.interactive = True
    c.set_no_position()
    if find_annotation(module.body):
        c.emit(op.SETUP_ANNOTATIONS)
    for s in module.body:
        c.visit_stmt(s)
    return c.make_code()


def single_statement_error(raw: bytes, first: ast.stmt, second: ast.stmt) -> SourceError:
    """'single' mode compiles one statement: CPython's error when more
    follow.  After a simple statement it is "multiple statements found" at
    the end of its line (at its comment, if any); after a compound one, whose
    rule wants a NEWLINE where the next statement starts, "invalid syntax"
    at that statement's first token."""
    lines = raw.split(b"\n")
    if is_compound(first):
        lineno = second.lineno
        line = decoded_line(lines[lineno - 1])
        col = second.col_offset
        end = col + 1
        while end < len(line) and (line[end].isalnum() or line[end] == "_"):
            end += 1
        if not (line[col].isalnum() or line[col] == "_"):
            end = col + 1
        err = SourceError("SyntaxError", "invalid syntax", lineno, col + 1, lineno, end + 1,
                          line + "\n" if lineno < len(lines) else line)
        err.from_tokenizer = True       # the text as it is: no newline added
        return err
    lineno = first.end_lineno
    line = decoded_line(lines[lineno - 1])
    start = len(line)
    hash_at = line.find("#", first.end_col_offset)
    if hash_at >= 0:
        start = hash_at
    return SourceError("SyntaxError", "multiple statements found while compiling a single statement",
                       lineno, start + 1, lineno, len(line) + 1, line + "\n")


def is_compound(s: ast.stmt) -> bool:
    return isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.If,
                          ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith,
                          ast.Try, ast.TryStar, ast.Match))


def decoded_line(raw_line: bytes) -> str:
    """A line of the source for an error's text (a source that declares
    another encoding than UTF-8 gets its bytes as Latin-1)."""
    try:
        return raw_line.decode()
    except UnicodeDecodeError:
        return latin1_decode(raw_line)

