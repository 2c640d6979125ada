# compile() of invalid hand-made trees: CPython's obj2ast and PyAST_Validate errors
import ast
def t(label, src_tree, mode="exec"):
    ast.fix_missing_locations(src_tree)
    try:
        c = compile(src_tree, "f", mode)
        print(label, "compiled")
        try:
            exec(c, {})
            print(label, "ran")
        except Exception as e:
            print(label, "run error", type(e).__name__, e)
    except Exception as e:
        print(label, type(e).__name__, e)
L = ast.Load(); S = ast.Store()
t("assign load ctx", ast.Module([ast.Assign([ast.Name("x", L)], ast.Constant(1))], []))
t("name store in expr", ast.Module([ast.Expr(ast.Name("x", S))], []))
t("empty body", ast.Module([ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [], None)], []))
t("starred expr", ast.Module([ast.Expr(ast.Starred(ast.Name("x", L), L))], []))
t("bad op", ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), 5, ast.Constant(2)))], []))
t("none in list", ast.Module([ast.Expr(ast.List([None], L))], []))
t("dict keys mismatch", ast.Module([ast.Expr(ast.Dict([ast.Constant(1)], []))], []))
t("compare mismatch", ast.Module([ast.Expr(ast.Compare(ast.Constant(1), [ast.Eq()], []))], []))
t("return outside", ast.Module([ast.Return(None)], []))
t("augassign call", ast.Module([ast.AugAssign(ast.Call(ast.Name("f", L), [], []), ast.Add(), ast.Constant(1))], []))
t("del constant", ast.Module([ast.Delete([ast.Constant(1)])], []))
t("if empty", ast.Module([ast.If(ast.Constant(1), [], [])], []))
t("ImportFrom level -1", ast.Module([ast.ImportFrom("os", [ast.alias("path")], -1)], []))
t("bool op one value", ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1)]))], []))
t("lambda bad args", ast.Module([ast.Expr(ast.Lambda(ast.arguments([], [], None, [], [], None, [ast.Constant(1)]), ast.Constant(1)))], []))
t("try no handlers", ast.Module([ast.Try([ast.Pass()], [], [], [])], []))
t("global in module", ast.Module([ast.Global(["x"])], []))
t("match bad", ast.Module([ast.Match(ast.Name("x", L), [])], []))
t("yield in module", ast.Module([ast.Expr(ast.Yield(None))], []))
t("nonexistent field type", ast.Module([ast.Expr(ast.Constant(object()))], []))
