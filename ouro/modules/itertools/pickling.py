"""__reduce__ and __setstate__ of the itertools types, as CPython 3.11's
Modules/itertoolsmodule.c (deprecated in 3.12, still silent in 3.11):
copy, deepcopy and pickle remake the iterators in their current state.
pairwise has none there (it cannot be pickled); _tee is remade from its
_tee_dataobject (which reduces to its iterator, the values read and the
next link) and _grouper from its groupby.
"""
from __future__ import annotations

from ouro.interpreter.iterreduce import (c_int, check_self, iter_of, must_be, parse_count,
                                         ssize_state, state_tuple)
from ouro.modules.itertools.module import (LINKCELLS, W_Accumulate, W_Chain, W_Combinations,
                                           W_Compress, W_Count, W_Cycle, W_DropWhile,
                                           W_FilterFalse, W_GroupBy, W_Grouper, W_ISlice,
                                           W_Permutations, W_Product, W_Repeat, W_StarMap,
                                           W_TakeWhile, W_Tee, W_TeeData, W_ZipLongest,
                                           w_accumulate_type, w_chain_type, w_combinations_type,
                                           w_compress_type, w_count_type, w_cwr_type,
                                           w_cycle_type, w_dropwhile_type, w_filterfalse_type,
                                           w_groupby_type, w_grouper_type, w_islice_type,
                                           w_permutations_type, w_product_type, w_repeat_type,
                                           w_starmap_type, w_takewhile_type, w_tee_type,
                                           w_teedata_type, w_zip_longest_type)
from ouro.modules.math.args import clinic_args
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_TypeError, w_ValueError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.iterobject import unwrap_iter
from ouro.objspace.listobject import W_ListObject, w_list_type
from ouro.objspace.model import Arguments, W_Root, w_None
from ouro.objspace.tupleobject import W_TupleObject, w_tuple_type


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def tup(items_w: list[W_Root]) -> W_TupleObject:
    return W_TupleObject(items_w)


def ints(values: list[int]) -> W_TupleObject:
    return W_TupleObject([wrap_int(v) for v in values])


# -- count, repeat, cycle

def count_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_count_type)
    w_c = unwrap_iter(w_self)
    assert isinstance(w_c, W_Count)
    w_cnt = w_c.w_cnt
    if w_cnt is None:
        return tup([w_self.getclass(), tup([wrap_int(w_c.cnt)])])
    return tup([w_self.getclass(), tup([w_cnt, w_c.w_step])])


def repeat_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_repeat_type)
    w_r = unwrap_iter(w_self)
    assert isinstance(w_r, W_Repeat)
    if w_r.cnt >= 0:
        return tup([w_self.getclass(), tup([w_r.w_obj, wrap_int(w_r.cnt)])])
    return tup([w_self.getclass(), tup([w_r.w_obj])])


def cycle_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_cycle_type)
    w_c = unwrap_iter(w_self)
    assert isinstance(w_c, W_Cycle)
    w_it = w_c.w_it
    if w_it is None:
        w_it = space.iter(w_c.w_saved)
        if w_c.index != 0:
            space.call_method(w_it, "__setstate__", [wrap_int(w_c.index)])
        return tup([w_self.getclass(), tup([w_it]), tup([w_c.w_saved, space.wrap_bool(True)])])
    return tup([w_self.getclass(), tup([w_it]),
                tup([w_c.w_saved, space.wrap_bool(w_c.firstpass)])])


def cycle_setstate(slots: list[W_Root | None]) -> W_Root:
    w_c = unwrap_iter(check_self(slots, "__setstate__", w_cycle_type))
    assert isinstance(w_c, W_Cycle)
    items_w = state_tuple(_arg(slots, 1))
    parse_count(items_w, 2, 2)
    w_saved = items_w[0]
    must_be(w_saved, w_list_type, 1, "")
    assert isinstance(w_saved, W_ListObject)
    firstpass = c_int(items_w[1])
    w_c.w_saved = w_saved
    w_c.firstpass = firstpass != 0
    w_c.index = 0
    return w_None


# -- chain, islice, accumulate

def chain_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_chain_type)
    w_c = unwrap_iter(w_self)
    assert isinstance(w_c, W_Chain)
    w_source = w_c.w_source
    if w_source is None:
        return tup([w_self.getclass(), tup([])])
    w_active = w_c.w_active
    if w_active is None:
        return tup([w_self.getclass(), tup([]), tup([w_source])])
    return tup([w_self.getclass(), tup([]), tup([w_source, w_active])])


def is_iterator(w: W_Root) -> bool:
    """PyIter_Check."""
    return space.lookup(w, "__next__") is not None


def chain_setstate(slots: list[W_Root | None]) -> W_Root:
    w_c = unwrap_iter(check_self(slots, "__setstate__", w_chain_type))
    assert isinstance(w_c, W_Chain)
    items_w = state_tuple(_arg(slots, 1))
    parse_count(items_w, 1, 2)
    w_source = items_w[0]
    w_active: W_Root | None = items_w[1] if len(items_w) == 2 else None
    if not is_iterator(w_source) or (w_active is not None and not is_iterator(w_active)):
        raise operr(w_TypeError, "Arguments must be iterators.")
    w_c.w_source = w_source
    w_c.w_active = w_active
    return w_None


def islice_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_islice_type)
    w_s = unwrap_iter(w_self)
    assert isinstance(w_s, W_ISlice)
    w_it = w_s.w_it
    if w_it is None:
        w_empty = space.iter(W_ListObject([]))
        return tup([w_self.getclass(), tup([w_empty, wrap_int(0)]), wrap_int(0)])
    w_stop: W_Root = w_None if w_s.stop == -1 else wrap_int(w_s.stop)
    w_args = tup([w_it, wrap_int(w_s.next), w_stop, wrap_int(w_s.step)])
    return tup([w_self.getclass(), w_args, wrap_int(w_s.cnt)])


def islice_setstate(slots: list[W_Root | None]) -> W_Root:
    w_s = unwrap_iter(check_self(slots, "__setstate__", w_islice_type))
    assert isinstance(w_s, W_ISlice)
    w_s.cnt = ssize_state(_arg(slots, 1))
    return w_None


def chain_of(w_first: W_Root, w_it: W_Root) -> W_Root:
    """chain((first,), it)"""
    return W_Chain(space.iter(tup([tup([w_first]), w_it])))


def accumulate_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_accumulate_type)
    w_a = unwrap_iter(w_self)
    assert isinstance(w_a, W_Accumulate)
    w_cls = w_self.getclass()
    if w_a.w_initial is not w_None:
        return tup([w_cls, tup([chain_of(w_a.w_initial, w_a.w_it), w_a.w_func]), w_None])
    w_total = w_a.w_total
    if w_total is w_None:
        w_acc = space.call_function(w_cls, [chain_of(w_None, w_a.w_it), w_a.w_func])
        return tup([w_islice_type, tup([w_acc, wrap_int(1), w_None])])
    if w_total is None:
        w_total = w_None
    return tup([w_cls, tup([w_a.w_it, w_a.w_func]), w_total])


def accumulate_setstate(slots: list[W_Root | None]) -> W_Root:
    w_a = unwrap_iter(check_self(slots, "__setstate__", w_accumulate_type))
    assert isinstance(w_a, W_Accumulate)
    w_a.w_total = _arg(slots, 1)
    return w_None


# -- starmap, takewhile, dropwhile, compress, filterfalse

def starmap_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_starmap_type)
    w_s = unwrap_iter(w_self)
    assert isinstance(w_s, W_StarMap)
    return tup([w_self.getclass(), tup([w_s.w_func, w_s.w_it])])


def takewhile_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_takewhile_type)
    w_t = unwrap_iter(w_self)
    assert isinstance(w_t, W_TakeWhile)
    return tup([w_self.getclass(), tup([w_t.w_pred, w_t.w_it]),
                wrap_int(1 if w_t.stopped else 0)])


def takewhile_setstate(slots: list[W_Root | None]) -> W_Root:
    w_t = unwrap_iter(check_self(slots, "__setstate__", w_takewhile_type))
    assert isinstance(w_t, W_TakeWhile)
    w_t.stopped = space.is_true(_arg(slots, 1))
    return w_None


def dropwhile_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_dropwhile_type)
    w_d = unwrap_iter(w_self)
    assert isinstance(w_d, W_DropWhile)
    return tup([w_self.getclass(), tup([w_d.w_pred, w_d.w_it]),
                wrap_int(1 if w_d.dropped else 0)])


def dropwhile_setstate(slots: list[W_Root | None]) -> W_Root:
    w_d = unwrap_iter(check_self(slots, "__setstate__", w_dropwhile_type))
    assert isinstance(w_d, W_DropWhile)
    w_d.dropped = space.is_true(_arg(slots, 1))
    return w_None


def compress_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_compress_type)
    w_c = unwrap_iter(w_self)
    assert isinstance(w_c, W_Compress)
    return tup([w_self.getclass(), tup([w_c.w_data, w_c.w_selectors])])


def filterfalse_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_filterfalse_type)
    w_f = unwrap_iter(w_self)
    assert isinstance(w_f, W_FilterFalse)
    return tup([w_self.getclass(), tup([w_f.w_func, w_f.w_it])])


# -- product, permutations, combinations, combinations_with_replacement

def product_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_product_type)
    w_p = unwrap_iter(w_self)
    assert isinstance(w_p, W_Product)
    if w_p.stopped:
        return tup([w_self.getclass(), tup([tup([])])])
    w_pools = tup([tup(list(pool)) for pool in w_p.pools])
    if w_p.result_w is None:
        return tup([w_self.getclass(), w_pools])
    return tup([w_self.getclass(), w_pools, ints(w_p.indices)])


def product_setstate(slots: list[W_Root | None]) -> W_Root:
    w_p = unwrap_iter(check_self(slots, "__setstate__", w_product_type))
    assert isinstance(w_p, W_Product)
    w_state = _arg(slots, 1)
    n = len(w_p.pools)
    if not isinstance(w_state, W_TupleObject) or len(w_state.items_w) != n:
        raise operr(w_ValueError, "invalid arguments")
    i = 0
    while i < n:
        index = ssize_state(w_state.items_w[i])
        poolsize = len(w_p.pools[i])
        if poolsize == 0:
            w_p.stopped = True
            return w_None
        if index < 0:
            index = 0
        elif index > poolsize - 1:
            index = poolsize - 1
        w_p.indices[i] = index
        i += 1
    w_p.result_w = [w_p.pools[k][w_p.indices[k]] for k in range(n)]
    return w_None


def permutations_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_permutations_type)
    w_p = unwrap_iter(w_self)
    assert isinstance(w_p, W_Permutations)
    w_cls = w_self.getclass()
    w_r = wrap_int(w_p.r)
    if w_p.result_w is None:
        return tup([w_cls, tup([tup(list(w_p.pool)), w_r])])
    if w_p.stopped:
        return tup([w_cls, tup([tup([]), w_r])])
    return tup([w_cls, tup([tup(list(w_p.pool)), w_r]),
                tup([ints(w_p.indices), ints(w_p.cycles)])])


def permutations_setstate(slots: list[W_Root | None]) -> W_Root:
    w_p = unwrap_iter(check_self(slots, "__setstate__", w_permutations_type))
    assert isinstance(w_p, W_Permutations)
    items_w = state_tuple(_arg(slots, 1))
    parse_count(items_w, 2, 2)
    w_indices = items_w[0]
    w_cycles = items_w[1]
    must_be(w_indices, w_tuple_type, 1, "")
    must_be(w_cycles, w_tuple_type, 2, "")
    assert isinstance(w_indices, W_TupleObject)
    assert isinstance(w_cycles, W_TupleObject)
    n = len(w_p.pool)
    r = w_p.r
    if len(w_indices.items_w) != n or len(w_cycles.items_w) != r or r > n:
        raise operr(w_ValueError, "invalid arguments")
    indices = [0] * n
    i = 0
    while i < n:
        indices[i] = ssize_state(w_indices.items_w[i])
        i += 1
    cycles = [0] * r
    i = 0
    while i < r:
        cycles[i] = ssize_state(w_cycles.items_w[i])
        i += 1
    i = 0
    while i < n:
        index = indices[i]
        if index < 0:
            index = 0
        elif index > n - 1:
            index = n - 1
        w_p.indices[i] = index
        i += 1
    if len(w_p.cycles) != r:
        w_p.cycles = [0] * r
    i = 0
    while i < r:
        index = cycles[i]
        if index < 1:
            index = 1
        elif index > n - i:
            index = n - i
        w_p.cycles[i] = index
        i += 1
    w_p.result_w = [w_p.pool[w_p.indices[k]] for k in range(r)]
    return w_None


def combinations_reduce_of(w_self: W_Root) -> W_Root:
    w_c = unwrap_iter(w_self)
    assert isinstance(w_c, W_Combinations)
    w_cls = w_self.getclass()
    w_r = wrap_int(w_c.r)
    if w_c.result_w is None:
        return tup([w_cls, tup([tup(list(w_c.pool)), w_r])])
    if w_c.stopped:
        return tup([w_cls, tup([tup([]), w_r])])
    return tup([w_cls, tup([tup(list(w_c.pool)), w_r]), ints(w_c.indices)])


def combinations_setstate_of(w_self: W_Root, w_state: W_Root) -> W_Root:
    w_c = unwrap_iter(w_self)
    assert isinstance(w_c, W_Combinations)
    r = w_c.r
    n = len(w_c.pool)
    if not isinstance(w_state, W_TupleObject) or len(w_state.items_w) != r:
        raise operr(w_ValueError, "invalid arguments")
    values = [0] * r
    i = 0
    while i < r:
        values[i] = ssize_state(w_state.items_w[i])
        i += 1
    if n == 0 and r > 0:
        raise operr(w_ValueError, "invalid arguments")   # CPython reads outside the pool
    i = 0
    while i < r:
        index = values[i]
        if w_c.replace:
            if index < 0:
                index = 0
            elif index > n - 1:
                index = n - 1
        else:
            top = i + n - r
            if index > top:
                index = top
            if index < 0:
                index = 0
            if index > n - 1:
                raise operr(w_ValueError, "invalid arguments")
        w_c.indices[i] = index
        i += 1
    w_c.result_w = [w_c.pool[w_c.indices[k]] for k in range(r)]
    return w_None


def combinations_reduce(slots: list[W_Root | None]) -> W_Root:
    return combinations_reduce_of(check_self(slots, "__reduce__", w_combinations_type))


def combinations_setstate(slots: list[W_Root | None]) -> W_Root:
    return combinations_setstate_of(check_self(slots, "__setstate__", w_combinations_type),
                                    _arg(slots, 1))


def cwr_reduce(slots: list[W_Root | None]) -> W_Root:
    return combinations_reduce_of(check_self(slots, "__reduce__", w_cwr_type))


def cwr_setstate(slots: list[W_Root | None]) -> W_Root:
    return combinations_setstate_of(check_self(slots, "__setstate__", w_cwr_type), _arg(slots, 1))


# -- zip_longest, groupby, _grouper

def zip_longest_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_zip_longest_type)
    w_z = unwrap_iter(w_self)
    assert isinstance(w_z, W_ZipLongest)
    args_w: list[W_Root] = []
    for w_it in w_z.iters_w:
        if w_it is None:
            args_w.append(tup([]))
        else:
            args_w.append(w_it)
    return tup([w_self.getclass(), tup(args_w), w_z.w_fillvalue])


def zip_longest_setstate(slots: list[W_Root | None]) -> W_Root:
    w_z = unwrap_iter(check_self(slots, "__setstate__", w_zip_longest_type))
    assert isinstance(w_z, W_ZipLongest)
    w_z.w_fillvalue = _arg(slots, 1)
    return w_None


def groupby_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_groupby_type)
    w_g = unwrap_iter(w_self)
    assert isinstance(w_g, W_GroupBy)
    w_args = tup([w_g.w_it, w_g.w_keyfunc])
    w_tgtkey = w_g.w_tgtkey
    w_currkey = w_g.w_currkey
    w_currvalue = w_g.w_currvalue
    if w_tgtkey is not None and w_currkey is not None and w_currvalue is not None:
        return tup([w_self.getclass(), w_args, tup([w_currkey, w_currvalue, w_tgtkey])])
    return tup([w_self.getclass(), w_args])


def groupby_setstate(slots: list[W_Root | None]) -> W_Root:
    w_g = unwrap_iter(check_self(slots, "__setstate__", w_groupby_type))
    assert isinstance(w_g, W_GroupBy)
    items_w = state_tuple(_arg(slots, 1))
    parse_count(items_w, 3, 3)
    w_g.w_currkey = items_w[0]
    w_g.w_currvalue = items_w[1]
    w_g.w_tgtkey = items_w[2]
    return w_None


def grouper_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_grouper_type)
    assert isinstance(w_self, W_Grouper)
    if w_self.w_parent.w_currgrouper is not w_self:
        return iter_of(tup([]))
    return tup([w_grouper_type, tup([w_self.w_parent, w_self.w_tgtkey])])


def grouper_new(args: Arguments) -> W_Root:
    """_grouper(parent, tgtkey): the parent's current group."""
    args_w = clinic_args(Arguments(args.args_w[1:], args.kw_names, args.kw_values_w),
                         "_grouper", "_grouper", 2, 2)
    w_parent = args_w[0]
    must_be(w_parent, w_groupby_type, 1, "_grouper() ")
    w_gbo = unwrap_iter(w_parent)
    assert isinstance(w_gbo, W_GroupBy)
    w_grouper = W_Grouper(w_gbo, args_w[1])
    w_gbo.w_currgrouper = w_grouper
    return w_grouper


# -- tee

def tee_reduce(slots: list[W_Root | None]) -> W_Root:
    w_t = check_self(slots, "__reduce__", w_tee_type)
    assert isinstance(w_t, W_Tee)
    return tup([w_tee_type, tup([tup([])]), tup([w_t.dataobj, wrap_int(w_t.index)])])


def tee_setstate(slots: list[W_Root | None]) -> W_Root:
    w_t = check_self(slots, "__setstate__", w_tee_type)
    assert isinstance(w_t, W_Tee)
    items_w = state_tuple(_arg(slots, 1))
    parse_count(items_w, 2, 2)
    w_data = items_w[0]
    must_be(w_data, w_teedata_type, 1, "")
    assert isinstance(w_data, W_TeeData)
    index = c_int(items_w[1])
    if index < 0 or index > LINKCELLS:
        raise operr(w_ValueError, "Index out of range")
    w_t.dataobj = w_data
    w_t.index = index
    return w_None


def teedata_reduce(slots: list[W_Root | None]) -> W_Root:
    w_d = check_self(slots, "__reduce__", w_teedata_type)
    assert isinstance(w_d, W_TeeData)
    w_next: W_Root = w_None
    nextlink = w_d.nextlink
    if nextlink is not None:
        w_next = nextlink
    return tup([w_teedata_type, tup([w_d.w_it, W_ListObject(list(w_d.values_w)), w_next])])


def teedata_new(args: Arguments) -> W_Root:
    args_w = clinic_args(Arguments(args.args_w[1:], args.kw_names, args.kw_values_w),
                         "teedataobject", "teedataobject", 3, 3)
    w_values = args_w[1]
    must_be(w_values, w_list_type, 2, "teedataobject() ")
    assert isinstance(w_values, W_ListObject)
    w_next = args_w[2]
    w_d = W_TeeData(args_w[0])
    values_w = w_values.getitems_copy()
    n = len(values_w)
    if n > LINKCELLS:
        raise operr(w_ValueError, "Invalid arguments")
    w_d.values_w = values_w
    if n == LINKCELLS:
        if w_next is not w_None:
            if not isinstance(w_next, W_TeeData):
                raise operr(w_ValueError, "Invalid arguments")
            w_d.nextlink = w_next
    elif w_next is not w_None:
        raise operr(w_ValueError, "Invalid arguments")
    return w_d


register(w_count_type, "__reduce__(self, /)", count_reduce)
register(w_repeat_type, "__reduce__(self, /)", repeat_reduce)
register(w_cycle_type, "__reduce__(self, /)", cycle_reduce)
register(w_cycle_type, "__setstate__(self, state, /)", cycle_setstate)
register(w_chain_type, "__reduce__(self, /)", chain_reduce)
register(w_chain_type, "__setstate__(self, state, /)", chain_setstate)
register(w_islice_type, "__reduce__(self, /)", islice_reduce)
register(w_islice_type, "__setstate__(self, state, /)", islice_setstate)
register(w_accumulate_type, "__reduce__(self, /)", accumulate_reduce)
register(w_accumulate_type, "__setstate__(self, state, /)", accumulate_setstate)
register(w_starmap_type, "__reduce__(self, /)", starmap_reduce)
register(w_takewhile_type, "__reduce__(self, /)", takewhile_reduce)
register(w_takewhile_type, "__setstate__(self, state, /)", takewhile_setstate)
register(w_dropwhile_type, "__reduce__(self, /)", dropwhile_reduce)
register(w_dropwhile_type, "__setstate__(self, state, /)", dropwhile_setstate)
register(w_compress_type, "__reduce__(self, /)", compress_reduce)
register(w_filterfalse_type, "__reduce__(self, /)", filterfalse_reduce)
register(w_product_type, "__reduce__(self, /)", product_reduce)
register(w_product_type, "__setstate__(self, state, /)", product_setstate)
register(w_permutations_type, "__reduce__(self, /)", permutations_reduce)
register(w_permutations_type, "__setstate__(self, state, /)", permutations_setstate)
register(w_combinations_type, "__reduce__(self, /)", combinations_reduce)
register(w_combinations_type, "__setstate__(self, state, /)", combinations_setstate)
register(w_cwr_type, "__reduce__(self, /)", cwr_reduce)
register(w_cwr_type, "__setstate__(self, state, /)", cwr_setstate)
register(w_zip_longest_type, "__reduce__(self, /)", zip_longest_reduce)
register(w_zip_longest_type, "__setstate__(self, state, /)", zip_longest_setstate)
register(w_groupby_type, "__reduce__(self, /)", groupby_reduce)
register(w_groupby_type, "__setstate__(self, state, /)", groupby_setstate)
register(w_grouper_type, "__reduce__(self, /)", grouper_reduce)
register_raw(w_grouper_type, "__new__", grouper_new)
register(w_tee_type, "__reduce__(self, /)", tee_reduce)
register(w_tee_type, "__setstate__(self, state, /)", tee_setstate)
register(w_teedata_type, "__reduce__(self, /)", teedata_reduce)
register_raw(w_teedata_type, "__new__", teedata_new)
