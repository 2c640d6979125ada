"""`_weakref`: weak references (ouro/objspace/weakrefs.py has the objects
and the registry; the GC clears them, rpy.rlib.rweakref).

`ref(obj, callback)` (subclassable: weakref.KeyedRef), its `__callback__`,
hash (the referent's, kept after its death) and equality (the referents'
while both live, identity after), CPython's reprs; `proxy` (attribute
access, calls, the common operators; ReferenceError once the referent
died); getweakrefcount, getweakrefs, _remove_dead_weakref.  The pure-Python
weakref.py (WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize)
runs on these.

Timing: the referent dies at a collection, not when its last reference
goes as in CPython (refcounting); its weak references are cleared and
their callbacks called at the next safe point of the eval loop, or at
gc.collect(), which therefore is where behaviour matches CPython's.
"""
from __future__ import annotations

from rpy.rlib import rgc

from ouro.compiler.opcodes import NB_INPLACE, NB_POWER
from ouro.interpreter import finalizers
from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.genericalias import W_CLASS_GETITEM
from ouro.objspace.exceptions import operr, w_ReferenceError, w_TypeError
from ouro.objspace.bytesobject import w_bytes_type
from ouro.objspace.floatobject import w_float_type
from ouro.objspace.gateway import BuiltinFn, register, register_comparisons, register_raw
from ouro.objspace.intobject import w_int_type, wrap_int
from ouro.objspace.iterobject import w_reversed_type
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject
from ouro.objspace.model import (LAYOUT_DESCR, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_NotImplemented, w_object_type)
from ouro.objspace.weakrefs import W_WeakRef, builtin_weakrefable, make_ref, weakrefs_to

w_ref_type = make_builtin_type("ReferenceType", [w_object_type], LAYOUT_DESCR)
w_proxy_type = make_builtin_type("ProxyType", [w_object_type], LAYOUT_DESCR)
w_callable_proxy_type = make_builtin_type("CallableProxyType", [w_object_type], LAYOUT_DESCR)
for _w_t in [w_ref_type, w_proxy_type, w_callable_proxy_type]:
    _w_t.dict_w["__module__"] = W_StrObject("weakref")
    _w_t.tp_prefix = "weakref."         # CPython's tp_name: "weakref.ReferenceType"


def _ref(w: W_Root | None) -> W_WeakRef:
    assert isinstance(w, W_WeakRef)
    return w


def referent(w_ref: W_WeakRef) -> W_Root | None:
    """The live referent, after running pending finalizers (so that an
    object the GC found dead reads as dead, as in CPython)."""
    if rgc.finalizers_pending():
        finalizers.run_pending()
    return w_ref.referent()


# built-in types whose instances CPython cannot refer to weakly (the
# common ones; the others are accepted)


def slots_list(w_slots: W_Root) -> list[str] | None:
    """The names of a __slots__ value that can be read again (None for an
    iterator, already consumed)."""
    if isinstance(w_slots, W_StrObject):
        return [w_slots.as_str()]
    if isinstance(w_slots, W_TupleObject) or isinstance(w_slots, W_ListObject):
        names: list[str] = []
        for w_n in space.unpack_iterable(w_slots):
            if isinstance(w_n, W_StrObject):
                names.append(w_n.as_str())
        return names
    return None


def weakrefable(w_type: W_TypeObject) -> bool:
    """Whether instances of w_type can be referred to weakly, as in CPython:
    classes get a __weakref__ slot unless every class statement of the MRO
    has __slots__ without it (over plain object)."""
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype:
            if not builtin_weakrefable(w_t):
                continue
            return True
        w_slots = w_t.dict_w.get("__slots__", None)
        if w_slots is None:
            return True
        names = slots_list(w_slots)
        if names is None or "__weakref__" in names:
            return True
    return False


def check_weakrefable(w_target: W_Root) -> None:
    if not weakrefable(w_target.getclass()):
        raise operr(w_TypeError, "cannot create weak reference to '%s' object"
                    % type_name(w_target))


def ref_new(args: Arguments) -> W_Root:
    if len(args.args_w) < 2:
        raise operr(w_TypeError, "__new__ expected at least 1 argument, got 0")
    if len(args.args_w) > 3:
        raise operr(w_TypeError, "__new__ expected at most 2 arguments, got %d"
                    % (len(args.args_w) - 1))
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    w_target = args.args_w[1]
    check_weakrefable(w_target)
    w_callback: W_Root | None = None
    if len(args.args_w) > 2 and args.args_w[2] is not w_None:
        w_callback = args.args_w[2]
    return make_ref(w_cls, w_target, w_callback, False,
                    w_callback is None and w_cls is w_ref_type)


def ref_init(args: Arguments) -> W_Root:
    return w_None


def ref_call(slots: list[W_Root | None]) -> W_Root:
    w_obj = referent(_ref(slots[0]))
    if w_obj is None:
        return w_None
    return w_obj


def ref_compare(slots: list[W_Root | None], eq: bool) -> W_Root:
    w_a = _ref(slots[0])
    w_b = slots[1]
    if not isinstance(w_b, W_WeakRef) or w_b.is_proxy:
        return w_NotImplemented
    w_x = referent(w_a)
    w_y = referent(w_b)
    if w_x is None or w_y is None:
        same = w_a is w_b
        return space.wrap_bool(same if eq else not same)
    return space.richcompare(w_x, w_y, 2 if eq else 3)


def ref_eq(slots: list[W_Root | None]) -> W_Root:
    return ref_compare(slots, True)


def ref_ne(slots: list[W_Root | None]) -> W_Root:
    return ref_compare(slots, False)


def ref_hash(slots: list[W_Root | None]) -> W_Root:
    r = _ref(slots[0])
    if r.hash == -1:
        w_obj = referent(r)
        if w_obj is None:
            raise operr(w_TypeError, "weak object has gone away")
        r.hash = space.hash_w(w_obj)
    return wrap_int(r.hash)


def special_name(w_obj: W_Root) -> str | None:
    """The referent's __name__ as CPython's weakref repr looks it up (on
    the type: classes and functions have one, plain instances do not)."""
    w_descr = w_obj.getclass().lookup("__name__")
    if w_descr is None:
        return None
    w_name = space.getattr(w_obj, "__name__")
    if isinstance(w_name, W_StrObject):
        return w_name.as_str()
    return None


def ref_repr(slots: list[W_Root | None]) -> W_Root:
    r = _ref(slots[0])
    w_obj = referent(r)
    if w_obj is None:
        return space.wrap_str("<weakref at 0x%x; dead>" % space.id_of(r))
    name = special_name(w_obj)
    text = "<weakref at 0x%x; to '%s' at 0x%x" % (space.id_of(r), type_name(w_obj),
                                                 space.id_of(w_obj))
    if name is not None:
        text += " (%s)" % name
    return space.wrap_str(text + ">")


def ref_get_callback(w: W_Root) -> W_Root:
    w_cb = _ref(w).w_callback
    if w_cb is None:
        return w_None
    return w_cb


register_raw(w_ref_type, "__new__", ref_new)
register_raw(w_ref_type, "__init__", ref_init)
register(w_ref_type, "__call__(self, /)", ref_call)
register(w_ref_type, "__eq__(self, other, /)", ref_eq)
register(w_ref_type, "__ne__(self, other, /)", ref_ne)
register(w_ref_type, "__hash__(self, /)", ref_hash)
register(w_ref_type, "__repr__(self, /)", ref_repr)
getset(w_ref_type, "__callback__", ref_get_callback)
w_ref_type.dict_w["__class_getitem__"] = space.make_classmethod(W_CLASS_GETITEM)


# -- proxies

def live_referent(w: W_Root | None) -> W_Root:
    w_obj = referent(_ref(w))
    if w_obj is None:
        raise operr(w_ReferenceError, "weakly-referenced object no longer exists")
    return w_obj


def proxy_getattribute(slots: list[W_Root | None]) -> W_Root:
    w_name = slots[1]
    assert w_name is not None
    return space.getattr(live_referent(slots[0]), space.str_of_w(w_name))


def proxy_setattr(slots: list[W_Root | None]) -> W_Root:
    w_name = slots[1]
    w_value = slots[2]
    assert w_name is not None and w_value is not None
    space.setattr(live_referent(slots[0]), space.str_of_w(w_name), w_value)
    return w_None


def proxy_delattr(slots: list[W_Root | None]) -> W_Root:
    w_name = slots[1]
    assert w_name is not None
    space.delattr(live_referent(slots[0]), space.str_of_w(w_name))
    return w_None


def proxy_repr(slots: list[W_Root | None]) -> W_Root:
    r = _ref(slots[0])
    w_obj = referent(r)
    if w_obj is None:
        w_obj = w_None          # CPython prints the None a dead proxy points to
    return space.wrap_str("<weakproxy at 0x%x to %s at 0x%x>" % (
        space.id_of(r), type_name(w_obj), space.id_of(w_obj)))


def proxy_str(slots: list[W_Root | None]) -> W_Root:
    return space.str_obj(live_referent(slots[0]))


def proxy_bool(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(space.is_true(live_referent(slots[0])))


def proxy_len(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(space.len_w(live_referent(slots[0])))


def proxy_getitem(slots: list[W_Root | None]) -> W_Root:
    w_key = slots[1]
    assert w_key is not None
    return space.getitem(live_referent(slots[0]), w_key)


def proxy_setitem(slots: list[W_Root | None]) -> W_Root:
    w_key = slots[1]
    w_value = slots[2]
    assert w_key is not None and w_value is not None
    space.setitem(live_referent(slots[0]), w_key, w_value)
    return w_None


def proxy_delitem(slots: list[W_Root | None]) -> W_Root:
    w_key = slots[1]
    assert w_key is not None
    space.delitem(live_referent(slots[0]), w_key)
    return w_None


def proxy_contains(slots: list[W_Root | None]) -> W_Root:
    w_item = slots[1]
    assert w_item is not None
    return space.wrap_bool(space.contains(live_referent(slots[0]), w_item))


def proxy_iter(slots: list[W_Root | None]) -> W_Root:
    return space.iter(live_referent(slots[0]))


def proxy_next(slots: list[W_Root | None]) -> W_Root:
    return space.next(live_referent(slots[0]))


def proxy_call(args: Arguments) -> W_Root:
    w_obj = live_referent(args.args_w[0])
    return space.call_args(w_obj, Arguments(args.args_w[1:], args.kw_names, args.kw_values_w))


def proxy_compare(slots: list[W_Root | None], num: int) -> W_Root:
    w_other = slots[1]
    assert w_other is not None
    if isinstance(w_other, W_WeakRef) and w_other.is_proxy:
        w_other = live_referent(w_other)
    return space.richcompare(live_referent(slots[0]), w_other, num)


def unwrap_proxy(w: W_Root | None) -> W_Root:
    """An operand of a proxy's operator: a proxy stands for its referent."""
    assert w is not None
    if isinstance(w, W_WeakRef) and w.is_proxy:
        return live_referent(w)
    return w


def proxy_binary(num: int) -> BuiltinFn:
    """Load time: the proxy's __op__ (num: BINARY_OPS' numbering, the
    augmented forms too): the operator on the referents."""
    def fn(slots: list[W_Root | None]) -> W_Root:
        return space.binary_op(unwrap_proxy(slots[0]), unwrap_proxy(slots[1]), num)
    return fn


def proxy_rbinary(num: int) -> BuiltinFn:
    """Load time: the proxy's __rop__."""
    def fn(slots: list[W_Root | None]) -> W_Root:
        return space.binary_op(unwrap_proxy(slots[1]), unwrap_proxy(slots[0]), num)
    return fn


def proxy_unary(name: str, symbol: str) -> BuiltinFn:
    def fn(slots: list[W_Root | None]) -> W_Root:
        return space.unary_op(live_referent(slots[0]), name, symbol)
    return fn


def proxy_converter(w_type: W_TypeObject) -> BuiltinFn:
    """Load time: __int__/__float__/__bytes__/__reversed__: the type called
    on the referent, as CPython's proxy (PyNumber_Long...)."""
    def fn(slots: list[W_Root | None]) -> W_Root:
        return space.call_function(w_type, [live_referent(slots[0])])
    return fn


def proxy_pow(slots: list[W_Root | None]) -> W_Root:
    w_mod = slots[2]
    if w_mod is None or w_mod is w_None:
        return space.binary_op(unwrap_proxy(slots[0]), unwrap_proxy(slots[1]), NB_POWER)
    return space.ternary_pow(unwrap_proxy(slots[0]), unwrap_proxy(slots[1]), unwrap_proxy(w_mod))


def proxy_rpow(slots: list[W_Root | None]) -> W_Root:
    return space.binary_op(unwrap_proxy(slots[1]), unwrap_proxy(slots[0]), NB_POWER)


def proxy_divmod(slots: list[W_Root | None]) -> W_Root:
    return space.binop_named(unwrap_proxy(slots[0]), unwrap_proxy(slots[1]), "divmod", "divmod()")


def proxy_rdivmod(slots: list[W_Root | None]) -> W_Root:
    return space.binop_named(unwrap_proxy(slots[1]), unwrap_proxy(slots[0]), "divmod", "divmod()")


def proxy_index(slots: list[W_Root | None]) -> W_Root:
    return space.index(live_referent(slots[0]))


def proxy_hash(slots: list[W_Root | None]) -> W_Root:
    raise operr(w_TypeError, "unhashable type: '%s'" % type_name(_ref(slots[0])))


for _w_pt in [w_proxy_type, w_callable_proxy_type]:
    register(_w_pt, "__getattribute__(self, name, /)", proxy_getattribute)
    register(_w_pt, "__getattr__(self, name, /)", proxy_getattribute)
    register(_w_pt, "__setattr__(self, name, value, /)", proxy_setattr)
    register(_w_pt, "__delattr__(self, name, /)", proxy_delattr)
    register(_w_pt, "__repr__(self, /)", proxy_repr)
    register(_w_pt, "__str__(self, /)", proxy_str)
    register(_w_pt, "__bool__(self, /)", proxy_bool)
    register(_w_pt, "__len__(self, /)", proxy_len)
    register(_w_pt, "__getitem__(self, key, /)", proxy_getitem)
    register(_w_pt, "__setitem__(self, key, value, /)", proxy_setitem)
    register(_w_pt, "__delitem__(self, key, /)", proxy_delitem)
    register(_w_pt, "__contains__(self, item, /)", proxy_contains)
    register(_w_pt, "__iter__(self, /)", proxy_iter)
    register(_w_pt, "__next__(self, /)", proxy_next)
    register_comparisons(_w_pt, proxy_compare, "other")
    register(_w_pt, "__hash__(self, /)", proxy_hash)
    for _num in range(len(space.BINOP_NAMES)):
        _n = space.BINOP_NAMES[_num]
        if _n == "pow":
            register(_w_pt, "__pow__(self, value, mod=, /)", proxy_pow)
            register(_w_pt, "__rpow__(self, value, mod=, /)", proxy_rpow)
        else:
            register(_w_pt, "__%s__(self, value, /)" % _n, proxy_binary(_num))
            register(_w_pt, "__r%s__(self, value, /)" % _n, proxy_rbinary(_num))
        register(_w_pt, "__i%s__(self, value, /)" % _n, proxy_binary(NB_INPLACE + _num))
    register(_w_pt, "__divmod__(self, value, /)", proxy_divmod)
    register(_w_pt, "__rdivmod__(self, value, /)", proxy_rdivmod)
    register(_w_pt, "__neg__(self, /)", proxy_unary("__neg__", "-"))
    register(_w_pt, "__pos__(self, /)", proxy_unary("__pos__", "+"))
    register(_w_pt, "__invert__(self, /)", proxy_unary("__invert__", "~"))
    register(_w_pt, "__abs__(self, /)", proxy_unary("__abs__", "abs()"))
    register(_w_pt, "__int__(self, /)", proxy_converter(w_int_type))
    register(_w_pt, "__float__(self, /)", proxy_converter(w_float_type))
    register(_w_pt, "__index__(self, /)", proxy_index)
    register(_w_pt, "__bytes__(self, /)", proxy_converter(w_bytes_type))
    register(_w_pt, "__reversed__(self, /)", proxy_converter(w_reversed_type))
register_raw(w_callable_proxy_type, "__call__", proxy_call)


def proxy(slots: list[W_Root | None]) -> W_Root:
    w_obj = slots[0]
    assert w_obj is not None
    check_weakrefable(w_obj)
    w_callback = slots[1]
    if w_callback is w_None:
        w_callback = None
    w_type = w_callable_proxy_type if space.callable_w(w_obj) else w_proxy_type
    return make_ref(w_type, w_obj, w_callback, True, w_callback is None)


def ordered_refs(w_obj: W_Root) -> list[W_WeakRef]:
    """CPython's order of an object's weakref list: the plain ref, the
    plain proxy, then the others newest first."""
    refs = weakrefs_to(w_obj)
    out: list[W_WeakRef] = []
    for r in refs:
        if r.w_callback is None and r.w_type is w_ref_type and not r.is_proxy:
            out.append(r)
    for r in refs:
        if r.w_callback is None and r.is_proxy:
            out.append(r)
    i = len(refs) - 1
    while i >= 0:
        r = refs[i]
        if not (r.w_callback is None and (r.is_proxy or r.w_type is w_ref_type)):
            out.append(r)
        i -= 1
    return out


def getweakrefcount(slots: list[W_Root | None]) -> W_Root:
    w_obj = slots[0]
    assert w_obj is not None
    if rgc.finalizers_pending():
        finalizers.run_pending()
    return wrap_int(len(weakrefs_to(w_obj)))


def getweakrefs(slots: list[W_Root | None]) -> W_Root:
    w_obj = slots[0]
    assert w_obj is not None
    if rgc.finalizers_pending():
        finalizers.run_pending()
    items_w: list[W_Root] = []
    for r in ordered_refs(w_obj):
        items_w.append(r)
    return W_ListObject(items_w)


def remove_dead_weakref(slots: list[W_Root | None]) -> W_Root:
    """Deletes dct[key] if it is a dead weak reference (weakref.py's
    WeakValueDictionary callbacks)."""
    w_dct = slots[0]
    w_key = slots[1]
    assert w_dct is not None and w_key is not None
    if not space.contains(w_dct, w_key):
        return w_None
    w_value = space.getitem(w_dct, w_key)
    if isinstance(w_value, W_WeakRef) and w_value.referent() is None:
        space.delitem(w_dct, w_key)
    return w_None


FUNCTIONS = [
    register(None, "proxy(object, callback=, /)", proxy),
    register(None, "getweakrefcount(object, /)", getweakrefcount),
    register(None, "getweakrefs(object, /)", getweakrefs),
    register(None, "_remove_dead_weakref(dct, key, /)", remove_dead_weakref),
]


def make_module() -> W_Module:
    w_mod = W_Module("_weakref", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("ref", w_ref_type)
    d.setitem_str("ReferenceType", w_ref_type)
    d.setitem_str("ProxyType", w_proxy_type)
    d.setitem_str("CallableProxyType", w_callable_proxy_type)
    return w_mod


register_module("_weakref", make_module)
