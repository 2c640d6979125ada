"""The C runtime functions jitcodes call for list, dict and string
operations (and to raise the runtime's own errors), each with its
CallDescr, its effects and its untranslated twin.

The codewriter lowers what it can to low-level operations on the runtime's
objects (rpy/jit/metainterp/gcdescrs.py: a list's length and items, array
items, a str's nchars); what needs the runtime's code (appending, making
a list, hashing, comparing or concatenating strings, raising IndexError)
becomes a `residual_call` of one of the functions below.

Every function is a small C wrapper `rpy_jit_NAME` emitted by the pyjitpl
phase into constants.c (only with --opt=jit; nothing changes otherwise)
and listed in `rpy_jit_functions[]`.  Wrappers, not the runtime functions
themselves, because machine code speaks one-word arguments and results:
the runtime passes list items and dict keys/values as the union `rpy_word`
and returns `int` (32 bits: the upper half of rax is undefined) from its
predicates; a wrapper per item kind takes a plain Signed / pointer /
double and returns a Signed, so the backend's System V calls are exact.

Untranslated, the same CallDescr calls `twin`, a Python function doing the
same on Python lists, dicts and strs, so the untranslated metainterp, its
llinterp backend and every JIT test execute exactly the jitcodes the
translated program will have (only the callee differs, as for calls of
RPy functions).  Rejected: keeping Python helpers untranslated and
lowering only when translating (two codewriters to test, and the traces
the tests check would not be the traces the executable makes).
"""
from __future__ import annotations

from typing import Any

from rpy.jit.metainterp.resoperation import (
    INT, REF, FLOAT, VOID, EffectInfo, FieldDescr, ArrayDescr,
    EF_CANNOT_RAISE, EF_CAN_RAISE, EF_ELIDABLE_CANNOT_RAISE, EF_ELIDABLE_CAN_RAISE)
from rpy.jit.metainterp import gcdescrs as G
from rpy.jit.codewriter.support import JitCallDescr

CTYPE = {INT: 'Signed', REF: 'void *', FLOAT: 'double', VOID: 'void'}
WORD_FIELD = {INT: 'i', REF: 'p', FLOAT: 'f'}
KCHR = {INT: 'i', REF: 'r', FLOAT: 'f'}


class RuntimeFunc:
    """One wrapper: C name, argument and result kinds, effects, C body,
    Python twin."""

    def __init__(self, name: str, arg_kinds: list[int], result_kind: int, effect: int,
                 writes: list[Any], can_collect: bool, body: str, twin: Any) -> None:
        self.name = name
        self.cname = 'rpy_jit_' + name
        self.arg_kinds = arg_kinds
        self.result_kind = result_kind
        self.effect = effect
        self.writes = writes          # FieldDescr / ArrayDescr it may write
        self.can_collect = can_collect
        self.body = body              # C statements; arguments a0, a1, ...
        self.twin = twin

    def c_definition(self) -> str:
        params = ', '.join(['%s a%d' % (CTYPE[k], i) for i, k in enumerate(self.arg_kinds)])
        return '%s %s(%s) { %s }' % (CTYPE[self.result_kind], self.cname, params or 'void',
                                     self.body)

    def call_descr(self) -> JitCallDescr:
        fields: list[FieldDescr] = [d for d in self.writes if isinstance(d, FieldDescr)]
        arrays: list[ArrayDescr] = [d for d in self.writes if isinstance(d, ArrayDescr)]
        ei = EffectInfo(self.effect, [], fields, [], arrays)
        ei.can_collect = self.can_collect
        cd = JitCallDescr(self.cname, list(self.arg_kinds), self.result_kind, ei, self.twin)
        cd.c_name = self.cname
        return cd


FUNCS: dict[str, RuntimeFunc] = {}


def _def(name: str, args: list[int], result: int, effect: int, writes: list[Any],
         can_collect: bool, body: str, twin: Any) -> None:
    FUNCS[name] = RuntimeFunc(name, args, result, effect, writes, can_collect, body, twin)


def _w(kind: int, expr: str) -> str:
    """A C rpy_word from a one-word value of kind."""
    return '(rpy_word){.%s = %s}' % (WORD_FIELD[kind], expr)


def _list_writes(kind: int) -> list[Any]:
    # length and items change (the items array may be replaced), and the
    # array's contents
    return [G.LIST_LENGTH, G.LIST_ITEMS, G.array_of_kind(kind, False)]


def _zero(kind: int) -> Any:
    return 0 if kind == INT else 0.0 if kind == FLOAT else None


def _raiser(exc: type, msg: str) -> Any:
    def twin() -> None:
        raise exc(msg)
    return twin


def _py_cmp(a: str, b: str) -> int:
    return -1 if a < b else 1 if a > b else 0


def _py_pop(lst: list, i: int) -> Any:
    if not lst:
        raise IndexError('pop from empty list')
    return lst.pop(i)


def _py_new_list(kind: int) -> Any:
    return lambda n: [_zero(kind)] * n


def _py_list_mul(lst: list, n: int) -> list:
    return lst * n


def _py_dict_get(d: dict, k: Any, dflt: Any) -> Any:
    return d.get(k, dflt)


def _py_dict_setitem(d: dict, k: Any, v: Any) -> None:
    d[k] = v


def _py_list_append(lst: list, x: Any) -> None:
    lst.append(x)


def _py_list_extend(lst: list, other: list) -> None:
    lst.extend(other)


def _build() -> None:
    for k in (INT, REF, FLOAT):
        c = KCHR[k]
        _def('list_append_' + c, [REF, k], VOID, EF_CAN_RAISE, _list_writes(k), True,
             'rpy_list_append((rpy_list *)a0, %s);' % _w(k, 'a1'), _py_list_append)
        _def('list_pop_' + c, [REF, INT], k, EF_CAN_RAISE, _list_writes(k), True,
             'return rpy_list_pop((rpy_list *)a0, a1).%s;' % WORD_FIELD[k], _py_pop)
        _def('list_new_' + c, [INT], REF, EF_CAN_RAISE, [], True,
             'return rpy_list_new_slow(a0, a0, %d);' % int(k == REF), _py_new_list(k))
    _def('list_mul', [REF, INT], REF, EF_CAN_RAISE, [], True,
         'return rpy_list_mul((rpy_list *)a0, a1);', _py_list_mul)
    _def('list_concat', [REF, REF], REF, EF_CAN_RAISE, [], True,
         'return rpy_list_concat((rpy_list *)a0, (rpy_list *)a1);', lambda a, b: a + b)
    _def('list_extend', [REF, REF], VOID, EF_CAN_RAISE,
         [G.LIST_LENGTH, G.LIST_ITEMS] + G.ARRAYS[:3], True,
         'rpy_list_extend((rpy_list *)a0, (rpy_list *)a1);', _py_list_extend)
    # strings are immutable and compared by value: their operations are
    # elidable (a new string's identity is never observed by RPy code)
    _def('str_concat', [REF, REF], REF, EF_ELIDABLE_CAN_RAISE, [], True,
         'return rpy_str_concat(a0, a1);', lambda a, b: a + b)
    _def('str_mul', [REF, INT], REF, EF_ELIDABLE_CAN_RAISE, [], True,
         'return rpy_str_mul(a0, a1);', lambda s, n: s * n)
    _def('str_getitem', [REF, INT], REF, EF_ELIDABLE_CAN_RAISE, [], True,
         'return rpy_str_getitem(a0, a1);', lambda s, i: s[i])
    _def('str_eq', [REF, REF], INT, EF_ELIDABLE_CANNOT_RAISE, [], False,
         'return rpy_str_eq(a0, a1);', lambda a, b: int(a == b))
    _def('str_cmp', [REF, REF], INT, EF_ELIDABLE_CANNOT_RAISE, [], False,
         'Signed c = rpy_str_cmp(a0, a1); return c < 0 ? -1 : c > 0;', _py_cmp)
    _def('str_from_int', [INT], REF, EF_ELIDABLE_CAN_RAISE, [], True,
         'return rpy_str_from_int(a0);', lambda i: str(i))
    _def('str_to_float', [REF], FLOAT, EF_ELIDABLE_CAN_RAISE, [], True,
         'return rpy_str_to_float(a0);', lambda s: float(s))
    _def('float_mod', [FLOAT, FLOAT], FLOAT, EF_ELIDABLE_CAN_RAISE, [], True,
         'if (a1 == 0.0) { rpy_raise(RPY_EXC_ZeroDivisionError, "float modulo"); return 0.0; } '
         'return rpy_float_mod(a0, a1);', lambda a, b: a % b)
    for kk in (INT, REF):
        for vk in (INT, REF, FLOAT):
            s = KCHR[kk] + KCHR[vk]
            _def('dict_getitem_' + s, [REF, kk], vk, EF_CAN_RAISE, [], True,
                 'return rpy_dict_getitem(a0, %s).%s;' % (_w(kk, 'a1'), WORD_FIELD[vk]),
                 lambda d, k: d[k])
            _def('dict_get_' + s, [REF, kk, vk], vk, EF_CAN_RAISE, [], True,
                 'return rpy_dict_get(a0, %s, %s).%s;' % (_w(kk, 'a1'), _w(vk, 'a2'),
                                                          WORD_FIELD[vk]), _py_dict_get)
            _def('dict_setitem_' + s, [REF, kk, vk], VOID, EF_CAN_RAISE, [], True,
                 'rpy_dict_setitem(a0, %s, %s);' % (_w(kk, 'a1'), _w(vk, 'a2')),
                 _py_dict_setitem)
        _def('dict_contains_' + KCHR[kk], [REF, kk], INT, EF_CAN_RAISE, [], True,
             'return rpy_dict_contains(a0, %s);' % _w(kk, 'a1'), lambda d, k: int(k in d))
    # the errors the runtime's inline checks raise (funcgen's norm_index...)
    for name, exc, cexc, msg in [
            ('raise_list_index', IndexError, 'IndexError', 'list index out of range'),
            ('raise_list_assign_index', IndexError, 'IndexError',
             'list assignment index out of range'),
            ('raise_str_index', IndexError, 'IndexError', 'string index out of range'),
            ('raise_int_div_zero', ZeroDivisionError, 'ZeroDivisionError',
             'integer division or modulo by zero')]:
        _def(name, [], VOID, EF_CAN_RAISE, [], True,
             'rpy_raise(RPY_EXC_%s, "%s");' % (cexc, msg), _raiser(exc, msg))


_build()

# dict operations may write any dict: dicts are not in the heap model
# (no descrs), so a call writing one invalidates nothing cached.


def runtime_func(name: str) -> RuntimeFunc:
    return FUNCS[name]


def c_definitions(names: list[str]) -> list[str]:
    """The C wrappers of the functions named (pyjitpl phase, constants.c)."""
    return [FUNCS[n].c_definition() for n in names]
