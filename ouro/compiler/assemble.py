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
    handler_targets: list[Block] = []
    for b in blocks:
        if b.depth < 0:
            continue
        kept: list[Instr] = []
        for ins in b.instrs:
            if ins.opcode == SETUP_FINALLY or ins.opcode == SETUP_WITH or ins.opcode == POP_BLOCK:
                # a NOP holding its line (`try:`, `with`), as CPython's
                # convert_exception_handlers_to_nops; POP_BLOCK has none
                target = ins.target
                if target is not None:
                    handler_targets.append(target)
                if ins.opcode == POP_BLOCK:
                    continue
                ins = _nop_at(ins)
            kept.append(ins)
            if (ins.opcode == JUMP or ins.opcode == op.RETURN_VALUE or ins.opcode == op.RERAISE
                    or ins.opcode == op.RAISE_VARARGS):
                break
        b.instrs = kept
        _swap_tuple_unpacks(b)
        live.append(b)
    live = assign_lines(live, handler_targets, handler_of)
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


def _swap_tuple_unpacks(b: Block) -> None:
    """CPython 3.11's optimize_basic_block on `a, b = x, y`: BUILD_TUPLE n
    then UNPACK_SEQUENCE n (n <= 3) builds no tuple (1: nothing; 2 and 3: a
    SWAP), and a SWAP followed by the stores that consume the swapped
    items becomes those stores reordered (apply_static_swaps)."""
    instrs = b.instrs
    i = 0
    while i + 1 < len(instrs):
        ins = instrs[i]
        nxt = instrs[i + 1]
        if (ins.opcode == op.BUILD_TUPLE and nxt.opcode == op.UNPACK_SEQUENCE
                and ins.arg == nxt.arg and 1 <= ins.arg <= 3):
            ins.opcode = op.NOP
            ins.arg = 0
            if nxt.arg == 1:
                nxt.opcode = op.NOP
                nxt.arg = 0
            else:
                nxt.opcode = op.SWAP
                _apply_static_swap(instrs, i + 1)
        i += 1


def _swappable_after(instrs: list[Instr], i: int, lineno: int) -> int:
    """The next STORE_FAST or POP_TOP after instrs[i], NOPs skipped, on
    line `lineno` unless it is negative (so that line events see the same
    names bound); -1 if another instruction comes first."""
    i += 1
    while i < len(instrs):
        ins = instrs[i]
        if lineno >= 0 and ins.lineno != lineno:
            return -1
        if ins.opcode == op.STORE_FAST or ins.opcode == op.POP_TOP:
            return i
        if ins.opcode != op.NOP:
            return -1
        i += 1
    return -1


def _stores_to(ins: Instr) -> int:
    return ins.arg if ins.opcode == op.STORE_FAST else -1


def _apply_static_swap(instrs: list[Instr], i: int) -> None:
    """SWAP n at instrs[i] followed by n stores or POP_TOPs: the first and
    the n-th trade places and the SWAP goes, unless that would reorder two
    stores to the same local (`a, a = x, y`)."""
    swap = instrs[i]
    j = _swappable_after(instrs, i, -1)
    if j < 0:
        return
    k = j
    lineno = instrs[j].lineno
    count = swap.arg - 1
    while count > 0:
        k = _swappable_after(instrs, k, lineno)
        if k < 0:
            return
        count -= 1
    store_j = _stores_to(instrs[j])
    store_k = _stores_to(instrs[k])
    if store_j >= 0 or store_k >= 0:
        if store_j == store_k:
            return
        idx = j + 1
        while idx < k:
            s = _stores_to(instrs[idx])
            if s >= 0 and (s == store_j or s == store_k):
                return
            idx += 1
    swap.opcode = op.NOP
    swap.arg = 0
    tmp = instrs[j]
    instrs[j] = instrs[k]
    instrs[k] = tmp


def assign_lines(live: list[Block], handler_targets: list[Block],
                 handler_of: dict[Instr, Handler | None]) -> list[Block]:
    """Line numbers as CPython 3.11's assembler leaves them, which
    sys.settrace's line events and f_lineno show: NOPs (of `pass`, `try:`,
    constant statements) are kept only where they hold a line of their
    own; an exit block without a line (the implicit `return None`) reached
    by several jumps is copied for each; then an instruction without a
    line takes the location of the one before it, and so does the first
    instruction of a block with a single predecessor."""
    _thread_jumps(live)
    _inline_small_exits(live, handler_of)
    _drop_unreachable(live, handler_of)
    _remove_redundant_jumps(live)
    _remove_redundant_nops(live)
    preds = _predecessors(live, handler_targets)
    live = _duplicate_exits(live, preds, handler_of)
    for b in live:
        prev: Instr | None = None
        for ins in b.instrs:
            if ins.lineno < 0:
                if prev is not None:
                    _copy_location(ins, prev)
            else:
                prev = ins
        if prev is None:
            continue
        nxt = _fallthrough(b)
        if nxt is not None and preds.get(nxt, 0) == 1 and nxt.instrs[0].lineno < 0:
            _copy_location(nxt.instrs[0], prev)
        target = b.instrs[len(b.instrs) - 1].target
        if target is not None:
            t = _resolve(target)
            if preds.get(t, 0) == 1 and t.instrs[0].lineno < 0:
                _copy_location(t.instrs[0], prev)
    return live


def _is_exit(b: Block) -> bool:
    n = len(b.instrs)
    if n == 0:
        return False
    last = b.instrs[n - 1].opcode
    return last == op.RETURN_VALUE or last == op.RERAISE or last == op.RAISE_VARARGS


def _thread_jumps(live: list[Block]) -> None:
    """A jump to an unconditional JUMP of the same line goes to its
    target instead (CPython's jump_thread)."""
    for b in live:
        n = len(b.instrs)
        if n == 0:
            continue
        last = b.instrs[n - 1]
        count = 0
        while last.target is not None and count < 100:
            count += 1
            t = _resolve(last.target)
            first = t.instrs[0]
            if first.opcode != JUMP or first.lineno != last.lineno:
                break
            new_target = first.target
            assert new_target is not None
            if _resolve(new_target) is t:
                break
            last.target = new_target


def _inline_small_exits(live: list[Block], handler_of: dict[Instr, Handler | None]) -> None:
    """A JUMP to an exit block of at most 4 instructions becomes a copy
    of them (CPython's extend_block: each path returns at its own line)."""
    for b in live:
        n = len(b.instrs)
        if n == 0:
            continue
        last = b.instrs[n - 1]
        target = last.target
        if last.opcode != JUMP or target is None:
            continue
        t = _resolve(target)
        if not _is_exit(t) or len(t.instrs) > 4:
            continue
        b.instrs[n - 1] = _nop_at(last)
        for ins in t.instrs:
            c = _copy_instr(ins, handler_of)
            b.instrs.append(c)


def _remove_redundant_jumps(live: list[Block]) -> None:
    """A JUMP to the block that follows anyway becomes a NOP (which keeps
    its line, if it is the only one holding it)."""
    i = 0
    while i < len(live):
        b = live[i]
        n = len(b.instrs)
        if n > 0 and b.instrs[n - 1].opcode == JUMP:
            last = b.instrs[n - 1]
            target = last.target
            assert target is not None
            j = i + 1
            while j < len(live) and len(live[j].instrs) == 0:
                j += 1
            if j < len(live) and _resolve(target) is live[j]:
                b.instrs[n - 1] = _nop_at(last)
        i += 1


def _drop_unreachable(live: list[Block], handler_of: dict[Instr, Handler | None]) -> None:
    """Blocks no path reaches any more (after threading and inlining) are
    emptied and marked unreached (depth -1: jumps resolve past them)."""
    reached: dict[Block, bool] = {}
    todo = [live[0]]
    reached[live[0]] = True
    while len(todo) > 0:
        b = todo.pop()
        succ: list[Block] = []
        nxt = _fallthrough(b)
        if nxt is None and len(b.instrs) == 0:
            nxt = b.next
            while nxt is not None and nxt.depth < 0:
                nxt = nxt.next
        if nxt is not None:
            succ.append(nxt)
        for ins in b.instrs:
            if ins.target is not None:
                succ.append(_resolve(ins.target))
            h = handler_of.get(ins, None)
            if h is not None:
                succ.append(_resolve(h.target))
        for s in succ:
            if s not in reached:
                reached[s] = True
                todo.append(s)
    for b in live:
        if b not in reached and len(b.instrs) > 0:
            b.instrs = []
            b.depth = -1


def _nop_at(ins: Instr) -> Instr:
    """A NOP with ins's location (what a pseudo-instruction or a removed
    jump leaves: its line may be the only one there)."""
    return Instr(op.NOP, 0, None, ins.lineno, ins.end_lineno, ins.col, ins.end_col)


def _copy_instr(ins: Instr, handler_of: dict[Instr, Handler | None]) -> Instr:
    """A copy of ins (a copied exit block's), under the same handler."""
    c = Instr(ins.opcode, ins.arg, ins.target, ins.lineno, ins.end_lineno, ins.col, ins.end_col)
    handler_of[c] = handler_of.get(ins, None)
    return c


def _copy_location(ins: Instr, src: Instr) -> None:
    ins.lineno = src.lineno
    ins.end_lineno = src.end_lineno
    ins.col = src.col
    ins.end_col = src.end_col


def _fallthrough(b: Block) -> Block | None:
    """The block control falls into from b (None if b ends the flow or
    nothing follows)."""
    if len(b.instrs) == 0 or b.ends_flow():
        return None
    nxt = b.next
    while nxt is not None and (len(nxt.instrs) == 0 or nxt.depth < 0):
        nxt = nxt.next
    return nxt


def _predecessors(live: list[Block], handler_targets: list[Block]) -> dict[Block, int]:
    preds: dict[Block, int] = {}
    for b in live:
        nxt = _fallthrough(b)
        if nxt is not None:
            preds[nxt] = preds.get(nxt, 0) + 1
        for ins in b.instrs:
            if ins.target is not None:
                t = _resolve(ins.target)
                preds[t] = preds.get(t, 0) + 1
    for h in handler_targets:
        ht = _resolve_or_none(h)
        if ht is not None:
            preds[ht] = preds.get(ht, 0) + 1
    return preds


def _remove_redundant_nops(live: list[Block]) -> None:
    """CPython's rule: a NOP goes if it has no line, or the instruction
    before it in its block has the same line, or the next instruction has
    the same line or none (which then takes the NOP's location)."""
    for b in live:
        kept: list[Instr] = []
        prev_line = -1
        n = len(b.instrs)
        k = 0
        while k < n:
            ins = b.instrs[k]
            if ins.opcode == op.NOP:
                line = ins.lineno
                if line < 0 or line == prev_line:
                    k += 1
                    continue
                if k + 1 < n:
                    nxt = b.instrs[k + 1]
                    if nxt.lineno < 0 or nxt.lineno == line:
                        if nxt.lineno < 0:
                            _copy_location(nxt, ins)
                        k += 1
                        continue
                else:
                    following = _fallthrough(b)
                    if following is not None and following.instrs[0].lineno == line:
                        k += 1
                        continue
            kept.append(ins)
            prev_line = ins.lineno
            k += 1
        b.instrs = kept


def _exits_without_line(b: Block) -> bool:
    n = len(b.instrs)
    if n == 0:
        return False
    last = b.instrs[n - 1].opcode
    if last != op.RETURN_VALUE and last != op.RERAISE and last != op.RAISE_VARARGS:
        return False
    for ins in b.instrs:
        if ins.lineno >= 0:
            return False
    return True


def _duplicate_exits(live: list[Block], preds: dict[Block, int],
                     handler_of: dict[Instr, Handler | None]) -> list[Block]:
    """Each jump (conditional ones too) to an exit block without a line
    that has other predecessors gets a copy of it, placed after the
    original, so that the jump's line passes to the exit: a function's
    implicit return."""
    copies: dict[Block, list[Block]] = {}
    for b in live:
        n = len(b.instrs)
        if n == 0:
            continue
        last = b.instrs[n - 1]
        target = last.target
        if target is None:
            continue
        t = _resolve(target)
        if not _exits_without_line(t) or preds.get(t, 0) <= 1:
            continue
        new = Block(t.index)
        new.depth = t.depth
        new.handlers = t.handlers
        for ins in t.instrs:
            new.instrs.append(_copy_instr(ins, handler_of))
        _copy_location(new.instrs[0], last)
        last.target = new
        preds[t] = preds[t] - 1
        preds[new] = 1
        if t in copies:
            copies[t].append(new)
        else:
            copies[t] = [new]
    if len(copies) == 0:
        return live
    result: list[Block] = []
    for b in live:
        result.append(b)
        extra = copies.get(b, None)
        if extra is not None:
            for copy in extra:
                result.append(copy)
    return result


def _resolve_or_none(b: Block) -> Block | None:
    """The block where execution lands when jumping to b: empty and
    unreachable blocks are skipped (None: nothing follows)."""
    cur: Block | None = b
    while cur is not None and (len(cur.instrs) == 0 or cur.depth < 0):
        cur = cur.next
    return cur


def _resolve(b: Block) -> Block:
    cur = _resolve_or_none(b)
    if cur is None:
        raise AssembleError("jump past the end of the code")
    return cur
