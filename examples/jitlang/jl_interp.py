"""jitlang: the bytecode interpreter, with its JIT hints (RPy).

The dispatch loop in `execute` is the JIT's portal: `jit_merge_point` at
the top of every instruction, `can_enter_jit` at JUMP_BACK (the end of a
loop body). `pc` and `code` are green: together they say where in the
program we are, and the JIT compiles one trace per hot (pc, code) loop
header. `frame` is red and virtualizable: its locals, operand stack and
stack pointer live in registers while compiled code runs.
docs/jit-howto.md walks through these choices.
"""
from __future__ import annotations

import math

from rpy.rlib.jit import JitDriver, dont_look_inside, set_user_param, unroll_safe
from rpy.rlib.rarithmetic import ovfcheck

from jl_compiler import (ADD, BUILD_LIST, CALL, CALL_BUILTIN, DIV, EQ, GE, GT, JUMP, JUMP_BACK,
                         JUMP_IF_FALSE, JUMP_IF_FALSE_KEEP, JUMP_IF_TRUE_KEEP, LE, LOAD_CONST,
                         LOAD_FIELD, LOAD_INDEX, LOAD_VAR, LT, MOD, MUL, NE, NEG, NOT, POP, RETURN,
                         STORE_FIELD, STORE_INDEX, STORE_VAR, SUB, B_APPEND, B_ARRAY, B_FLOAT,
                         B_INT, B_JIT_PARAM, B_LEN, B_ARGS, B_NEW, B_POP, B_PRINT, B_SQRT, B_STR,
                         B_INT_OR, B_POP_OR, Code, Program)
from jl_errors import JLError
from jl_lexer import parse_decimal
from jl_objects import (W_NONE, W_Bool, W_Float, W_Instance, W_Int, W_List, W_None, W_Object,
                        W_Str, new_list, newbool)


def get_location(pc: int, code: Code) -> str:
    """What the JIT's logs print for a position: 'pc 12 LOAD_VAR x in f'."""
    return code.describe(pc)


jitdriver = JitDriver(greens=['pc', 'code'], reds=['frame'], virtualizables=['frame'],
                      get_printable_location=get_location, name='jitlang', is_recursive=True)


class ProgramArgs:
    args: list[str]

    def __init__(self) -> None:
        self.args = []


PROGRAM_ARGS = ProgramArgs()    # what args() returns: the command line after PROGRAM.jl


W_UNDEF = W_None()      # the value of a local variable not assigned yet


class Frame:
    """The locals and the operand stack of one call."""
    _virtualizable_ = ['locals[*]', 'stack[*]', 'sp']
    locals: list[W_Object]
    stack: list[W_Object]
    sp: int

    def __init__(self, code: Code) -> None:
        self.locals = [W_UNDEF] * len(code.varnames)
        self.stack = [W_NONE] * code.stacksize
        self.sp = 0

    def push(self, w: W_Object) -> None:
        self.stack[self.sp] = w
        self.sp += 1

    def pop(self) -> W_Object:
        self.sp -= 1
        w = self.stack[self.sp]
        self.stack[self.sp] = W_NONE
        return w

    def top(self) -> W_Object:
        return self.stack[self.sp - 1]


@unroll_safe
def make_frame(callee: Code, caller: Frame) -> Frame:
    """The callee's frame, its parameters popped from the caller's stack
    (the loop runs nargs times: a constant when the JIT traces a call)."""
    frame = Frame(callee)
    i = callee.nargs - 1
    while i >= 0:
        frame.locals[i] = caller.pop()
        i -= 1
    return frame


@unroll_safe
def kill_dead_locals(frame: Frame, code: Code, k: int) -> None:
    """At a loop header (instruction k): forget the variables the loop
    writes before it reads them (jl_compiler's dead locals), so that they
    are no part of the state of the loop's trace.  k and code are green:
    the JIT folds the bounds and the indexes."""
    i = code.dead_start[k]
    end = code.dead_start[k + 1]
    while i < end:
        frame.locals[code.dead_vars[i]] = W_UNDEF
        i += 1


def execute(code: Code, frame: Frame) -> W_Object:
    """Run one function's bytecode until RETURN."""
    pc = 0
    try:
        while True:
            k = pc >> 1
            if code.dead_start[k] < code.dead_start[k + 1]:
                kill_dead_locals(frame, code, k)
            jitdriver.jit_merge_point(pc=pc, code=code, frame=frame)
            op = code.ops[pc]
            arg = code.ops[pc + 1]
            pc += 2
            if op == LOAD_CONST:
                frame.push(code.consts[arg])
            elif op == LOAD_VAR:
                w = frame.locals[arg]
                if w is W_UNDEF:
                    raise JLError('NameError', "variable '%s' is used before it is assigned"
                                  % code.varnames[arg], 0)
                frame.push(w)
            elif op == STORE_VAR:
                frame.locals[arg] = frame.pop()
            elif op == JUMP_BACK:
                pc = arg
                jitdriver.can_enter_jit(pc=pc, code=code, frame=frame)
            elif op == JUMP_IF_FALSE:
                if not frame.pop().is_true():
                    pc = arg
            elif op == JUMP:
                pc = arg
            elif op == LOAD_FIELD:
                w_obj = frame.pop()
                frame.push(getfield(w_obj, code.names[arg]))
            elif op == STORE_FIELD:
                w_value = frame.pop()
                w_obj = frame.pop()
                setfield(w_obj, code.names[arg], w_value)
            elif op == LOAD_INDEX:
                w_index = frame.pop()
                w_obj = frame.pop()
                frame.push(getindex(w_obj, w_index))
            elif op == STORE_INDEX:
                w_value = frame.pop()
                w_index = frame.pop()
                w_obj = frame.pop()
                setindex(w_obj, w_index, w_value)
            elif op == JUMP_IF_FALSE_KEEP:
                if not frame.top().is_true():
                    pc = arg
                else:
                    frame.pop()
            elif op == JUMP_IF_TRUE_KEEP:
                if frame.top().is_true():
                    pc = arg
                else:
                    frame.pop()
            elif op == CALL:
                callee = code.functions[arg]
                newframe = make_frame(callee, frame)
                frame.push(execute(callee, newframe))
            elif op == CALL_BUILTIN:
                which = arg >> 8
                # the common ones pop and push here, where the JIT keeps
                # the frame in registers; call_builtin is given the frame
                # (the JIT writes it back before the call)
                if which == B_NEW:
                    frame.push(W_Instance())
                elif which == B_LEN:
                    frame.push(length(frame.pop()))
                elif which == B_APPEND:
                    w_item = frame.pop()
                    append(frame.pop(), w_item)
                    frame.push(W_NONE)
                elif which == B_SQRT:
                    frame.push(sqrt_of(frame.pop()))
                elif which == B_STR or which == B_INT or which == B_FLOAT:
                    frame.push(call_builtin1(which, frame.pop()))
                elif which == B_INT_OR:
                    w_default = frame.pop()
                    frame.push(int_or(frame.pop(), w_default))
                elif which == B_POP_OR:
                    w_default = frame.pop()
                    frame.push(pop_or(frame.pop(), w_default))
                else:
                    call_builtin(frame, which, arg & 255)
            elif op == RETURN:
                return frame.pop()
            elif op == POP:
                frame.pop()
            elif op == BUILD_LIST:
                items = [W_NONE] * arg
                i = arg - 1
                while i >= 0:
                    items[i] = frame.pop()
                    i -= 1
                frame.push(new_list(items))
            elif op == NEG:
                frame.push(negate(frame.pop()))
            elif op == NOT:
                frame.push(newbool(not frame.pop().is_true()))
            else:
                w_b = frame.pop()
                w_a = frame.pop()
                frame.push(binary(op, w_a, w_b))
    except JLError as e:
        if e.line == 0:
            e.line = code.lines[(pc - 2) // 2]
        raise


def run_program(program: Program) -> None:
    execute(program.main, Frame(program.main))


# ------------------------------------------------------------ operations

OPSYMBOLS = {ADD: '+', SUB: '-', MUL: '*', DIV: '/', MOD: '%', LT: '<', LE: '<=', GT: '>',
             GE: '>=', EQ: '==', NE: '!='}


def type_error(op: int, w_a: W_Object, w_b: W_Object) -> JLError:
    return JLError('TypeError', 'unsupported operand types for %s: %s and %s'
                   % (OPSYMBOLS[op], w_a.type_name(), w_b.type_name()), 0)


def binary(op: int, w_a: W_Object, w_b: W_Object) -> W_Object:
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        return int_binary(op, w_a.intval, w_b.intval)
    if isinstance(w_a, (W_Int, W_Float)) and isinstance(w_b, (W_Int, W_Float)):
        return float_binary(op, to_float(w_a), to_float(w_b))
    if isinstance(w_a, W_Str) and isinstance(w_b, W_Str):
        return str_binary(op, w_a, w_b)
    if op == EQ:
        return newbool(equal(w_a, w_b))
    if op == NE:
        return newbool(not equal(w_a, w_b))
    if op == ADD and isinstance(w_a, W_List) and isinstance(w_b, W_List):
        return new_list(w_a.all_items() + w_b.all_items())
    if op == MUL and isinstance(w_a, W_Str) and isinstance(w_b, W_Int):
        return W_Str(w_a.strval * max(w_b.intval, 0))
    raise type_error(op, w_a, w_b)


def to_float(w: W_Object) -> float:
    if isinstance(w, W_Int):
        return float(w.intval)
    if isinstance(w, W_Float):
        return w.floatval
    raise JLError('TypeError', 'expected a number, not %s' % w.type_name(), 0)


def int_binary(op: int, a: int, b: int) -> W_Object:
    try:
        if op == ADD:
            return W_Int(ovfcheck(a + b))
        if op == SUB:
            return W_Int(ovfcheck(a - b))
        if op == MUL:
            return W_Int(ovfcheck(a * b))
        if op == DIV or op == MOD:
            if b == 0:
                raise JLError('ZeroDivisionError', 'integer division by zero', 0)
            if b == -1:
                if op == MOD:
                    return W_Int(0)
                return W_Int(ovfcheck(-a))
            return W_Int(a // b if op == DIV else a % b)
    except OverflowError:
        raise JLError('OverflowError', 'integer overflow', 0)
    if op == LT:
        return newbool(a < b)
    if op == LE:
        return newbool(a <= b)
    if op == GT:
        return newbool(a > b)
    if op == GE:
        return newbool(a >= b)
    if op == EQ:
        return newbool(a == b)
    return newbool(a != b)


def float_binary(op: int, a: float, b: float) -> W_Object:
    if op == ADD:
        return W_Float(a + b)
    if op == SUB:
        return W_Float(a - b)
    if op == MUL:
        return W_Float(a * b)
    if op == DIV:
        if b == 0.0:
            raise JLError('ZeroDivisionError', 'float division by zero', 0)
        return W_Float(a / b)
    if op == MOD:
        if b == 0.0:
            raise JLError('ZeroDivisionError', 'float modulo by zero', 0)
        return W_Float(a % b)
    if op == LT:
        return newbool(a < b)
    if op == LE:
        return newbool(a <= b)
    if op == GT:
        return newbool(a > b)
    if op == GE:
        return newbool(a >= b)
    if op == EQ:
        return newbool(a == b)
    return newbool(a != b)


def str_binary(op: int, w_a: W_Str, w_b: W_Str) -> W_Object:
    a = w_a.strval
    b = w_b.strval
    if op == ADD:
        return W_Str(a + b)
    if op == LT:
        return newbool(a < b)
    if op == LE:
        return newbool(a <= b)
    if op == GT:
        return newbool(a > b)
    if op == GE:
        return newbool(a >= b)
    if op == EQ:
        return newbool(a == b)
    if op == NE:
        return newbool(a != b)
    raise type_error(op, w_a, w_b)


def equal(w_a: W_Object, w_b: W_Object) -> bool:
    if isinstance(w_a, W_Bool) and isinstance(w_b, W_Bool):
        return w_a.value == w_b.value
    if isinstance(w_a, W_None) and isinstance(w_b, W_None):
        return True
    return w_a is w_b       # lists and objects: by identity; different types: never


def negate(w: W_Object) -> W_Object:
    if isinstance(w, W_Int):
        try:
            return W_Int(ovfcheck(-w.intval))
        except OverflowError:
            raise JLError('OverflowError', 'integer overflow', 0)
    if isinstance(w, W_Float):
        return W_Float(-w.floatval)
    raise JLError('TypeError', 'bad operand type for unary -: %s' % w.type_name(), 0)


def getfield(w_obj: W_Object, name: str) -> W_Object:
    if not isinstance(w_obj, W_Instance):
        raise JLError('TypeError', "%s has no field '%s'" % (w_obj.type_name(), name), 0)
    return w_obj.getfield(name)


def setfield(w_obj: W_Object, name: str, w_value: W_Object) -> None:
    if not isinstance(w_obj, W_Instance):
        raise JLError('TypeError', "cannot set field '%s' of %s" % (name, w_obj.type_name()), 0)
    w_obj.setfield(name, w_value)


def getindex(w_obj: W_Object, w_index: W_Object) -> W_Object:
    if isinstance(w_obj, W_List):
        return w_obj.getitem(w_obj.index(w_index))
    if isinstance(w_obj, W_Str):
        if not isinstance(w_index, W_Int):
            raise JLError('TypeError', 'string indices must be int, not %s'
                          % w_index.type_name(), 0)
        s = w_obj.strval
        i = w_index.intval
        if i < 0:
            i += len(s)
        if i < 0 or i >= len(s):
            raise JLError('IndexError', 'string index %d out of range (length %d)'
                          % (w_index.intval, len(s)), 0)
        return W_Str(s[i])
    raise JLError('TypeError', '%s cannot be indexed' % w_obj.type_name(), 0)


def setindex(w_obj: W_Object, w_index: W_Object, w_value: W_Object) -> None:
    if not isinstance(w_obj, W_List):
        raise JLError('TypeError', '%s does not support item assignment' % w_obj.type_name(), 0)
    w_obj.setitem(w_obj.index(w_index), w_value)


# ------------------------------------------------------------ built-in functions

def length(w: W_Object) -> W_Object:
    if isinstance(w, W_List):
        return W_Int(w.length())
    if isinstance(w, W_Str):
        return W_Int(len(w.strval))
    raise JLError('TypeError', '%s has no len()' % w.type_name(), 0)


def append(w_list: W_Object, w_item: W_Object) -> None:
    if not isinstance(w_list, W_List):
        raise JLError('TypeError', 'append() needs a list, not %s' % w_list.type_name(), 0)
    w_list.append(w_item)


def sqrt_of(w: W_Object) -> W_Object:
    """sqrt(): traced (the JIT makes math.sqrt one instruction)."""
    x = to_float(w)
    if x < 0.0:
        raise JLError('ValueError', 'math domain error', 0)
    return W_Float(math.sqrt(x))


@dont_look_inside
def call_builtin1(which: int, w: W_Object) -> W_Object:
    """str(), int(), float(): called from compiled code (their
    conversions are not worth tracing)."""
    if which == B_STR:
        return W_Str(w.to_str())
    if which == B_INT:
        return to_int(w)
    return to_float_value(w)


def int_or(w: W_Object, w_default: W_Object) -> W_Object:
    """int_or(x, default): an RPy exception raised by a residual call
    (call_builtin1) and caught here, in traced code."""
    try:
        return call_builtin1(B_INT, w)
    except JLError:
        return w_default


def pop_or(w_list: W_Object, w_default: W_Object) -> W_Object:
    """pop_or(list, default): an RPy exception raised in traced code
    (pop_checked, inlined) and caught here."""
    try:
        return pop_checked(w_list)
    except JLError:
        return w_default


def pop_checked(w: W_Object) -> W_Object:
    if not isinstance(w, W_List):
        raise JLError('TypeError', 'pop_or() needs a list', 0)
    if w.length() == 0:
        raise JLError('IndexError', 'pop from an empty list', 0)
    return w.pop()


@dont_look_inside
def call_builtin(frame: Frame, which: int, nargs: int) -> None:
    """The rare built-ins, on the frame's stack."""
    if which == B_PRINT:
        print_values(frame, nargs)
        frame.push(W_NONE)
        return
    if which == B_ARGS:
        frame.push(W_List([W_Str(a) for a in PROGRAM_ARGS.args]))
        return
    if which == B_ARRAY:
        w_fill = frame.pop()
        w_n = frame.pop()
        if not isinstance(w_n, W_Int) or w_n.intval < 0:
            raise JLError('ValueError', 'array() needs a length >= 0', 0)
        frame.push(new_list([w_fill] * w_n.intval))
        return
    w = frame.pop()
    if which == B_JIT_PARAM:
        # jit_param("trace_limit=500,..."): the JIT's parameters changed
        # while the program runs (set_param at run time)
        if not isinstance(w, W_Str):
            raise JLError('TypeError', 'jit_param() needs a str, not %s' % w.type_name(), 0)
        try:
            set_user_param(jitdriver, w.strval)
        except ValueError as e:
            raise JLError('ValueError', str(e), 0)
        frame.push(W_NONE)
    elif which == B_POP:
        if not isinstance(w, W_List):
            raise JLError('TypeError', 'pop() needs a list, not %s' % w.type_name(), 0)
        if w.length() == 0:
            raise JLError('IndexError', 'pop from an empty list', 0)
        frame.push(w.pop())
    else:
        raise JLError('SystemError', 'unknown built-in', 0)


@unroll_safe
def print_values(frame: Frame, nargs: int) -> None:
    parts = [''] * nargs
    i = nargs - 1
    while i >= 0:
        parts[i] = frame.pop().to_str()
        i -= 1
    print(' '.join(parts))


def to_int(w: W_Object) -> W_Object:
    if isinstance(w, W_Int):
        return w
    if isinstance(w, W_Bool):
        return W_Int(1 if w.value else 0)
    if isinstance(w, W_Float):
        f = w.floatval
        if not (-9.2e18 < f < 9.2e18):
            raise JLError('OverflowError', 'cannot convert float %s to int' % str(f), 0)
        return W_Int(int(f))
    if isinstance(w, W_Str):
        text = w.strval.strip()
        neg = text.startswith('-')
        if neg or text.startswith('+'):
            text = text[1:]
        if not text or not text.isdigit():
            raise JLError('ValueError', 'invalid literal for int(): "%s"' % w.strval, 0)
        try:
            value = parse_decimal(text)
        except OverflowError:
            raise JLError('OverflowError', 'int() of "%s" does not fit a machine word'
                          % w.strval, 0)
        return W_Int(-value if neg else value)
    raise JLError('TypeError', 'int() of %s' % w.type_name(), 0)


def to_float_value(w: W_Object) -> W_Object:
    if isinstance(w, W_Float):
        return w
    if isinstance(w, W_Int):
        return W_Float(float(w.intval))
    if isinstance(w, W_Str):
        try:
            return W_Float(float(w.strval))
        except ValueError:
            raise JLError('ValueError', 'invalid literal for float(): "%s"' % w.strval, 0)
    raise JLError('TypeError', 'float() of %s' % w.type_name(), 0)
