"""code.InteractiveConsole/InteractiveInterpreter and codeop: a REPL fed
lines programmatically, with incomplete input, syntax errors and
exceptions (whose tracebacks go to stderr)."""
import code
import codeop
import sys

console = code.InteractiveConsole({"__name__": "__console__"}, filename="<demo>")
lines = [
    "x = 10",
    "def f(n):",
    "    return n * x",
    "",
    "print(f(4))",
    "for i in range(3):",
    "    print(i, end=' ')",
    "",
    "print()",
    "1/0",
    "print('after the error')",
    "def g(:",
    "undefined_name + 1",
    "[1, 2,",
    "3]",
    "_ = print('list done')",
]
for line in lines:
    more = console.push(line)
    print("push %-22r -> more=%s" % (line, more))

interp = code.InteractiveInterpreter()
print(interp.runsource("a = 5"))
print(interp.runsource("if a:"))
print(interp.runsource("raise KeyError('k')"))
print(interp.runsource("a b"))
print(interp.locals["a"])

print(codeop.compile_command("x = 1") is not None)
print(codeop.compile_command("if x:"))
print(codeop.compile_command("(1,"))
try:
    codeop.compile_command("1 +* 2")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
c = codeop.Compile()
co = c("from __future__ import annotations", "<s>", "single")
print(type(co).__name__)
cc = codeop.CommandCompiler()
print(cc("def h(): pass") is None, cc("def h(): pass\n\n") is not None)
sys.stderr.flush()
