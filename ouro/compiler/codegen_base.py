"""The code generator's machinery, shared by its parts: code units,
emission into basic blocks, constants and names, frame blocks and their
unwinding, name operations and assignment targets.

The compiler is one class split over three files, each a subclass of the
one before: CodeGenBase here, MatchCompiler (ouro/compiler/codegen_match.py,
pattern matching), Compiler (ouro/compiler/codegen.py, everything else).
The methods a part needs from a later one are declared here and raise
NotImplementedError.
"""
from __future__ import annotations

from ouro.compiler import assemble as asm
from ouro.compiler import opcodes as op
from ouro.compiler import options
from ouro.compiler.code import CodeObject, encode_exceptiontable, encode_linetable, const_key
from ouro.compiler.symtable import (CELL, CLASS_BLOCK, DEF_FREE_CLASS, FREE, FUNCTION_BLOCK,
                                    GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_MASK,
                                    SCOPE_OFFSET, Scope, mangle, scopes_by_node)
from ouro.parser import astnodes as ast
from ouro.parser.constvalue import CONST_NONE, ConstStr, ConstValue
from ouro.parser.errors import WARNINGS, SourceError

# frame block kinds (what `return`/`break`/`continue` must unwind)
FB_WHILE_LOOP = 0
FB_FOR_LOOP = 1
FB_TRY_EXCEPT = 2
FB_FINALLY_TRY = 3
FB_FINALLY_END = 4
FB_WITH = 5
FB_ASYNC_WITH = 6
FB_HANDLER_CLEANUP = 7
FB_POP_VALUE = 8
FB_EXCEPTION_HANDLER = 9
FB_EXCEPTION_GROUP_HANDLER = 10
FB_ASYNC_COMPREHENSION_GENERATOR = 11

BINOP_NUM = {"Add": op.NB_ADD, "BitAnd": op.NB_AND, "FloorDiv": op.NB_FLOOR_DIVIDE,
             "LShift": op.NB_LSHIFT, "MatMult": op.NB_MATRIX_MULTIPLY, "Mult": op.NB_MULTIPLY,
             "Mod": op.NB_REMAINDER, "BitOr": op.NB_OR, "Pow": op.NB_POWER,
             "RShift": op.NB_RSHIFT, "Sub": op.NB_SUBTRACT, "Div": op.NB_TRUE_DIVIDE,
             "BitXor": op.NB_XOR}
CMP_NUM = {"Lt": op.CMP_LT, "LtE": op.CMP_LE, "Eq": op.CMP_EQ, "NotEq": op.CMP_NE,
           "Gt": op.CMP_GT, "GtE": op.CMP_GE}

# scope kinds of a CodeUnit (for qualnames and checks)
U_MODULE = 0
U_CLASS = 1
U_FUNCTION = 2
U_ASYNC_FUNCTION = 3
U_LAMBDA = 4
U_COMPREHENSION = 5




class FBlock:
    kind: int
    block: asm.Block | None     # loops: the start (continue target)
    exit: asm.Block | None      # loops: the end (break target)
    name: str | None            # FB_HANDLER_CLEANUP: the `as` name
    body: list[ast.stmt] | None  # FB_FINALLY_TRY: the finally body
    node: ast.AST | None        # for error positions

    def __init__(self, kind: int, block: asm.Block | None, exit: asm.Block | None,
                 name: str | None, body: list[ast.stmt] | None, node: ast.AST | None) -> None:
        self.kind = kind
        self.block = block
        self.exit = exit
        self.name = name
        self.body = body
        self.node = node


class CodeUnit:
    """The state of one code object being compiled."""
    scope: Scope
    kind: int
    name: str
    qualname: str
    private: str | None
    firstlineno: int
    blocks: list[asm.Block]
    nblocks: int
    cur: asm.Block
    consts: list[ConstValue]
    const_index: dict[str, int]
    names: list[str]
    name_index: dict[str, int]
    varnames: list[str]
    var_index: dict[str, int]
    cellvars: list[str]
    freevars: list[str]
    cell_index: dict[str, int]      # cell variable -> its ARG_DEREF index
    free_index: dict[str, int]      # free variable -> its ARG_DEREF index
    argcount: int
    posonlyargcount: int
    kwonlyargcount: int
    arg_flags: int              # CO_VARARGS, CO_VARKEYWORDS
    fblocks: list[FBlock]
    lineno: int
    end_lineno: int
    col: int
    end_col: int
    in_finally_handler: int

    def __init__(self, scope: Scope, kind: int, name: str, qualname: str, private: str | None,
                 firstlineno: int) -> None:
        self.scope = scope
        self.kind = kind
        self.name = name
        self.qualname = qualname
        self.private = private
        self.firstlineno = firstlineno
        self.blocks = []
        self.nblocks = 0
        self.cur = asm.Block(0)
        self.consts = []
        self.const_index = {}
        self.names = []
        self.name_index = {}
        self.varnames = []
        self.var_index = {}
        for v in scope.varnames:
            self.var_index[v] = len(self.varnames)
            self.varnames.append(v)
        # cells: the CELL names sorted, then __class__ if the class needs it;
        # free variables: FREE names (and DEF_FREE_CLASS ones) sorted
        cells: list[str] = []
        frees: list[str] = []
        for sym, flags in scope.symbols.items():
            sc = (flags >> SCOPE_OFFSET) & SCOPE_MASK
            if sc == CELL:
                cells.append(sym)
            if sc == FREE or (flags & DEF_FREE_CLASS) != 0:
                frees.append(sym)
        cells.sort()
        frees.sort()
        if scope.needs_class_closure:
            cells.append("__class__")
        self.cellvars = cells
        self.freevars = frees
        self.cell_index = {}
        for c in cells:
            self.cell_index[c] = len(self.cell_index)
        self.free_index = {}
        for f in frees:
            self.free_index[f] = len(cells) + len(self.free_index)
        self.argcount = 0
        self.posonlyargcount = 0
        self.kwonlyargcount = 0
        self.arg_flags = 0
        self.fblocks = []
        self.lineno = firstlineno
        self.end_lineno = firstlineno
        self.col = 0
        self.end_col = 0
        self.in_finally_handler = 0
        self.blocks.append(self.cur)
        self.nblocks = 1

    def is_function(self) -> bool:
        return self.scope.block_type == FUNCTION_BLOCK


class CodeGenBase(ast.ASTVisitor):
    filename: str
    scopes: dict[ast.AST, Scope]
    future_annotations: bool
    units: list[CodeUnit]
    u: CodeUnit
    interactive: bool
    future_nodes: dict[ast.AST, bool]
    optimize: int               # -O level (ouro/compiler/options.py)

    def __init__(self, filename: str, top: Scope, future_annotations: bool,
                 optimize: int = -1) -> None:
        self.optimize = options.resolve(optimize)
        self.filename = filename
        self.scopes = scopes_by_node(top)
        self.future_annotations = future_annotations
        self.units = []
        self.u = CodeUnit(top, U_MODULE, "<module>", "<module>", None, 1)
        self.interactive = False
        self.future_nodes = {}

    # -- errors

    def warn(self, msg: str, node: ast.AST) -> None:
        """A SyntaxWarning about node (CPython's compiler_warn), emitted
        through the warnings module once the compilation is over (WARNINGS);
        a SyntaxError at node if the filters make it an error."""
        WARNINGS.add(self.filename, "SyntaxWarning", self.error(msg, node))

    def error(self, msg: str, node: ast.AST | None) -> SourceError:
        if node is None:
            return SourceError("SyntaxError", msg, self.u.lineno, self.u.col + 1,
                               self.u.end_lineno, self.u.end_col + 1, None)
        lineno, col, end_lineno, end_col = node_position(node)
        return SourceError("SyntaxError", msg, lineno, col + 1, end_lineno, end_col + 1, None)

    # -- units

    def enter_unit(self, node: ast.AST, kind: int, name: str, lineno: int) -> None:
        scope = self.scopes[node]
        private = self.u.private
        if kind == U_CLASS:
            private = name
        unit = CodeUnit(scope, kind, name, name, private, lineno)
        self.units.append(self.u)
        parent = self.u
        self.u = unit
        # the qualified name, as compiler_set_qualname
        force_global = False
        if kind == U_FUNCTION or kind == U_ASYNC_FUNCTION or kind == U_CLASS:
            mangled = mangle(parent.private, name)
            if mangled in parent.scope.symbols:
                sc = (parent.scope.symbols[mangled] >> SCOPE_OFFSET) & SCOPE_MASK
                if sc == GLOBAL_EXPLICIT:
                    force_global = True
        if parent.kind != U_MODULE and not force_global:
            if (parent.kind == U_FUNCTION or parent.kind == U_ASYNC_FUNCTION
                    or parent.kind == U_LAMBDA):
                unit.qualname = parent.qualname + ".<locals>." + name
            else:
                unit.qualname = parent.qualname + "." + name
        unit.lineno = lineno
        unit.end_lineno = lineno

    def exit_unit(self) -> CodeObject:
        code = self.make_code()
        self.u = self.units.pop()
        return code

    def make_code(self) -> CodeObject:
        u = self.u
        if not u.cur.ends_flow():
            self.set_no_position()
            self.load_const(CONST_NONE)
            self.emit(op.RETURN_VALUE)
        try:
            result = asm.assemble(u.blocks)
        except asm.AssembleError as e:
            raise SourceError("SystemError", "internal compiler error: " + e.msg,
                              u.firstlineno, 0, u.firstlineno, 0, None)
        flags = self.compute_flags()
        return CodeObject(u.argcount, u.posonlyargcount, u.kwonlyargcount, result.stacksize,
                          flags, result.code, u.consts, u.names, u.varnames, u.cellvars,
                          u.freevars, self.filename, u.name, u.qualname, u.firstlineno,
                          encode_linetable(u.firstlineno, result.positions),
                          encode_exceptiontable(result.exceptiontable))

    def compute_flags(self) -> int:
        u = self.u
        ste = u.scope
        flags = u.arg_flags
        if ste.block_type == FUNCTION_BLOCK:
            flags |= op.CO_NEWLOCALS | op.CO_OPTIMIZED
            if ste.nested:
                flags |= op.CO_NESTED
            if ste.generator and not ste.coroutine:
                flags |= op.CO_GENERATOR
            if not ste.generator and ste.coroutine:
                flags |= op.CO_COROUTINE
            if ste.generator and ste.coroutine:
                flags |= op.CO_ASYNC_GENERATOR
        if self.future_annotations:
            flags |= op.CO_FUTURE_ANNOTATIONS
        return flags

    # -- emitting

    def new_block(self) -> asm.Block:
        b = asm.Block(self.u.nblocks)
        self.u.nblocks += 1
        return b

    def use_block(self, b: asm.Block) -> None:
        """Continues emitting into b, which control falls into from the
        current block."""
        u = self.u
        u.cur.next = b
        u.cur = b
        u.blocks.append(b)

    def use_new_block(self) -> asm.Block:
        b = self.new_block()
        self.use_block(b)
        return b

    def emit(self, opcode: int) -> None:
        self.emit_arg(opcode, 0)

    def emit_arg(self, opcode: int, arg: int) -> None:
        u = self.u
        u.cur.instrs.append(asm.Instr(opcode, arg, None, u.lineno, u.end_lineno, u.col, u.end_col))
        if (opcode == op.RETURN_VALUE or opcode == op.RERAISE or opcode == op.RAISE_VARARGS):
            self.use_new_block()

    def emit_jump(self, opcode: int, target: asm.Block) -> None:
        u = self.u
        u.cur.instrs.append(asm.Instr(opcode, 0, target, u.lineno, u.end_lineno, u.col, u.end_col))
        if opcode == asm.JUMP:
            self.use_new_block()

    def emit_noline(self, opcode: int) -> None:
        u = self.u
        u.cur.instrs.append(asm.Instr(opcode, 0, None, -1, -1, -1, -1))

    def set_position(self, node: ast.AST) -> None:
        u = self.u
        lineno, col, end_lineno, end_col = node_position(node)
        u.lineno = lineno
        u.col = col
        u.end_lineno = end_lineno
        u.end_col = end_col

    def set_no_position(self) -> None:
        u = self.u
        u.lineno = -1
        u.end_lineno = -1
        u.col = -1
        u.end_col = -1

    def set_attr_position(self, attr: ast.Attribute) -> None:
        self.set_position(attr)
        self.update_start_to_attr(attr)

    def update_start_to_attr(self, attr: ast.Attribute) -> None:
        """An attribute operation starts at the attribute's name when that
        is on another line than the current start (CPython 3.11's
        update_start_location_to_match_attr: tracebacks point at `.name`)."""
        u = self.u
        if u.lineno != attr.end_lineno:
            u.lineno = attr.end_lineno
            n = len(attr.attr)
            if n <= attr.end_col_offset:
                u.col = attr.end_col_offset - n
            else:
                u.col = -1
                u.end_col = -1
            if u.end_lineno < u.lineno:
                u.end_lineno = u.lineno
            if u.lineno == u.end_lineno and u.end_col < u.col:
                u.end_col = u.col

    def save_position(self) -> tuple[int, int, int, int]:
        u = self.u
        return (u.lineno, u.end_lineno, u.col, u.end_col)

    def restore_position(self, p: tuple[int, int, int, int]) -> None:
        u = self.u
        u.lineno, u.end_lineno, u.col, u.end_col = p

    def add_const(self, c: ConstValue) -> int:
        u = self.u
        key = const_key(c)
        if key != "" and key in u.const_index:
            return u.const_index[key]
        i = len(u.consts)
        u.consts.append(c)
        if key != "":
            u.const_index[key] = i
        return i

    def load_const(self, c: ConstValue) -> None:
        self.emit_arg(op.LOAD_CONST, self.add_const(c))

    def add_name(self, name: str) -> int:
        u = self.u
        if name in u.name_index:
            return u.name_index[name]
        i = len(u.names)
        u.names.append(name)
        u.name_index[name] = i
        return i

    def add_varname(self, name: str) -> int:
        u = self.u
        if name in u.var_index:
            return u.var_index[name]
        i = len(u.varnames)
        u.varnames.append(name)
        u.var_index[name] = i
        return i

    def emit_name_op(self, opcode: int, name: str) -> None:
        self.emit_arg(opcode, self.add_name(name))

    def mangle(self, name: str) -> str:
        return mangle(self.u.private, name)

    # -- frame blocks

    def push_fblock(self, kind: int, block: asm.Block | None, exit: asm.Block | None,
                    name: str | None, body: list[ast.stmt] | None, node: ast.AST | None) -> None:
        if len(self.u.fblocks) >= 20:
            raise self.error("too many statically nested blocks", None)
        self.u.fblocks.append(FBlock(kind, block, exit, name, body, node))

    def pop_fblock(self) -> None:
        self.u.fblocks.pop()

    def unwind_fblock(self, fb: FBlock, preserve_tos: bool) -> None:
        """The code that leaves one frame block early (return/break/continue)."""
        kind = fb.kind
        if (kind == FB_WHILE_LOOP or kind == FB_EXCEPTION_HANDLER
                or kind == FB_EXCEPTION_GROUP_HANDLER or kind == FB_ASYNC_COMPREHENSION_GENERATOR):
            return
        if kind == FB_FOR_LOOP:
            if preserve_tos:
                self.emit_arg(op.SWAP, 2)
            self.emit(op.POP_TOP)
            return
        if kind == FB_TRY_EXCEPT:
            self.emit(asm.POP_BLOCK)
            return
        if kind == FB_FINALLY_TRY:
            self.emit(asm.POP_BLOCK)
            body = fb.body
            assert body is not None
            if preserve_tos:
                self.push_fblock(FB_POP_VALUE, None, None, None, None, None)
            # the finally body is compiled again here, outside its own block
            self.visit_stmts(body)
            if preserve_tos:
                self.pop_fblock()
            self.set_no_position()
            return
        if kind == FB_FINALLY_END:
            if preserve_tos:
                self.emit_arg(op.SWAP, 2)
            self.emit(op.POP_TOP)   # the exception
            if preserve_tos:
                self.emit_arg(op.SWAP, 2)
            self.emit(asm.POP_BLOCK)
            self.emit(op.POP_EXCEPT)
            return
        if kind == FB_WITH or kind == FB_ASYNC_WITH:
            node = fb.node
            if node is not None:
                self.set_position(node)
            self.emit(asm.POP_BLOCK)
            if preserve_tos:
                self.emit_arg(op.SWAP, 2)
            self.call_exit_with_nones()
            if kind == FB_ASYNC_WITH:
                self.emit_arg(op.GET_AWAITABLE, 2)
                self.load_const(CONST_NONE)
                self.emit_yield_from(True)
            self.emit(op.POP_TOP)
            self.set_no_position()
            return
        if kind == FB_HANDLER_CLEANUP:
            if fb.name is not None:
                self.emit(asm.POP_BLOCK)
            if preserve_tos:
                self.emit_arg(op.SWAP, 2)
            self.emit(asm.POP_BLOCK)
            self.emit(op.POP_EXCEPT)
            name = fb.name
            if name is not None:
                self.load_const(CONST_NONE)
                self.store_name(name)
                self.delete_name(name)
            return
        if kind == FB_POP_VALUE:
            if preserve_tos:
                self.emit_arg(op.SWAP, 2)
            self.emit(op.POP_TOP)
            return

    def unwind_fblock_stack(self, preserve_tos: bool, stop_at_loop: bool,
                            node: ast.AST) -> FBlock | None:
        """Unwinds every frame block (return), or up to the innermost loop
        (break/continue: returned, not unwound itself)."""
        fblocks = self.u.fblocks
        if len(fblocks) == 0:
            return None
        top = fblocks[len(fblocks) - 1]
        if top.kind == FB_EXCEPTION_GROUP_HANDLER:
            raise self.error("'break', 'continue' and 'return' cannot appear in an except* block",
                             None)
        if stop_at_loop and (top.kind == FB_WHILE_LOOP or top.kind == FB_FOR_LOOP):
            return top
        fblocks.pop()
        # no position restored: what follows a finally body or a with's
        # exit has no line of its own (it takes theirs, as in CPython)
        self.unwind_fblock(top, preserve_tos)
        found = self.unwind_fblock_stack(preserve_tos, stop_at_loop, node)
        fblocks.append(top)
        return found

    # -- names

    def check_forbidden_name(self, name: str, node: ast.AST | None) -> None:
        """Storing to `__debug__` is an error (at node, else where the
        compiler is)."""
        if name == "__debug__":
            raise self.error("cannot assign to __debug__", node)

    def name_op_kind(self, name: str) -> tuple[int, str]:
        """(kind, mangled name): kind 0 fast, 1 global, 2 free, 3 name, 4 cell."""
        u = self.u
        mangled = self.mangle(name)
        scope = 0
        if mangled in u.scope.symbols:
            scope = (u.scope.symbols[mangled] >> SCOPE_OFFSET) & SCOPE_MASK
        if scope == FREE:
            return (2, mangled)
        if scope == CELL:
            return (4, mangled)
        if scope == LOCAL:
            if u.is_function():
                return (0, mangled)
            return (3, mangled)
        if scope == GLOBAL_IMPLICIT:
            if u.is_function():
                return (1, mangled)
            return (3, mangled)
        if scope == GLOBAL_EXPLICIT:
            return (1, mangled)
        return (3, mangled)

    def deref_of(self, kind: int, mangled: str) -> int:
        if kind == 4:
            return self.u.cell_index[mangled]
        return self.u.free_index[mangled]

    def load_name(self, name: str) -> None:
        kind, mangled = self.name_op_kind(name)
        if kind == 0:
            self.emit_arg(op.LOAD_FAST, self.add_varname(mangled))
        elif kind == 1:
            self.emit_name_op(op.LOAD_GLOBAL, mangled)
        elif kind == 2 or kind == 4:
            idx = self.deref_of(kind, mangled)
            if self.u.scope.block_type == CLASS_BLOCK:
                self.emit_arg(op.LOAD_CLASSDEREF, idx)
            else:
                self.emit_arg(op.LOAD_DEREF, idx)
        else:
            self.emit_name_op(op.LOAD_NAME, mangled)

    def store_name(self, name: str) -> None:
        self.check_forbidden_name(name, None)
        kind, mangled = self.name_op_kind(name)
        if kind == 0:
            self.emit_arg(op.STORE_FAST, self.add_varname(mangled))
        elif kind == 1:
            self.emit_name_op(op.STORE_GLOBAL, mangled)
        elif kind == 2 or kind == 4:
            self.emit_arg(op.STORE_DEREF, self.deref_of(kind, mangled))
        else:
            self.emit_name_op(op.STORE_NAME, mangled)

    def delete_name(self, name: str) -> None:
        if name == "__debug__":
            raise self.error("cannot delete __debug__", None)
        kind, mangled = self.name_op_kind(name)
        if kind == 0:
            self.emit_arg(op.DELETE_FAST, self.add_varname(mangled))
        elif kind == 1:
            self.emit_name_op(op.DELETE_GLOBAL, mangled)
        elif kind == 2 or kind == 4:
            self.emit_arg(op.DELETE_DEREF, self.deref_of(kind, mangled))
        else:
            self.emit_name_op(op.DELETE_NAME, mangled)

    # -- assignment targets

    def visit_target(self, t: ast.expr) -> None:
        """Stores the top of the stack into an assignment target."""
        saved = self.save_position()
        self.set_position(t)
        if isinstance(t, ast.Name):
            self.store_name(t.id)
        elif isinstance(t, ast.Attribute):
            self.check_forbidden_name(t.attr, t)
            self.visit_expr(t.value)
            self.set_attr_position(t)
            self.emit_name_op(op.STORE_ATTR, self.mangle(t.attr))
        elif isinstance(t, ast.Subscript):
            self.visit_expr(t.value)
            self.visit_slice(t.slice)
            self.set_position(t)
            self.emit(op.STORE_SUBSCR)
        elif isinstance(t, ast.Tuple):
            self.unpack_targets(t.elts, t)
        elif isinstance(t, ast.List):
            self.unpack_targets(t.elts, t)
        elif isinstance(t, ast.Starred):
            raise self.error("starred assignment target must be in a list or tuple", t)
        else:
            raise self.error("cannot assign to %s" % t.node_name(), t)
        self.restore_position(saved)

    def unpack_targets(self, elts: list[ast.expr], node: ast.expr) -> None:
        n = len(elts)
        star = -1
        i = 0
        while i < n:
            if isinstance(elts[i], ast.Starred):
                if star >= 0:
                    raise self.error("multiple starred expressions in assignment", node)
                star = i
            i += 1
        if star >= 0:
            after = n - star - 1
            if star >= 256 or after >= (1 << 24):
                raise self.error("too many expressions in star-unpacking assignment", node)
            self.emit_arg(op.UNPACK_EX, star + (after << 8))
        else:
            self.emit_arg(op.UNPACK_SEQUENCE, n)
        for e in elts:
            if isinstance(e, ast.Starred):
                self.visit_target(e.value)
            else:
                self.visit_target(e)

    def visit_slice(self, s: ast.expr) -> None:
        if isinstance(s, ast.Slice):
            saved = self.save_position()
            self.set_position(s)
            n = 2
            for part in [s.lower, s.upper]:
                if part is not None:
                    self.visit_expr(part)
                else:
                    self.load_const(CONST_NONE)
            step = s.step
            if step is not None:
                self.visit_expr(step)
                n = 3
            self.emit_arg(op.BUILD_SLICE, n)
            self.restore_position(saved)
        else:
            self.visit_expr(s)

    def call_exit_with_nones(self) -> None:
        """[exit] -> [exit(None, None, None)]"""
        self.load_const(CONST_NONE)
        self.load_const(CONST_NONE)
        self.load_const(CONST_NONE)
        self.emit_arg(op.CALL, 3)

    def emit_yield_from(self, is_await: bool) -> None:
        """[recv, v] -> [result]: the send loop of `yield from`/`await`."""
        start = self.new_block()
        exit = self.new_block()
        self.use_block(start)
        self.emit_jump(op.SEND, exit)
        self.use_new_block()
        self.emit(op.YIELD_VALUE)
        self.emit_jump(asm.JUMP, start)
        self.use_block(exit)


    # -- implemented by the later parts

    def visit_expr(self, e: ast.expr) -> None:
        raise NotImplementedError("visit_expr")

    def visit_stmts(self, stmts: list[ast.stmt]) -> None:
        raise NotImplementedError("visit_stmts")

    def jump_if(self, e: ast.expr, target: asm.Block, cond: bool) -> None:
        raise NotImplementedError("jump_if")


def node_position(node: ast.AST) -> tuple[int, int, int, int]:
    """(lineno, col_offset, end_lineno, end_col_offset) of a node that has
    them (statements, expressions, handlers, args, keywords, aliases,
    patterns)."""
    if isinstance(node, ast.stmt):
        return (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    if isinstance(node, ast.expr):
        return (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    if isinstance(node, ast.excepthandler):
        return (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    if isinstance(node, ast.arg):
        return (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    if isinstance(node, ast.keyword):
        return (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    if isinstance(node, ast.alias):
        return (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    if isinstance(node, ast.pattern):
        return (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    return (-1, -1, -1, -1)


def docstring_of(stmts: list[ast.stmt]) -> ConstValue | None:
    if len(stmts) == 0:
        return None
    first = stmts[0]
    if isinstance(first, ast.Expr):
        value = first.value
        if isinstance(value, ast.Constant) and isinstance(value.value, ConstStr):
            return value.value
    return None


