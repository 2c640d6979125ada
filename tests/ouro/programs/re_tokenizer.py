"""re: a tokenizer and a tiny expression evaluator (named groups,
lastgroup, match at pos, finditer, re.Scanner), VERBOSE patterns."""
import re

TOKEN = re.compile(r"""
    (?P<NUMBER>   \d+(?:\.\d*)?(?:[eE][-+]?\d+)? )
  | (?P<NAME>     [A-Za-z_][A-Za-z_0-9]* )
  | (?P<STRING>   "(?:[^"\\]|\\.)*" | '(?:[^'\\]|\\.)*' )
  | (?P<OP>       \*\*|//|==|!=|<=|>=|[-+*/%()<>=,] )
  | (?P<NEWLINE>  \n )
  | (?P<SKIP>     [ \t]+ | \#[^\n]* )
  | (?P<ERROR>    . )
""", re.VERBOSE)


def tokenize(src):
    pos = 0
    line = 1
    out = []
    while pos < len(src):
        m = TOKEN.match(src, pos)
        kind = m.lastgroup
        value = m.group(kind)
        if kind == "NEWLINE":
            line += 1
        elif kind == "ERROR":
            out.append(("ERROR", value, line))
        elif kind != "SKIP":
            out.append((kind, value, line))
        pos = m.end()
    return out


src = '''x = 3.5e2 + foo(1, 'it\\'s', "q\\"t") ** 2  # comment
y = x // 7 != 0 @ z
'''
for tok in tokenize(src):
    print(tok)

# an evaluator over the tokens of arithmetic expressions
def evaluate(expr, env):
    toks = [(m.lastgroup, m.group()) for m in TOKEN.finditer(expr)
            if m.lastgroup not in ("SKIP", "NEWLINE")]
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None)

    def take():
        t = toks[pos[0]]
        pos[0] += 1
        return t

    def atom():
        kind, val = take()
        if kind == "NUMBER":
            return float(val)
        if kind == "NAME":
            return env[val]
        if val == "(":
            v = expr_()
            take()
            return v
        if val == "-":
            return -atom()
        raise SyntaxError(val)

    def power():
        v = atom()
        if peek()[1] == "**":
            take()
            return v ** power()
        return v

    def term():
        v = power()
        while peek()[1] in ("*", "/", "%", "//"):
            op = take()[1]
            r = power()
            v = v * r if op == "*" else v / r if op == "/" else v % r if op == "%" else v // r
        return v

    def expr_():
        v = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            r = term()
            v = v + r if op == "+" else v - r
        return v

    return expr_()


for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "x * (y - 1.5) / 2", "-x + 10 % 4",
          "7 // 2"]:
    print(e, "=", evaluate(e, {"x": 4.0, "y": 2.5}))

# re.Scanner
scanner = re.Scanner([
    (r"[0-9]+", lambda s, t: ("INT", int(t))),
    (r"[a-z]+", lambda s, t: ("ID", t)),
    (r"[+\-*/=]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(scanner.scan("x = 12 + y1 * 3 ?rest"))

# a CSV-ish line splitter with quoted fields
FIELD = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)')
def fields(line):
    out = []
    pos = 0
    while pos <= len(line):
        m = FIELD.match(line, pos)
        if m.group(1) is not None:
            out.append(m.group(1).replace('""', '"'))
        else:
            out.append(m.group(2))
        if m.end() == pos or m.end() == len(line) and not line.endswith(","):
            break
        pos = m.end()
    return out

for line in ['a,b,c', ' 1 , "two, 2" ,3', '"say ""hi""",x,', 'single']:
    print(fields(line))

# key=value config with comments, multiline
CONF = re.compile(r"^\s*(?P<key>[\w.]+)\s*=\s*(?P<val>.*?)\s*(?:#.*)?$", re.M)
conf = """
# settings
name = demo   # the name
size=10
  path.root = /tmp/x
bad line
"""
print({m["key"]: m["val"] for m in CONF.finditer(conf)})
