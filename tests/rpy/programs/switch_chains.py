"""If-chains over one integer, which the translator turns into C switches
(rpy/backendopt/merge_if_blocks.py): an interpreter loop over many opcodes
(with `op == A or op == B`, `C == op`, a repeated constant, the result of a
test kept for later), negative and large constants, the default path,
nested chains, chains inside try/except and chains whose cases raise."""
from __future__ import annotations

HALT = 0
PUSH = 1
POP = 2
ADD = 3
SUB = 4
MUL = 5
DUP = 6
SWAP = 7
JMP = 8
JZ = 9
PRINT = 10
NEG = 11
INC = 12
DEC = 13
NOP = 14
NOP2 = 15
LOAD = 16
STORE = 17
DIVMOD = 18
CHECK = 19
OVER = 20
BIG = 1000
NEGOP = -7


class VMError(Exception):
    msg: str

    def __init__(self, msg: str) -> None:
        self.msg = msg


class Machine:
    stack: list[int]
    regs: list[int]
    pc: int
    steps: int
    log: list[str]

    def __init__(self) -> None:
        self.stack = []
        self.regs = [0] * 4
        self.pc = 0
        self.steps = 0
        self.log = []

    def pop(self) -> int:
        if not self.stack:
            raise VMError("stack underflow at %d" % self.pc)
        return self.stack.pop()

    def run(self, code: list[int], limit: int) -> int:
        """The interpreter loop: one long if/elif chain on the opcode."""
        while True:
            if self.steps >= limit:
                raise VMError("step limit")
            self.steps += 1
            pc = self.pc
            opcode = code[pc]
            arg = code[pc + 1]
            self.pc = pc + 2
            if opcode == PUSH:
                self.stack.append(arg)
            elif opcode == POP:
                self.pop()
            elif opcode == ADD:
                b = self.pop()
                a = self.pop()
                self.stack.append(a + b)
            elif SUB == opcode:
                b = self.pop()
                a = self.pop()
                self.stack.append(a - b)
            elif opcode == MUL:
                b = self.pop()
                a = self.pop()
                self.stack.append(a * b)
            elif opcode == DUP:
                a = self.pop()
                self.stack.append(a)
                self.stack.append(a)
            elif opcode == SWAP:
                b = self.pop()
                a = self.pop()
                self.stack.append(b)
                self.stack.append(a)
            elif opcode == JMP:
                self.pc = arg
            elif opcode == JZ:
                if self.pop() == 0:
                    self.pc = arg
            elif opcode == PRINT:
                self.log.append(str(self.pop()))
            elif opcode == NEG or opcode == NEGOP:
                self.stack.append(-self.pop())
            elif opcode == INC:
                self.stack.append(self.pop() + arg)
            elif opcode == DEC:
                self.stack.append(self.pop() - arg)
            elif opcode == NOP or opcode == NOP2 or opcode == BIG:
                pass
            elif opcode == LOAD:
                self.stack.append(self.regs[arg])
            elif opcode == STORE:
                self.regs[arg] = self.pop()
            elif opcode == PUSH:
                self.log.append("never: PUSH was handled above")
            elif opcode == DIVMOD:
                b = self.pop()
                a = self.pop()
                self.stack.append(a // b)     # ZeroDivisionError escapes
                self.stack.append(a % b)
            elif opcode == CHECK:
                if not self.stack:
                    raise VMError("CHECK on an empty stack")
            elif opcode == OVER:
                b = self.pop()
                a = self.pop()
                self.stack.append(a)
                self.stack.append(b)
                self.stack.append(a)
            elif opcode == HALT:
                return len(self.stack)
            else:
                raise VMError("bad opcode %d at %d" % (opcode, pc))


def run_program(name: str, code: list[int], limit: int) -> None:
    m = Machine()
    try:
        n = m.run(code, limit)
        print(name, "ok", n, m.stack, " ".join(m.log), m.steps)
    except VMError as e:
        print(name, "VMError:", e.msg, m.stack, " ".join(m.log))
    except ZeroDivisionError:
        print(name, "ZeroDivisionError", m.stack, " ".join(m.log))
    except IndexError:
        print(name, "IndexError", m.stack, " ".join(m.log))


def classify(x: int) -> str:
    """Negative, zero, large and extreme constants; the default path; a chain
    interrupted by operations (`-9223372036854775807 - 1` and `1 << 40` are
    computed in their own blocks), merged again after them."""
    if x == -1:
        return "minus one"
    elif x == 0:
        return "zero"
    elif x == -9223372036854775807 - 1:
        return "minint"
    elif x == 9223372036854775807:
        return "maxint"
    elif x == 1 << 40:
        return "2**40"
    elif x == -1000000:
        return "minus a million"
    elif x == 3:
        return "three"
    elif x == -9223372036854775808:
        return "minint literal"
    elif x == 1099511627776:
        return "2**40 literal"
    elif x == -4611686018427387904:
        return "-2**62"
    return "other %d" % x


def nested(a: int, b: int) -> int:
    """A chain inside each case of another chain, on another variable."""
    if a == 1:
        if b == 1:
            return 11
        elif b == 2:
            return 12
        elif b == 3:
            return 13
        return 10
    elif a == 2:
        if b == 1:
            return 21
        elif b == 5:
            return 25
        return 20
    elif a == 3:
        return 30 + b
    return -b


def kept_result(x: int, y: int) -> int:
    """The result of a test also used after the chain."""
    first = x == 4
    if first:
        y += 1
    elif x == 5:
        y += 2
    elif x == 6:
        y += 3
    if first:
        y *= 10
    return y


def in_try(ops: list[int]) -> int:
    """A chain in a try block whose cases raise different exceptions."""
    total = 0
    for o in ops:
        try:
            if o == 1:
                total += 1
            elif o == 2:
                raise ValueError("two")
            elif o == 3:
                total += ops[100]
            elif o == 4:
                total += 10 // (o - 4)
            elif o == 5:
                raise VMError("five")
            else:
                total += 1000
        except ValueError:
            total += 100
        except IndexError:
            total += 200
        except ZeroDivisionError:
            total += 300
        except VMError as e:
            total += len(e.msg)
    return total


def raising(x: int) -> int:
    """Cases that raise out of the function."""
    if x == 10:
        raise VMError("ten")
    elif x == 11:
        raise ValueError("eleven")
    elif x == 12:
        return 12
    return 0


def renamed(n: int) -> int:
    """The tested variable and the other live ones are renamed through the
    chain (a loop carries them into the test blocks)."""
    acc = 0
    k = 0
    s = ""
    while k < n:
        m = k % 7
        if m == 0:
            acc += 1
            s += "a"
        elif m == 1:
            acc += 10
        elif m == 2:
            s += "c"
        elif m == 5:
            acc -= 3
        else:
            acc += m
        k += 1
    return acc * 1000 + len(s)


def bool_chain(flag: bool) -> int:
    if flag == 1:
        return 1
    elif flag == 0:
        return 0
    return 2


def entry_point(argv: list[str]) -> int:
    base = len(argv)        # 1: keeps the programs from being constant
    prog1 = [PUSH, 5 * base, PUSH, 7, ADD, 0, DUP, 0, PRINT, 0, PUSH, 3, MUL, 0, PRINT, 0,
             PUSH, 10, STORE, 1, LOAD, 1, JZ, 34, LOAD, 1, DEC, 1, DUP, 0, STORE, 1, JMP, 20,
             PUSH, 2, NEG, 0, PUSH, 9, NEGOP, 0, SUB, 0, PRINT, 0, NOP, 0, NOP2, 0, BIG, 0,
             PUSH, 1, PUSH, 2, SWAP, 0, OVER, 0, PRINT, 0, PRINT, 0, PRINT, 0, HALT, 0]
    run_program("loop", prog1, 10000)
    run_program("underflow", [PUSH, 1, ADD, 0, HALT, 0], 100)
    run_program("badop", [PUSH, 1, 99, 0, HALT, 0], 100)
    run_program("badop2", [PUSH, 1, -3, 0, HALT, 0], 100)
    run_program("divzero", [PUSH, 7, PUSH, 0, DIVMOD, 0, HALT, 0], 100)
    run_program("divmod", [PUSH, -7, PUSH, 2, DIVMOD, 0, PRINT, 0, PRINT, 0, HALT, 0], 100)
    run_program("check", [CHECK, 0, HALT, 0], 100)
    run_program("runaway", [JMP, 0], 500)
    run_program("offend", [PUSH, 1], 100)
    # a longer computation: sum of 1..200 by a loop
    prog2 = [PUSH, 0, STORE, 0, PUSH, 200, STORE, 1,
             LOAD, 1, JZ, 30, LOAD, 0, LOAD, 1, ADD, 0, STORE, 0, LOAD, 1, DEC, 1, STORE, 1,
             JMP, 8, NOP, 0, LOAD, 0, PRINT, 0, HALT, 0]
    run_program("sum", prog2, 100000)
    for x in [-1, 0, 3, -1000000, 1 << 40, 7, -2, 9223372036854775807,
              -9223372036854775807 - 1, 9223372036854775806, -(1 << 62), 1 << 62]:
        print(x, classify(x * base))
    out = []
    for a in range(0, 5):
        for b in range(0, 7):
            out.append(str(nested(a, b)))
    print(" ".join(out))
    print([kept_result(x, 1) for x in range(2, 9)])
    print(in_try([1, 2, 3, 4, 5, 6, 1, 1]))
    for x in [9, 10, 11, 12]:
        try:
            print("raising", x, raising(x))
        except VMError as e:
            print("raising", x, "VMError", e.msg)
        except ValueError:
            print("raising", x, "ValueError")
    print(renamed(50 * base), renamed(3))
    print(bool_chain(True), bool_chain(False), bool_chain(base == 1))
    return 0
