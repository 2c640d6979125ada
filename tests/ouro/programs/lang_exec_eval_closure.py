# exec/eval of code objects with free variables, exec's closure= keyword,
# and the argument errors of 3.11's exec and eval
import types


def make(x):
    return lambda: print("x is", x)


g = make(3)
code = g.__code__


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)


attempt("eval code with free vars", lambda: eval(code))
attempt("exec code with free vars", lambda: exec(code, {}))
attempt("closure=None", lambda: exec(code, {}, closure=None))
attempt("closure of non-cells", lambda: exec(code, {}, closure=(1,)))
attempt("closure too short", lambda: exec(code, {}, closure=()))
attempt("closure a list", lambda: exec(code, {}, closure=[types.CellType(5)]))
attempt("closure with a str source", lambda: exec("1", {}, closure=g.__closure__))
attempt("closure for a closed code", lambda: exec(compile("1", "s", "exec"), {}, closure=g.__closure__))
attempt("closure None for a closed code", lambda: exec(compile("1", "s", "exec"), {}, closure=None))
attempt("the function's own closure", lambda: exec(code, {}, closure=g.__closure__))
attempt("a new cell", lambda: exec(code, {}, closure=(types.CellType(5),)))
attempt("locals None and a cell", lambda: exec(code, {}, None, closure=(types.CellType("cell"),)))


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n
    return bump


b = counter()
cell = b.__closure__[0]
exec(b.__code__, {}, closure=(cell,))
exec(b.__code__, {}, closure=(cell,))
print("shared cell:", cell.cell_contents, b())

attempt("exec globals=", lambda: exec("1", globals={}))
attempt("exec locals=", lambda: exec("1", {}, locals={}))
attempt("exec foo=", lambda: exec("1", foo=1))
attempt("eval globals=", lambda: eval("1", globals={}))
attempt("exec()", lambda: exec())
attempt("eval()", lambda: eval())
attempt("exec 4 args", lambda: exec("1", {}, {}, 1))
attempt("eval 4 args", lambda: eval("1", {}, {}, 1))
attempt("eval plain", lambda: eval("1 + 2", {}, {}))
