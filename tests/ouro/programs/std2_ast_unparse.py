"""ast: parse, NodeTransformer rewrites, unparse of every construct
family, literal_eval (including its errors), dump, walk,
get_source_segment, increment_lineno and fix_missing_locations."""
import ast

SRC = '''
from __future__ import annotations
import os.path as osp, sys
@decorator(arg)
class C(Base, metaclass=Meta):
    """doc"""
    x: int = 1
    async def m(self, a, /, b=2, *args, c, d=4, **kw) -> list[int]:
        async with ctx() as (p, q), other():
            async for i in aiter():
                await x
        return [y async for y in z if y]
def g():
    global G
    nonlocal_thing = lambda *, k=1: k
    try:
        yield from range(3)
    except* (ValueError, TypeError) as eg:
        raise RuntimeError("x") from eg
    finally:
        del a[1:2, ::3], b.c
    while not done:
        if a and b or not c: break
        elif a is not b: continue
        else: pass
    match cmd:
        case [1, 2, *rest] if rest: pass
        case {"k": v, **others}: pass
        case Point(x=0, y=_) | None: pass
        case str() as s: pass
    print(f"{a!r:>{width}} {b=} {{lit}}", *args, **kw)
    x = (yield)
    assert x, "msg"
    return {k: v for k, v in d.items()}, {*s}, (1,), -a ** -b, (a := 1), not (a < b < c)
'''

tree = ast.parse(SRC)
print(ast.unparse(tree))


class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "x":
            return ast.copy_location(ast.Name(id="renamed", ctx=node.ctx), node)
        return node

    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.Constant(value=node.value * 10)
        return node


t2 = ast.fix_missing_locations(Rename().visit(ast.parse("x = x + 1\nprint(x, 2.5, 'a')")))
print(ast.unparse(t2))
ns = {}
exec(compile(t2, "<rewritten>", "exec"), {"renamed": 0, "print": lambda *a: ns.setdefault("out", a)})
print(ns)
print(ast.dump(ast.parse("f(a, b=1)", mode="eval"), indent=2))
print(ast.dump(ast.parse("x: int"), include_attributes=True))
print(sorted(type(n).__name__ for n in ast.walk(ast.parse("a + b * c"))))
src = "value = compute(1,\n    2)\n"
node = ast.parse(src).body[0].value
print(repr(ast.get_source_segment(src, node)), node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)
t3 = ast.parse("a\nb")
ast.increment_lineno(t3, 10)
print([n.lineno for n in t3.body])
print(ast.get_docstring(ast.parse(SRC).body[2]), ast.get_docstring(tree.body[2]))
for s in ("{'a': [1, 2.5, -3j, (True, None)], 'b': {1, 2}}", "b'bytes'", "-1 + 2j", "set()", "(1,)", "1e1000"):
    print(repr(ast.literal_eval(s)))
for bad in ("__import__('os')", "a + 1", "[1, 2", "{1: f()}", "1 + 'a'"):
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError, TypeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
print(ast.unparse(ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(3)))))
try:
    compile(ast.Module(body=[ast.Expr(ast.Name("x", ast.Load()))], type_ignores=[]), "<m>", "exec")
except TypeError as e:
    print("TypeError:", e)
