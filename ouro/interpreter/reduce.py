"""The pickle/copy protocol of the built-in types, as CPython 3.11's
Objects/typeobject.c and the types' own __reduce__: object.__reduce_ex__,
object.__reduce__ (copyreg._reduce_ex for protocols 0 and 1, copyreg's
__newobj__/__newobj_ex__ from protocol 2), object.__getstate__ (the
instance dict and the __slots__ values, copyreg._slotnames), and the
__reduce__ of NotImplemented, Ellipsis, slice, range, set, frozenset,
bytearray, BaseException (with its __setstate__), types.GenericAlias and
its iterator, and of methods: a module's built-in function is a global
(its name), a bound method (Python or built-in, method-wrapper) is
`getattr(self, name)` and a method descriptor `getattr(type, name)`.

Also `bool(NotImplemented)`: True with CPython's DeprecationWarning.

CPython refuses to pickle objects whose C layout holds more than the
instance dict and slots ("cannot pickle 'X' object"); here that is an
object whose first built-in base (in the MRO) is not object, list or
dict and that gives no arguments for __new__.
"""
from __future__ import annotations

from ouro.interpreter import importing
from ouro.interpreter.module import W_Module
from ouro.interpreter.pycode import w_code_type
from ouro.modules._warnings import core as warnings_core
from ouro.objspace import space
from ouro.objspace.bytearrayobject import W_BytearrayObject, w_bytearray_type
from ouro.objspace.bytesobject import wrap_bytes
from ouro.objspace.dictobject import W_DictObject, w_dict_type
from ouro.objspace.exceptions import (EXCEPTION_TYPES, W_BaseException, operr, w_BaseException,
                                      w_TypeError)
from ouro.objspace.exceptions_descr import args_of
from ouro.objspace.descriptors import W_Method, w_method_type
from ouro.objspace.gateway import (W_BuiltinFunction, register, w_builtin_function_type,
                                   w_classmethod_descriptor_type, w_method_descriptor_type)
from ouro.objspace.genericalias import (W_GAIterator, W_GenericAlias, w_ga_iterator_type,
                                        w_generic_alias_type)
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import W_ListObject, w_list_type
from ouro.objspace.maps import SLOT_PREFIX
from ouro.objspace.memoryobject import w_memoryview_type
from ouro.objspace.model import (W_Root, W_TypeObject, type_name, w_ellipsis_type, w_None,
                                 w_notimplemented_type, w_object_type)
from ouro.objspace.rangeobject import w_range_type
from ouro.objspace.setobject import w_frozenset_type, w_set_type
from ouro.objspace.sliceobject import w_slice_type
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def copyreg_attr(name: str) -> W_Root:
    return space.getattr(importing.import_one("copyreg"), name)


def solid_base(w_type: W_TypeObject) -> W_TypeObject:
    """The first built-in (non-heap) type of the MRO."""
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype:
            return w_t
    return w_object_type


def cannot_pickle(w_obj: W_Root) -> W_Root:
    raise operr(w_TypeError, "cannot pickle '%s' object" % type_name(w_obj))


def is_varsized(w_type: W_TypeObject) -> bool:
    """The types whose instances CPython sizes by their contents
    (tp_itemsize) that have a __new__ and no __getnewargs__:
    object_getstate_default words its refusal differently for them."""
    return w_type is w_memoryview_type or w_type is w_code_type


def getstate_default(w_obj: W_Root, required: bool) -> W_Root:
    """object.__getstate__ of CPython (object_getstate_default)."""
    w_type = w_obj.getclass()
    if required:
        w_base = solid_base(w_type)
        if is_varsized(w_base):
            raise operr(w_TypeError, "cannot pickle %s objects" % type_name(w_obj))
        if w_base is not w_object_type:
            cannot_pickle(w_obj)
    w_state: W_Root = w_None
    if w_type.hasdict:
        w_dict = space.getattr_or_none(w_obj, "__dict__")
        if w_dict is not None and space.len_w(w_dict) > 0:
            w_state = w_dict
    w_slotnames = space.call_function(copyreg_attr("_slotnames"), [w_type])
    if w_slotnames is not w_None and space.len_w(w_slotnames) > 0:
        w_slots = W_DictObject()
        for w_name in space.unpack_iterable(w_slotnames):
            w_value = space.getattr_or_none(w_obj, space.str_of_w(w_name))
            if w_value is not None:
                w_slots.setitem(w_name, w_value)
        if w_slots.used > 0:
            w_state = W_TupleObject([w_state, w_slots])
    return w_state


def getstate(w_obj: W_Root, required: bool) -> W_Root:
    w_getstate = space.getattr(w_obj, "__getstate__")
    if isinstance(w_getstate, W_BuiltinFunction) and w_getstate.w_self is w_obj and \
            w_getstate.name == "__getstate__" and w_getstate.w_objclass is w_object_type:
        return getstate_default(w_obj, required)
    return space.call_function(w_getstate, [])


def get_new_arguments(w_obj: W_Root) -> tuple[W_Root | None, W_Root | None]:
    """(args, kwargs) from __getnewargs_ex__ or __getnewargs__ (None, None
    without them).  Special methods: looked up on the type, as CPython's
    (an instance's __getattr__ is not asked)."""
    w_res = space.call_special(w_obj, "__getnewargs_ex__", [])
    if w_res is not None:
        if not isinstance(w_res, W_TupleObject):
            raise operr(w_TypeError, "__getnewargs_ex__ should return a tuple, not '%s'"
                        % type_name(w_res))
        if len(w_res.items_w) != 2:
            raise operr(w_TypeError, "__getnewargs_ex__ should return a tuple of length 2, "
                        "not %d" % len(w_res.items_w))
        w_args = w_res.items_w[0]
        w_kwargs = w_res.items_w[1]
        if not isinstance(w_args, W_TupleObject):
            raise operr(w_TypeError, "first item of the tuple returned by __getnewargs_ex__ "
                        "must be a tuple, not '%s'" % type_name(w_args))
        if not isinstance(w_kwargs, W_DictObject):
            raise operr(w_TypeError, "second item of the tuple returned by __getnewargs_ex__ "
                        "must be a dict, not '%s'" % type_name(w_kwargs))
        return (w_args, w_kwargs)
    w_args2 = space.call_special(w_obj, "__getnewargs__", [])
    if w_args2 is not None:
        if not isinstance(w_args2, W_TupleObject):
            raise operr(w_TypeError, "__getnewargs__ should return a tuple, not '%s'"
                        % type_name(w_args2))
        return (w_args2, None)
    return (None, None)


def reduce_newobj(w_obj: W_Root) -> W_Root:
    w_type = w_obj.getclass()
    w_args, w_kwargs = get_new_arguments(w_obj)
    hasargs = w_args is not None
    args_w: list[W_Root] = []
    if isinstance(w_args, W_TupleObject):
        args_w = w_args.items_w
    if w_kwargs is None or space.len_w(w_kwargs) == 0:
        w_newobj = copyreg_attr("__newobj__")
        newargs_w: list[W_Root] = [w_type]
        for w_a in args_w:
            newargs_w.append(w_a)
        w_newargs: W_Root = W_TupleObject(newargs_w)
    else:
        assert w_args is not None
        w_newobj = copyreg_attr("__newobj_ex__")
        w_newargs = W_TupleObject([w_type, w_args, w_kwargs])
    is_list = w_type.issubtype(w_list_type)
    is_dict = w_type.issubtype(w_dict_type)
    w_state = getstate(w_obj, not (hasargs or is_list or is_dict))
    w_listitems: W_Root = w_None
    w_dictitems: W_Root = w_None
    if is_list:
        w_listitems = space.iter(w_obj)
    if is_dict:
        w_dictitems = space.iter(space.call_method(w_obj, "items", []))
    return W_TupleObject([w_newobj, w_newargs, w_state, w_listitems, w_dictitems])


def common_reduce(w_obj: W_Root, proto: int) -> W_Root:
    if proto >= 2:
        return reduce_newobj(w_obj)
    return space.call_function(copyreg_attr("_reduce_ex"), [w_obj, wrap_int(proto)])


class ObjectReduce:
    w_reduce: W_Root | None     # object.__reduce__

    def __init__(self) -> None:
        self.w_reduce = None


OBJECT_REDUCE = ObjectReduce()


def object_reduce_ex(slots: list[W_Root | None]) -> W_Root:
    w_obj = _arg(slots, 0)
    proto = space.int_of_w(_arg(slots, 1))
    w_reduce = space.getattr_or_none(w_obj, "__reduce__")
    if w_reduce is not None:
        w_clsreduce = space.getattr(w_obj.getclass(), "__reduce__")
        if w_clsreduce is not OBJECT_REDUCE.w_reduce:
            return space.call_function(w_reduce, [])
    return common_reduce(w_obj, proto)


def object_reduce(slots: list[W_Root | None]) -> W_Root:
    return common_reduce(_arg(slots, 0), 0)


def object_getstate(slots: list[W_Root | None]) -> W_Root:
    return getstate_default(_arg(slots, 0), False)


register(w_object_type, "__reduce_ex__(self, protocol, /)", object_reduce_ex)
OBJECT_REDUCE.w_reduce = register(w_object_type, "__reduce__(self, /)", object_reduce)
register(w_object_type, "__getstate__(self, /)", object_getstate)


# -- the built-in types' own

def notimplemented_reduce(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject("NotImplemented")


def ellipsis_reduce(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject("Ellipsis")


def notimplemented_bool(slots: list[W_Root | None]) -> W_Root:
    warnings_core.warn(EXCEPTION_TYPES["DeprecationWarning"],
                       "NotImplemented should not be used in a boolean context", 1)
    return space.wrap_bool(True)


def slice_reduce(slots: list[W_Root | None]) -> W_Root:
    w_s = _arg(slots, 0)
    return W_TupleObject([w_s.getclass(), W_TupleObject([
        space.getattr(w_s, "start"), space.getattr(w_s, "stop"), space.getattr(w_s, "step")])])


def range_reduce(slots: list[W_Root | None]) -> W_Root:
    w_r = _arg(slots, 0)
    return W_TupleObject([w_r.getclass(), W_TupleObject([
        space.getattr(w_r, "start"), space.getattr(w_r, "stop"), space.getattr(w_r, "step")])])


def set_reduce(slots: list[W_Root | None]) -> W_Root:
    w_s = _arg(slots, 0)
    w_keys = W_ListObject(space.unpack_iterable(w_s))
    return W_TupleObject([w_s.getclass(), W_TupleObject([w_keys]), getstate(w_s, False)])


def bytearray_reduce_proto(w_b: W_Root, proto: int) -> W_Root:
    assert isinstance(w_b, W_BytearrayObject)
    data = w_b.data_bytes()
    if len(data) == 0:
        w_args: W_Root = W_TupleObject([])
    elif proto < 3:
        w_args = W_TupleObject([W_StrObject("".join([chr(b) for b in data])),
                                W_StrObject("latin-1")])
    else:
        w_args = W_TupleObject([wrap_bytes(data)])
    return W_TupleObject([w_b.getclass(), w_args, getstate(w_b, False)])


def bytearray_reduce(slots: list[W_Root | None]) -> W_Root:
    return bytearray_reduce_proto(_arg(slots, 0), 0)


def bytearray_reduce_ex(slots: list[W_Root | None]) -> W_Root:
    w_proto = slots[1]
    proto = 0 if w_proto is None else space.int_of_w(w_proto)
    return bytearray_reduce_proto(_arg(slots, 0), proto)


def exc_dict(w_exc: W_BaseException) -> W_Root | None:
    """The instance dict if CPython's exception would have one: once an
    attribute was set or __dict__ read (here: it switched to a real dict)."""
    if w_exc.get_w_dict() is None:
        for name in w_exc.attr_names():
            if not name.startswith(SLOT_PREFIX):
                return space.getattr(w_exc, "__dict__")
        return None
    return space.getattr(w_exc, "__dict__")


def exc_reduce(slots: list[W_Root | None]) -> W_Root:
    w_exc = _arg(slots, 0)
    assert isinstance(w_exc, W_BaseException)
    w_args = W_TupleObject(list(args_of(w_exc)))
    w_dict = exc_dict(w_exc)
    if w_dict is not None:
        return W_TupleObject([w_exc.getclass(), w_args, w_dict])
    return W_TupleObject([w_exc.getclass(), w_args])


def oserror_reduce(slots: list[W_Root | None]) -> W_Root:
    """BaseException's, the filenames put back into the arguments (args
    holds only errno and strerror then), as CPython's OSError_reduce."""
    w_exc = _arg(slots, 0)
    assert isinstance(w_exc, W_BaseException)
    w_args = space.getattr(w_exc, "args")
    w_filename = space.getattr(w_exc, "filename")
    if isinstance(w_args, W_TupleObject) and len(w_args.items_w) == 2 and w_filename is not w_None:
        items_w = [w_args.items_w[0], w_args.items_w[1], w_filename]
        w_filename2 = space.getattr(w_exc, "filename2")
        if w_filename2 is not w_None:
            items_w.append(w_None)      # winerror: OSError(*args) makes filename2 the fifth
            items_w.append(w_filename2)
        w_args = W_TupleObject(items_w)
    w_dict = exc_dict(w_exc)
    if w_dict is not None:
        return W_TupleObject([w_exc.getclass(), w_args, w_dict])
    return W_TupleObject([w_exc.getclass(), w_args])


def importerror_reduce(slots: list[W_Root | None]) -> W_Root:
    """BaseException's, with name and path (when given, None included)
    added to a copy of the instance dict, as CPython's ImportError_reduce."""
    w_exc = _arg(slots, 0)
    assert isinstance(w_exc, W_BaseException)
    w_args = W_TupleObject(list(args_of(w_exc)))
    w_name = w_exc.get_member("name")
    w_path = w_exc.get_member("path")
    w_dict = exc_dict(w_exc)
    if w_name is None and w_path is None:
        if w_dict is not None:
            return W_TupleObject([w_exc.getclass(), w_args, w_dict])
        return W_TupleObject([w_exc.getclass(), w_args])
    w_state = W_DictObject()
    if w_dict is not None:
        space.call_method(w_state, "update", [w_dict])
    if w_name is not None:
        w_state.setitem(W_StrObject("name"), w_name)
    if w_path is not None:
        w_state.setitem(W_StrObject("path"), w_path)
    return W_TupleObject([w_exc.getclass(), w_args, w_state])


def exc_setstate(slots: list[W_Root | None]) -> W_Root:
    w_exc = _arg(slots, 0)
    w_state = _arg(slots, 1)
    if w_state is not w_None:
        if not isinstance(w_state, W_DictObject):
            raise operr(w_TypeError, "state is not a dictionary")
        for w_k, w_v in w_state.items():
            space.setattr(w_exc, space.str_of_w(w_k), w_v)
    return w_None


def builtin(name: str) -> W_Root:
    return space.getattr(importing.import_one("builtins"), name)


def ga_reduce(slots: list[W_Root | None]) -> W_Root:
    """`(GenericAlias, (origin, args))`; a starred alias is remade as
    `next(iter(alias))`."""
    ga = _arg(slots, 0)
    if not isinstance(ga, W_GenericAlias):
        raise operr(w_TypeError, "descriptor '__reduce__' requires a 'types.GenericAlias' object")
    if ga.starred:
        w_it = W_GAIterator(W_GenericAlias(ga.w_origin, ga.w_args))
        return W_TupleObject([builtin("next"), W_TupleObject([w_it])])
    return W_TupleObject([ga.getclass(), W_TupleObject([ga.w_origin, ga.w_args])])


def ga_iter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_it = _arg(slots, 0)
    assert isinstance(w_it, W_GAIterator)
    w_iter = builtin("iter")
    ga = w_it.w_alias
    if ga is None:
        return W_TupleObject([w_iter, W_TupleObject([W_TupleObject([])])])
    return W_TupleObject([w_iter, W_TupleObject([ga])])


def builtin_reduce(slots: list[W_Root | None]) -> W_Root:
    """CPython's meth_reduce (and wrapper_reduce of a method-wrapper): a
    type's __new__ and static methods are bound to the type there
    (`getattr(int, '__new__')`, `getattr(str, 'maketrans')`)."""
    b = _arg(slots, 0)
    assert isinstance(b, W_BuiltinFunction)
    w_self: W_Root | None = b.w_self
    if w_self is None:
        w_self = b.w_static_of
    if w_self is None and b.name == "__new__":
        w_self = b.w_objclass
    if w_self is None or isinstance(w_self, W_Module):
        return space.wrap_str(b.name)
    return W_TupleObject([builtin("getattr"), W_TupleObject([w_self, space.wrap_str(b.name)])])


def descr_reduce(slots: list[W_Root | None]) -> W_Root:
    """A method_descriptor or wrapper_descriptor: getattr(type, name)."""
    b = _arg(slots, 0)
    assert isinstance(b, W_BuiltinFunction)
    w_cls = b.w_objclass
    assert w_cls is not None
    return W_TupleObject([builtin("getattr"), W_TupleObject([w_cls, space.wrap_str(b.name)])])


def cannot_pickle_reduce(slots: list[W_Root | None]) -> W_Root:
    """The types CPython gives no __reduce__ and no __new__ (a
    classmethod_descriptor: here a subclass of method_descriptor, whose
    __reduce__ it must not inherit)."""
    return cannot_pickle(_arg(slots, 0))


def method_reduce(slots: list[W_Root | None]) -> W_Root:
    """A bound method: getattr(self, func.__name__)."""
    m = _arg(slots, 0)
    assert isinstance(m, W_Method)
    w_name = space.getattr(m.w_function, "__name__")
    return W_TupleObject([builtin("getattr"), W_TupleObject([m.w_self, w_name])])


register(w_builtin_function_type, "__reduce__(self, /)", builtin_reduce)
register(w_method_descriptor_type, "__reduce__(self, /)", descr_reduce)
register(w_classmethod_descriptor_type, "__reduce__(self, /)", cannot_pickle_reduce)
register(w_method_type, "__reduce__(self, /)", method_reduce)
register(w_generic_alias_type, "__reduce__(self, /)", ga_reduce)
register(w_ga_iterator_type, "__reduce__(self, /)", ga_iter_reduce)
register(w_notimplemented_type, "__reduce__(self, /)", notimplemented_reduce)
register(w_notimplemented_type, "__bool__(self, /)", notimplemented_bool)
register(w_ellipsis_type, "__reduce__(self, /)", ellipsis_reduce)
register(w_slice_type, "__reduce__(self, /)", slice_reduce)
register(w_range_type, "__reduce__(self, /)", range_reduce)
register(w_set_type, "__reduce__(self, /)", set_reduce)
register(w_frozenset_type, "__reduce__(self, /)", set_reduce)
register(w_bytearray_type, "__reduce__(self, /)", bytearray_reduce)
register(w_bytearray_type, "__reduce_ex__(self, proto=, /)", bytearray_reduce_ex)
register(w_BaseException, "__reduce__(self, /)", exc_reduce)
register(w_BaseException, "__setstate__(self, state, /)", exc_setstate)
register(EXCEPTION_TYPES["ImportError"], "__reduce__(self, /)", importerror_reduce)
register(EXCEPTION_TYPES["OSError"], "__reduce__(self, /)", oserror_reduce)
