# the _ast node classes: names, bases, _fields, _attributes, docs, class-
# level None defaults, constructors, pickling support, subclassing
import _ast
import ast

names = sorted(n for n in vars(_ast) if isinstance(getattr(_ast, n), type) and not n.startswith("__"))
print(len(names))
for n in names:
    c = getattr(_ast, n)
    nones = sorted(k for k, v in vars(c).items() if v is None and k != "__doc__")
    print(n, [b.__name__ for b in c.__bases__], c.__module__, c._fields, c._attributes,
          c.__match_args__, nones, "_attributes" in vars(c), repr(c.__doc__)[:60])
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.AST, ast.Name, ast.expr, repr(ast.Load()).split(" at ")[0])
print(ast.AST._fields, ast.AST._attributes, ast.AST.__doc__)

n = ast.Name()
print(hasattr(n, "id"), n.__dict__, n.end_lineno)
n = ast.Name("x", ast.Load(), lineno=1, col_offset=2, extra="e")
print(n.id, type(n.ctx).__name__, n.lineno, n.col_offset, n.extra, sorted(vars(n)))
for args, kw in [(("a", "b", "c"), {}), (("a",), {"id": "b"}), ((1,), {}), ((), {"ctx": 5}),
                 ((1, 2, 3, 4, 5, 6, 7), {})]:
    for cls in [ast.Name, ast.Pass, ast.Constant, ast.arguments]:
        try:
            obj = cls(*args, **kw)
            print(cls.__name__, sorted(vars(obj).items(), key=str)[:3])
        except TypeError as e:
            print(cls.__name__, "TypeError", e)
r = ast.Constant(5, kind=None).__reduce__()
print(r[0], r[1], sorted(r[2].items()))
print(ast.Load().__reduce__()[:2])
c = ast.Constant(value=3)
print(c.n, c.s, c.value, c.kind)
c.n = 4
print(c.value)


class MyExpr(ast.expr):
    _fields = ("a", "b")


e = MyExpr(1, 2)
print(e.a, e.b, isinstance(e, ast.AST), MyExpr._attributes)
try:
    MyExpr(1, 2, 3)
except TypeError as err:
    print(err)


class Sub(ast.Name):
    pass


s = Sub("q", ast.Load())
print(ast.dump(s), isinstance(s, ast.Name))
print(ast.dump(ast.parse("x"), annotate_fields=False))
ast.Name.custom = 1
print(ast.Name().custom)
del ast.Name.custom
print(hasattr(ast.Name(), "custom"))
match ast.parse("f(1)").body[0].value:
    case ast.Call(ast.Name(id=fname), [ast.Constant(value=v)]):
        print("matched", fname, v)
print(ast.Num, ast.Str, isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("s"), ast.Num))
print(ast.dump(ast.Num(5)), ast.Tuple([], ast.Load()).dims)
