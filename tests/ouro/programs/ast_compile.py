# compile() of AST objects: transformed trees run, errors as CPython's
import ast


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


tree = ast.parse("""
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
result = [fib(i) for i in range(10)]
print("fib", result, {1: 'a', **{2: 'b'}}, (1, 2.5, 3j, b'x', None, ...))
class K:
    x: int = 3
    def m(self, *a, k=1, **kw):
        return (a, k, kw)
print(K().m(1, 2, k=3, z=4), K.__annotations__)
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
match [1, 2]:
    case [a, *rest]:
        print("match", a, rest)
""")
code = compile(tree, "<ast>", "exec")
exec(code)


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


t2 = Double().visit(ast.parse("x = 1 + 2\nprint('doubled', x, [3, 4])"))
exec(compile(t2, "<t2>", "exec"))

# built by hand
m = ast.Module(body=[ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                                       [ast.Constant("hand made"), ast.Constant(12345678901234567890)],
                                       []))], type_ignores=[])
ast.fix_missing_locations(m)
exec(compile(m, "<hand>", "exec"))
e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(e)
print(eval(compile(e, "<e>", "eval")))
i = ast.Interactive([ast.Expr(ast.Constant("interactive"))])
ast.fix_missing_locations(i)
exec(compile(i, "<i>", "single"))
print(eval(compile(ast.parse("(1, frozenset({2}))", mode="eval"), "<c>", "eval")))
t("only_ast returns it", lambda: compile(m, "f", "exec", ast.PyCF_ONLY_AST) is m)
t("roundtrip", lambda: ast.dump(compile(ast.parse("a = b"), "f", "exec", flags=ast.PyCF_ONLY_AST)))

for f in [lambda: compile(ast.Module(body=[ast.Expr(ast.Name('x', ast.Load()))]), 'f', 'exec'),
          lambda: compile(ast.Module(body=(), type_ignores=[]), 'f', 'exec'),
          lambda: compile(ast.Module(body=[ast.Expr(ast.Name(1, ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]), 'f', 'exec'),
          lambda: compile(ast.Module(body=[ast.Expr(ast.Name('x', None, lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]), 'f', 'exec'),
          lambda: compile(ast.Module(body=[ast.Expr(5, lineno=1, col_offset=0)], type_ignores=[]), 'f', 'exec'),
          lambda: compile(ast.Module(body=[ast.Expr(ast.Constant([1], lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]), 'f', 'exec'),
          lambda: compile(ast.Expression(ast.Constant(5, lineno=1, col_offset=0)), 'f', 'exec'),
          lambda: compile(ast.Constant(5, lineno=1, col_offset=0), 'f', 'eval'),
          lambda: compile(ast.Module(body=[ast.Expr(ast.Constant('x', lineno='a', col_offset=0), lineno=1, col_offset=0)], type_ignores=[]), 'f', 'exec'),
          lambda: compile(ast.Module(body=[ast.Expr(ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]), 'f', 'nope'),
          lambda: type(compile(ast.Module(body=[ast.Expr(ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]), "f", "exec")).__name__,
          lambda: compile(ast.Module(body=[ast.Expr(ast.Tuple([ast.Constant(1)], ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]), 'f', 'exec'),
          lambda: compile(ast.Module(body=[ast.Return(lineno=1, col_offset=0)], type_ignores=[]), 'f', 'exec')]:
    t("error", f)
