"""C code for calls to built-in functions and for methods of str, bytes, list and dict.

Called by FunctionCodeGen with the `op.info` the annotator computed
(('builtin', name, ...) or ('bmethod', kind, name, args, types)).
"""
from __future__ import annotations

from typing import Any

from rpy.annotate.model import (SomeBool, SomeBytes, SomeDict, SomeFloat, SomeFuncPtr,
                                SomeInstance, SomeInt, SomeIter, SomeIterable, SomeList, SomeNone,
                                SomeStr, SomeTuple, SomeType, SomeUInt, s_bool, s_int, s_str)
from rpy.c.funcgen import Temp, _Raw
from rpy.flow.model import Constant, SpaceOperation

MAXINT = '9223372036854775807L'


def gen_builtin(fg: Any, op: SpaceOperation, info: tuple) -> None:
    name = info[1]
    r = fg.res(op)
    args = op.args[1:]
    kw = op.extra or []
    pos = args[:len(args) - len(kw)]
    kwargs = dict(zip(kw, args[len(args) - len(kw):]))
    if name == 'len':
        kind = info[2]
        a = fg.expr(pos[0])
        if kind == 'list' and isinstance(pos[0], Constant) and isinstance(pos[0].value, list) \
                and not fg.t(pos[0]).listdef.find().resized:
            # a prebuilt list that no code can resize: its length is a constant
            fg.assign_result(op, '%dL' % len(pos[0].value))
        elif kind in ('list', 'bytes'):
            fg.assign_result(op, '%s->length' % a)
        elif kind == 'str':
            fg.assign_result(op, '%s->nchars' % a)
        elif kind == 'dict':
            fg.assign_result(op, 'rpy_dict_len(%s)' % a)
        elif kind == 'tuple':
            fg.assign_result(op, '%d' % info[3])
        elif kind == 'range':
            fg.assign_result(op, 'rpy_range_len(%s.start, %s.stop, %s.step)' % (a, a, a))
    elif name == 'abs':
        a = fg.expr(pos[0])
        fg.assign_result(op, ('(%s < 0 ? -%s : %s)' % (a, a, a)) if info[2] == 'int' else 'fabs(%s)' % a)
    elif name in ('min', 'max'):
        kind = info[3]
        cur = fg.expr(pos[0], op.result.annotation)
        fg.out('%s = %s;' % (r, cur))
        for a in pos[1:]:
            e = fg.expr(a, op.result.annotation)
            cmp = fg.compare_expr('lt' if name == 'min' else 'gt', kind, _Raw(e, op.result.annotation),
                                  _Raw(r, op.result.annotation), None)
            fg.out('if (%s) %s = %s;' % (cmp, r, e))
    elif name == 'str':
        if not pos:
            fg.assign_result(op, fg.db.const('', SomeStr()))
        else:
            fg.str_of(pos[0], fg.t(pos[0]), r, [])
    elif name == 'repr':
        fg.str_of(pos[0], fg.t(pos[0]), r, [], use_repr=True)
    elif name == 'int':
        gen_int(fg, op, info[2], pos, r)
    elif name == 'float':
        kind = info[2]
        if kind == 'zero':
            fg.assign_result(op, '0.0')
        elif kind == 'str':
            fg.call('rpy_str_to_float(%s)' % fg.expr(pos[0]), r, canraise=True, canmalloc=True)
        else:
            fg.assign_result(op, '(double)%s' % fg.expr(pos[0]))
    elif name == 'bool':
        fg.assign_result(op, fg.truth(pos[0]) if pos else '0')
    elif name == 'chr':
        fg.call('rpy_str_chr(%s)' % fg.expr(pos[0]), r, canraise=True, canmalloc=True)
    elif name == 'bytes':
        fg.call('rpy_bytes_from_list(%s)' % fg.expr(pos[0]), r, canraise=True, canmalloc=True)
    elif name == 'ord':
        if info[2] == 'str':
            fg.call('rpy_str_ord(%s)' % fg.expr(pos[0]), r, canraise=True, canmalloc=True)
        else:
            a = fg.expr(pos[0])
            fg.raise_if('%s->length != 1' % a, 'RPY_EXC_TypeError',
                        'ord() expected a character, but a bytes object of another length was found')
            fg.assign_result(op, '(unsigned char)%s->data[0]' % a)
    elif name == 'hash':
        t = fg.t(pos[0])
        fg.assign_result(op, '%s(%s)' % (fg.db.hash_func(t), fg.ts.to_word(t, fg.expr(pos[0]))))
    elif name == 'isinstance':
        if info[2] == 'static':
            fg.assign_result(op, '1' if info[3] else '0')
        else:
            e = fg.expr(pos[0])
            conds = ['(RPY_TID(%s) >= %d && RPY_TID(%s) <= %d)' % (e, cd.tid, e, cd.tid_max)
                     for cd in info[3]]
            fg.assign_result(op, '(%s != NULL && (%s))' % (e, ' || '.join(conds)))
    elif name == 'print':
        gen_print(fg, op, pos, kwargs)
    elif name == 'range':
        n = len(pos)
        es = [fg.expr(a) for a in pos]
        start, stop, step = (('0', es[0], '1') if n == 1 else (es[0], es[1], '1') if n == 2 else es)
        if n == 3:
            fg.raise_if('%s == 0' % step, 'RPY_EXC_ValueError', 'range() arg 3 must not be zero')
        fg.out('%s.start = %s; %s.stop = %s; %s.step = %s;' % (r, start, r, stop, r, step))
    elif name == 'reversed' and info[2] == 'range':
        a = fg.expr(pos[0])
        fg.out('%s.start = %s.start; %s.stop = %s.stop; %s.step = %s.step;' % (r, a, r, a, r, a))
    elif name == 'enumerate':
        start = pos[1] if len(pos) > 1 else kwargs.get('start')
        fg.out('%s.seq = %s; %s.start = %s;' % (r, fg.expr(pos[0]), r,
                                               fg.expr(start) if start is not None else '0'))
    elif name == 'reversed':
        fg.out('%s.seq = %s;' % (r, fg.expr(pos[0])))
    elif name == 'zip':
        for i, a in enumerate(pos):
            fg.out('%s.p%d = %s;' % (r, i, fg.expr(a)))
    elif name == 'sorted':
        src = pos[0]
        list_from_iterable(fg, op, src, fg.t(src), r)
        gen_sort(fg, op, r, op.result.annotation, info[3], info[4], info[5], info[6], [op.result])
    elif name == 'list':
        if not pos:
            fg.call('rpy_list_new(0, %d)' % int(fg.ts.repr_of(op.result.annotation.item).is_gc), r,
                    canraise=True, canmalloc=True)
        else:
            list_from_iterable(fg, op, pos[0], fg.t(pos[0]), r)
    elif name == 'dict':
        if not pos:
            fg.call('rpy_dict_new(&%s)' % fg.db.dictkind(op.result.annotation), r, canraise=True,
                    canmalloc=True)
        else:
            fg.call('rpy_dict_copy(%s)' % fg.expr(pos[0]), r, canraise=True, canmalloc=True)
    elif name == 'round':
        allargs, ndigits, isint = info[2], info[3], info[4]
        x = fg.expr(allargs[0])
        if isint:
            if ndigits:
                fg.call('rpy_round_int_digits(%s, %s)' % (x, fg.expr(allargs[1])), r,
                        canraise=True, canmalloc=True)
            else:
                fg.assign_result(op, x)
        elif ndigits:
            fg.call('rpy_round_float(%s, %s)' % (x, fg.expr(allargs[1])), r, canraise=True,
                    canmalloc=True)
        else:
            fg.call('rpy_round_to_int(%s)' % x, r, canraise=True, canmalloc=True)
    elif name == '_prim_sort_with_keys':
        l, keys, rev = op.args[1:4]
        keytype = fg.t(keys).item
        kind = fg.ann.compare_kind(keytype, keytype, 'lt')
        fg.call('rpy_list_sort(%s, %s, %s, %s)' % (fg.expr(l), fg.expr(keys), fg.db.lt_func(kind, keytype),
                                                  fg.expr(rev)), None, canraise=True, canmalloc=True)
    else:
        raise AssertionError("builtin %s" % name)


def gen_int(fg: Any, op: SpaceOperation, kind: str, pos: list, r: str) -> None:
    if kind == 'zero':
        fg.assign_result(op, '0')
    elif kind in ('int', 'uint'):
        fg.assign_result(op, '(Signed)%s' % fg.expr(pos[0]))
    elif kind == 'float':
        a = fg.expr(pos[0])
        fg.raise_if('isnan(%s)' % a, 'RPY_EXC_ValueError', 'cannot convert float NaN to integer')
        fg.raise_if('isinf(%s)' % a, 'RPY_EXC_OverflowError', 'cannot convert float infinity to integer')
        fg.raise_if('!(%s >= -9223372036854775808.0 && %s < 9223372036854775808.0)' % (a, a),
                    'RPY_EXC_OverflowError', 'int too large to convert')
        fg.assign_result(op, '(Signed)%s' % a)
    else:
        base = fg.expr(pos[1]) if len(pos) > 1 else '10'
        fg.call('rpy_str_to_int(%s, %s)' % (fg.expr(pos[0]), base), r, canraise=True, canmalloc=True)


def gen_print(fg: Any, op: SpaceOperation, pos: list, kwargs: dict) -> None:
    piece = fg.temp(SomeStr())
    sep = kwargs.get('sep')
    end = kwargs.get('end')

    def const_or(v: Any, dflt: str) -> Any:
        if v is None or (isinstance(v, Constant) and v.value is None):
            return Constant(dflt)
        return v
    sep = const_or(sep, ' ')
    end = const_or(end, '\n')
    extra = [x for x in (sep, end) if not isinstance(x, Constant)]
    for i, a in enumerate(pos):
        keep = list(pos[i + 1:]) + extra
        if i > 0:
            fg.out('rpy_write_stdout(%s);' % fg.expr(sep))
        fg.str_of(a, fg.t(a), piece.name, keep)
        fg.out('rpy_write_stdout(%s);' % piece.name)
    fg.out('rpy_write_stdout(%s);' % fg.expr(end))


def list_from_iterable(fg: Any, op: SpaceOperation, src: Any, t: SomeType, r: str,
                       keep: list | None = None) -> None:
    """r = list(src); `keep` are other values of the operation needed afterwards."""
    keep = list(keep or [])
    if isinstance(t, SomeList):
        fg.call('rpy_list_copy(%s)' % fg.expr(src), r, canraise=True, canmalloc=True, keep=keep)
        return
    from rpy.annotate.model import SomeIter
    it_t = fg.ann.iter_of(t)
    item = it_t.item
    gc = int(fg.ts.repr_of(item).is_gc)
    it = fg.temp(it_t)
    fg.iter_init(it.name, it_t, fg.expr(src), t)
    fg.call('rpy_list_new_cap(0, %d)' % gc, r, canraise=True, canmalloc=True, keep=[it] + keep)
    x = fg.temp(item)
    resv = Temp(r, SomeList(None))  # type: ignore[arg-type]
    fg.out('while (%s) {' % fg.iter_has(it.name, it_t))
    fg.iter_next(it.name, it_t, x.name, [it, resv] + keep)
    fg.call('rpy_list_append(%s, %s)' % (r, fg.ts.to_word(item, x.name)), None, canraise=True,
            canmalloc=True, keep=[it, resv] + keep)
    fg.out('}')


def gen_sort(fg: Any, op: SpaceOperation, lst: str, lt: SomeList, kind: Any, sorter: Any,
             reverse: Any, key: Any, keep: list) -> None:
    rev = fg.truth(reverse) if reverse is not None else '0'
    if sorter is None:
        fg.call('rpy_list_sort(%s, NULL, %s, %s)' % (lst, fg.db.lt_func(kind, lt.item), rev), None,
                canraise=True, canmalloc=True, keep=keep)
    elif key is None:
        fg.call('%s(%s, %s)' % (fg.db.func_names[sorter], lst, rev), None,
                canraise=True, canmalloc=True, keep=keep, callee=sorter)
    else:
        fp = sorter.argtypes[1]
        fg.call('%s(%s, %s, %s)' % (fg.db.func_names[sorter], lst, fg.expr(key, fp), rev), None,
                canraise=True, canmalloc=True, keep=keep, callee=sorter)


def gen_method(fg: Any, op: SpaceOperation, info: tuple) -> None:
    kind, name = info[1], info[2]
    r = fg.res(op) if not isinstance(op.result.annotation, SomeNone) else None
    recv = op.args[0]
    e = fg.expr(recv)
    if kind in ('str', 'bytes'):
        return gen_str_method(fg, op, name, info[3], info[4], e, r)
    if kind == 'list':
        lt = fg.t(recv)
        item = lt.item
        if name == 'sort':
            return gen_sort(fg, op, e, lt, info[3], info[4], info[5], info[6], [])
        args = info[3]
        if name == 'append':
            aargs = '%s, %s' % (e, fg.ts.to_word(item, fg.expr(args[0], item)))
            fg.call('rpy_list_append(%s)' % aargs, None, canraise=True, canmalloc=True,
                    fast='rpy_list_try_append(%s)' % aargs)
        elif name == 'pop':
            w = fg.word_temp()
            idx = fg.expr(args[0]) if args and args[0] is not None else '-1'
            fg.call('rpy_list_pop(%s, %s)' % (e, idx), w, canraise=True, canmalloc=True)
            fg.out('%s = %s;' % (r, fg.ts.from_word(item, w)))
        elif name == 'insert':
            fg.call('rpy_list_insert(%s, %s, %s)' % (e, fg.expr(args[0]), fg.ts.to_word(item, fg.expr(args[1], item))),
                    None, canraise=True, canmalloc=True)
        elif name == 'extend':
            fg.call('rpy_list_extend(%s, %s)' % (e, fg.expr(args[0])), None, canraise=True, canmalloc=True)
        elif name in ('index', 'count', 'remove'):
            fn = {'index': 'rpy_list_index', 'count': 'rpy_list_count', 'remove': 'rpy_list_remove'}[name]
            call = '%s(%s, %s, %s)' % (fn, e, fg.ts.to_word(item, fg.expr(args[0], item)), fg.db.eq_func(item))
            if name == 'remove':
                fg.call(call, None, canraise=True, canmalloc=True)
            else:
                fg.call(call, r, canraise=True, canmalloc=True)
        elif name == 'reverse':
            fg.out('rpy_list_reverse(%s);' % e)
        elif name == 'copy':
            fg.call('rpy_list_copy(%s)' % e, r, canraise=True, canmalloc=True)
        elif name == 'clear':
            # may collect: the list gets a new, empty array
            fg.call('rpy_list_clear(%s)' % e, None, canraise=False, canmalloc=True)
        else:
            raise AssertionError(name)
        return
    if kind == 'dict':
        dt = fg.t(recv)
        kt, vt = dt.keytype, dt.valuetype
        args = info[3]
        key = fg.ts.to_word(kt, fg.expr(args[0], kt)) if args and args[0] is not None else None
        if name in ('get', 'setdefault', 'pop'):
            w = fg.word_temp()
            has_default = len(args) > 1 and args[1] is not None
            if name == 'get':
                d = fg.ts.to_word(vt, fg.expr(args[1], vt)) if has_default else '(rpy_word){.p = NULL}'
                hint = fg.hint_temp()
                fg.out('%s = %s;' % (hint, fg.dict_hint(e, key, kt)))
                fg.out('%s = %s != NULL ? *%s : rpy_dict_get(%s, %s, %s);' % (w, hint, hint, e, key, d))
            elif name == 'setdefault':
                fg.call('rpy_dict_setdefault(%s, %s, %s)' % (e, key, fg.ts.to_word(vt, fg.expr(args[1], vt))),
                        w, canraise=True, canmalloc=True)
            elif has_default:
                fg.call('rpy_dict_pop_default(%s, %s, %s)' % (e, key, fg.ts.to_word(vt, fg.expr(args[1], vt))),
                        w, canraise=True, canmalloc=True)
            else:
                fg.call('rpy_dict_pop(%s, %s)' % (e, key), w, canraise=True, canmalloc=True,
                        keyerror=(args[0], kt))
            fg.out('%s = %s;' % (r, fg.ts.from_word(op.result.annotation, w)))
        elif name in ('keys', 'values', 'items'):
            fg.out('%s.seq = %s;' % (r, e))
        elif name == 'update':
            fg.call('rpy_dict_update(%s, %s)' % (e, fg.expr(args[0])), None, canraise=True, canmalloc=True)
        elif name == 'clear':
            fg.out('rpy_dict_clear(%s);' % e)
        elif name == 'copy':
            fg.call('rpy_dict_copy(%s)' % e, r, canraise=True, canmalloc=True)
        elif name == 'popitem':
            wk, wv = fg.word_temp(), fg.word_temp()
            fg.call('rpy_dict_popitem_last(%s, &%s)' % (e, wv), wk, canraise=True, canmalloc=True)
            tt = op.result.annotation
            ktmp, vtmp = fg.temp(kt), fg.temp(vt)
            fg.out('%s = %s; %s = %s;' % (ktmp.name, fg.ts.from_word(kt, wk), vtmp.name, fg.ts.from_word(vt, wv)))
            fg.alloc_tuple(tt, r, [ktmp, vtmp], [ktmp.name, vtmp.name])
        else:
            raise AssertionError(name)
        return
    raise AssertionError(kind)


def gen_str_method(fg: Any, op: SpaceOperation, name: str, args: list, types: list, e: str,
                   r: str | None) -> None:
    def arg(i: int, dflt: str) -> str:
        if i < len(args) and args[i] is not None:
            a = args[i]
            if isinstance(a, Constant) and a.value is None:
                return dflt
            return fg.expr(a)
        return dflt
    alloc = dict(canraise=True, canmalloc=True)
    if name == 'join':
        seq = args[0]
        st = fg.t(seq)
        if not isinstance(st, SomeList):
            lst = fg.temp(SomeList(None))  # type: ignore[arg-type]
            list_from_iterable(fg, op, seq, st, lst.name, keep=[op.args[0]])
            fg.call('rpy_str_join(%s, %s)' % (fg.expr(op.args[0]), lst.name), r, **alloc)
        else:
            fg.call('rpy_str_join(%s, %s)' % (e, arg(0, 'NULL')), r, **alloc)
    elif name in ('split', 'rsplit'):
        fg.call('rpy_str_%s(%s, %s, %s)' % (name, e, arg(0, 'NULL'), arg(1, '-1')), r, **alloc)
    elif name == 'splitlines':
        fg.call('rpy_str_splitlines(%s, %s)' % (e, arg(0, '0')), r, **alloc)
    elif name in ('strip', 'lstrip', 'rstrip'):
        fg.call('rpy_str_%s(%s, %s)' % (name, e, arg(0, 'NULL')), r, **alloc)
    elif name in ('find', 'rfind', 'count'):
        fg.assign_result(op, 'rpy_str_%s(%s, %s, %s, %s)' % (name, e, arg(0, 'NULL'), arg(1, '0'), arg(2, MAXINT)))
    elif name in ('startswith', 'endswith'):
        if len(args) > 1 and args[1] is not None:
            part = fg.temp(SomeStr())
            fg.call('rpy_str_slice(%s, %s, %s, 1, 1, %s)' % (e, arg(1, '0'), arg(2, '0'),
                                                           '1' if len(args) > 2 and args[2] is not None else '0'),
                    part.name, canraise=True, canmalloc=True, keep=[args[0]])
            e = part.name
        fg.assign_result(op, 'rpy_str_%s(%s, %s)' % (name, e, arg(0, 'NULL')))
    elif name == 'replace':
        fg.call('rpy_str_replace(%s, %s, %s, %s)' % (e, arg(0, 'NULL'), arg(1, 'NULL'), arg(2, '-1')), r, **alloc)
    elif name in ('upper', 'lower'):
        fg.call('rpy_str_%s(%s)' % (name, e), r, **alloc)
    elif name in ('isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower'):
        fg.assign_result(op, 'rpy_str_%s(%s)' % (name, e))
    elif name == 'encode':
        fg.call('rpy_str_encode_utf8(%s)' % e, r, **alloc)
    elif name == 'decode':
        fg.call('rpy_bytes_decode_utf8(%s)' % e, r, **alloc)
    else:
        raise AssertionError(name)
