"""jitlang: bytecode and the compiler from the syntax tree (RPy).

An instruction is two ints in `Code.ops`: the opcode and its argument
(0 when unused), so `pc` is always even. Variables are the function's
locals (its parameters first); the top-level statements form the code
'<main>', whose variables are its own (functions do not see them).
Functions are defined at the top level and called by name; calls are
resolved at compile time to an index in the program's function table.
"""
from __future__ import annotations

from jl_errors import JLError
from jl_objects import W_NONE, W_FALSE, W_TRUE, W_Float, W_Int, W_Object, W_Str
from jl_parser import (Assign, Attr, BinOp, BoolLit, Break, Call, Continue, Expr, ExprStmt,
                       FloatLit, FuncDef, If, Index, IntLit, ListLit, Name, NoneLit, Return,
                       Stmt, StrLit, UnaryOp, While)

OPNAMES = [
    'LOAD_CONST', 'LOAD_VAR', 'STORE_VAR', 'LOAD_FIELD', 'STORE_FIELD', 'LOAD_INDEX',
    'STORE_INDEX', 'ADD', 'SUB', 'MUL', 'DIV', 'MOD', 'LT', 'LE', 'GT', 'GE', 'EQ', 'NE',
    'NEG', 'NOT', 'JUMP', 'JUMP_BACK', 'JUMP_IF_FALSE', 'JUMP_IF_FALSE_KEEP',
    'JUMP_IF_TRUE_KEEP', 'CALL', 'CALL_BUILTIN', 'RETURN', 'POP', 'BUILD_LIST',
]
LOAD_CONST = 0
LOAD_VAR = 1
STORE_VAR = 2
LOAD_FIELD = 3
STORE_FIELD = 4
LOAD_INDEX = 5
STORE_INDEX = 6
ADD = 7
SUB = 8
MUL = 9
DIV = 10
MOD = 11
LT = 12
LE = 13
GT = 14
GE = 15
EQ = 16
NE = 17
NEG = 18
NOT = 19
JUMP = 20
JUMP_BACK = 21            # a backward jump: where the JIT may enter a loop
JUMP_IF_FALSE = 22
JUMP_IF_FALSE_KEEP = 23   # 'and': if false jump, keeping the value; else pop it
JUMP_IF_TRUE_KEEP = 24    # 'or'
CALL = 25                 # arg: index in the function table
CALL_BUILTIN = 26         # arg: builtin index * 256 + number of arguments
RETURN = 27
POP = 28
BUILD_LIST = 29           # arg: number of items

BINOPS = {'+': ADD, '-': SUB, '*': MUL, '/': DIV, '%': MOD, '<': LT, '<=': LE, '>': GT,
          '>=': GE, '==': EQ, '!=': NE}

# name, number of arguments (-1: any)
BUILTINS = [('print', -1), ('len', 1), ('str', 1), ('int', 1), ('float', 1), ('sqrt', 1),
            ('append', 2), ('new', 0), ('pop', 1), ('array', 2), ('args', 0), ('int_or', 2),
            ('pop_or', 2), ('jit_param', 1)]
B_PRINT = 0
B_LEN = 1
B_STR = 2
B_INT = 3
B_FLOAT = 4
B_SQRT = 5
B_APPEND = 6
B_NEW = 7
B_POP = 8
B_ARRAY = 9
B_ARGS = 10
B_INT_OR = 11             # int(x), or the default where int() fails
B_POP_OR = 12             # pop(list), or the default where pop() fails
B_JIT_PARAM = 13


def builtin_index(name: str) -> int:
    for i in range(len(BUILTINS)):
        if BUILTINS[i][0] == name:
            return i
    return -1


class Code:
    """One compiled function. Nothing in it changes after compilation, so
    with `code` green the JIT reads its fields as constants."""
    _immutable_fields_ = ['name', 'ops[*]', 'lines[*]', 'consts[*]', 'varnames[*]', 'names[*]',
                          'nargs', 'stacksize', 'functions[*]', 'dead_start[*]', 'dead_vars[*]']
    name: str
    ops: list[int]
    lines: list[int]          # source line of each instruction (index pc // 2)
    consts: list[W_Object]
    varnames: list[str]
    names: list[str]          # field names
    nargs: int
    stacksize: int
    functions: list[Code]     # the program's function table (shared)
    dead_start: list[int]     # per instruction: its variables dead at a loop header
    dead_vars: list[int]      # (dead_vars[dead_start[k]:dead_start[k + 1]]; see below)

    def __init__(self, name: str, nargs: int, functions: list[Code]) -> None:
        self.name = name
        self.nargs = nargs
        self.ops = []
        self.lines = []
        self.consts = []
        self.varnames = []
        self.names = []
        self.stacksize = 0
        self.functions = functions
        self.dead_start = []
        self.dead_vars = []

    def describe(self, pc: int) -> str:
        """'pc 12 LOAD_VAR x in f': the instruction at pc, readably."""
        op = self.ops[pc]
        arg = self.ops[pc + 1]
        name = OPNAMES[op]
        if op == LOAD_VAR or op == STORE_VAR:
            what = '%s %s' % (name, self.varnames[arg])
        elif op == LOAD_FIELD or op == STORE_FIELD:
            what = '%s %s' % (name, self.names[arg])
        elif op == LOAD_CONST:
            what = '%s %s' % (name, self.consts[arg].to_repr())
        elif op == CALL:
            what = '%s %s' % (name, self.functions[arg].name)
        elif op == CALL_BUILTIN:
            what = '%s %s/%d' % (name, BUILTINS[arg >> 8][0], arg & 255)
        elif op in (JUMP, JUMP_BACK, JUMP_IF_FALSE, JUMP_IF_FALSE_KEEP, JUMP_IF_TRUE_KEEP,
                    BUILD_LIST):
            what = '%s %d' % (name, arg)
        else:
            what = name
        return 'pc %d %s in %s' % (pc, what, self.name)

    def disassemble(self) -> str:
        lines = ['code %s (%d args, locals %s, stack %d):' % (
            self.name, self.nargs, ', '.join(self.varnames), self.stacksize)]
        pc = 0
        while pc < len(self.ops):
            lines.append('  %4d  line %-3d %s' % (pc, self.lines[pc // 2], self.describe(pc)))
            pc += 2
        return '\n'.join(lines)


class Program:
    functions: list[Code]
    main: Code

    def __init__(self, functions: list[Code], main: Code) -> None:
        self.functions = functions
        self.main = main


class Loop:
    start: int
    breaks: list[int]

    def __init__(self, start: int) -> None:
        self.start = start
        self.breaks = []


def collect_assigned(stmts: list[Stmt], names: list[str]) -> None:
    for s in stmts:
        if isinstance(s, Assign):
            t = s.target
            if isinstance(t, Name) and t.name not in names:
                names.append(t.name)
        elif isinstance(s, If):
            collect_assigned(s.body, names)
            collect_assigned(s.orelse, names)
        elif isinstance(s, While):
            collect_assigned(s.body, names)


class CodeBuilder:
    code: Code
    func_index: dict[str, int]
    func_defs: list[FuncDef]
    depth: int
    loops: list[Loop]
    int_consts: dict[int, int]
    float_consts: dict[str, int]
    str_consts: dict[str, int]
    line: int

    def __init__(self, code: Code, func_index: dict[str, int], func_defs: list[FuncDef]) -> None:
        self.code = code
        self.func_index = func_index
        self.func_defs = func_defs
        self.depth = 0
        self.loops = []
        self.int_consts = {}
        self.float_consts = {}
        self.str_consts = {}
        self.line = 0

    # -------------------------------------------------------- emitting

    def emit(self, op: int, arg: int, effect: int) -> int:
        """Append an instruction changing the stack depth by `effect`; its pc."""
        pc = len(self.code.ops)
        self.code.ops.append(op)
        self.code.ops.append(arg)
        self.code.lines.append(self.line)
        self.depth += effect
        if self.depth > self.code.stacksize:
            self.code.stacksize = self.depth
        return pc

    def patch(self, pc: int, target: int) -> None:
        self.code.ops[pc + 1] = target

    def here(self) -> int:
        return len(self.code.ops)

    def const_index(self, w: W_Object) -> int:
        self.code.consts.append(w)
        return len(self.code.consts) - 1

    def load_int(self, value: int) -> None:
        i = self.int_consts.get(value, -1)
        if i < 0:
            i = self.const_index(W_Int(value))
            self.int_consts[value] = i
        self.emit(LOAD_CONST, i, 1)

    def load_float(self, value: float) -> None:
        key = str(value)            # by repr: 0.0 and -0.0 differ
        i = self.float_consts.get(key, -1)
        if i < 0:
            i = self.const_index(W_Float(value))
            self.float_consts[key] = i
        self.emit(LOAD_CONST, i, 1)

    def load_str(self, value: str) -> None:
        i = self.str_consts.get(value, -1)
        if i < 0:
            i = self.const_index(W_Str(value))
            self.str_consts[value] = i
        self.emit(LOAD_CONST, i, 1)

    def var_index(self, name: str, line: int) -> int:
        for i in range(len(self.code.varnames)):
            if self.code.varnames[i] == name:
                return i
        if builtin_index(name) >= 0 or name in self.func_index:
            raise JLError('NameError', "'%s' is a function; functions are not values" % name,
                          line)
        raise JLError('NameError', "name '%s' is not defined" % name, line)

    def field_index(self, name: str) -> int:
        for i in range(len(self.code.names)):
            if self.code.names[i] == name:
                return i
        self.code.names.append(name)
        return len(self.code.names) - 1

    # -------------------------------------------------------- statements

    def compile_body(self, params: list[str], body: list[Stmt]) -> None:
        for p in params:
            self.code.varnames.append(p)
        assigned: list[str] = []
        collect_assigned(body, assigned)
        for n in assigned:
            if n not in self.code.varnames:
                self.code.varnames.append(n)
        self.stmts(body)
        self.load_const_none()
        self.emit(RETURN, 0, -1)

    def load_const_none(self) -> None:
        self.emit(LOAD_CONST, self.const_index(W_NONE), 1)

    def stmts(self, body: list[Stmt]) -> None:
        for s in body:
            self.stmt(s)

    def stmt(self, s: Stmt) -> None:
        self.line = s.line
        if isinstance(s, ExprStmt):
            self.expr(s.expr)
            self.emit(POP, 0, -1)
        elif isinstance(s, Assign):
            t = s.target
            if isinstance(t, Name):
                self.expr(s.value)
                self.line = s.line
                self.emit(STORE_VAR, self.var_index(t.name, s.line), -1)
            elif isinstance(t, Attr):
                self.expr(t.obj)
                self.expr(s.value)
                self.line = s.line
                self.emit(STORE_FIELD, self.field_index(t.name), -2)
            elif isinstance(t, Index):
                self.expr(t.obj)
                self.expr(t.index)
                self.expr(s.value)
                self.line = s.line
                self.emit(STORE_INDEX, 0, -3)
            else:
                raise JLError('SyntaxError', 'cannot assign to this expression', s.line)
        elif isinstance(s, If):
            self.expr(s.cond)
            jfalse = self.emit(JUMP_IF_FALSE, 0, -1)
            self.stmts(s.body)
            if s.orelse:
                jend = self.emit(JUMP, 0, 0)
                self.patch(jfalse, self.here())
                self.stmts(s.orelse)
                self.patch(jend, self.here())
            else:
                self.patch(jfalse, self.here())
        elif isinstance(s, While):
            loop = Loop(self.here())
            self.expr(s.cond)
            self.line = s.line
            jexit = self.emit(JUMP_IF_FALSE, 0, -1)
            self.loops.append(loop)
            self.stmts(s.body)
            self.loops.pop()
            self.line = s.line
            self.emit(JUMP_BACK, loop.start, 0)
            self.patch(jexit, self.here())
            for b in loop.breaks:
                self.patch(b, self.here())
        elif isinstance(s, Return):
            v = s.value
            if v is None:
                self.load_const_none()
            else:
                self.expr(v)
            self.line = s.line
            self.emit(RETURN, 0, -1)
        elif isinstance(s, Break):
            if not self.loops:
                raise JLError('SyntaxError', "'break' outside a loop", s.line)
            self.loops[-1].breaks.append(self.emit(JUMP, 0, 0))
        elif isinstance(s, Continue):
            if not self.loops:
                raise JLError('SyntaxError', "'continue' outside a loop", s.line)
            self.emit(JUMP_BACK, self.loops[-1].start, 0)
        elif isinstance(s, FuncDef):
            raise JLError('SyntaxError', "functions can only be defined at the top level", s.line)
        else:
            raise JLError('SyntaxError', 'unknown statement', s.line)

    # -------------------------------------------------------- expressions

    def expr(self, e: Expr) -> None:
        if isinstance(e, IntLit):
            self.load_int(e.value)
        elif isinstance(e, FloatLit):
            self.load_float(e.value)
        elif isinstance(e, StrLit):
            self.load_str(e.value)
        elif isinstance(e, BoolLit):
            self.emit(LOAD_CONST, self.const_index(W_TRUE if e.value else W_FALSE), 1)
        elif isinstance(e, NoneLit):
            self.load_const_none()
        elif isinstance(e, Name):
            self.line = e.line
            self.emit(LOAD_VAR, self.var_index(e.name, e.line), 1)
        elif isinstance(e, BinOp):
            if e.op == 'and' or e.op == 'or':
                self.expr(e.left)
                self.line = e.line
                j = self.emit(JUMP_IF_FALSE_KEEP if e.op == 'and' else JUMP_IF_TRUE_KEEP, 0, -1)
                self.expr(e.right)
                self.patch(j, self.here())
                return
            self.expr(e.left)
            self.expr(e.right)
            self.line = e.line
            self.emit(BINOPS[e.op], 0, -1)
        elif isinstance(e, UnaryOp):
            self.expr(e.operand)
            self.line = e.line
            self.emit(NEG if e.op == '-' else NOT, 0, 0)
        elif isinstance(e, Attr):
            self.expr(e.obj)
            self.line = e.line
            self.emit(LOAD_FIELD, self.field_index(e.name), 0)
        elif isinstance(e, Index):
            self.expr(e.obj)
            self.expr(e.index)
            self.line = e.line
            self.emit(LOAD_INDEX, 0, -1)
        elif isinstance(e, ListLit):
            for item in e.items:
                self.expr(item)
            self.line = e.line
            self.emit(BUILD_LIST, len(e.items), 1 - len(e.items))
        elif isinstance(e, Call):
            self.call(e)
        else:
            raise JLError('SyntaxError', 'unknown expression', e.line)

    def call(self, e: Call) -> None:
        nargs = len(e.args)
        b = builtin_index(e.name)
        if b >= 0:
            want = BUILTINS[b][1]
            if want >= 0 and want != nargs:
                raise JLError('TypeError', '%s() takes %d argument%s, %d given' % (
                    e.name, want, '' if want == 1 else 's', nargs), e.line)
            if nargs > 255:
                raise JLError('SyntaxError', 'too many arguments', e.line)
            for a in e.args:
                self.expr(a)
            self.line = e.line
            self.emit(CALL_BUILTIN, b * 256 + nargs, 1 - nargs)
            return
        f = self.func_index.get(e.name, -1)
        if f < 0:
            raise JLError('NameError', "no function '%s'" % e.name, e.line)
        want = len(self.func_defs[f].params)
        if want != nargs:
            raise JLError('TypeError', '%s() takes %d argument%s, %d given' % (
                e.name, want, '' if want == 1 else 's', nargs), e.line)
        for a in e.args:
            self.expr(a)
        self.line = e.line
        self.emit(CALL, f, 1 - nargs)


def compile_program(stmts: list[Stmt]) -> Program:
    functions: list[Code] = []
    func_index: dict[str, int] = {}
    func_defs: list[FuncDef] = []
    main_body: list[Stmt] = []
    for s in stmts:
        if isinstance(s, FuncDef):
            if s.name in func_index:
                raise JLError('SyntaxError', "function '%s' defined twice" % s.name, s.line)
            if builtin_index(s.name) >= 0:
                raise JLError('SyntaxError', "'%s' is a built-in function" % s.name, s.line)
            func_index[s.name] = len(func_defs)
            func_defs.append(s)
        else:
            main_body.append(s)
    for fd in func_defs:
        code = Code(fd.name, len(fd.params), functions)
        functions.append(code)
    for i in range(len(func_defs)):
        fd = func_defs[i]
        b = CodeBuilder(functions[i], func_index, func_defs)
        b.line = fd.line
        b.compile_body(fd.params, fd.body)
    main = Code('<main>', 0, functions)
    b = CodeBuilder(main, func_index, func_defs)
    b.compile_body([], main_body)
    for code in functions:
        compute_dead_locals(code)
    compute_dead_locals(main)
    return Program(functions, main)


# ------------------------------------------------------------ dead locals
#
# Which local variables are dead at each loop header (RPy).
#
# A variable is dead at an instruction when every path from there writes it
# before reading it.  At the head of a loop such variables still hold what
# the last iteration left in them (`dx`, `mag` in bench_nbody: assigned
# first thing in the body), and the frame is virtualizable, so the JIT takes
# them for part of the loop's state: the loop's label expects them unboxed,
# and a bridge arriving from another path (which left other objects there)
# does not fit the label and has to go through the loop's preamble again.
# The interpreter clears them before the merge point of a loop header
# (`kill_dead_locals`), so they are constants in every trace reaching it.
#
# The result is flat, for the JIT: code.dead_start[k] .. dead_start[k + 1]
# indexes code.dead_vars for instruction k (pc // 2), both immutable lists
# read with `code` green, so a trace folds the clearing to constants.

def successors(code: Code, k: int) -> list[int]:
    op = code.ops[2 * k]
    target = code.ops[2 * k + 1] // 2
    n = len(code.ops) // 2
    if op == JUMP or op == JUMP_BACK:
        return [target]
    if op == RETURN:
        return []
    nxt: list[int] = []
    if k + 1 < n:
        nxt.append(k + 1)
    if op == JUMP_IF_FALSE or op == JUMP_IF_FALSE_KEEP or op == JUMP_IF_TRUE_KEEP:
        nxt.append(target)
    return nxt


def live_in(code: Code) -> list[list[bool]]:
    """Per instruction, per variable: may it be read before written?"""
    n = len(code.ops) // 2
    nvars = len(code.varnames)
    live: list[list[bool]] = [[False] * nvars for k in range(n)]
    changed = True
    while changed:
        changed = False
        k = n - 1
        while k >= 0:
            out = [False] * nvars
            for s in successors(code, k):
                for v in range(nvars):
                    if live[s][v]:
                        out[v] = True
            op = code.ops[2 * k]
            arg = code.ops[2 * k + 1]
            if op == STORE_VAR:
                out[arg] = False
            elif op == LOAD_VAR:
                out[arg] = True
            for v in range(nvars):
                if out[v] != live[k][v]:
                    live[k][v] = out[v]
                    changed = True
            k -= 1
    return live


def compute_dead_locals(code: Code) -> None:
    """Fill code.dead_start / dead_vars: the variables dead at each
    loop header (the target of a JUMP_BACK), none elsewhere."""
    n = len(code.ops) // 2
    header = [False] * n
    for k in range(n):
        if code.ops[2 * k] == JUMP_BACK:
            header[code.ops[2 * k + 1] // 2] = True
    live = live_in(code)
    starts: list[int] = []
    dead: list[int] = []
    for k in range(n):
        starts.append(len(dead))
        if header[k]:
            for v in range(len(code.varnames)):
                if not live[k][v]:
                    dead.append(v)
    starts.append(len(dead))
    code.dead_start = starts
    code.dead_vars = dead
