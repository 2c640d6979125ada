"""Basic blocks of instructions, and the assembler that turns them into a
CodeObject's co_code, co_linetable, co_exceptiontable and co_stacksize.

The code generator (ouro/compiler/codegen.py) emits instructions into
Blocks; jumps name their target Block.  Besides the real opcodes of
ouro/compiler/opcodes.py it uses pseudo-instructions that the assembler
resolves:

    JUMP target            JUMP_FORWARD or JUMP_BACKWARD, by where the
                           target lands
    SETUP_FINALLY target   from here on, an exception jumps to target with
                           the stack cut to its current depth, plus the
                           exception (CPython's SETUP_FINALLY/SETUP_CLEANUP)
    SETUP_WITH target      the same, but cut one deeper: the result of
                           `__enter__` on top is dropped
    POP_BLOCK              ends the innermost SETUP_*

The assembler works as CPython's: it finds the reachable blocks and the
stack depth at each (following jumps and handlers), gives every
instruction the handler that is innermost where it is (the SETUP_*s seen
along the control flow), drops the pseudo-instructions, lays the blocks out
in the order they were created, and computes the jump arguments (absolute,
in instructions) until the EXTENDED_ARG prefixes they need stop changing.
"""
from __future__ import annotations

from ouro.compiler import opcodes as op

# pseudo-instructions (never in co_code)
JUMP = 300
SETUP_FINALLY = 301
SETUP_WITH = 302
POP_BLOCK = 303


class Instr:
    opcode: int
    arg: int
    target: Block | None
    lineno: int
    end_lineno: int
    col: int
    end_col: int

    def __init__(self, opcode: int, arg: int, target: Block | None, lineno: int,
                 end_lineno: int, col: int, end_col: int) -> None:
        self.opcode = opcode
        self.arg = arg
        self.target = target
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.col = col
        self.end_col = end_col


class Block:
    instrs: list[Instr]
    index: int          # creation order = layout order
    next: Block | None  # the block control falls into (None: none)
    depth: int          # stack depth at entry, -1 if not reached
    offset: int         # first instruction, after layout
    handlers: list[Handler] | None   # the SETUP_* stack at entry

    def __init__(self, index: int) -> None:
        self.instrs = []
        self.index = index
        self.next = None
        self.depth = -1
        self.offset = 0
        self.handlers = None

    def ends_flow(self) -> bool:
        """True if control never falls off the end of this block."""
        if len(self.instrs) == 0:
            return False
        last = self.instrs[len(self.instrs) - 1].opcode
        return (last == JUMP or last == op.RETURN_VALUE or last == op.RERAISE
                or last == op.RAISE_VARARGS)


class Handler:
    target: Block
    depth: int

    def __init__(self, target: Block, depth: int) -> None:
        self.target = target
        self.depth = depth


class AssembleError(Exception):
    msg: str

    def __init__(self, msg: str) -> None:
        self.msg = msg


def pseudo_effect(opcode: int, arg: int, jump: bool) -> int:
    if opcode == JUMP or opcode == POP_BLOCK:
        return 0
    if opcode == SETUP_FINALLY:
        return 1 if jump else 0
    if opcode == SETUP_WITH:
        return 0     # drops the __enter__ result, pushes the exception
    return op.stack_effect(opcode, arg, jump)


def is_real_jump(opcode: int) -> bool:
    return opcode == JUMP or op.is_jump(opcode)


def compute_depths(blocks: list[Block]) -> int:
    """Sets each reachable block's entry depth; returns the maximum depth.
    Raises AssembleError if two paths disagree (a compiler bug)."""
    entry = blocks[0]
    entry.depth = 0
    todo = [entry]
    maxdepth = 0
    while len(todo) > 0:
        b = todo.pop()
        depth = b.depth
        falls = True
        for ins in b.instrs:
            opcode = ins.opcode
            target = ins.target
            if target is not None:
                tdepth = depth + pseudo_effect(opcode, ins.arg, True)
                if opcode == SETUP_WITH:
                    tdepth = depth
                _reach(target, tdepth, todo)
                if tdepth > maxdepth:
                    maxdepth = tdepth
            depth += pseudo_effect(opcode, ins.arg, False)
            if depth < 0:
                raise AssembleError("stack underflow in block %d" % b.index)
            if depth > maxdepth:
                maxdepth = depth
            if (opcode == JUMP or opcode == op.RETURN_VALUE or opcode == op.RERAISE
                    or opcode == op.RAISE_VARARGS):
                falls = False
                break
        nxt = b.next
        if falls and nxt is not None:
            _reach(nxt, depth, todo)
    return maxdepth


def _reach(b: Block, depth: int, todo: list[Block]) -> None:
    if b.depth < 0:
        b.depth = depth
        todo.append(b)
    elif b.depth != depth:
        raise AssembleError("inconsistent stack depth at block %d: %d and %d"
                            % (b.index, b.depth, depth))


def label_handlers(blocks: list[Block]) -> dict[Instr, Handler | None]:
    """The innermost handler of every instruction of the reachable blocks."""
    result: dict[Instr, Handler | None] = {}
    entry = blocks[0]
    entry.handlers = []
    todo = [entry]
    while len(todo) > 0:
        b = todo.pop()
        hs = b.handlers
        assert hs is not None
        stack = list(hs)
        depth = b.depth
        falls = True
        for ins in b.instrs:
            opcode = ins.opcode
            if opcode == SETUP_FINALLY or opcode == SETUP_WITH:
                target = ins.target
                assert target is not None
                hdepth = depth if opcode == SETUP_FINALLY else depth - 1
                # the handler itself runs under the enclosing handlers
                _propagate(target, list(stack), todo)
                stack.append(Handler(target, hdepth))
            elif opcode == POP_BLOCK:
                if len(stack) > 0:
                    stack.pop()
            else:
                if len(stack) > 0:
                    result[ins] = stack[len(stack) - 1]
                else:
                    result[ins] = None
                target = ins.target
                if target is not None:
                    _propagate(target, list(stack), todo)
            depth += pseudo_effect(opcode, ins.arg, False)
            if (opcode == JUMP or opcode == op.RETURN_VALUE or opcode == op.RERAISE
                    or opcode == op.RAISE_VARARGS):
                falls = False
                break
        nxt = b.next
        if falls and nxt is not None:
            _propagate(nxt, stack, todo)
    return result


def _propagate(b: Block, stack: list[Handler], todo: list[Block]) -> None:
    if b.handlers is None:
        b.handlers = stack
        todo.append(b)


class Assembled:
    code: bytes
    positions: list[int]
    exceptiontable: list[int]
    stacksize: int

    def __init__(self, code: bytes, positions: list[int], exceptiontable: list[int],
                 stacksize: int) -> None:
        self.code = code
        self.positions = positions
        self.exceptiontable = exceptiontable
        self.stacksize = stacksize


def _arg_units(arg: int) -> int:
    """Code units an instruction with this argument takes (EXTENDED_ARGs + 1)."""
    n = 1
    while arg > 0xff:
        arg >>= 8
        n += 1
    return n


def assemble(blocks: list[Block]) -> Assembled:
    """Lays out the blocks (in creation order, which the code generator keeps
    equal to the fall-through order)."""
    stacksize = compute_depths(blocks)
    handler_of = label_handlers(blocks)
    # the instructions that remain, per reachable block
    live: list[Block] = []
    for b in blocks:
        if b.depth < 0:
            continue
        kept: list[Instr] = []
        for ins in b.instrs:
            if ins.opcode == SETUP_FINALLY or ins.opcode == SETUP_WITH or ins.opcode == POP_BLOCK:
                continue
            kept.append(ins)
            if (ins.opcode == JUMP or ins.opcode == op.RETURN_VALUE or ins.opcode == op.RERAISE
                    or ins.opcode == op.RAISE_VARARGS):
                break
        b.instrs = kept
        live.append(b)
    # a jump to the block that follows anyway is dropped
    i = 0
    while i < len(live):
        b = live[i]
        n = len(b.instrs)
        if n > 0 and b.instrs[n - 1].opcode == JUMP:
            j = i + 1
            while j < len(live) and len(live[j].instrs) == 0:
                j += 1
            if j < len(live) and b.instrs[n - 1].target is live[j]:
                b.instrs.pop()
        i += 1
    # offsets, until the EXTENDED_ARGs stop changing
    sizes: dict[Instr, int] = {}
    for b in live:
        for ins in b.instrs:
            sizes[ins] = 1 if ins.target is not None else _arg_units(ins.arg)
    while True:
        offset = 0
        for b in live:
            b.offset = offset
            for ins in b.instrs:
                offset += sizes[ins]
        changed = False
        for b in live:
            for ins in b.instrs:
                target = ins.target
                if target is not None:
                    units = _arg_units(_resolve(target).offset)
                    if units != sizes[ins]:
                        sizes[ins] = units
                        changed = True
        if not changed:
            break
    # emit
    code: list[int] = []
    positions: list[int] = []
    handlers: list[int] = []    # (target, depth) per instruction, -1 target for none
    for b in live:
        for ins in b.instrs:
            opcode = ins.opcode
            arg = ins.arg
            target = ins.target
            if target is not None:
                t = _resolve(target)
                arg = t.offset
                if opcode == JUMP:
                    here = len(code) // 2 + sizes[ins] - 1
                    opcode = op.JUMP_BACKWARD if arg <= here else op.JUMP_FORWARD
            n = sizes[ins]
            shift = 8 * (n - 1)
            while shift > 0:
                code.append(op.EXTENDED_ARG)
                code.append((arg >> shift) & 0xff)
                shift -= 8
            code.append(opcode)
            code.append(arg & 0xff)
            h = handler_of.get(ins, None)
            for _ in range(n):
                positions.append(ins.lineno)
                positions.append(ins.end_lineno)
                positions.append(ins.col)
                positions.append(ins.end_col)
                if h is None:
                    handlers.append(-1)
                    handlers.append(0)
                else:
                    handlers.append(_resolve(h.target).offset)
                    handlers.append(h.depth)
    # runs of instructions with the same handler
    table: list[int] = []
    ninstr = len(code) // 2
    k = 0
    while k < ninstr:
        htarget = handlers[2 * k]
        hdepth = handlers[2 * k + 1]
        j = k + 1
        while j < ninstr and handlers[2 * j] == htarget and handlers[2 * j + 1] == hdepth:
            j += 1
        if htarget >= 0:
            table.append(k)
            table.append(j)
            table.append(htarget)
            table.append(hdepth)
        k = j
    return Assembled(bytes(code), positions, table, stacksize)


def _resolve(b: Block) -> Block:
    """The block where execution lands when jumping to b: empty and
    unreachable blocks are skipped."""
    cur: Block | None = b
    while cur is not None and (len(cur.instrs) == 0 or cur.depth < 0):
        cur = cur.next
    if cur is None:
        raise AssembleError("jump past the end of the code")
    return cur
