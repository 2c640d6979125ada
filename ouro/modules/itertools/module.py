"""The `itertools` module: CPython 3.11's Modules/itertoolsmodule.c in RPy.

Every iterator is a type whose instances implement the iter_next fast path
(ouro/objspace/model.py).  As in CPython, the types can be subclassed
(except _grouper, _tee and _tee_dataobject): a subclass's instances are
W_IterUser (ouro/objspace/iterobject.py), wrapping the plain iterator, and
`__next__` is iterobject.builtin_next.  The
algorithms (groupby's shared state, tee's linked buffers, the index
updates of product / permutations / combinations, islice's index
arithmetic) are CPython's, so that side effects on the underlying
iterators happen in the same order.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import MAXINT, ovfcheck

from ouro.compiler.opcodes import NB_ADD
from ouro.interpreter.module import W_Module
from ouro.modules.math.args import clinic_args, clinic_kw, module_type, no_kwargs
from ouro.objspace import space
from ouro.objspace.complexobject import W_ComplexObject
from ouro.objspace.exceptions import (OperationError, operr, w_RuntimeError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.gateway import register, register_raw, register_raw_classmethod
from ouro.objspace.intobject import W_IntObject, int_w, wrap_int
from ouro.objspace.iterobject import (checks_no_keywords, new_cls, new_instance,
                                      subclassable_layout, unwrap_iter)
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, w_None
from ouro.objspace.tupleobject import W_TupleObject, iter_next_meth, iter_self

MOD = "itertools"
w_count_type = module_type(MOD, "count")
w_cycle_type = module_type(MOD, "cycle")
w_repeat_type = module_type(MOD, "repeat")
w_accumulate_type = module_type(MOD, "accumulate")
w_chain_type = module_type(MOD, "chain")
w_compress_type = module_type(MOD, "compress")
w_dropwhile_type = module_type(MOD, "dropwhile")
w_takewhile_type = module_type(MOD, "takewhile")
w_filterfalse_type = module_type(MOD, "filterfalse")
w_groupby_type = module_type(MOD, "groupby")
w_grouper_type = module_type(MOD, "_grouper")
w_islice_type = module_type(MOD, "islice")
w_pairwise_type = module_type(MOD, "pairwise")
w_starmap_type = module_type(MOD, "starmap")
w_tee_type = module_type(MOD, "_tee")
w_teedata_type = module_type(MOD, "_tee_dataobject")
w_zip_longest_type = module_type(MOD, "zip_longest")
w_product_type = module_type(MOD, "product")
w_permutations_type = module_type(MOD, "permutations")
w_combinations_type = module_type(MOD, "combinations")
w_cwr_type = module_type(MOD, "combinations_with_replacement")
ITERATOR_TYPES_ALL = [w_count_type, w_cycle_type, w_repeat_type, w_accumulate_type, w_chain_type,
                      w_compress_type, w_dropwhile_type, w_takewhile_type, w_filterfalse_type,
                      w_groupby_type, w_grouper_type, w_islice_type, w_pairwise_type,
                      w_starmap_type, w_tee_type, w_teedata_type, w_zip_longest_type,
                      w_product_type, w_permutations_type, w_combinations_type, w_cwr_type]

for _t in ITERATOR_TYPES_ALL:
    _t.tp_prefix = MOD + "."      # CPython's tp_name: "itertools.count"

# the subclassable types, each with its own layout
SUBCLASSABLE_TYPES = [w_count_type, w_cycle_type, w_repeat_type, w_accumulate_type,
                      w_chain_type, w_compress_type, w_dropwhile_type, w_takewhile_type,
                      w_filterfalse_type, w_groupby_type, w_islice_type, w_pairwise_type,
                      w_starmap_type, w_zip_longest_type, w_product_type,
                      w_permutations_type, w_combinations_type, w_cwr_type]
for _i, _t in enumerate(SUBCLASSABLE_TYPES):
    subclassable_layout(_t, 160 + _i)
for _t in [w_grouper_type, w_tee_type]:
    register(_t, "__iter__(self, /)", iter_self)
    register(_t, "__next__(self, /)", iter_next_meth)


def _cls(args: Arguments, w_t: W_TypeObject) -> W_TypeObject:
    """The class a raw __new__ of w_t makes an instance of."""
    return new_cls(args, w_t, MOD + "." + w_t.name)


def _pos_args(args: Arguments, w_cls: W_TypeObject, w_t: W_TypeObject, minimum: int,
              maximum: int) -> list[W_Root]:
    """The positional arguments of a __new__ without keyword parameters;
    keyword arguments are refused unless the subclass has its own
    __init__ (CPython's clinic check)."""
    if checks_no_keywords(w_cls, w_t):
        no_kwargs(args, w_t.name)
    return clinic_args(Arguments(args.args_w[1:], [], []), w_t.name, w_t.name, minimum,
                       maximum)


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def _opt(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    return w if w is not None else w_None


# -- count

def is_number(w: W_Root) -> bool:
    """PyNumber_Check."""
    if isinstance(w, W_ComplexObject):
        return True
    w_t = w.getclass()
    return (w_t.lookup("__index__") is not None or w_t.lookup("__int__") is not None
            or w_t.lookup("__float__") is not None)


class W_Count(W_Root):
    """Fast mode (w_cnt is None): an int counter stepping by 1, as
    CPython's; slow mode: objects added with `+`."""
    cnt: int
    w_cnt: W_Root | None
    w_step: W_Root

    def __init__(self, cnt: int, w_cnt: W_Root | None, w_step: W_Root) -> None:
        self.cnt = cnt
        self.w_cnt = w_cnt
        self.w_step = w_step

    def getclass(self) -> W_TypeObject:
        return w_count_type

    def iter_next(self) -> W_Root | None:
        w_cnt = self.w_cnt
        if w_cnt is None:
            c = self.cnt
            if c == MAXINT:
                self.w_cnt = wrap_int(c)
                return self.iter_next()
            self.cnt = c + 1
            return wrap_int(c)
        self.w_cnt = space.binary_op(w_cnt, self.w_step, NB_ADD)
        return w_cnt


def is_int_one(w: W_Root) -> bool:
    return isinstance(w, W_IntObject) and w.intval == 1


def count_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_count_type)
    slots = clinic_kw(args, "count", ['start', 'step'], 0, 2, 0, 1)
    w_start = slots[0]
    w_step = slots[1]
    if (w_start is not None and not is_number(w_start)) or \
            (w_step is not None and not is_number(w_step)):
        raise operr(w_TypeError, "a number is required")
    if w_step is None:
        w_step = wrap_int(1)
    if w_start is None:
        w_start = wrap_int(0)
    if isinstance(w_start, W_IntObject) and is_int_one(w_step) and w_start.intval != MAXINT:
        return new_instance(w_cls, w_count_type, W_Count(w_start.intval, None, wrap_int(1)))
    return new_instance(w_cls, w_count_type, W_Count(0, w_start, w_step))


def count_repr(slots: list[W_Root | None]) -> W_Root:
    w_self = _arg(slots, 0)
    name = w_self.getclass().name     # _PyType_Name
    w_c = unwrap_iter(w_self)
    assert isinstance(w_c, W_Count)
    w_cnt = w_c.w_cnt
    if w_cnt is None:
        return space.wrap_str("%s(%d)" % (name, w_c.cnt))
    if is_int_one(w_c.w_step):
        return space.wrap_str("%s(%s)" % (name, space.repr_str(w_cnt)))
    return space.wrap_str("%s(%s, %s)" % (name, space.repr_str(w_cnt),
                                          space.repr_str(w_c.w_step)))


register_raw(w_count_type, "__new__", count_new)
register(w_count_type, "__repr__(self, /)", count_repr)


# -- cycle

class W_Cycle(W_Root):
    """As CPython's cycleobject: `saved` is a list object (__reduce__ gives
    it away and __setstate__ takes one), not appended to once `firstpass`
    is set."""
    w_it: W_Root | None
    w_saved: W_ListObject
    index: int
    firstpass: bool

    def __init__(self, w_it: W_Root) -> None:
        self.w_it = w_it
        self.w_saved = W_ListObject([])
        self.index = 0
        self.firstpass = False

    def getclass(self) -> W_TypeObject:
        return w_cycle_type

    def iter_next(self) -> W_Root | None:
        w_it = self.w_it
        if w_it is not None:
            w_item = space.next_or_none(w_it)
            if w_item is not None:
                if not self.firstpass:
                    self.w_saved.append(w_item)
                return w_item
            self.w_it = None
        n = self.w_saved.length()
        if n == 0:
            return space.STOP
        if self.index >= n:     # the list shrank meanwhile
            self.index = 0
        w_item = self.w_saved.getitem(self.index)
        self.index += 1
        if self.index >= n:
            self.index = 0
        return w_item


def cycle_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_cycle_type)
    args_w = _pos_args(args, w_cls, w_cycle_type, 1, 1)
    return new_instance(w_cls, w_cycle_type, W_Cycle(space.iter(args_w[0])))


register_raw(w_cycle_type, "__new__", cycle_new)


# -- repeat

class W_Repeat(W_Root):
    w_obj: W_Root
    cnt: int          # -1: forever

    def __init__(self, w_obj: W_Root, cnt: int) -> None:
        self.w_obj = w_obj
        self.cnt = cnt

    def getclass(self) -> W_TypeObject:
        return w_repeat_type

    def iter_next(self) -> W_Root | None:
        if self.cnt == 0:
            return space.STOP
        if self.cnt > 0:
            self.cnt -= 1
        return self.w_obj


def repeat_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_repeat_type)
    slots = clinic_kw(args, "repeat", ['object', 'times'], 0, 2, 1, 1)
    w_obj = _arg(slots, 0)
    w_times = slots[1]
    cnt = -1
    if w_times is not None:
        cnt = int_w(w_times)
        if cnt < 0:
            cnt = 0
    return new_instance(w_cls, w_repeat_type, W_Repeat(w_obj, cnt))


def repeat_repr(slots: list[W_Root | None]) -> W_Root:
    w_self = _arg(slots, 0)
    name = w_self.getclass().name     # _PyType_Name
    w_r = unwrap_iter(w_self)
    assert isinstance(w_r, W_Repeat)
    if w_r.cnt == -1:
        return space.wrap_str("%s(%s)" % (name, space.repr_str(w_r.w_obj)))
    return space.wrap_str("%s(%s, %d)" % (name, space.repr_str(w_r.w_obj), w_r.cnt))


def repeat_length_hint(slots: list[W_Root | None]) -> W_Root:
    w_r = unwrap_iter(_arg(slots, 0))
    assert isinstance(w_r, W_Repeat)
    if w_r.cnt == -1:
        raise operr(w_TypeError, "len() of unsized object")
    return wrap_int(w_r.cnt)


register_raw(w_repeat_type, "__new__", repeat_new)
register(w_repeat_type, "__repr__(self, /)", repeat_repr)
register(w_repeat_type, "__length_hint__(self, /)", repeat_length_hint)


# -- accumulate

class W_Accumulate(W_Root):
    w_it: W_Root
    w_func: W_Root          # w_None: +
    w_total: W_Root | None
    w_initial: W_Root

    def __init__(self, w_it: W_Root, w_func: W_Root, w_initial: W_Root) -> None:
        self.w_it = w_it
        self.w_func = w_func
        self.w_total = None
        self.w_initial = w_initial

    def getclass(self) -> W_TypeObject:
        return w_accumulate_type

    def iter_next(self) -> W_Root | None:
        if self.w_initial is not w_None:
            self.w_total = self.w_initial
            self.w_initial = w_None
            return self.w_total
        w_val = space.next_or_none(self.w_it)
        if w_val is None:
            return space.STOP
        w_total = self.w_total
        if w_total is None:
            w_new = w_val
        elif self.w_func is w_None:
            w_new = space.binary_op(w_total, w_val, NB_ADD)
        else:
            w_new = space.call_function(self.w_func, [w_total, w_val])
        self.w_total = w_new
        return w_new


def accumulate_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_accumulate_type)
    slots = clinic_kw(args, "accumulate", ['iterable', 'func', 'initial'], 0, 2, 1, 1)
    return new_instance(w_cls, w_accumulate_type,
                        W_Accumulate(space.iter(_arg(slots, 0)), _opt(slots, 1), _opt(slots, 2)))


register_raw(w_accumulate_type, "__new__", accumulate_new)


# -- chain

class W_Chain(W_Root):
    w_source: W_Root | None       # an iterator over the iterables
    w_active: W_Root | None

    def __init__(self, w_source: W_Root) -> None:
        self.w_source = w_source
        self.w_active = None

    def getclass(self) -> W_TypeObject:
        return w_chain_type

    def iter_next(self) -> W_Root | None:
        while True:
            w_source = self.w_source
            if w_source is None:
                return space.STOP
            w_active = self.w_active
            if w_active is None:
                w_iterable = space.next_or_none(w_source)
                if w_iterable is None:
                    self.w_source = None
                    return space.STOP
                w_active = space.iter(w_iterable)
                self.w_active = w_active
            w_item = space.next_or_none(w_active)
            if w_item is not None:
                return w_item
            self.w_active = None


def chain_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_chain_type)
    if checks_no_keywords(w_cls, w_chain_type):
        no_kwargs(args, "chain")
    return new_instance(w_cls, w_chain_type, W_Chain(space.iter(W_TupleObject(args.args_w[1:]))))


def chain_from_iterable(args: Arguments) -> W_Root:
    no_kwargs(args, "chain.from_iterable")
    n = len(args.args_w) - 1
    if n != 1:
        raise operr(w_TypeError, "chain.from_iterable() takes exactly one argument (%d given)"
                    % n)
    w_cls = _cls(args, w_chain_type)
    return new_instance(w_cls, w_chain_type, W_Chain(space.iter(args.args_w[1])))


register_raw(w_chain_type, "__new__", chain_new)
register_raw_classmethod(w_chain_type, "from_iterable", chain_from_iterable)


# -- compress, dropwhile, takewhile, filterfalse, starmap, pairwise

class W_Compress(W_Root):
    w_data: W_Root
    w_selectors: W_Root

    def __init__(self, w_data: W_Root, w_selectors: W_Root) -> None:
        self.w_data = w_data
        self.w_selectors = w_selectors

    def getclass(self) -> W_TypeObject:
        return w_compress_type

    def iter_next(self) -> W_Root | None:
        while True:
            w_datum = space.next_or_none(self.w_data)
            if w_datum is None:
                return space.STOP
            w_sel = space.next_or_none(self.w_selectors)
            if w_sel is None:
                return space.STOP
            if space.is_true(w_sel):
                return w_datum


def compress_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_compress_type)
    slots = clinic_kw(args, "compress", ['data', 'selectors'], 0, 2, 2, 1)
    return new_instance(w_cls, w_compress_type,
                        W_Compress(space.iter(_arg(slots, 0)), space.iter(_arg(slots, 1))))


register_raw(w_compress_type, "__new__", compress_new)


class W_DropWhile(W_Root):
    w_pred: W_Root
    w_it: W_Root
    dropped: bool

    def __init__(self, w_pred: W_Root, w_it: W_Root) -> None:
        self.w_pred = w_pred
        self.w_it = w_it
        self.dropped = False

    def getclass(self) -> W_TypeObject:
        return w_dropwhile_type

    def iter_next(self) -> W_Root | None:
        while True:
            w_item = space.next_or_none(self.w_it)
            if w_item is None:
                return space.STOP
            if self.dropped:
                return w_item
            if not space.is_true(space.call_function(self.w_pred, [w_item])):
                self.dropped = True
                return w_item


class W_TakeWhile(W_Root):
    w_pred: W_Root
    w_it: W_Root
    stopped: bool

    def __init__(self, w_pred: W_Root, w_it: W_Root) -> None:
        self.w_pred = w_pred
        self.w_it = w_it
        self.stopped = False

    def getclass(self) -> W_TypeObject:
        return w_takewhile_type

    def iter_next(self) -> W_Root | None:
        if self.stopped:
            return space.STOP
        w_item = space.next_or_none(self.w_it)
        if w_item is None:
            return space.STOP
        if space.is_true(space.call_function(self.w_pred, [w_item])):
            return w_item
        self.stopped = True
        return space.STOP


class W_FilterFalse(W_Root):
    w_func: W_Root
    w_it: W_Root

    def __init__(self, w_func: W_Root, w_it: W_Root) -> None:
        self.w_func = w_func
        self.w_it = w_it

    def getclass(self) -> W_TypeObject:
        return w_filterfalse_type

    def iter_next(self) -> W_Root | None:
        while True:
            w_item = space.next_or_none(self.w_it)
            if w_item is None:
                return space.STOP
            if self.w_func is w_None:
                ok = space.is_true(w_item)
            else:
                ok = space.is_true(space.call_function(self.w_func, [w_item]))
            if not ok:
                return w_item


class W_StarMap(W_Root):
    w_func: W_Root
    w_it: W_Root

    def __init__(self, w_func: W_Root, w_it: W_Root) -> None:
        self.w_func = w_func
        self.w_it = w_it

    def getclass(self) -> W_TypeObject:
        return w_starmap_type

    def iter_next(self) -> W_Root | None:
        w_args = space.next_or_none(self.w_it)
        if w_args is None:
            return space.STOP
        if isinstance(w_args, W_TupleObject):
            args_w = w_args.items_w
        else:
            args_w = space.unpack_iterable(w_args)
        return space.call_function(self.w_func, args_w)


class W_Pairwise(W_Root):
    w_it: W_Root | None
    w_old: W_Root | None

    def __init__(self, w_it: W_Root) -> None:
        self.w_it = w_it
        self.w_old = None

    def getclass(self) -> W_TypeObject:
        return w_pairwise_type

    def iter_next(self) -> W_Root | None:
        w_it = self.w_it
        if w_it is None:
            return space.STOP
        w_old = self.w_old
        if w_old is None:
            w_old = space.next_or_none(w_it)
            if w_old is None:
                self.w_it = None
                return space.STOP
            self.w_old = w_old
        w_new = space.next_or_none(w_it)
        if w_new is None:
            self.w_it = None
            self.w_old = None
            return space.STOP
        self.w_old = w_new
        return W_TupleObject([w_old, w_new])


def dropwhile_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_dropwhile_type)
    args_w = _pos_args(args, w_cls, w_dropwhile_type, 2, 2)
    return new_instance(w_cls, w_dropwhile_type, W_DropWhile(args_w[0], space.iter(args_w[1])))


def takewhile_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_takewhile_type)
    args_w = _pos_args(args, w_cls, w_takewhile_type, 2, 2)
    return new_instance(w_cls, w_takewhile_type, W_TakeWhile(args_w[0], space.iter(args_w[1])))


def filterfalse_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_filterfalse_type)
    args_w = _pos_args(args, w_cls, w_filterfalse_type, 2, 2)
    return new_instance(w_cls, w_filterfalse_type, W_FilterFalse(args_w[0], space.iter(args_w[1])))


def starmap_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_starmap_type)
    args_w = _pos_args(args, w_cls, w_starmap_type, 2, 2)
    return new_instance(w_cls, w_starmap_type, W_StarMap(args_w[0], space.iter(args_w[1])))


def pairwise_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_pairwise_type)
    args_w = _pos_args(args, w_cls, w_pairwise_type, 1, 1)
    return new_instance(w_cls, w_pairwise_type, W_Pairwise(space.iter(args_w[0])))


register_raw(w_dropwhile_type, "__new__", dropwhile_new)
register_raw(w_takewhile_type, "__new__", takewhile_new)
register_raw(w_filterfalse_type, "__new__", filterfalse_new)
register_raw(w_starmap_type, "__new__", starmap_new)
register_raw(w_pairwise_type, "__new__", pairwise_new)


# -- groupby

class W_GroupBy(W_Root):
    w_it: W_Root
    w_keyfunc: W_Root
    w_tgtkey: W_Root | None
    w_currkey: W_Root | None
    w_currvalue: W_Root | None
    w_currgrouper: W_Root | None

    def __init__(self, w_it: W_Root, w_keyfunc: W_Root) -> None:
        self.w_it = w_it
        self.w_keyfunc = w_keyfunc
        self.w_tgtkey = None
        self.w_currkey = None
        self.w_currvalue = None
        self.w_currgrouper = None

    def getclass(self) -> W_TypeObject:
        return w_groupby_type

    def step(self) -> bool:
        """False at the end of the underlying iterator."""
        w_new = space.next_or_none(self.w_it)
        if w_new is None:
            return False
        if self.w_keyfunc is w_None:
            w_newkey = w_new
        else:
            w_newkey = space.call_function(self.w_keyfunc, [w_new])
        self.w_currvalue = w_new
        self.w_currkey = w_newkey
        return True

    def iter_next(self) -> W_Root | None:
        self.w_currgrouper = None
        while True:
            w_currkey = self.w_currkey
            if w_currkey is not None:
                w_tgtkey = self.w_tgtkey
                if w_tgtkey is None:
                    break
                if not space.eq_w(w_tgtkey, w_currkey):
                    break
            if not self.step():
                return space.STOP
        w_key = self.w_currkey
        assert w_key is not None
        self.w_tgtkey = w_key
        w_grouper = W_Grouper(self, w_key)
        self.w_currgrouper = w_grouper
        return W_TupleObject([w_key, w_grouper])


class W_Grouper(W_Root):
    w_parent: W_GroupBy
    w_tgtkey: W_Root

    def __init__(self, w_parent: W_GroupBy, w_tgtkey: W_Root) -> None:
        self.w_parent = w_parent
        self.w_tgtkey = w_tgtkey

    def getclass(self) -> W_TypeObject:
        return w_grouper_type

    def iter_next(self) -> W_Root | None:
        gbo = self.w_parent
        if gbo.w_currgrouper is not self:
            return space.STOP
        if gbo.w_currvalue is None:
            if not gbo.step():
                return space.STOP
        w_currkey = gbo.w_currkey
        assert w_currkey is not None
        if not space.eq_w(self.w_tgtkey, w_currkey):
            return space.STOP
        w_r = gbo.w_currvalue
        if w_r is None:         # __eq__ took the value meanwhile (CPython's issue 30347)
            return space.STOP
        gbo.w_currvalue = None
        gbo.w_currkey = None
        return w_r


def groupby_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_groupby_type)
    slots = clinic_kw(args, "groupby", ['iterable', 'key'], 0, 2, 1, 1)
    return new_instance(w_cls, w_groupby_type,
                        W_GroupBy(space.iter(_arg(slots, 0)), _opt(slots, 1)))


register_raw(w_groupby_type, "__new__", groupby_new)


# -- islice

class W_ISlice(W_Root):
    w_it: W_Root | None
    next: int
    stop: int          # -1: None
    step: int
    cnt: int

    def __init__(self, w_it: W_Root, start: int, stop: int, step: int) -> None:
        self.w_it = w_it
        self.next = start
        self.stop = stop
        self.step = step
        self.cnt = 0

    def getclass(self) -> W_TypeObject:
        return w_islice_type

    def iter_next(self) -> W_Root | None:
        w_it = self.w_it
        if w_it is None:
            return space.STOP
        stop = self.stop
        while self.cnt < self.next:
            w_item = space.next_or_none(w_it)
            if w_item is None:
                self.w_it = None
                return space.STOP
            self.cnt += 1
        if stop != -1 and self.cnt >= stop:
            self.w_it = None
            return space.STOP
        w_item = space.next_or_none(w_it)
        if w_item is None:
            self.w_it = None
            return space.STOP
        self.cnt += 1
        try:
            nxt = ovfcheck(self.next + self.step)
        except OverflowError:
            nxt = stop
        if stop != -1 and nxt > stop:
            nxt = stop
        self.next = nxt
        return w_item


def ssize_or_error(w: W_Root) -> int:
    """PyNumber_AsSsize_t(w, OverflowError) with the error cleared: -1."""
    try:
        return int_w(w)
    except OperationError:
        return -1


STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def islice_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_islice_type)
    args_w = _pos_args(args, w_cls, w_islice_type, 2, 4)
    w_seq = args_w[0]
    numargs = len(args_w)
    start = 0
    stop = -1
    step = 1
    if numargs == 2:
        if args_w[1] is not w_None:
            stop = ssize_or_error(args_w[1])
            if stop == -1:
                raise operr(w_ValueError, STOP_MSG)
    else:
        if args_w[1] is not w_None:
            start = ssize_or_error(args_w[1])
        if args_w[2] is not w_None:
            stop = ssize_or_error(args_w[2])
            if stop == -1:
                raise operr(w_ValueError, STOP_MSG)
    if start < 0 or stop < -1:
        raise operr(w_ValueError, "Indices for islice() must be None or an integer: "
                    "0 <= x <= sys.maxsize.")
    if numargs == 4 and args_w[3] is not w_None:
        step = ssize_or_error(args_w[3])
    if step < 1:
        raise operr(w_ValueError, "Step for islice() must be a positive integer or None.")
    return new_instance(w_cls, w_islice_type, W_ISlice(space.iter(w_seq), start, stop, step))


register_raw(w_islice_type, "__new__", islice_new)


# -- tee

LINKCELLS = 57


class W_TeeData(W_Root):
    """A block of up to LINKCELLS values read from the shared iterator;
    blocks are linked, and dropped when no tee refers to them."""
    w_it: W_Root
    values_w: list[W_Root]
    nextlink: W_TeeData | None
    running: bool

    def __init__(self, w_it: W_Root) -> None:
        self.w_it = w_it
        self.values_w = []
        self.nextlink = None
        self.running = False

    def getclass(self) -> W_TypeObject:
        return w_teedata_type

    def jumplink(self) -> W_TeeData:
        link = self.nextlink
        if link is None:
            link = W_TeeData(self.w_it)
            self.nextlink = link
        return link

    def getitem(self, i: int) -> W_Root | None:
        if i < len(self.values_w):
            return self.values_w[i]
        if self.running:
            raise operr(w_RuntimeError, "cannot re-enter the tee iterator")
        self.running = True
        try:
            w_value = space.next_or_none(self.w_it)
        finally:
            self.running = False
        if w_value is None:
            return None
        self.values_w.append(w_value)
        return w_value


class W_Tee(W_Root):
    dataobj: W_TeeData
    index: int

    def __init__(self, dataobj: W_TeeData, index: int) -> None:
        self.dataobj = dataobj
        self.index = index

    def getclass(self) -> W_TypeObject:
        return w_tee_type

    def iter_next(self) -> W_Root | None:
        if self.index >= LINKCELLS:
            self.dataobj = self.dataobj.jumplink()
            self.index = 0
        w_value = self.dataobj.getitem(self.index)
        if w_value is None:
            return space.STOP
        self.index += 1
        return w_value

    def copy(self) -> W_Tee:
        return W_Tee(self.dataobj, self.index)


def tee_fromiterable(w_iterable: W_Root) -> W_Tee:
    w_it = space.iter(w_iterable)
    if isinstance(w_it, W_Tee):
        return w_it.copy()
    return W_Tee(W_TeeData(w_it), 0)


def tee_copy(slots: list[W_Root | None]) -> W_Root:
    w_t = _arg(slots, 0)
    assert isinstance(w_t, W_Tee)
    return w_t.copy()


def tee_new(slots: list[W_Root | None]) -> W_Root:
    return tee_fromiterable(_arg(slots, 1))


def itertools_tee(args: Arguments) -> W_Root:
    args_w = clinic_args(args, "itertools.tee", "tee", 1, 2)
    n = 2
    if len(args_w) == 2:
        n = int_w(args_w[1])
    if n < 0:
        raise operr(w_ValueError, "n must be >= 0")
    if n == 0:
        return W_TupleObject([])
    w_it = space.iter(args_w[0])
    result_w: list[W_Root] = []
    w_copyfunc = space.getattr_or_none(w_it, "__copy__")
    if w_copyfunc is not None:
        w_copyable = w_it
    else:
        w_copyable = tee_fromiterable(w_it)
        w_copyfunc = space.getattr(w_copyable, "__copy__")
    result_w.append(w_copyable)
    i = 1
    while i < n:
        result_w.append(space.call_function(w_copyfunc, []))
        i += 1
    return W_TupleObject(result_w)


register(w_tee_type, "__copy__(self, /)", tee_copy)
register(w_tee_type, "__new__(cls, iterable, /)", tee_new)


# -- zip_longest

class W_ZipLongest(W_Root):
    iters_w: list[W_Root | None]
    numactive: int
    w_fillvalue: W_Root

    def __init__(self, iters_w: list[W_Root | None], w_fillvalue: W_Root) -> None:
        self.iters_w = iters_w
        self.numactive = len(iters_w)
        self.w_fillvalue = w_fillvalue

    def getclass(self) -> W_TypeObject:
        return w_zip_longest_type

    def iter_next(self) -> W_Root | None:
        n = len(self.iters_w)
        if n == 0 or self.numactive == 0:
            return space.STOP
        result_w: list[W_Root] = []
        i = 0
        while i < n:
            w_it = self.iters_w[i]
            if w_it is None:
                w_item = self.w_fillvalue
            else:
                w_next = space.next_or_none(w_it)
                if w_next is None:
                    self.numactive -= 1
                    if self.numactive == 0:
                        return space.STOP
                    w_item = self.w_fillvalue
                    self.iters_w[i] = None
                else:
                    w_item = w_next
            result_w.append(w_item)
            i += 1
        return W_TupleObject(result_w)


def zip_longest_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_zip_longest_type)
    w_fill: W_Root = w_None
    k = 0
    while k < len(args.kw_names):
        if args.kw_names[k] != "fillvalue":
            raise operr(w_TypeError, "zip_longest() got an unexpected keyword argument")
        w_fill = args.kw_values_w[k]
        k += 1
    iters_w: list[W_Root | None] = []
    for w_a in args.args_w[1:]:
        iters_w.append(space.iter(w_a))
    return new_instance(w_cls, w_zip_longest_type, W_ZipLongest(iters_w, w_fill))


register_raw(w_zip_longest_type, "__new__", zip_longest_new)


# -- product, permutations, combinations

class W_Product(W_Root):
    pools: list[list[W_Root]]
    indices: list[int]
    result_w: list[W_Root] | None
    stopped: bool

    def __init__(self, pools: list[list[W_Root]]) -> None:
        self.pools = pools
        self.indices = [0] * len(pools)
        self.result_w = None
        self.stopped = False

    def getclass(self) -> W_TypeObject:
        return w_product_type

    def iter_next(self) -> W_Root | None:
        if self.stopped:
            return space.STOP
        npools = len(self.pools)
        result_w = self.result_w
        if result_w is None:
            result_w = []
            for pool in self.pools:
                if len(pool) == 0:
                    self.stopped = True
                    return space.STOP
                result_w.append(pool[0])
            self.result_w = result_w
        else:
            result_w = list(result_w)
            i = npools - 1
            while i >= 0:
                pool = self.pools[i]
                self.indices[i] += 1
                if self.indices[i] == len(pool):
                    self.indices[i] = 0
                    result_w[i] = pool[0]
                else:
                    result_w[i] = pool[self.indices[i]]
                    break
                i -= 1
            if i < 0:
                self.stopped = True
                return space.STOP
            self.result_w = result_w
        return W_TupleObject(list(result_w))


def product_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_product_type)
    repeat = 1
    k = 0
    while k < len(args.kw_names):
        if args.kw_names[k] != "repeat":
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for product()"
                        % args.kw_names[k])
        repeat = int_w(args.kw_values_w[k])
        if repeat < 0:
            raise operr(w_ValueError, "repeat argument cannot be negative")
        k += 1
    base: list[list[W_Root]] = []
    for w_a in args.args_w[1:]:
        base.append(space.unpack_iterable(w_a))
    pools: list[list[W_Root]] = []
    if len(base) > 0:
        r = 0
        while r < repeat:
            for pool in base:
                pools.append(pool)
            r += 1
    return new_instance(w_cls, w_product_type, W_Product(pools))


register_raw(w_product_type, "__new__", product_new)


class W_Permutations(W_Root):
    pool: list[W_Root]
    r: int
    indices: list[int]
    cycles: list[int]
    result_w: list[W_Root] | None
    stopped: bool

    def __init__(self, pool: list[W_Root], r: int) -> None:
        n = len(pool)
        self.pool = pool
        self.r = r
        self.indices = [i for i in range(n)]
        self.cycles = [n - i for i in range(r)] if r <= n else []
        self.result_w = None
        self.stopped = r > n

    def getclass(self) -> W_TypeObject:
        return w_permutations_type

    def iter_next(self) -> W_Root | None:
        if self.stopped:
            return space.STOP
        pool = self.pool
        n = len(pool)
        r = self.r
        indices = self.indices
        cycles = self.cycles
        result_w = self.result_w
        if result_w is None:
            result_w = [pool[indices[i]] for i in range(r)]
        else:
            if n == 0:
                self.stopped = True
                return space.STOP
            result_w = list(result_w)
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    index = indices[i]
                    j = i
                    while j < n - 1:
                        indices[j] = indices[j + 1]
                        j += 1
                    indices[n - 1] = index
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    index = indices[i]
                    indices[i] = indices[n - j]
                    indices[n - j] = index
                    k = i
                    while k < r:
                        result_w[k] = pool[indices[k]]
                        k += 1
                    break
                i -= 1
            if i < 0:
                self.stopped = True
                return space.STOP
        self.result_w = result_w
        return W_TupleObject(list(result_w))


def get_r(w_r: W_Root) -> int:
    try:
        r = int_w(w_r)
    except OperationError as e:
        if e.match(w_TypeError):
            raise operr(w_TypeError, "Expected int as r")
        raise
    return r


def permutations_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_permutations_type)
    slots = clinic_kw(args, "permutations", ['iterable', 'r'], 0, 2, 1, 1)
    pool = space.unpack_iterable(_arg(slots, 0))
    w_r = slots[1]
    r = len(pool)
    if w_r is not None and w_r is not w_None:
        r = get_r(w_r)
        if r < 0:
            raise operr(w_ValueError, "r must be non-negative")
    return new_instance(w_cls, w_permutations_type, W_Permutations(pool, r))


register_raw(w_permutations_type, "__new__", permutations_new)


class W_Combinations(W_Root):
    pool: list[W_Root]
    r: int
    indices: list[int]
    result_w: list[W_Root] | None
    stopped: bool
    replace: bool         # combinations_with_replacement

    def __init__(self, pool: list[W_Root], r: int, replace: bool) -> None:
        n = len(pool)
        self.pool = pool
        self.r = r
        self.replace = replace
        if replace:
            self.indices = [0] * r
            self.stopped = n == 0 and r > 0
        else:
            self.indices = [i for i in range(r)]
            self.stopped = r > n
        self.result_w = None

    def getclass(self) -> W_TypeObject:
        if self.replace:
            return w_cwr_type
        return w_combinations_type

    def iter_next(self) -> W_Root | None:
        if self.stopped:
            return space.STOP
        pool = self.pool
        n = len(pool)
        r = self.r
        indices = self.indices
        result_w = self.result_w
        if result_w is None:
            result_w = [pool[indices[i]] for i in range(r)]
        elif self.replace:
            result_w = list(result_w)
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                self.stopped = True
                return space.STOP
            index = indices[i] + 1
            w_elem = pool[index]
            while i < r:
                indices[i] = index
                result_w[i] = w_elem
                i += 1
        else:
            result_w = list(result_w)
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                self.stopped = True
                return space.STOP
            indices[i] += 1
            j = i + 1
            while j < r:
                indices[j] = indices[j - 1] + 1
                j += 1
            while i < r:
                result_w[i] = pool[indices[i]]
                i += 1
        self.result_w = result_w
        return W_TupleObject(list(result_w))


def combinations_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_combinations_type)
    slots = clinic_kw(args, "combinations", ['iterable', 'r'], 0, 2, 2, 1)
    pool = space.unpack_iterable(_arg(slots, 0))
    r = int_w(_arg(slots, 1))
    if r < 0:
        raise operr(w_ValueError, "r must be non-negative")
    return new_instance(w_cls, w_combinations_type, W_Combinations(pool, r, False))


def cwr_new(args: Arguments) -> W_Root:
    w_cls = _cls(args, w_cwr_type)
    slots = clinic_kw(args, "combinations_with_replacement", ['iterable', 'r'], 0, 2, 2, 1)
    pool = space.unpack_iterable(_arg(slots, 0))
    r = int_w(_arg(slots, 1))
    if r < 0:
        raise operr(w_ValueError, "r must be non-negative")
    return new_instance(w_cls, w_cwr_type, W_Combinations(pool, r, True))


register_raw(w_combinations_type, "__new__", combinations_new)
register_raw(w_cwr_type, "__new__", cwr_new)


W_TEE_FN = register_raw(None, "tee", itertools_tee)

EXPORTED = [w_count_type, w_cycle_type, w_repeat_type, w_accumulate_type, w_chain_type,
            w_compress_type, w_dropwhile_type, w_takewhile_type, w_filterfalse_type,
            w_groupby_type, w_grouper_type, w_islice_type, w_pairwise_type,
            w_starmap_type, w_tee_type, w_teedata_type, w_zip_longest_type, w_product_type,
            w_permutations_type, w_combinations_type, w_cwr_type]


def make_module() -> W_Module:
    w_mod = W_Module("itertools", None)
    d = w_mod.w_dict
    for w_t in EXPORTED:
        d.setitem_str(w_t.name, w_t)
    d.setitem_str("tee", W_TEE_FN)
    return w_mod
