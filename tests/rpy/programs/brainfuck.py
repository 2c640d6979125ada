"""A real program: a brainf*ck interpreter with precomputed bracket jumps
(a stack of positions), a byte tape as list[int] with wrapping cells, input
from a str, output collected into a list of chars; runs hello-world, a
squares printer, a cat of its input, and reports unbalanced brackets."""
from __future__ import annotations


class BFError(Exception):
    pos: int

    def __init__(self, pos: int) -> None:
        self.pos = pos


def match_brackets(code: str) -> list[int]:
    jumps = [0] * len(code)
    stack: list[int] = []
    for i in range(len(code)):
        c = code[i]
        if c == "[":
            stack.append(i)
        elif c == "]":
            if len(stack) == 0:
                raise BFError(i)
            j = stack.pop()
            jumps[i] = j
            jumps[j] = i
    if len(stack) > 0:
        raise BFError(stack[-1])
    return jumps


def run(code: str, inp: str) -> tuple[str, int]:
    jumps = match_brackets(code)
    tape = [0] * 30000
    ptr = 0
    pc = 0
    in_pos = 0
    out: list[str] = []
    steps = 0
    n = len(code)
    while pc < n:
        c = code[pc]
        if c == ">":
            ptr += 1
        elif c == "<":
            ptr -= 1
        elif c == "+":
            tape[ptr] = (tape[ptr] + 1) & 255
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) & 255
        elif c == ".":
            out.append(chr(tape[ptr]))
        elif c == ",":
            if in_pos < len(inp):
                tape[ptr] = ord(inp[in_pos])
                in_pos += 1
            else:
                tape[ptr] = 0
        elif c == "[":
            if tape[ptr] == 0:
                pc = jumps[pc]
        elif c == "]":
            if tape[ptr] != 0:
                pc = jumps[pc]
        steps += 1
        pc += 1
    return "".join(out), steps


HELLO = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>"
         ".<-.<.+++.------.--------.>>+.>++.")

# prints the squares 0..10000 (a classic by Daniel B Cristofani)
SQUARES = ("++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]"
           "<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]"
           "+[<<<]]<[>+<-]>]<<-]<<-]")

CAT = ",[.,]"


def entry_point(argv: list[str]) -> int:
    out, steps = run(HELLO, "")
    print(out, end="")
    print("hello steps:", steps)
    out, steps = run(SQUARES, "")
    lines = out.splitlines()
    print("squares:", len(lines), "lines, first", lines[0], "last", lines[-1], "steps", steps)
    print(" ".join(lines[:12]))
    out, steps = run(CAT, "echo this, please!")
    print("cat:", out, steps)
    out, steps = run("+[-]" + "+" * 300 + ".", "")
    print("wrapping cell:", ord(out[0]))
    for bad in ["[[]", "+]", "[][]]["]:
        try:
            run(bad, "")
            print("no error?")
        except BFError as e:
            print("unbalanced bracket at", e.pos, "in", repr(bad))
    return 0
