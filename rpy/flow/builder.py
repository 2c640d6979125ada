"""Builds a flow graph from the AST of one RPy function.

Names are resolved here: locals become Variables (one per assignment, so the
graph is in SSA form), globals and builtins become Constants holding the
live Python objects found at load time.  Attribute reads on constant modules
and classes are folded.  Control flow (if/while/for/try/finally, and/or,
comprehensions) becomes blocks and links.  Constructs outside RPy are
refused here with `file:line: message`.

Inside a `try`, each operation that may raise ends its block: the block's
exitswitch is LAST_EXCEPTION and it has a normal exit and an exception exit
whose arguments may contain EXC_VALUE (the caught exception).  Outside a
`try`, raising operations simply propagate (the C backend checks after them).
"""
from __future__ import annotations

import ast
import builtins
import types
from typing import Any, Callable

from rpy.errors import RPyError
from rpy.flow.model import Block, Constant, FunctionGraph, Link, SpaceOperation, Variable


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


LAST_EXCEPTION = Constant(_Marker('LAST_EXCEPTION'))
EXC_VALUE = Constant(_Marker('EXC_VALUE'))
UNDEFINED = _Marker('UNDEFINED')
# the value of a local on a path where it was not assigned (a typed zero in C)
UNDEF_VALUE = Constant(_Marker('UNDEF_VALUE'))


class LambdaFunction:
    """A non-capturing lambda used as key=: typed from its call site."""

    def __init__(self, node: ast.Lambda, globals_: dict, filename: str, name: str) -> None:
        self.node = node
        self.__globals__ = globals_
        self.filename = filename
        self.__name__ = name
        self.__qualname__ = name


# Operations that cannot raise: inside a try they do not split the block.
SAFE_OPS = frozenset('''narrow is_ is_not not_ bool lt le eq ne gt ge getattr setattr
newtuple unpack iter_has iter_next typehint isinstance neg pos invert
lshift rshift and_ or_ xor add sub mul iter contains getitem_tuple
jit_marker jit_promote
'''.split())

BINOPS = {ast.Add: 'add', ast.Sub: 'sub', ast.Mult: 'mul', ast.Div: 'truediv',
          ast.FloorDiv: 'floordiv', ast.Mod: 'mod', ast.Pow: 'pow',
          ast.LShift: 'lshift', ast.RShift: 'rshift', ast.BitAnd: 'and_',
          ast.BitOr: 'or_', ast.BitXor: 'xor'}
CMPOPS = {ast.Lt: 'lt', ast.LtE: 'le', ast.Eq: 'eq', ast.NotEq: 'ne', ast.Gt: 'gt',
          ast.GtE: 'ge', ast.Is: 'is_', ast.IsNot: 'is_not', ast.In: 'contains',
          ast.NotIn: 'not_contains'}
UNARYOPS = {ast.USub: 'neg', ast.UAdd: 'pos', ast.Invert: 'invert', ast.Not: 'not_'}

REFUSED_CALLS = {'eval', 'exec', 'compile', 'globals', 'locals', 'vars', 'set',
                 'frozenset', 'getattr', 'setattr', 'hasattr', 'type', 'iter', 'next',
                 'open', 'input', 'map', 'filter'}


def get_function_ast(func: Any) -> tuple[ast.AST, str, int]:
    """The AST of a function or lambda, with its filename and first line."""
    if isinstance(func, LambdaFunction):
        return func.node, func.filename, func.node.lineno
    from rpy.flow.source import function_node
    code = func.__code__
    filename = code.co_filename
    node = function_node(func)
    if node is None or not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        raise RPyError("cannot find the source of function %r" % func.__name__,
                       filename, code.co_firstlineno)
    return node, filename, code.co_firstlineno


class _Ctx:
    """One entry of the statement-context stack (loops, try, finally)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind                  # 'loop', 'except', 'finally'
        self.handler: _Join | None = None  # 'except': where raising ops go
        self.header: Block | None = None   # 'loop'
        self.header_names: list[str] = []
        self.exit: _Join | None = None    # 'loop': after the loop
        self.finalbody: list[ast.stmt] = []
        self.saved_ctx: list[_Ctx] = []


class _Join:
    """A join point under construction: edges from several blocks."""

    def __init__(self, extra: int = 0) -> None:
        self.edges: list[tuple[Block, dict, Any, list]] = []
        self.extra = extra                # number of extra values (e.g. exception)

    def add(self, block: Block, env: dict, exitcase: Any = None, extra: list | None = None,
            link_holder: list | None = None) -> Link:
        link = Link([], None, exitcase)  # type: ignore[arg-type]
        self.edges.append((block, dict(env), link, list(extra or [])))
        return link

    def finish(self) -> tuple[Block, dict, list[Variable]] | None:
        if not self.edges:
            return None
        names: set[str] = set()
        for _, env, _, _ in self.edges:
            names |= set(k for k, v in env.items() if v is not UNDEFINED and not k.startswith('$'))
        common = None
        for _, env, _, _ in self.edges:
            keys = set(k for k, v in env.items() if v is not UNDEFINED and k.startswith('$'))
            common = keys if common is None else common & keys
        names |= common or set()
        ordered = sorted(names)
        newenv: dict[str, Any] = {}
        inputargs = []
        for name in list(ordered):
            values = [env.get(name, UNDEFINED) for _, env, _, _ in self.edges]
            if isinstance(values[0], Constant) and values[0] is not UNDEF_VALUE and \
                    all(x is values[0] for x in values):
                newenv[name] = values[0]       # the same constant on every path
                ordered.remove(name)
                continue
            v = Variable(name)
            newenv[name] = v
            inputargs.append(v)
        extras = [Variable('e') for _ in range(self.extra)]
        block = Block(inputargs + extras)
        for _, env, link, extra in self.edges:
            link.args = [env[n] if env.get(n, UNDEFINED) is not UNDEFINED else UNDEF_VALUE
                         for n in ordered] + extra
            link.target = block
        # variables defined on some paths only are remembered as UNDEFINED
        for _, env, _, _ in self.edges:
            for k in env:
                if k not in newenv:
                    newenv[k] = UNDEFINED
        return block, newenv, extras


class GraphBuilder:
    def __init__(self, func: Any, owner_class: type | None = None,
                 name: str | None = None) -> None:
        self.func = func
        self.owner_class = owner_class
        node, filename, firstlineno = get_function_ast(func)
        self.node = node
        self.filename = filename
        self.globals = func.__globals__
        self.closure_consts: dict[str, Any] = {}
        if not isinstance(func, LambdaFunction) and func.__closure__:
            # load-time closures (functions made by factories) read their cells as constants
            for cname, cell in zip(func.__code__.co_freevars, func.__closure__):
                self.closure_consts[cname] = cell.cell_contents
        self.lineno = firstlineno
        self.graph_name = name or func.__qualname__
        self.ctx: list[_Ctx] = []
        self.block: Block | None = None
        self.env: dict[str, Any] = {}
        self.lambdas: list[LambdaFunction] = []
        self.params: list[str] = []
        self.global_names: set[str] = set()
        self.nhold = 0

    # ------------------------------------------------------------ helpers

    def error(self, msg: str, node: ast.AST | None = None) -> RPyError:
        lineno = getattr(node, 'lineno', None) or self.lineno
        return RPyError(msg, self.filename, lineno)

    def emit(self, opname: str, args: list, hint: str = 'v', extra: Any = None,
             node: ast.AST | None = None) -> Variable:
        assert self.block is not None
        result = Variable(hint)
        lineno = getattr(node, 'lineno', None) or self.lineno
        op = SpaceOperation(opname, args, result, lineno, extra)
        self.block.operations.append(op)
        if opname not in SAFE_OPS:
            handler = self.current_handler()
            if handler is not None:
                result = self.split_for_exception(handler, result)
        return result

    def current_handler(self) -> _Join | None:
        for c in reversed(self.ctx):
            if c.kind == 'except':
                return c.handler
        return None

    def split_for_exception(self, handler: _Join, result: Variable) -> Variable:
        """End the block after a raising op; return the op's result renamed."""
        block = self.block
        assert block is not None
        block.exitswitch = LAST_EXCEPTION
        names = self.carried_names()
        newvars = [Variable(n) for n in names]
        newresult = Variable(result.name.split('_')[0])
        nextblock = Block(list(newvars) + [newresult])
        normal = Link([self.env[n] for n in names] + [result], nextblock, None)
        exc_link = handler.add(block, self.env, exitcase=Exception, extra=[EXC_VALUE])
        block.closeblock(normal, exc_link)
        self.block = nextblock
        self.env = dict(self.env)
        for n, v in zip(names, newvars):
            self.env[n] = v
        return newresult

    def goto(self, target: Block, names: list[str]) -> None:
        assert self.block is not None
        self.block.closeblock(Link([self.env[n] for n in names], target))
        self.block = None

    def jump_to_join(self, join: _Join, extra: list | None = None) -> None:
        assert self.block is not None
        link = join.add(self.block, self.env, None, extra)
        self.block.closeblock(link)
        self.block = None

    def continue_at(self, join: _Join) -> list[Variable]:
        res = join.finish()
        if res is None:
            self.block = None
            return []
        self.block, self.env, extras = res
        return extras

    def branch(self, cond: Any) -> tuple[tuple[Block, dict], tuple[Block, dict]]:
        """End the block on `cond`; return the (block, env) of each side."""
        assert self.block is not None
        block = self.block
        names = self.carried_names()
        sides = []
        links = []
        for case in (False, True):
            newvars = [Variable(n) for n in names]
            target = Block(newvars)
            env = dict(self.env)
            for n, v in zip(names, newvars):
                env[n] = v
            links.append(Link([self.env[n] for n in names], target, case))
            sides.append((target, env))
        block.exitswitch = cond
        block.closeblock(*links)
        self.block = None
        return sides[0], sides[1]

    def carried_names(self, loop: bool = False, rebound: set[str] | None = None) -> list[str]:
        """The names whose values become input variables of a new block.

        Constants stay constants across a block boundary (they cannot change),
        except at a loop header for the variables the loop may rebind
        (`rebound`; None: any of them)."""
        names = []
        for k, v in self.env.items():
            if v is UNDEFINED:
                continue
            if isinstance(v, Constant) and v is not UNDEF_VALUE and (
                    not loop or k.startswith('$h') or (rebound is not None and k not in rebound)):
                continue
            names.append(k)
        return sorted(names)

    def unique(self) -> int:
        """A fresh number for internal names ('$it3'): readable C, stable output."""
        self.nhold += 1
        return self.nhold

    def hold(self, v: Any) -> str:
        """Keep a value in the environment while more code is built: if that code
        starts new blocks, the value is carried along (SSA) and take() returns
        the variable of the current block."""
        self.nhold += 1
        key = '$h%d' % self.nhold
        self.env[key] = v
        return key

    def take(self, key: str) -> Any:
        return self.env.pop(key)

    def exprs(self, nodes: list) -> list:
        """Evaluate expressions left to right; their values, valid in the current block."""
        keys = [self.hold(self.expr(n)) for n in nodes]
        return [self.take(k) for k in keys]

    def fresh_block(self) -> None:
        """Start a new block carrying the current environment (a merge target)."""
        assert self.block is not None
        names = self.carried_names()
        newvars = [Variable(n) for n in names]
        nb = Block(newvars)
        self.block.closeblock(Link([self.env[n] for n in names], nb))
        self.block = nb
        self.env = dict(self.env)
        for n, v in zip(names, newvars):
            self.env[n] = v

    # ------------------------------------------------------------ entry

    def build(self) -> FunctionGraph:
        node = self.node
        if isinstance(node, ast.AsyncFunctionDef):
            raise self.error("async functions are not supported", node)
        args = node.args
        if args.vararg is not None:
            raise self.error("*args parameters are not supported; pass a list", node)
        if args.kwarg is not None:
            raise self.error("**kwargs parameters are not supported; pass a dict", node)
        params = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
        self.params = params
        inputargs = [Variable(p) for p in params]
        start = Block(list(inputargs))
        retvar = Variable('result')
        excvar = Variable('exc')
        graph = FunctionGraph(self.graph_name, start, retvar, excvar)
        graph.filename = self.filename
        graph.firstlineno = node.lineno
        self.graph = graph
        self.block = start
        self.env = dict(zip(params, inputargs))
        self.scan_locals(node)
        if isinstance(node, ast.Lambda):
            v = self.expr(node.body)
            self.block.closeblock(Link([v], graph.returnblock))
            self.block = None
        else:
            self.stmts(node.body)
            if self.block is not None:
                self.block.closeblock(Link([Constant(None)], graph.returnblock))
                self.block = None
        return graph

    def scan_locals(self, node: ast.AST) -> None:
        """Collect names assigned in the function: they are locals everywhere in it."""
        self.local_names: set[str] = set(self.params)
        body = [node.body] if isinstance(node, ast.Lambda) else node.body  # type: ignore[attr-defined]
        stack: list[Any] = list(body) if isinstance(body, list) else [body]
        while stack:
            n = stack.pop()
            if isinstance(n, ast.Global):
                self.global_names.update(n.names)
            elif isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
                self.local_names.add(n.id)
            elif isinstance(n, ast.ExceptHandler) and n.name:
                self.local_names.add(n.name)
            if isinstance(n, (ast.Lambda, ast.ListComp, ast.DictComp, ast.SetComp,
                              ast.GeneratorExp)):
                if isinstance(n, ast.Lambda):
                    continue
            stack.extend(ast.iter_child_nodes(n))
        for g in self.global_names:
            self.local_names.discard(g)

    # ------------------------------------------------------------ statements

    def stmts(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            if self.block is None:
                return           # unreachable code after return/raise/break
            self.lineno = stmt.lineno
            self.stmt(stmt)

    def stmt(self, s: ast.stmt) -> None:
        meth = getattr(self, 'stmt_' + type(s).__name__, None)
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
            # report what the nested function was meant for, if it says so
            for n in ast.walk(s):
                if isinstance(n, ast.Nonlocal):
                    raise self.error(self.refusal(n), n)
        if meth is None:
            raise self.error(self.refusal(s), s)
        meth(s)

    def refusal(self, s: ast.AST) -> str:
        name = type(s).__name__
        return {
            'With': "'with' is not supported; call the cleanup in try/finally",
            'AsyncWith': "async functions are not supported",
            'AsyncFor': "async functions are not supported",
            'AsyncFunctionDef': "async functions are not supported",
            'FunctionDef': "nested functions are not supported; define the function at module level",
            'ClassDef': "classes must be defined at module level",
            'Nonlocal': "'nonlocal' is not supported; keep shared state in an instance",
            'Import': "import inside a function is not supported; import at module level",
            'ImportFrom': "import inside a function is not supported; import at module level",
            'Match': "'match' is not supported; use if/elif",
            'TryStar': "'except*' is not supported",
            'Yield': "generators are not supported; build and return a list",
            'YieldFrom': "generators are not supported; build and return a list",
            'Await': "async functions are not supported",
            'Set': "sets are not supported; use a dict with None values",
            'SetComp': "sets are not supported; use a dict with None values",
            'GeneratorExp': "generator expressions are not supported; use a list comprehension",
            'NamedExpr': "assignment expressions (:=) are not supported; assign first",
            'Starred': "starred expressions are not supported",
            'Lambda': "lambda is only supported as the key= argument of sort()/sorted()",
        }.get(name, "%s is not supported in RPy" % name)

    def stmt_Pass(self, s: ast.Pass) -> None:
        pass

    def stmt_Expr(self, s: ast.Expr) -> None:
        if isinstance(s.value, ast.Constant) and isinstance(s.value.value, str):
            return    # docstring
        self.expr(s.value)

    def stmt_Global(self, s: ast.Global) -> None:
        pass

    def stmt_Return(self, s: ast.Return) -> None:
        value = self.expr(s.value) if s.value is not None else Constant(None)
        if isinstance(value, Constant) and value.value is NotImplemented:
            # `return NotImplemented` in __eq__/__ne__: Python then compares by
            # identity, and the objects differ
            if self.graph_name.endswith('__eq__'):
                value = Constant(False)
            elif self.graph_name.endswith('__ne__'):
                value = Constant(True)
            else:
                raise self.error("NotImplemented is only supported as the result of "
                                 "__eq__/__ne__", s)
        if s.value is not None and isinstance(value, Variable):
            # remember the line of each return for return-type errors
            value = self.emit('returnhint', [value], 'r', node=s)
        key = self.hold(value)
        self.run_finallies(until=None)
        if self.block is None:
            return
        value = self.take(key)
        self.block.closeblock(Link([value], self.graph.returnblock))
        self.block = None

    def run_finallies(self, until: _Ctx | None) -> None:
        """Inline the finally bodies between here and `until` (exclusive)."""
        saved = list(self.ctx)
        for c in reversed(saved):
            if c is until:
                break
            self.ctx.pop()
            if c.kind == 'finally' and self.block is not None:
                self.stmts(c.finalbody)
        self.ctx = saved

    def stmt_Break(self, s: ast.Break) -> None:
        loop = self.innermost_loop(s)
        self.run_finallies(until=loop)
        if self.block is not None:
            assert loop.exit is not None
            self.jump_to_join(loop.exit)

    def stmt_Continue(self, s: ast.Continue) -> None:
        loop = self.innermost_loop(s)
        self.run_finallies(until=loop)
        if self.block is not None:
            self.back_edge(loop)

    def innermost_loop(self, s: ast.stmt) -> _Ctx:
        for c in reversed(self.ctx):
            if c.kind == 'loop':
                return c
        raise self.error("'break' outside loop", s)

    def back_edge(self, loop: _Ctx) -> None:
        for n in loop.header_names:
            if self.env.get(n, UNDEFINED) is UNDEFINED:
                raise self.error("local variable '%s' is not defined on every path "
                                 "through the loop" % n)
        assert loop.header is not None
        self.goto(loop.header, loop.header_names)

    def stmt_Assert(self, s: ast.Assert) -> None:
        cond = self.truth(self.expr(s.test))
        (fb, fenv), (tb, tenv) = self.branch(cond)
        after = _Join()
        self.block, self.env = tb, tenv
        self.jump_to_join(after)
        self.block, self.env = fb, fenv
        msg = self.expr(s.msg) if s.msg is not None else Constant(None)
        exc = self.emit('call', [Constant(AssertionError), msg] if s.msg else
                        [Constant(AssertionError)], 'exc', extra=[], node=s)
        self.raise_value(exc)
        self.continue_at(after)
        self.narrow(s.test, True)

    def stmt_Raise(self, s: ast.Raise) -> None:
        if s.exc is None:
            exc = self.env.get('$reraise')
            if exc is None:
                raise self.error("bare 'raise' is only allowed inside an except clause", s)
        else:
            if s.cause is not None:
                raise self.error("'raise ... from ...' is not supported", s)
            exc = self.expr(s.exc)
            if isinstance(exc, Constant) and isinstance(exc.value, type):
                exc = self.emit('call', [exc], 'exc', extra=[], node=s)
        self.raise_value(exc)

    def raise_value(self, exc: Any) -> None:
        exc = self.emit('checkexc', [exc], 'exc')
        # an explicit raise goes to the innermost handler or finally
        for c in reversed(self.ctx):
            if c.kind == 'except':
                assert c.handler is not None
                self.jump_to_join(c.handler, extra=[exc])
                return
        assert self.block is not None
        self.block.closeblock(Link([exc], self.graph.exceptblock))
        self.block = None

    def narrowings(self, test: ast.expr, positive: bool) -> list[tuple[str, ast.expr]]:
        """Names that `test` (being true if positive, else false) proves to be instances."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            return self.narrowings(test.operand, not positive)
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) and positive:
            result = []
            for v in test.values:
                result += self.narrowings(v, True)
            return result
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) and not positive:
            # `a or b` false: a false and b false (`if not isinstance(x, C) or
            # not isinstance(y, C): return` narrows both after it)
            result = []
            for v in test.values:
                result += self.narrowings(v, False)
            return result
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and \
                isinstance(test.left, ast.Name) and test.left.id in self.env and \
                isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None:
            if isinstance(test.ops[0], ast.IsNot) == positive and isinstance(test.ops[0], (ast.Is, ast.IsNot)):
                return [(test.left.id, test.comparators[0])]
            return []
        if positive and isinstance(test, ast.Name) and test.id in self.env:
            return [(test.id, ast.Constant(value=None))]
        if positive and isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and \
                test.func.id == 'isinstance' and len(test.args) == 2 and \
                isinstance(test.args[0], ast.Name) and test.args[0].id in self.env:
            return [(test.args[0].id, test.args[1])]
        return []

    def narrow(self, test: ast.expr, positive: bool) -> None:
        for name, cls_node in self.narrowings(test, positive):
            if self.block is None or self.env.get(name, UNDEFINED) is UNDEFINED:
                continue
            cls = self.expr(cls_node)
            if isinstance(cls, Constant):
                self.env[name] = self.emit('narrow', [self.env[name], cls], name)

    def stmt_If(self, s: ast.If) -> None:
        cond = self.truth(self.expr(s.test))
        (fb, fenv), (tb, tenv) = self.branch(cond)
        after = _Join()
        self.block, self.env = tb, tenv
        self.narrow(s.test, True)
        self.stmts(s.body)
        if self.block is not None:
            self.jump_to_join(after)
        self.block, self.env = fb, fenv
        self.narrow(s.test, False)
        self.stmts(s.orelse)
        if self.block is not None and not after.edges and s.orelse == []:
            pass
        if self.block is not None:
            self.jump_to_join(after)
        self.continue_at(after)

    def start_loop(self, body: list | None = None) -> _Ctx:
        assert self.block is not None
        # locals first assigned inside the loop are carried around it (as
        # UNDEF_VALUE before their first assignment)
        rebound: set[str] | None = None if body is None else set()
        for node in body or []:
            for n in ast.walk(node):
                if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
                    rebound.add(n.id)  # type: ignore[union-attr]
                    if n.id in self.local_names and self.env.get(n.id, UNDEFINED) is UNDEFINED:
                        self.env[n.id] = UNDEF_VALUE
        names = self.carried_names(loop=True, rebound=rebound)
        newvars = [Variable(n) for n in names]
        header = Block(newvars)
        self.block.closeblock(Link([self.env[n] for n in names], header))
        self.block = header
        self.env = dict(self.env)
        for n, v in zip(names, newvars):
            self.env[n] = v
        loop = _Ctx('loop')
        loop.header = header
        loop.header_names = names
        loop.exit = _Join()
        return loop

    def stmt_While(self, s: ast.While) -> None:
        loop = self.start_loop(s.body)
        cond = self.truth(self.expr(s.test))
        (fb, fenv), (tb, tenv) = self.branch(cond)
        self.block, self.env = tb, tenv
        self.narrow(s.test, True)
        self.ctx.append(loop)
        self.stmts(s.body)
        self.ctx.pop()
        if self.block is not None:
            self.back_edge(loop)
        self.block, self.env = fb, fenv
        self.stmts(s.orelse)
        if self.block is not None:
            self.jump_to_join(loop.exit)  # type: ignore[arg-type]
        self.continue_at(loop.exit)  # type: ignore[arg-type]

    def stmt_For(self, s: ast.For) -> None:
        if s.orelse is None:
            s.orelse = []
        iterable = self.expr(s.iter)
        it = self.emit('iter', [iterable], 'it', node=s.iter)
        tmp = '$it%d' % self.unique()
        self.env[tmp] = it
        loop = self.start_loop(s.body + [s.target])
        has = self.emit('iter_has', [self.env[tmp]], 'has', node=s)
        (fb, fenv), (tb, tenv) = self.branch(has)
        self.block, self.env = tb, tenv
        item = self.emit('iter_next', [self.env[tmp]], 'item', node=s)
        self.ctx.append(loop)
        self.assign(s.target, item)
        self.stmts(s.body)
        self.ctx.pop()
        if self.block is not None:
            self.back_edge(loop)
        self.block, self.env = fb, fenv
        self.stmts(s.orelse)
        if self.block is not None:
            self.jump_to_join(loop.exit)  # type: ignore[arg-type]
        self.continue_at(loop.exit)  # type: ignore[arg-type]
        if self.block is not None:
            self.env.pop(tmp, None)

    def stmt_Try(self, s: ast.Try) -> None:
        if s.finalbody:
            self.try_finally(s)
        else:
            self.try_except(s)

    def try_finally(self, s: ast.Try) -> None:
        fin = _Ctx('finally')
        fin.finalbody = s.finalbody
        # exceptions escaping the body run the finally body and re-raise
        exc_ctx = _Ctx('except')
        exc_ctx.handler = _Join(extra=1)
        self.ctx.append(fin)
        self.ctx.append(exc_ctx)
        inner = ast.Try(body=s.body, handlers=s.handlers, orelse=s.orelse, finalbody=[])
        ast.copy_location(inner, s)
        if s.handlers:
            self.try_except(inner)
        else:
            self.stmts(s.body)
        self.ctx.pop()
        self.ctx.pop()
        after = _Join()
        if self.block is not None:
            self.stmts(s.finalbody)
            if self.block is not None:
                self.jump_to_join(after)
        extras = self.continue_at(exc_ctx.handler)
        if self.block is not None:
            tmp = '$exc%d' % self.unique()
            self.env[tmp] = extras[0]
            self.stmts(s.finalbody)
            if self.block is not None:
                self.raise_value(self.env[tmp])
        self.continue_at(after)

    def try_except(self, s: ast.Try) -> None:
        exc_ctx = _Ctx('except')
        exc_ctx.handler = _Join(extra=1)
        self.ctx.append(exc_ctx)
        self.stmts(s.body)
        self.ctx.pop()
        after = _Join()
        if self.block is not None:
            self.stmts(s.orelse)
            if self.block is not None:
                self.jump_to_join(after)
        extras = self.continue_at(exc_ctx.handler)
        if self.block is not None:
            tmp = '$exc%d' % self.unique()
            self.env[tmp] = extras[0]
            saved = '$reraise_outer%d' % self.unique()
            if '$reraise' in self.env:
                self.env[saved] = self.env['$reraise']
            for handler in s.handlers:
                if self.block is None:
                    break
                self.lineno = handler.lineno
                if handler.type is None:
                    matched = Constant(True)
                    classes = Constant(Exception)
                else:
                    classes = self.constant_classes(handler.type)
                    matched = self.emit('exc_match', [self.env[tmp], classes], 'm', node=handler)
                (fb, fenv), (tb, tenv) = self.branch(matched)
                self.block, self.env = tb, tenv
                self.env['$reraise'] = self.env[tmp]
                body = handler.body
                if handler.name:
                    # `except E as e`: e exists only in the handler (Python deletes it
                    # after), so it gets a name of its own and may reuse a taken name
                    hname = '%s$x%d' % (handler.name, self.unique())
                    body = self.renamed(body, handler.name, hname)
                    self.local_names.add(hname)
                    self.env[hname] = self.emit('exc_cast', [self.env[tmp], classes], hname)
                self.stmts(body)
                if self.block is not None:
                    # the enclosing handler's exception is what a bare raise means again
                    if saved in self.env:
                        self.env['$reraise'] = self.env.pop(saved)
                    else:
                        self.env.pop('$reraise', None)
                    self.env.pop(tmp, None)
                    self.jump_to_join(after)
                self.block, self.env = fb, fenv
            if self.block is not None:
                self.env.pop(saved, None)
                self.raise_value(self.env[tmp])
        self.continue_at(after)

    def renamed(self, body: list[ast.stmt], old: str, new: str) -> list[ast.stmt]:
        """A copy of statements with every use of the local `old` renamed `new`."""
        import copy
        body = copy.deepcopy(body)

        class Renamer(ast.NodeTransformer):
            def visit_Name(self, n: ast.Name) -> ast.Name:
                if n.id == old:
                    n.id = new
                return n
        for stmt in body:
            Renamer().visit(stmt)
        return body

    def constant_classes(self, node: ast.expr) -> Any:
        """The class or tuple of classes of an except clause or isinstance(), as a constant."""
        if isinstance(node, ast.Tuple):
            items = [self.expr(e) for e in node.elts]
            if all(isinstance(i, Constant) for i in items):
                return Constant(tuple(i.value for i in items))
            raise self.error("except clauses and isinstance() need classes named directly", node)
        return self.expr(node)

    def stmt_Assign(self, s: ast.Assign) -> None:
        if len(s.targets) == 1 and isinstance(s.targets[0], (ast.Tuple, ast.List)) and \
                isinstance(s.value, (ast.Tuple, ast.List)) and \
                len(s.targets[0].elts) == len(s.value.elts) and \
                not any(isinstance(e, ast.Starred) for e in s.targets[0].elts + s.value.elts):
            # `a, b = b, a`: no tuple is built; all values first, then the targets
            keys = [self.hold(self.expr(e)) for e in s.value.elts]
            for target, key in zip(s.targets[0].elts, keys):
                self.assign(target, self.take(key))
            return
        value = self.expr(s.value)
        for target in s.targets:
            self.assign(target, value)

    def stmt_AnnAssign(self, s: ast.AnnAssign) -> None:
        if s.value is None:
            return
        value = self.expr(s.value)
        if isinstance(s.target, ast.Name):
            ann = self.eval_annotation(s.annotation)
            value = self.emit('typehint', [value, Constant(ann)], s.target.id, node=s)
        self.assign(s.target, value)

    def eval_annotation(self, node: ast.expr) -> Any:
        src = ast.unparse(node)
        try:
            return eval(src, dict(self.globals), {})
        except Exception:
            return src

    def stmt_AugAssign(self, s: ast.AugAssign) -> None:
        opname = BINOPS[type(s.op)]
        t = s.target
        if isinstance(t, ast.Name):
            k = self.hold(self.load_name(t.id, t))
            v = self.expr(s.value)
            self.assign(t, self.emit('inplace_' + opname, [self.take(k), v], t.id, node=s))
        elif isinstance(t, ast.Attribute):
            kobj = self.hold(self.expr(t.value))
            kcur = self.hold(self.emit('getattr', [self.env[kobj], Constant(t.attr)], t.attr, node=t))
            v = self.expr(s.value)
            new = self.emit('inplace_' + opname, [self.take(kcur), v], t.attr, node=s)
            self.emit('setattr', [self.take(kobj), Constant(t.attr), new], 'none', node=s)
        elif isinstance(t, ast.Subscript):
            if isinstance(t.slice, ast.Slice):
                raise self.error("augmented assignment to a slice is not supported", s)
            obj, idx = self.exprs([t.value, t.slice])
            kobj, kidx = self.hold(obj), self.hold(idx)
            kcur = self.hold(self.emit('getitem', [obj, idx], 'item', node=t))
            v = self.expr(s.value)
            new = self.emit('inplace_' + opname, [self.take(kcur), v], 'item', node=s)
            self.emit('setitem', [self.take(kobj), self.take(kidx), new], 'none', node=s)
        else:
            raise self.error("cannot assign to %s" % type(t).__name__, s)

    def stmt_Delete(self, s: ast.Delete) -> None:
        for t in s.targets:
            if isinstance(t, ast.Subscript):
                if isinstance(t.slice, ast.Slice):
                    obj, start, stop, step = self.slice_exprs(t.value, t.slice)
                    self.emit('delslice', [obj, start, stop, step], 'none', node=t)
                else:
                    obj, idx = self.exprs([t.value, t.slice])
                    self.emit('delitem', [obj, idx], 'none', node=t)
            else:
                raise self.error("'del' of a variable or attribute is not supported; "
                                 "only 'del x[i]', 'del x[a:b]' and 'del d[k]'", s)

    def assign(self, target: ast.expr, value: Any) -> None:
        if isinstance(target, ast.Name):
            name = target.id
            if name in self.global_names:
                raise self.error("cannot assign to module global '%s'; keep mutable "
                                 "state in an instance or a list" % name, target)
            # a named copy keeps the variable's line for type errors; a
            # constant stays a constant (`fmt = "%d"; fmt % n` is a constant format)
            copy = self.emit('same_as', [value], name, node=target)
            self.env[name] = value if isinstance(value, Constant) else copy
        elif isinstance(target, (ast.Tuple, ast.List)):
            n = len(target.elts)
            for e in target.elts:
                if isinstance(e, ast.Starred):
                    raise self.error("starred assignment is not supported", e)
            k = self.hold(value)
            keys = [self.hold(self.emit('unpack', [self.env[k], Constant(i), Constant(n)], 'u',
                                        node=target)) for i in range(n)]
            self.take(k)
            for e, key in zip(target.elts, keys):
                self.assign(e, self.take(key))
        elif isinstance(target, ast.Attribute):
            k = self.hold(value)
            obj = self.expr(target.value)
            self.emit('setattr', [obj, Constant(target.attr), self.take(k)], 'none', node=target)
        elif isinstance(target, ast.Subscript):
            k = self.hold(value)
            if isinstance(target.slice, ast.Slice):
                obj, start, stop, step = self.slice_exprs(target.value, target.slice)
                self.emit('setslice', [obj, start, stop, step, self.take(k)], 'none', node=target)
            else:
                obj, idx = self.exprs([target.value, target.slice])
                self.emit('setitem', [obj, idx, self.take(k)], 'none', node=target)
        else:
            raise self.error("cannot assign to %s" % type(target).__name__, target)

    # ------------------------------------------------------------ expressions

    def expr(self, e: ast.expr) -> Any:
        meth = getattr(self, 'expr_' + type(e).__name__, None)
        if meth is None:
            raise self.error(self.refusal(e), e)
        return meth(e)

    def truth(self, v: Any) -> Any:
        if isinstance(v, Constant):
            return Constant(bool(v.value))
        return self.emit('bool', [v], 'cond')

    def expr_Constant(self, e: ast.Constant) -> Any:
        if e.value is Ellipsis:
            raise self.error("'...' is not supported", e)
        return Constant(e.value)

    def expr_Name(self, e: ast.Name) -> Any:
        return self.load_name(e.id, e)

    def load_name(self, name: str, node: ast.AST) -> Any:
        if name in self.env:
            v = self.env[name]
            if v is UNDEFINED:
                raise self.error("local variable '%s' might be used before it is "
                                 "assigned (assign it on every path)" % name, node)
            return v
        if name in self.local_names:
            raise self.error("local variable '%s' is used before it is assigned" % name, node)
        if name in self.closure_consts:
            return Constant(self.closure_consts[name])
        if name in self.globals:
            return Constant(self.globals[name])
        if hasattr(builtins, name):
            if name in ('set', 'frozenset'):
                raise self.error("sets are not supported; use a dict with None values", node)
            if name in REFUSED_CALLS:
                raise self.error("'%s' is not supported in RPy" % name, node)
            return Constant(getattr(builtins, name))
        raise self.error("name '%s' is not defined" % name, node)

    def expr_Attribute(self, e: ast.Attribute) -> Any:
        obj = self.expr(e.value)
        if isinstance(obj, Constant) and isinstance(obj.value, (types.ModuleType, type)):
            try:
                value = getattr(obj.value, e.attr)
            except AttributeError:
                raise self.error("%s '%s' has no attribute '%s'" % (
                    'module' if isinstance(obj.value, types.ModuleType) else 'class',
                    obj.value.__name__, e.attr), e)
            if isinstance(obj.value, type) and isinstance(obj.value.__dict__.get(e.attr), staticmethod):
                return Constant(value)
            return Constant(value)
        return self.emit('getattr', [obj, Constant(e.attr)], e.attr, node=e)

    def expr_BinOp(self, e: ast.BinOp) -> Any:
        left, right = self.exprs([e.left, e.right])
        return self.emit(BINOPS[type(e.op)], [left, right], 'v', node=e)

    def expr_UnaryOp(self, e: ast.UnaryOp) -> Any:
        v = self.expr(e.operand)
        if isinstance(e.op, ast.Not):
            return self.emit('not_', [self.truth(v)], 'v', node=e)
        if isinstance(v, Constant) and isinstance(v.value, (int, float)) and not isinstance(v.value, bool):
            if isinstance(e.op, ast.USub):
                return Constant(-v.value)
            if isinstance(e.op, ast.UAdd):
                return v
        return self.emit(UNARYOPS[type(e.op)], [v], 'v', node=e)

    def expr_BoolOp(self, e: ast.BoolOp) -> Any:
        is_and = isinstance(e.op, ast.And)
        after = _Join(extra=1)
        for i, value_node in enumerate(e.values):
            v = self.expr(value_node)
            if i == len(e.values) - 1:
                self.jump_to_join(after, extra=[v])
                break
            tmp = '$bool%d' % self.unique()
            self.env[tmp] = v
            cond = self.truth(v)
            (fb, fenv), (tb, tenv) = self.branch(cond)
            # and: a false value ends it; or: a true value ends it
            stop_b, stop_env = (fb, fenv) if is_and else (tb, tenv)
            go_b, go_env = (tb, tenv) if is_and else (fb, fenv)
            self.block, self.env = stop_b, stop_env
            self.jump_to_join(after, extra=[self.env.pop(tmp)])
            self.block, self.env = go_b, go_env
            self.env.pop(tmp)
            # the next operand runs where this one was true (and) / false (or)
            self.narrow(value_node, is_and)
        extras = self.continue_at(after)
        return self.emit('same_as', [extras[0]], 'v', node=e)

    def expr_IfExp(self, e: ast.IfExp) -> Any:
        cond = self.truth(self.expr(e.test))
        (fb, fenv), (tb, tenv) = self.branch(cond)
        after = _Join(extra=1)
        self.block, self.env = tb, tenv
        self.narrow(e.test, True)
        self.jump_to_join(after, extra=[self.expr(e.body)])
        self.block, self.env = fb, fenv
        self.jump_to_join(after, extra=[self.expr(e.orelse)])
        extras = self.continue_at(after)
        return self.emit('same_as', [extras[0]], 'v', node=e)

    def expr_Compare(self, e: ast.Compare) -> Any:
        if len(e.ops) == 1:
            left, right = self.exprs([e.left, e.comparators[0]])
            return self.compare(e.ops[0], left, right, e)
        left = self.expr(e.left)
        after = _Join(extra=1)
        for i, (op, comp) in enumerate(zip(e.ops, e.comparators)):
            k = self.hold(left)
            right = self.expr(comp)
            left = self.take(k)
            res = self.compare(op, left, right, e)
            if i == len(e.ops) - 1:
                self.jump_to_join(after, extra=[res])
                break
            tmp = '$cmp%d' % self.unique()
            self.env[tmp] = right
            (fb, fenv), (tb, tenv) = self.branch(res)
            self.block, self.env = fb, fenv
            self.env.pop(tmp)
            self.jump_to_join(after, extra=[Constant(False)])
            self.block, self.env = tb, tenv
            left = self.env.pop(tmp)
        extras = self.continue_at(after)
        return self.emit('same_as', [extras[0]], 'v', node=e)

    def compare(self, op: ast.cmpop, left: Any, right: Any, node: ast.AST) -> Any:
        name = CMPOPS[type(op)]
        if name == 'contains':
            return self.emit('contains', [right, left], 'v', node=node)
        if name == 'not_contains':
            v = self.emit('contains', [right, left], 'v', node=node)
            return self.emit('not_', [v], 'v', node=node)
        return self.emit(name, [left, right], 'v', node=node)

    def expr_Tuple(self, e: ast.Tuple) -> Any:
        items = self.exprs(e.elts)
        return self.emit('newtuple', items, 'tup', node=e)

    def expr_List(self, e: ast.List) -> Any:
        for x in e.elts:
            if isinstance(x, ast.Starred):
                raise self.error("starred expressions are not supported", x)
        items = self.exprs(e.elts)
        return self.emit('newlist', items, 'lst', node=e)

    def expr_Dict(self, e: ast.Dict) -> Any:
        nodes = []
        for k, v in zip(e.keys, e.values):
            if k is None:
                raise self.error("'**' in dict displays is not supported", e)
            nodes += [k, v]
        return self.emit('newdict', self.exprs(nodes), 'dct', node=e)

    def slice_exprs(self, value: ast.expr, sl: ast.Slice) -> list:
        """The object and the start, stop and step of a slice (None when omitted)."""
        nodes = [value] + [x if x is not None else ast.Constant(value=None)
                           for x in (sl.lower, sl.upper, sl.step)]
        return self.exprs(nodes)

    def expr_Subscript(self, e: ast.Subscript) -> Any:
        if isinstance(e.slice, ast.Slice):
            obj, start, stop, step = self.slice_exprs(e.value, e.slice)
            return self.emit('getslice', [obj, start, stop, step], 'sl', node=e)
        obj, idx = self.exprs([e.value, e.slice])
        return self.emit('getitem', [obj, idx], 'item', node=e)

    def expr_JoinedStr(self, e: ast.JoinedStr) -> Any:
        keys = []
        for part in e.values:
            if isinstance(part, ast.Constant):
                keys.append(self.hold(Constant(part.value)))
            else:
                assert isinstance(part, ast.FormattedValue)
                v = self.expr(part.value)
                spec = ''
                if part.format_spec is not None:
                    fs = part.format_spec
                    if not (isinstance(fs, ast.JoinedStr) and
                            all(isinstance(x, ast.Constant) for x in fs.values)):
                        raise self.error("f-string format specs must be constant", part)
                    spec = ''.join(x.value for x in fs.values)  # type: ignore[attr-defined]
                conv = chr(part.conversion) if part.conversion > 0 else ''
                keys.append(self.hold(self.emit('format_value', [v, Constant(spec), Constant(conv)],
                                                's', node=part)))
        pieces = [self.take(k) for k in keys]
        return self.emit('str_concat_n', pieces, 's', node=e)

    def expr_ListComp(self, e: ast.ListComp) -> Any:
        e = self.rename_comprehension(e)  # type: ignore[assignment]
        tmp = '$comp%d' % self.unique()
        self.env[tmp] = self.emit('newlist', [], 'lst', node=e)
        def body() -> None:
            v = self.expr(e.elt)
            self.emit('list_append_comp', [self.env[tmp], v], 'none', node=e)
        self.comprehension(e.generators, body)
        return self.env.pop(tmp)

    def expr_DictComp(self, e: ast.DictComp) -> Any:
        e = self.rename_comprehension(e)  # type: ignore[assignment]
        tmp = '$comp%d' % self.unique()
        self.env[tmp] = self.emit('newdict', [], 'dct', node=e)
        def body() -> None:
            k, v = self.exprs([e.key, e.value])
            self.emit('setitem', [self.env[tmp], k, v], 'none', node=e)
        self.comprehension(e.generators, body)
        return self.env.pop(tmp)

    def rename_comprehension(self, node: ast.AST) -> ast.AST:
        """A copy of a comprehension whose target variables have names of their own."""
        import copy
        node = copy.deepcopy(node)
        renames = {}
        for g in node.generators:  # type: ignore[attr-defined]
            for n in ast.walk(g.target):
                if isinstance(n, ast.Name):
                    renames[n.id] = '%s$c%d' % (n.id, self.unique())

        class Renamer(ast.NodeTransformer):
            def visit_Name(self, n: ast.Name) -> ast.Name:
                if n.id in renames:
                    n.id = renames[n.id]
                return n

            def visit_ListComp(self, n: ast.ListComp) -> ast.AST:
                self.generic_visit(n)
                return n
        first_iter = node.generators[0].iter  # type: ignore[attr-defined]
        Renamer().visit(node)
        node.generators[0].iter = first_iter   # type: ignore[attr-defined]  # evaluated outside
        return node

    def comprehension(self, gens: list[ast.comprehension], body: Callable[[], Any]) -> None:
        # comprehension variables are local to the comprehension
        outer_env = dict(self.env)
        names_in_comp = set()
        for g in gens:
            for n in ast.walk(g.target):
                if isinstance(n, ast.Name):
                    names_in_comp.add(n.id)
        saved_locals = self.local_names
        self.local_names = self.local_names | names_in_comp
        self.comp_level(gens, 0, body)
        self.local_names = saved_locals
        if self.block is not None:
            for n in names_in_comp:
                if n in outer_env:
                    self.env[n] = outer_env[n]
                else:
                    self.env.pop(n, None)

    def comp_level(self, gens: list[ast.comprehension], i: int, body: Callable[[], Any]) -> None:
        if i == len(gens):
            body()
            return
        g = gens[i]
        if g.is_async:
            raise self.error("async functions are not supported", g.iter)
        loopnode = ast.For(target=g.target, iter=g.iter, body=[], orelse=[])
        ast.copy_location(loopnode, g.iter)
        # reuse the for-loop machinery, with a body made of the conditions and the next level
        iterable = self.expr(g.iter)
        it = self.emit('iter', [iterable], 'it', node=g.iter)
        tmp = '$it%d' % self.unique()
        self.env[tmp] = it
        loop = self.start_loop()
        has = self.emit('iter_has', [self.env[tmp]], 'has')
        (fb, fenv), (tb, tenv) = self.branch(has)
        self.block, self.env = tb, tenv
        item = self.emit('iter_next', [self.env[tmp]], 'item')
        self.assign(g.target, item)
        self.ctx.append(loop)
        skip = _Join()
        for cond_node in g.ifs:
            cond = self.truth(self.expr(cond_node))
            (cfb, cfenv), (ctb, ctenv) = self.branch(cond)
            self.block, self.env = cfb, cfenv
            self.jump_to_join(skip)
            self.block, self.env = ctb, ctenv
        self.comp_level(gens, i + 1, body)
        if self.block is not None:
            self.jump_to_join(skip)
        self.continue_at(skip)
        self.ctx.pop()
        if self.block is not None:
            self.back_edge(loop)
        self.block, self.env = fb, fenv
        self.jump_to_join(loop.exit)  # type: ignore[arg-type]
        self.continue_at(loop.exit)  # type: ignore[arg-type]
        if self.block is not None:
            self.env.pop(tmp, None)

    def expr_Lambda(self, e: ast.Lambda) -> Any:
        raise self.error(self.refusal(e), e)

    def expr_Call(self, e: ast.Call) -> Any:
        for a in e.args:
            if isinstance(a, ast.Starred):
                raise self.error("'*' arguments in calls are not supported", a)
        for k in e.keywords:
            if k.arg is None:
                raise self.error("'**' arguments in calls are not supported", k.value)
        f = e.func
        # super().method(...)
        if (isinstance(f, ast.Attribute) and isinstance(f.value, ast.Call) and
                isinstance(f.value.func, ast.Name) and f.value.func.id == 'super'):
            return self.call_super(f.attr, e)
        if isinstance(f, ast.Attribute) and f.attr == 'format' and \
                isinstance(f.value, ast.Constant) and isinstance(f.value.value, str):
            return self.str_format_call(f.value.value, e)
        if isinstance(f, ast.Name) and f.id == 'ovfcheck' and len(e.args) == 1:
            fv = self.load_name('ovfcheck', f)
            from rpy.rlib.rarithmetic import ovfcheck
            if isinstance(fv, Constant) and fv.value is ovfcheck:
                return self.ovfcheck(e.args[0])
        if isinstance(f, ast.Attribute):
            obj = self.expr(f.value)
            if isinstance(obj, Constant) and type(obj.value).__name__ == 'JitDriver' and \
                    type(obj.value).__module__ == 'rpy.rlib.jit':
                return self.jit_driver_call(obj.value, f.attr, e)
            if not (isinstance(obj, Constant) and isinstance(obj.value, (types.ModuleType, type))):
                k = self.hold(obj)
                args, kwnames = self.call_args(e)
                return self.emit('call_method', [self.take(k), Constant(f.attr)] + args, f.attr,
                                 extra=kwnames, node=e)
            fn = self.expr_Attribute(f)
        else:
            fn = self.expr(f)
        k = self.hold(fn)
        args, kwnames = self.call_args(e)
        fn = self.take(k)
        folded = self.fold_call(fn, args, kwnames)
        if folded is not None:
            return folded
        if isinstance(fn, Constant) and getattr(fn.value, '__module__', None) == 'rpy.rlib.jit':
            special = self.jit_call(fn.value, args, kwnames, e)
            if special is not None:
                return special
        return self.emit('call', [fn] + args, 'r', extra=kwnames, node=e)

    def fold_call(self, fn: Any, args: list, kwnames: list) -> Constant | None:
        """r_uint(CONST), intmask(CONST): computed now (r_uint(0xcbf29ce484222325)
        is how one writes an unsigned constant that a signed word cannot hold)."""
        from rpy.rlib.rarithmetic import intmask, r_uint
        if isinstance(fn, Constant) and fn.value in (r_uint, intmask) and not kwnames and \
                len(args) == 1 and isinstance(args[0], Constant) and \
                type(args[0].value) in (int, r_uint):
            return Constant(fn.value(args[0].value))
        return None

    # ------------------------------------------------------------ JIT hints (rpy.rlib.jit)

    def jit_driver_call(self, driver: Any, attr: str, e: ast.Call) -> Any:
        """driver.jit_merge_point(**livevars) / driver.can_enter_jit(**livevars):
        the operation jit_marker(greens..., reds...) with extra=(kind, driver)."""
        if attr not in ('jit_merge_point', 'can_enter_jit'):
            raise self.error("JitDriver has no method '%s' usable in RPy (only jit_merge_point "
                             "and can_enter_jit)" % attr, e)
        if e.args:
            raise self.error("%s.%s() takes its live variables as keyword arguments only, e.g. "
                             "%s" % (driver.name, attr, ', '.join('%s=%s' % (n, n) for n in
                                                                   driver.greens + driver.reds)), e)
        names = [k.arg for k in e.keywords]
        for n in names:
            if names.count(n) > 1:
                raise self.error("%s.%s(): '%s' given twice" % (driver.name, attr, n), e)
        msg = driver.livevars_error(attr, names)
        if msg is not None:
            raise self.error(msg, e)
        for k in e.keywords:
            if not isinstance(k.value, ast.Name):
                what = ast.unparse(k.value)
                raise self.error("%s.%s(): pass a local variable as '%s' (e.g. %s=%s), not the "
                                 "expression '%s': the live variables of the loop are local "
                                 "variables of the function" % (driver.name, attr, k.arg, k.arg,
                                                                k.arg, what), e)
        values = self.exprs([k.value for k in e.keywords])
        byname = dict(zip(names, values))
        ordered = [byname[n] for n in driver.greens + driver.reds]
        return self.emit('jit_marker', ordered, 'v', extra=(attr, driver), node=e)

    def jit_call(self, fn: Any, args: list, kwnames: list, e: ast.Call) -> Any:
        """promote/promote_string become the operation jit_promote; set_param,
        set_user_param and get_param calls of RPy helpers on the driver's
        JitParams record (the driver must be a constant). None: an ordinary call."""
        from rpy.rlib import jit
        name = getattr(fn, '__name__', '')
        if fn in (jit.promote, jit.promote_string):
            if kwnames or len(args) != 1:
                raise self.error("%s() takes exactly one argument" % name, e)
            return self.emit('jit_promote', [args[0], Constant(name)], 'v', node=e)
        if fn in (jit.set_param, jit.set_user_param, jit.get_param):
            nargs = {'set_param': 3, 'set_user_param': 2, 'get_param': 2}[name]
            if kwnames or len(args) != nargs:
                raise self.error("%s() takes %d positional arguments" % (name, nargs), e)
            d = args[0]
            if not (isinstance(d, Constant) and (isinstance(d.value, jit.JitDriver) or
                                                 (d.value is None and name != 'get_param'))):
                raise self.error("%s(): the first argument must be a JitDriver that is a "
                                 "module-level constant%s" % (
                                     name, '' if name == 'get_param' else ' (or None: all drivers)'),
                                 e)
            if name == 'set_user_param':
                if d.value is None:
                    return self.emit('call', [Constant(jit._params_set_user_param_all),
                                              Constant(jit.ALL_PARAMS), args[1]], 'r', node=e)
                return self.emit('call', [Constant(jit._params_set_user_param),
                                          Constant(d.value.params), args[1]], 'r', node=e)
            pname = args[1]
            if not (isinstance(pname, Constant) and isinstance(pname.value, str)):
                raise self.error("%s(): the parameter name must be a constant string" % name, e)
            if pname.value not in jit.PARAMETERS and pname.value != 'enable_opts':
                raise self.error("%s(): unknown JIT parameter '%s' (known: %s)" % (
                    name, pname.value, ', '.join(list(jit.PARAMETERS) + ['enable_opts'])), e)
            isstr = pname.value == 'enable_opts'
            helper: Any
            if name == 'get_param':
                helper = jit._params_get_str if isstr else jit._params_get_int
                return self.emit('call', [Constant(helper), Constant(d.value.params), pname],
                                 'r', node=e)
            if d.value is None:
                helper = jit._params_set_str_all if isstr else jit._params_set_int_all
                return self.emit('call', [Constant(helper), Constant(jit.ALL_PARAMS), pname,
                                          args[2]], 'r', node=e)
            helper = jit._params_set_str if isstr else jit._params_set_int
            return self.emit('call', [Constant(helper), Constant(d.value.params), pname, args[2]],
                             'r', node=e)
        if fn in (jit.JitDriver, jit.elidable, jit.unroll_safe, jit.dont_look_inside,
                  jit.look_inside_iff):
            raise self.error("%s() is used at import time only (a module-level JitDriver, a "
                             "decorator), not in translated code" % name, e)
        return None

    def str_format_call(self, fmt: str, e: ast.Call) -> Any:
        """'...{}...{x:>4}'.format(a, x=b) on a constant string: like an f-string."""
        import string
        try:
            fields = list(string.Formatter().parse(fmt))
        except ValueError as err:
            raise self.error("invalid format string: %s" % err, e)
        names = [k.arg for k in e.keywords]
        values = self.exprs(list(e.args) + [k.value for k in e.keywords])
        keys = [self.hold(v) for v in values]
        pieces = []
        auto = 0
        for literal, field, spec, conv in fields:
            if literal:
                pieces.append(('lit', literal))
            if field is None:
                continue
            if spec and '{' in spec:
                raise self.error("nested fields in format specs are not supported", e)
            if field == '':
                index: Any = auto
                auto += 1
            elif field.isdigit():
                index = int(field)
            elif field.isidentifier():
                if field not in names:
                    raise self.error("format string uses the keyword '%s' that is not given" % field, e)
                index = len(e.args) + names.index(field)
            else:
                raise self.error("format fields like '{%s}' are not supported; pass the value"
                                 % field, e)
            if index >= len(e.args) + len(names) or (isinstance(index, int) and field.isdigit()
                                                      and index >= len(e.args)):
                raise self.error("format string needs more positional arguments than given", e)
            pieces.append(('field', index, spec or '', conv or ''))
        parts = []
        for p in pieces:
            if p[0] == 'lit':
                parts.append(self.hold(Constant(p[1])))
            else:
                v = self.env[keys[p[1]]]
                parts.append(self.hold(self.emit('format_value', [v, Constant(p[2]), Constant(p[3])],
                                                 's', node=e)))
        result = [self.take(k) for k in parts]
        for k in keys:
            self.take(k)
        return self.emit('str_concat_n', result, 's', node=e)

    def call_args(self, e: ast.Call) -> tuple[list, list[str]]:
        if isinstance(e.func, ast.Name) and e.func.id == 'isinstance' and len(e.args) == 2 \
                and isinstance(e.args[1], ast.Tuple):
            args = [self.expr(e.args[0]), self.constant_classes(e.args[1])]
            keys = [self.hold(a) for a in args]
        else:
            keys = [self.hold(self.expr(a)) for a in e.args]
        kwnames = []
        for k in e.keywords:
            if isinstance(k.value, ast.Lambda):
                if k.arg != 'key':
                    raise self.error(self.refusal(k.value), k.value)
                keys.append(self.hold(Constant(self.make_lambda(k.value))))
            else:
                keys.append(self.hold(self.expr(k.value)))
            kwnames.append(k.arg)
        return [self.take(k) for k in keys], kwnames  # type: ignore[return-value]

    def make_lambda(self, node: ast.Lambda) -> LambdaFunction:
        lam_args = node.args
        own = {a.arg for a in lam_args.args}
        for n in ast.walk(node.body):
            if isinstance(n, ast.Name) and n.id not in own and n.id in self.local_names:
                raise self.error("lambda captures the local variable '%s': closures are "
                                 "not supported" % n.id, n)
        lam = LambdaFunction(node, self.globals, self.filename,
                             '%s_lambda%d' % (self.graph_name.replace('.', '_'), node.lineno))
        self.lambdas.append(lam)
        return lam

    def call_super(self, attr: str, e: ast.Call) -> Any:
        cls = self.owner_class
        if cls is None or not self.params:
            raise self.error("super() is only supported inside methods", e)
        for base in cls.__mro__[1:]:
            if attr in base.__dict__:
                fn = base.__dict__[attr]
                break
        else:
            raise self.error("super() of class '%s' has no method '%s'" % (cls.__name__, attr), e)
        if fn is object.__init__ or fn is BaseException.__init__ or not isinstance(fn, types.FunctionType):
            fn = ('base_init', base)
        args, kwnames = self.call_args(e)
        selfv = self.load_name(self.params[0], e)
        return self.emit('call', [Constant(fn), selfv] + args, 'r', extra=kwnames, node=e)

    def ovfcheck(self, node: ast.expr) -> Any:
        if isinstance(node, ast.BinOp) and type(node.op) in (ast.Add, ast.Sub, ast.Mult, ast.LShift):
            left, right = self.exprs([node.left, node.right])
            return self.emit(BINOPS[type(node.op)] + '_ovf', [left, right], 'v', node=node)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return self.emit('neg_ovf', [self.expr(node.operand)], 'v', node=node)
        raise self.error("ovfcheck() takes a single +, -, *, << or unary - operation", node)


def build_flow_graph(func: Any, owner_class: type | None = None,
                     name: str | None = None) -> tuple[FunctionGraph, list[LambdaFunction]]:
    builder = GraphBuilder(func, owner_class, name)
    graph = builder.build()
    graph.func = func
    return graph, builder.lambdas
