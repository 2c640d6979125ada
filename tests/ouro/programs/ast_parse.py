import ast
src = '''
def f(a, b=1, *args, c: int = 2, **kw) -> None:
    """doc"""
    x = a + b * 2 if a else -b
    return [i for i in range(3) if i], {1: 2}, {3}, f"x{a!r:>3}", b"by", 1.5j, ...
class C(object, metaclass=type):
    @property
    def p(self): pass
try:
    import os.path as p
    from . import x
except (A, B) as e:
    raise X from e
finally:
    del q
with open("f") as fh, g():
    async def h(): await z; yield w
match v:
    case [1, *rest] | {"k": _} if rest: pass
    case Point(x=0) as pt: pass
lambda x, /, y: x
a[1:2, ::3] = b.c
global gg
'''
t = ast.parse(src)
print(ast.dump(t, include_attributes=True))
print(ast.dump(t, indent=1)[:500])
print(ast.unparse(t))
print(isinstance(t.body[0], ast.stmt), isinstance(t.body[0], ast.FunctionDef), type(t).__mro__)
print(t.body[0].body[1].targets[0].ctx is t.body[2].finalbody[0].targets[0].ctx, t.body[0].body[1].value.body.left.ctx is t.body[5].value.body.ctx, ast.Load() is ast.Load())
for node in ast.walk(t):
    if isinstance(node, ast.Name):
        print(node.id, type(node.ctx).__name__, node.lineno, node.col_offset, end=" | ")
print()
print(ast.literal_eval("[1, (2, 'x'), {'a': -3.5}, None, b'z', {1, 2}]"))
print(t.body[0].body[0].value.value)  # (ast.get_docstring imports inspect: needs _imp)
class V(ast.NodeVisitor):
    def visit_Constant(self, node):
        print("const", repr(node.value))
V().visit(t)
class T(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)
print(ast.unparse(T().visit(ast.parse("x = y + z"))))
n = ast.Name("x", ast.Load(), lineno=3)
print(n.id, n.lineno, n._fields, ast.Name._attributes, n.__match_args__)
try:
    ast.Name("a", "b", "c")
except TypeError as e:
    print(e)
try:
    ast.Name("a", id="b")
except TypeError as e:
    print(e)
print(ast.Name.__doc__, ast.expr_context.__doc__)
print(ast.Constant(5).__reduce__()[1:], type(ast.Constant.n).__name__, ast.parse("1", mode="eval").body.value)
print(ast.dump(ast.parse("x + 1", mode="eval")), ast.dump(ast.parse("x = 1", mode="single")))
try:
    ast.parse("x = ")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
