"""Test tooling (plain Python, never translated): read traces written as
text, and compare traces modulo renaming.

    [i0, p1]
    i2 = int_add(i0, 1)
    i3 = int_lt(i2, 100)
    guard_true(i3) [i0, p1]
    p4 = getfield_gc_r(p1, descr=nextdescr)
    jump(i2, p4)

Names of values start with their kind: i (int), p (ref), f (float).
Arguments: a value's name, an int or float literal, NULL, ConstPtr(x),
ConstClass(x) (an int: the vtable; x may name an int or a SizeDescr),
a quoted string (the location of debug_merge_point), descr=NAME, and
result=CONST (the traced result of a call_pure).  Names after `descr=`
and inside ConstPtr()/ConstClass() are looked up in the namespace the test
gives; descrs of label/jump that are not in it become TargetTokens (one
per name).  A guard without descr= gets a fresh ResumeDescr.  `# ...`
starts a comment.  The printer is rpy/jit/metainterp/logger.py.
"""
from __future__ import annotations

from rpy.jit.metainterp import resoperation as R
from rpy.jit.metainterp.resoperation import (
    ResOperation, AbstractValue, AbstractDescr, ResumeDescr, TargetToken, JumpToStart,
    FinishDescr, DebugLocation, FailDescr, SizeDescr, INT, REF, FLOAT, VOID, rop)
from rpy.jit.metainterp.history import (
    Trace, InputArg, ConstInt, ConstFloat, ConstPtr, CONST_NULL)
from rpy.jit.metainterp.logger import trace_to_text


class ParseError(Exception):
    pass


KIND_OF_PREFIX = {'i': INT, 'p': REF, 'f': FLOAT}


def _kind_of_name(name: str, lineno: int) -> int:
    if name[:1] not in KIND_OF_PREFIX:
        raise ParseError("line %d: a value's name starts with i, p or f: %r" % (lineno, name))
    return KIND_OF_PREFIX[name[0]]


def _split_args(text: str) -> list[str]:
    """Split at the commas that are not inside parentheses or quotes."""
    parts: list[str] = []
    depth = 0
    quote = ''
    cur = ''
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            cur += c
            if c == '\\' and i + 1 < len(text):
                cur += text[i + 1]
                i += 1
            elif c == quote:
                quote = ''
        elif c in '\'"':
            quote = c
            cur += c
        elif c == '(':
            depth += 1
            cur += c
        elif c == ')':
            depth -= 1
            cur += c
        elif c == ',' and depth == 0:
            parts.append(cur.strip())
            cur = ''
        else:
            cur += c
        i += 1
    if cur.strip():
        parts.append(cur.strip())
    return parts


def _strip_comment(line: str) -> str:
    quote = ''
    for i, c in enumerate(line):
        if quote:
            if c == quote:
                quote = ''
        elif c in '\'"':
            quote = c
        elif c == '#':
            return line[:i]
    return line


def _find_close(text: str, start: int) -> int:
    """Index of the ')' matching the '(' at text[start]."""
    depth = 0
    quote = ''
    i = start
    while i < len(text):
        c = text[i]
        if quote:
            if c == '\\':
                i += 1
            elif c == quote:
                quote = ''
        elif c in '\'"':
            quote = c
        elif c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ParseError("unbalanced parentheses in %r" % text)


class _Parser:
    def __init__(self, namespace: dict | None):
        self.ns = dict(namespace or {})
        self.vars: dict[str, AbstractValue] = {}
        self.tokens: dict[str, AbstractDescr] = {}
        self.guard_count = 0

    def lookup(self, name: str, lineno: int):
        if name not in self.ns:
            raise ParseError("line %d: %r is not in the namespace" % (lineno, name))
        return self.ns[name]

    def parse_value(self, text: str, lineno: int) -> AbstractValue:
        if text in self.vars:
            return self.vars[text]
        if text == 'NULL':
            return CONST_NULL
        if text.startswith('ConstClass(') and text.endswith(')'):
            x = self.lookup(text[11:-1].strip(), lineno)
            if isinstance(x, SizeDescr):
                return ConstInt(x.vtable)
            return ConstInt(int(x))
        if text.startswith('ConstPtr(') and text.endswith(')'):
            inner = text[9:-1].strip()
            try:
                return ConstPtr(int(inner), 0)
            except ValueError:
                x = self.lookup(inner, lineno)
            if isinstance(x, ConstPtr):
                return x
            return ConstPtr(int(x), 0)
        if text.startswith('ConstInt(') and text.endswith(')'):
            return ConstInt(int(text[9:-1]))
        if text.startswith('ConstFloat(') and text.endswith(')'):
            return ConstFloat(float(text[11:-1]))
        try:
            return ConstInt(int(text, 0))
        except ValueError:
            pass
        try:
            return ConstFloat(float(text))
        except ValueError:
            pass
        raise ParseError("line %d: unknown value %r (not defined before?)" % (lineno, text))

    def define(self, name: str, value: AbstractValue, lineno: int) -> None:
        if name in self.vars:
            raise ParseError("line %d: %r defined twice" % (lineno, name))
        if _kind_of_name(name, lineno) != value.type:
            raise ParseError("line %d: %r has the wrong kind for its operation" % (lineno, name))
        self.vars[name] = value

    def parse_descr(self, name: str, opnum: int, lineno: int) -> AbstractDescr:
        if name in self.ns:
            d = self.ns[name]
            if not isinstance(d, AbstractDescr):
                raise ParseError("line %d: %r is not a descr" % (lineno, name))
            return d
        if opnum in (rop.LABEL, rop.JUMP):
            if name not in self.tokens:
                self.tokens[name] = TargetToken(name)
            return self.tokens[name]
        if opnum == rop.FINISH:
            if name not in self.tokens:
                self.tokens[name] = FinishDescr(name)
            return self.tokens[name]
        raise ParseError("line %d: descr %r is not in the namespace" % (lineno, name))

    def parse_op(self, line: str, lineno: int) -> ResOperation:
        result = None
        if '=' in line.split('(', 1)[0]:
            result, line = line.split('=', 1)
            result = result.strip()
            line = line.strip()
        paren = line.find('(')
        if paren < 0:
            raise ParseError("line %d: expected name(args): %r" % (lineno, line))
        name = line[:paren].strip()
        opnum = R.opnum_of(name)
        if opnum < 0:
            raise ParseError("line %d: unknown operation %r" % (lineno, name))
        close = _find_close(line, paren)
        argtext = line[paren + 1:close]
        rest = line[close + 1:].strip()
        args: list[AbstractValue] = []
        descr: AbstractDescr | None = None
        traced_result: AbstractValue | None = None
        for part in _split_args(argtext):
            if part.startswith('descr='):
                descr = self.parse_descr(part[6:].strip(), opnum, lineno)
            elif part.startswith('result='):
                traced_result = self.parse_value(part[7:].strip(), lineno)
            elif part[:1] in '\'"':
                descr = DebugLocation(_unquote(part))
            else:
                args.append(self.parse_value(part, lineno))
        arity = R.OPARITY[opnum]
        if arity >= 0 and len(args) != arity:
            raise ParseError("line %d: %s takes %d arguments, got %d" % (lineno, name, arity, len(args)))
        op = ResOperation(opnum, args, descr)
        op.traced_result = traced_result
        if R.OPGUARD[opnum]:
            if descr is None:
                op.descr = ResumeDescr('guard%d' % self.guard_count, self.guard_count)
                self.guard_count += 1
            fail_args: list[AbstractValue] = []
            if rest:
                if not (rest.startswith('[') and rest.endswith(']')):
                    raise ParseError("line %d: after a guard, expected [fail args]: %r" % (lineno, rest))
                for part in _split_args(rest[1:-1]):
                    fail_args.append(self.parse_value(part, lineno))
            op.fail_args = fail_args
        elif rest:
            raise ParseError("line %d: unexpected %r" % (lineno, rest))
        if op.type != VOID:
            if result is None:
                raise ParseError("line %d: %s has a result: write NAME = %s(...)" % (lineno, name, name))
            self.define(result, op, lineno)
        elif result is not None:
            raise ParseError("line %d: %s has no result" % (lineno, name))
        return op

    def parse(self, text: str) -> Trace:
        lines = []
        for lineno, line in enumerate(text.splitlines(), 1):
            line = _strip_comment(line).strip()
            if line:
                lines.append((lineno, line))
        if not lines or not (lines[0][1].startswith('[') and lines[0][1].endswith(']')):
            raise ParseError("a trace starts with its input arguments: [i0, p1, ...]")
        inputargs: list[AbstractValue] = []
        lineno, first = lines[0]
        for name in _split_args(first[1:-1]):
            v = InputArg(_kind_of_name(name, lineno))
            self.define(name, v, lineno)
            inputargs.append(v)
        ops = [self.parse_op(line, lineno) for lineno, line in lines[1:]]
        return Trace(inputargs, ops)


def _unquote(s: str) -> str:
    q = s[0]
    assert s.endswith(q)
    out = ''
    i = 1
    while i < len(s) - 1:
        c = s[i]
        if c == '\\':
            i += 1
            c = {'n': '\n'}.get(s[i], s[i])
        out += c
        i += 1
    return out


def parse(text: str, namespace: dict | None = None) -> Trace:
    """The Trace written in text; descrs and constants named in namespace."""
    return _Parser(namespace).parse(text)


def parse_with_names(text: str, namespace: dict | None = None) -> tuple[Trace, dict]:
    p = _Parser(namespace)
    trace = p.parse(text)
    return trace, p.vars


# ---------------------------------------------------------------- comparison

class _Mismatch(Exception):
    pass


def _compare(got: Trace, expected: Trace, check_fail_args: bool) -> None:
    mapping: dict[int, AbstractValue] = {}      # id(got value) -> expected value
    reverse: dict[int, AbstractValue] = {}
    tokens: dict[int, AbstractDescr] = {}

    def bind(g: AbstractValue, e: AbstractValue, where: str) -> None:
        if g.type != e.type:
            raise _Mismatch("%s: kinds differ" % where)
        if id(g) in mapping or id(e) in reverse:
            raise _Mismatch("%s: a value defined twice" % where)
        mapping[id(g)] = e
        reverse[id(e)] = g

    def same(g: AbstractValue, e: AbstractValue, where: str) -> None:
        if g.is_constant() or e.is_constant():
            if not (g.is_constant() and e.is_constant() and g.same_constant(e)):
                raise _Mismatch("%s: %s vs %s" % (where, _show(g), _show(e)))
            return
        if mapping.get(id(g)) is not e:
            raise _Mismatch("%s: different values" % where)

    def same_descr(g, e, where: str) -> None:
        if isinstance(g, (TargetToken, JumpToStart)) and isinstance(e, (TargetToken, JumpToStart)):
            if type(g) is not type(e):
                raise _Mismatch("%s: jump targets differ" % where)
            if id(g) in tokens:
                if tokens[id(g)] is not e:
                    raise _Mismatch("%s: jump targets differ" % where)
            else:
                tokens[id(g)] = e
            return
        if isinstance(g, FailDescr) and isinstance(e, FailDescr):
            return
        if isinstance(g, DebugLocation) and isinstance(e, DebugLocation):
            if g.name != e.name:
                raise _Mismatch("%s: locations differ" % where)
            return
        if g is not e:
            raise _Mismatch("%s: descrs differ: %s vs %s" % (
                where, _descr_name(g), _descr_name(e)))

    if len(got.inputargs) != len(expected.inputargs):
        raise _Mismatch("different numbers of inputargs")
    for g, e in zip(got.inputargs, expected.inputargs):
        bind(g, e, "inputargs")
    if len(got.operations) != len(expected.operations):
        raise _Mismatch("%d operations, expected %d" % (len(got.operations), len(expected.operations)))
    for n, (g, e) in enumerate(zip(got.operations, expected.operations)):
        where = "operation %d (%s)" % (n, e.getopname())
        if g.opnum != e.opnum:
            raise _Mismatch("%s: got %s" % (where, g.getopname()))
        if len(g.args) != len(e.args):
            raise _Mismatch("%s: numbers of arguments differ" % where)
        for a, b in zip(g.args, e.args):
            if g.opnum == rop.LABEL and id(a) not in mapping and id(b) not in reverse \
                    and not a.is_constant():
                bind(a, b, where)      # a label may define new values
            else:
                same(a, b, where)
        same_descr(g.descr, e.descr, where)
        if g.is_guard() and check_fail_args:
            gf = g.fail_args or []
            ef = e.fail_args or []
            if len(gf) != len(ef):
                raise _Mismatch("%s: fail_args differ in length" % where)
            for a, b in zip(gf, ef):
                same(a, b, where + " fail_args")
        if g.has_result():
            bind(g, e, where)


def _descr_name(d) -> str:
    return 'None' if d is None else d.repr_of_descr()


def _show(v: AbstractValue) -> str:
    return v.repr_constant() if v.is_constant() else '<box>'


def traces_equal(got: Trace, expected: Trace, check_fail_args: bool = True) -> str | None:
    """None if the two traces are equal modulo renaming, else why not."""
    try:
        _compare(got, expected, check_fail_args)
    except _Mismatch as e:
        return str(e)
    return None


def assert_equal_traces(got: Trace, expected: Trace | str, namespace: dict | None = None,
                        check_fail_args: bool = True) -> None:
    if isinstance(expected, str):
        expected = parse(expected, namespace)
    why = traces_equal(got, expected, check_fail_args)
    if why is not None:
        raise AssertionError("traces differ: %s\n--- got:\n%s--- expected:\n%s" % (
            why, trace_to_text(got), trace_to_text(expected)))
