"""A tiny Lisp: tokenizer, reader, evaluator with closures as objects."""
from __future__ import annotations


class LispError(Exception):
    pass


class Obj:
    def show(self) -> str:
        return "?"

    def truthy(self) -> bool:
        return True


class Num(Obj):
    v: int

    def __init__(self, v: int) -> None:
        self.v = v

    def show(self) -> str:
        return str(self.v)

    def truthy(self) -> bool:
        return self.v != 0


class Sym(Obj):
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def show(self) -> str:
        return self.name


class Lst(Obj):
    items: list[Obj]

    def __init__(self, items: list[Obj]) -> None:
        self.items = items

    def show(self) -> str:
        return "(" + " ".join([x.show() for x in self.items]) + ")"

    def truthy(self) -> bool:
        return len(self.items) > 0


class Env:
    vars: dict[str, Obj]
    parent: Env | None

    def __init__(self, parent: Env | None = None) -> None:
        self.vars = {}
        self.parent = parent

    def lookup(self, name: str) -> Obj:
        env: Env | None = self
        while env is not None:
            v = env.vars.get(name)
            if v is not None:
                return v
            env = env.parent
        raise LispError("unbound symbol: " + name)


class Lambda(Obj):
    params: list[str]
    body: Obj
    env: Env

    def __init__(self, params: list[str], body: Obj, env: Env) -> None:
        self.params = params
        self.body = body
        self.env = env

    def show(self) -> str:
        return "<lambda/%d>" % len(self.params)


class Builtin(Obj):
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def show(self) -> str:
        return "<builtin %s>" % self.name


def tokenize(src: str) -> list[str]:
    return src.replace("(", " ( ").replace(")", " ) ").split()


def read(tokens: list[str], pos: int) -> tuple[Obj, int]:
    if pos >= len(tokens):
        raise LispError("unexpected end of input")
    t = tokens[pos]
    if t == "(":
        items: list[Obj] = []
        pos += 1
        while pos < len(tokens) and tokens[pos] != ")":
            item, pos = read(tokens, pos)
            items.append(item)
        if pos >= len(tokens):
            raise LispError("missing )")
        return Lst(items), pos + 1
    if t == ")":
        raise LispError("unexpected )")
    try:
        return Num(int(t)), pos + 1
    except ValueError:
        return Sym(t), pos + 1


def apply_builtin(name: str, args: list[Obj]) -> Obj:
    nums: list[int] = []
    for a in args:
        if not isinstance(a, Num):
            raise LispError("%s: not a number: %s" % (name, a.show()))
        nums.append(a.v)
    if name == "+":
        return Num(sum(nums))
    if name == "*":
        r = 1
        for n in nums:
            r *= n
        return Num(r)
    if name == "-":
        return Num(nums[0] - sum(nums[1:]) if len(nums) > 1 else -nums[0])
    if name == "<":
        return Num(1 if nums[0] < nums[1] else 0)
    if name == "=":
        return Num(1 if nums[0] == nums[1] else 0)
    raise LispError("unknown builtin " + name)


def evaluate(x: Obj, env: Env) -> Obj:
    while True:
        if isinstance(x, Num):
            return x
        if isinstance(x, Sym):
            return env.lookup(x.name)
        assert isinstance(x, Lst)
        if len(x.items) == 0:
            return x
        head = x.items[0]
        if isinstance(head, Sym):
            if head.name == "if":
                cond = evaluate(x.items[1], env)
                x = x.items[2] if cond.truthy() else x.items[3]
                continue
            if head.name == "define":
                target = x.items[1]
                assert isinstance(target, Sym)
                v = evaluate(x.items[2], env)
                env.vars[target.name] = v
                return v
            if head.name == "lambda":
                params = x.items[1]
                assert isinstance(params, Lst)
                names: list[str] = []
                for p in params.items:
                    assert isinstance(p, Sym)
                    names.append(p.name)
                return Lambda(names, x.items[2], env)
        f = evaluate(head, env)
        args = [evaluate(a, env) for a in x.items[1:]]
        if isinstance(f, Builtin):
            return apply_builtin(f.name, args)
        if isinstance(f, Lambda):
            if len(args) != len(f.params):
                raise LispError("arity mismatch")
            new_env = Env(f.env)
            for name, value in zip(f.params, args):
                new_env.vars[name] = value
            x = f.body
            env = new_env
            continue
        raise LispError("not a function: " + f.show())


PROGRAM = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 20)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 20)
(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
(count 100000 0)
(undefined 1)
(fact (lambda (x) x))
(+ 1 2
"""


def entry_point(argv: list[str]) -> int:
    env = Env()
    for name in ["+", "*", "-", "<", "="]:
        env.vars[name] = Builtin(name)
    for line in PROGRAM.strip().split("\n"):
        try:
            expr, _ = read(tokenize(line), 0)
            print(evaluate(expr, env).show())
        except LispError as e:
            print("error:", str(e))
    return 0
