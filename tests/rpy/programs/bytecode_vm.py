"""A real program: a two-pass assembler (labels, mnemonics with operands) and
a stack-based bytecode VM with locals, arithmetic, comparisons, jumps,
CALL/RET frames and PRINT; runs iterative and recursive programs and reports
runtime errors (stack underflow, bad jump, division by zero) via exceptions."""
from __future__ import annotations

NOP = 0
PUSH = 1
POP = 2
ADD = 3
SUB = 4
MUL = 5
DIV = 6
MOD = 7
LT = 8
EQ = 9
JMP = 10
JZ = 11
LOAD = 12
STORE = 13
CALL = 14
RET = 15
PRINT = 16
HALT = 17
DUP = 18
SWAP = 19

MNEMONICS = {"nop": NOP, "push": PUSH, "pop": POP, "add": ADD, "sub": SUB, "mul": MUL,
             "div": DIV, "mod": MOD, "lt": LT, "eq": EQ, "jmp": JMP, "jz": JZ,
             "load": LOAD, "store": STORE, "call": CALL, "ret": RET, "print": PRINT,
             "halt": HALT, "dup": DUP, "swap": SWAP}
HAS_ARG = [PUSH, JMP, JZ, LOAD, STORE, CALL]
NAMES = {code: name for name, code in MNEMONICS.items()}


class VMError(Exception):
    pc: int
    msg: str

    def __init__(self, pc: int, msg: str) -> None:
        self.pc = pc
        self.msg = msg


class Frame:
    return_pc: int
    locals: list[int]

    def __init__(self, return_pc: int, nargs: int) -> None:
        self.return_pc = return_pc
        self.locals = [0] * 8


def assemble(src: str) -> list[int]:
    labels: dict[str, int] = {}
    lines: list[list[str]] = []
    pc = 0
    for raw in src.splitlines():
        line = raw.split("#")[0].strip()
        if line == "":
            continue
        if line.endswith(":"):
            labels[line[:-1]] = pc
            continue
        parts = line.split()
        lines.append(parts)
        pc += 2 if MNEMONICS[parts[0]] in HAS_ARG else 1
    code: list[int] = []
    for parts in lines:
        op = MNEMONICS[parts[0]]
        code.append(op)
        if op in HAS_ARG:
            arg = parts[1]
            if arg in labels:
                code.append(labels[arg])
            else:
                code.append(int(arg))
    return code


def disassemble(code: list[int]) -> list[str]:
    out: list[str] = []
    pc = 0
    while pc < len(code):
        op = code[pc]
        if op in HAS_ARG:
            out.append("%3d %s %d" % (pc, NAMES[op], code[pc + 1]))
            pc += 2
        else:
            out.append("%3d %s" % (pc, NAMES[op]))
            pc += 1
    return out


class VM:
    code: list[int]
    stack: list[int]
    frames: list[Frame]
    output: list[str]
    steps: int

    def __init__(self, code: list[int]) -> None:
        self.code = code
        self.stack = []
        self.frames = [Frame(-1, 0)]
        self.output = []
        self.steps = 0

    def pop(self, pc: int) -> int:
        if len(self.stack) == 0:
            raise VMError(pc, "stack underflow")
        return self.stack.pop()

    def run(self) -> None:
        pc = 0
        code = self.code
        while True:
            if pc < 0 or pc >= len(code):
                raise VMError(pc, "pc out of range")
            op = code[pc]
            self.steps += 1
            if op == PUSH:
                self.stack.append(code[pc + 1])
                pc += 2
            elif op == POP:
                self.pop(pc)
                pc += 1
            elif op == DUP:
                v = self.pop(pc)
                self.stack.append(v)
                self.stack.append(v)
                pc += 1
            elif op == SWAP:
                b = self.pop(pc)
                a = self.pop(pc)
                self.stack.append(b)
                self.stack.append(a)
                pc += 1
            elif op >= ADD and op <= EQ:
                b = self.pop(pc)
                a = self.pop(pc)
                if op == ADD:
                    r = a + b
                elif op == SUB:
                    r = a - b
                elif op == MUL:
                    r = a * b
                elif op == DIV or op == MOD:
                    if b == 0:
                        raise VMError(pc, "division by zero")
                    r = a // b if op == DIV else a % b
                elif op == LT:
                    r = 1 if a < b else 0
                else:
                    r = 1 if a == b else 0
                self.stack.append(r)
                pc += 1
            elif op == JMP:
                pc = code[pc + 1]
            elif op == JZ:
                if self.pop(pc) == 0:
                    pc = code[pc + 1]
                else:
                    pc += 2
            elif op == LOAD:
                self.stack.append(self.frames[-1].locals[code[pc + 1]])
                pc += 2
            elif op == STORE:
                self.frames[-1].locals[code[pc + 1]] = self.pop(pc)
                pc += 2
            elif op == CALL:
                frame = Frame(pc + 2, 1)
                frame.locals[0] = self.pop(pc)
                self.frames.append(frame)
                pc = code[pc + 1]
            elif op == RET:
                frame = self.frames.pop()
                pc = frame.return_pc
            elif op == PRINT:
                self.output.append(str(self.pop(pc)))
                pc += 1
            elif op == HALT:
                return
            elif op == NOP:
                pc += 1
            else:
                raise VMError(pc, "bad opcode %d" % op)


FIB_ITER = """
    push 0
    store 0        # a
    push 1
    store 1        # b
    push 0
    store 2        # i
loop:
    load 2
    push 30
    lt
    jz done
    load 0
    print
    load 0
    load 1
    dup
    store 0
    add
    store 1
    load 2
    push 1
    add
    store 2
    jmp loop
done:
    halt
"""

FACT_REC = """
    push 1
    store 1
again:
    load 1
    call fact
    print
    load 1
    push 1
    add
    dup
    store 1
    push 16
    lt
    jz end
    jmp again
end:
    halt
fact:                # n in local 0, result on the stack
    load 0
    push 2
    lt
    jz recurse
    push 1
    ret
recurse:
    load 0
    load 0
    push 1
    sub
    call fact
    mul
    ret
"""

PRIMES = """
    push 2
    store 0
next:
    load 0
    push 60
    lt
    jz stop
    push 2
    store 1
trial:
    load 0
    load 1
    load 1
    mul
    lt             # n < i * i: no divisor found
    jz check
    jmp is_prime
check:
    load 0
    load 1
    mod
    jz not_prime
    load 1
    push 1
    add
    store 1
    jmp trial
is_prime:
    load 0
    print
not_prime:
    load 0
    push 1
    add
    store 0
    jmp next
stop:
    halt
"""

BAD_PROGRAMS = ["push 1\nadd\nhalt", "push 1\npush 0\ndiv\nhalt", "jmp 99", "push 5\nstore 0\nload 0\n"]


def run_source(name: str, src: str) -> None:
    code = assemble(src)
    vm = VM(code)
    try:
        vm.run()
        print("%s: %d words, %d steps" % (name, len(code), vm.steps))
    except VMError as e:
        print("%s: VMError at pc %d: %s" % (name, e.pc, e.msg))
    if len(vm.output) > 0:
        print("  " + " ".join(vm.output))


def entry_point(argv: list[str]) -> int:
    for line in disassemble(assemble(FACT_REC))[:12]:
        print(line)
    run_source("fib", FIB_ITER)
    run_source("fact", FACT_REC)
    run_source("primes", PRIMES)
    for i, src in enumerate(BAD_PROGRAMS):
        run_source("bad%d" % i, src)
    return 0
