"""`object` and `type`: the methods of the root of the hierarchy, class
creation (`type(name, bases, ns)`, metaclasses, `__init_subclass__`,
`__set_name__`), calling a type (`__new__` then `__init__`).  W_Instance,
the instances of classes made by `class` statements whose built-in base is
`object`, is defined with its layouts in ouro/objspace/maps.py (imported
from here too); `object.__new__` picks the layout (maps.new_instance).
"""
from __future__ import annotations

from ouro.objspace import finalizerqueue, space, weakrefs
from ouro.objspace.descriptors import (W_GetSetProperty, W_MemberDescr, getset, no_del, no_set,
                                      readonly_member, w_classmethod_type, w_staticmethod_type)
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_AttributeError, w_OSError, w_RuntimeError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.gateway import W_BuiltinSlots, fits_positional, register, register_raw
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.mappingproxy import W_MappingProxy
from ouro.objspace.maps import W_Instance, W_ObjectWithMap, new_instance
from ouro.objspace.model import (LAYOUT_EXCEPTION, LAYOUT_OBJECT, LAYOUT_OTHER, LAYOUT_TYPE,
                                 Arguments, MroError, W_Root, W_TypeObject, compute_mro,
                                 tp_name, type_name, w_Ellipsis, w_ellipsis_type, w_None, w_none_type,
                                 w_NotImplemented,
                                 w_notimplemented_type, w_object_type, w_type_type)
from ouro.objspace.strobject import W_StrObject, s_isidentifier, w_str_type
from ouro.objspace.tupleobject import W_TupleObject


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    return w if w is not None else w_None


# -- object

def object_new(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "object.__new__(): not enough arguments")
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "object.__new__(X): X is not a type object (%s)" % type_name(w_cls))
    if len(args.args_w) > 1 or args.has_keywords():
        # extra arguments are an error unless __init__ is overridden and
        # __new__ is not (CPython's excess_args rule)
        if w_cls.lookup("__new__") is not W_OBJECT_NEW[0]:
            raise operr(w_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
        if w_cls.lookup("__init__") is W_OBJECT_INIT[0]:
            raise operr(w_TypeError, "%s() takes no arguments" % w_cls.name)
    check_abstract(w_cls)
    return allocate_instance(w_cls)


def check_abstract(w_cls: W_TypeObject) -> None:
    """An ABC with abstract methods left cannot be instantiated."""
    w_abstracts = w_cls.lookup("__abstractmethods__")
    if w_abstracts is None or not space.is_true(w_abstracts):
        return
    names: list[str] = []
    for w_n in space.unpack_iterable(w_abstracts):
        names.append(space.str_str(w_n))
    names.sort()
    raise operr(w_TypeError, "Can't instantiate abstract class %s with abstract method%s %s"
                % (w_cls.name, "" if len(names) == 1 else "s", ", ".join(names)))


def allocate_instance(w_cls: W_TypeObject) -> W_Root:
    layout = w_cls.layout
    if layout == LAYOUT_OBJECT:
        w_obj = new_instance(w_cls)
        if w_cls.defines_del():
            finalizerqueue.register(w_obj)      # __del__ runs after it died
        return w_obj
    if layout == LAYOUT_EXCEPTION:
        w_exc = W_BaseException(w_cls, [])
        if w_cls.defines_del():
            finalizerqueue.register(w_exc)
        return w_exc
    if layout == LAYOUT_TYPE:
        raise operr(w_TypeError, "object.__new__(%s) is not safe, use type.__new__()" % w_cls.name)
    raise operr(w_TypeError, "object.__new__(%s) is not safe, use %s.__new__()" % (
        w_cls.name, w_cls.name))


def object_init(args: Arguments) -> W_Root:
    if len(args.args_w) > 1 or args.has_keywords():
        w_self = args.args_w[0]
        w_cls = w_self.getclass()
        if w_cls.lookup("__init__") is not W_OBJECT_INIT[0]:
            raise operr(w_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
        if w_cls.lookup("__new__") is W_OBJECT_NEW[0]:
            raise operr(w_TypeError, "%s.__init__() takes exactly one argument (the instance "
                        "to initialize)" % w_cls.name)
    return w_None


def object_repr(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(space.default_repr(_arg(slots, 0)))


def object_str(slots: list[W_Root | None]) -> W_Root:
    return space.repr(_arg(slots, 0))


def object_eq(slots: list[W_Root | None]) -> W_Root:
    if slots[0] is slots[1]:
        return space.wrap_bool(True)
    return w_NotImplemented


def object_ne(slots: list[W_Root | None]) -> W_Root:
    w_self = _arg(slots, 0)
    w_other = _arg(slots, 1)
    w_eq = space.lookup(w_self, "__eq__")
    if w_eq is None:
        return w_NotImplemented
    w_res = space.call_function(w_eq, [w_self, w_other])
    if w_res is w_NotImplemented:
        return w_res
    return space.wrap_bool(not space.is_true(w_res))


def object_hash(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_int(space.id_of(_arg(slots, 0)) >> 4)


def object_getattribute(slots: list[W_Root | None]) -> W_Root:
    w_obj = _arg(slots, 0)
    name = space.str_of_w(_arg(slots, 1))
    w_res = space.generic_getattr(w_obj, name)
    if w_res is None:
        raise space.attribute_error(w_obj, name)
    return w_res


def object_setattr(slots: list[W_Root | None]) -> W_Root:
    space.generic_setattr(_arg(slots, 0), space.str_of_w(_arg(slots, 1)), _arg(slots, 2))
    return w_None


def object_delattr(slots: list[W_Root | None]) -> W_Root:
    space.generic_delattr(_arg(slots, 0), space.str_of_w(_arg(slots, 1)))
    return w_None


def object_format(slots: list[W_Root | None]) -> W_Root:
    w_self = _arg(slots, 0)
    spec = space.str_of_w(_arg(slots, 1))
    if spec != "":
        raise operr(w_TypeError, "unsupported format string passed to %s.__format__"
                    % type_name(w_self))
    return space.str_obj(w_self)


def object_init_subclass(args: Arguments) -> W_Root:
    if args.has_keywords() or len(args.args_w) > 1:
        w_cls = args.args_w[0]
        name = w_cls.name if isinstance(w_cls, W_TypeObject) else "object"
        if args.has_keywords():
            raise operr(w_TypeError, "%s.__init_subclass__() takes no keyword arguments" % name)
        raise operr(w_TypeError, "%s.__init_subclass__() takes no arguments (%d given)"
                    % (name, len(args.args_w) - 1))
    return w_None


def object_class(slots: list[W_Root | None]) -> W_Root:
    return _arg(slots, 0).getclass()


def object_subclasshook(slots: list[W_Root | None]) -> W_Root:
    return w_NotImplemented


def object_dir(slots: list[W_Root | None]) -> W_Root:
    return space.default_dir(_arg(slots, 0))


def object_order(slots: list[W_Root | None]) -> W_Root:
    """object's __lt__, __le__, __gt__, __ge__ (its tp_richcompare): only
    NotImplemented, but they exist, as dir() of any object shows."""
    return w_NotImplemented


def object_sizeof(slots: list[W_Root | None]) -> W_Root:
    """CPython's sizes (ouro/objspace/sizeof.py has the built-in types')."""
    return space.wrap_int(object_size(_arg(slots, 0)))


def object_size(w: W_Root) -> int:
    """object.__sizeof__: the basic size of the instance's type (a class
    statement adds a pointer per slot, and one for __weakref__)."""
    w_t = w.getclass()
    if not w_t.is_heaptype:
        return 16
    size = 16
    weakref = False
    for w_b in w_t.mro_w:
        if not w_b.is_heaptype:
            break
        for key, w_v in w_b.dict_w.items():
            if isinstance(w_v, W_MemberDescr):
                size += 8
            elif key == "__weakref__":
                weakref = True
    if weakref:
        size += 8
    return size


W_OBJECT_NEW = [register_raw(w_object_type, "__new__", object_new)]
W_OBJECT_INIT = [register_raw(w_object_type, "__init__", object_init)]
register(w_object_type, "__repr__(self, /)", object_repr)
register(w_object_type, "__str__(self, /)", object_str)
register(w_object_type, "__eq__(self, value, /)", object_eq)
register(w_object_type, "__ne__(self, value, /)", object_ne)
for _name in ["__lt__", "__le__", "__gt__", "__ge__"]:
    register(w_object_type, _name + "(self, value, /)", object_order)
register(w_object_type, "__sizeof__(self, /)", object_sizeof)
register(w_object_type, "__hash__(self, /)", object_hash)
space.DEFAULT_GETATTRIBUTE.append(
    register(w_object_type, "__getattribute__(self, name, /)", object_getattribute))
space.DEFAULT_SETATTR.append(
    register(w_object_type, "__setattr__(self, name, value, /)", object_setattr))
space.DEFAULT_DELATTR.append(
    register(w_object_type, "__delattr__(self, name, /)", object_delattr))
register(w_object_type, "__format__(self, format_spec, /)", object_format)
W_OBJECT_INIT_SUBCLASS = register_raw(w_object_type, "__init_subclass__", object_init_subclass)
W_OBJECT_INIT_SUBCLASS.binds_class = True
register(w_object_type, "__subclasshook__(cls, subclass, /)", object_subclasshook)
register(w_object_type, "__dir__(self, /)", object_dir)
# __reduce_ex__, __reduce__, __getstate__: ouro/interpreter/reduce.py (they need copyreg)


# -- type

# BaseException.__new__ and __init__ (set by exceptions_descr): type_call
# makes instances of the exception classes that keep both without calling them
BASE_EXCEPTION_NEW_INIT: list[W_Root] = []


def type_call(args: Arguments) -> W_Root:
    """`cls(...)`: `cls.__new__(cls, ...)`, then `__init__` if the result is
    an instance of cls."""
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    if w_cls is w_type_type and len(args.args_w) == 2 and not args.has_keywords():
        return args.args_w[1].getclass()
    if w_cls is w_str_type and len(args.args_w) == 2 and not args.has_keywords():
        # str(x): str.__new__'s own answer, without binding its arguments
        return space.str_obj(args.args_w[1])
    w_new = w_cls.lookup("__new__")
    if w_new is None:
        raise operr(w_TypeError, "cannot create '%s' instances" % w_cls.name)
    if (len(BASE_EXCEPTION_NEW_INIT) == 2 and w_new is BASE_EXCEPTION_NEW_INIT[0]
            and not args.has_keywords() and w_cls is not w_OSError):
        # `raise ValueError(x)`: BaseException.__new__'s instance made here
        # (OSError's picks a subclass by errno: exceptions_descr.exc_new)
        w_exc = W_BaseException(w_cls, args.args_w[1:])
        if w_cls.defines_del():
            finalizerqueue.register(w_exc)
        w_init = w_cls.lookup("__init__")
        if w_init is not BASE_EXCEPTION_NEW_INIT[1]:
            run_init(w_exc, w_init, Arguments(args.args_w[1:], args.kw_names, args.kw_values_w))
        return w_exc
    rest = Arguments(args.args_w[1:], args.kw_names, args.kw_values_w)
    if w_new is W_OBJECT_NEW[0]:
        # object.__new__ (most classes): what it would do, without the
        # argument lists of a call
        w_init = w_cls.lookup("__init__")
        if w_init is not W_OBJECT_INIT[0] or (len(rest.args_w) == 0 and not rest.has_keywords()):
            check_abstract(w_cls)
            w_obj = allocate_instance(w_cls)
            run_init(w_obj, w_init, rest)
            return w_obj
    w_new_unbound = w_new
    w_new = space.get_from_class(w_new, w_cls)
    if (isinstance(w_new, W_BuiltinSlots) and not args.has_keywords()
            and fits_positional(w_new, len(args.args_w))):
        # a built-in __new__ (tuple(x), set(x), ...) called with its slots
        slots: list[W_Root | None] = [None] * len(w_new.sig.params)
        k = 0
        while k < len(args.args_w):
            slots[k] = args.args_w[k]
            k += 1
        w_obj = w_new.fn(slots)
    else:
        w_obj = w_new.call_args(rest.prepend(w_cls))
    w_ocls = w_obj.getclass()
    if not w_ocls.issubtype(w_cls):
        return w_obj
    if w_ocls.defines_del():
        # a subclass of a built-in type (list, dict...) made by its own
        # __new__ (object-layout instances registered in allocate_instance;
        # registering twice does nothing)
        finalizerqueue.register(w_obj)
    w_init = w_ocls.lookup("__init__")
    if w_init is W_OBJECT_INIT[0] and w_ocls is w_cls and w_new_unbound is not W_OBJECT_NEW[0]:
        # object.__init__ of a class with its own __new__ accepts any
        # arguments and does nothing (object_init)
        return w_obj
    run_init(w_obj, w_init, rest)
    return w_obj


# variable-sized built-in types (CPython's tp_itemsize): their subclasses
# get no __weakref__ slot
VARIABLE_SIZED = ["int", "bool", "tuple", "bytes"]


def add_dict_descriptors(w_type: W_TypeObject, slot_names: list[str] | None) -> None:
    """The `__dict__` and `__weakref__` descriptors a class statement puts
    into the namespace of the first class of its MRO whose instances get
    them (CPython's type_new: `vars(C)` shows them, a subclass's not)."""
    bases = w_type.mro_w[1:]
    if w_type.hasdict and "__dict__" not in w_type.dict_w:
        adds = True
        for w_b in bases:
            # types and functions have a __dict__ too (CPython's tp_dictoffset)
            if w_b.hasdict or (not w_b.is_heaptype and w_b.name in ("type", "function")):
                adds = False
        if adds:
            w_d = W_GetSetProperty("__dict__", w_type, object_get_dict, object_set_dict,
                                   no_del, True, False)
            w_d.doc = "dictionary for instance variables"
            w_type.dict_w["__dict__"] = w_d
    if "__weakref__" not in w_type.dict_w and (slot_names is None or "__weakref__" in slot_names):
        for w_b in bases:
            if w_b.is_heaptype:
                if "__weakref__" in w_b.dict_w:
                    return
            elif weakrefs.builtin_weakrefable(w_b) or w_b.name in VARIABLE_SIZED:
                return
        w_w = W_GetSetProperty("__weakref__", w_type, object_get_weakref, no_set, no_del,
                               False, False)
        w_w.doc = "list of weak references to the object"
        w_type.dict_w["__weakref__"] = w_w


def object_get_weakref(w: W_Root) -> W_Root:
    """obj.__weakref__: its first weak reference, or None."""
    refs = weakrefs.weakrefs_to(w)
    if len(refs) > 0:
        return refs[0]
    return w_None


def run_init(w_obj: W_Root, w_init: W_Root | None, args: Arguments) -> None:
    """The __init__ step of cls(...)."""
    if w_init is not None:
        w_res = w_init.call_with_self(w_obj, args)
        if w_res is not w_None:
            raise operr(w_TypeError, "__init__() should return None, not '%s'" % type_name(w_res))


def type_new(args: Arguments) -> W_Root:
    """`type(name, bases, ns)` and class statements."""
    args_w = args.args_w
    if len(args_w) == 2:
        return args_w[1].getclass()
    if len(args_w) != 4:
        raise operr(w_TypeError, "type() takes 1 or 3 arguments")
    w_meta = args_w[0]
    assert isinstance(w_meta, W_TypeObject)
    w_name = args_w[1]
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "type.__new__() argument 1 must be str, not %s"
                    % type_name(w_name))
    name = w_name.as_str()
    w_bases = args_w[2]
    w_ns = args_w[3]
    if not isinstance(w_bases, W_TupleObject):
        raise operr(w_TypeError, "type.__new__() argument 2 must be tuple, not %s"
                    % type_name(w_bases))
    if not isinstance(w_ns, W_DictObject):
        raise operr(w_TypeError, "type.__new__() argument 3 must be dict, not %s"
                    % type_name(w_ns))
    # a base like list[int] is resolved by the class statement
    # (__build_class__), not here
    for w_b in w_bases.items_w:
        if not isinstance(w_b, W_TypeObject) and space.getattr_or_none(w_b, "__mro_entries__") is not None:
            raise operr(w_TypeError, "type() doesn't support MRO entry resolution; use types.new_class()")
    # the most derived metaclass (of any bases: then they must be types)
    w_winner = calculate_metaclass(w_meta, w_bases.items_w)
    if w_winner is not w_meta:
        w_new = w_winner.lookup("__new__")
        if w_new is not None and w_new is not W_TYPE_NEW[0]:
            w_new = space.get_from_class(w_new, w_winner)
            return w_new.call_args(Arguments([w_winner, args_w[1], w_bases, w_ns],
                                             args.kw_names, args.kw_values_w))
        w_meta = w_winner
    bases: list[W_TypeObject] = []
    for w_b in w_bases.items_w:
        if not isinstance(w_b, W_TypeObject):
            raise operr(w_TypeError, "bases must be types")
        bases.append(w_b)
    if len(bases) == 0:
        bases = [w_object_type]
    layout = LAYOUT_OBJECT
    for w_b in bases:
        if w_b.name == "bool" and not w_b.is_heaptype:
            raise operr(w_TypeError, "type 'bool' is not an acceptable base type")
        if w_b.layout == LAYOUT_OTHER:
            raise operr(w_TypeError, "type '%s' is not an acceptable base type" % tp_name(w_b))
        if w_b.layout != LAYOUT_OBJECT:
            if layout != LAYOUT_OBJECT and layout != w_b.layout:
                raise operr(w_TypeError, "multiple bases have instance lay-out conflict")
            layout = w_b.layout
    if layout not in (LAYOUT_OBJECT, LAYOUT_EXCEPTION, LAYOUT_TYPE):
        if not space.can_subclass_builtin(layout):
            raise operr(w_TypeError, "subclassing '%s' is not supported yet" % bases[0].name)
    i = 0
    while i < len(bases):
        j = i + 1
        while j < len(bases):
            if bases[i] is bases[j]:
                raise operr(w_TypeError, "duplicate base class %s" % bases[i].name)
            j += 1
        i += 1
    slot_names: list[str] | None = None
    w_slots = w_ns.getitem_str("__slots__")
    if w_slots is not None:
        slot_names = slots_of(w_slots, name)
    w_type = W_TypeObject(name, bases, layout)
    w_type.is_heaptype = True
    w_type.hasdict = True
    if slot_names is not None:
        base_has_dict = False
        for w_b in bases:
            if w_b.hasdict:
                base_has_dict = True
        w_type.hasdict = base_has_dict or "__dict__" in slot_names
    if w_meta is not w_type_type:
        w_type.w_metaclass = w_meta
    try:
        w_type.mro_w = compute_mro(w_type)
    except MroError as e:
        heads: list[str] = []
        for seq in e.remaining:
            if len(seq) > 0 and seq[0].name not in heads:
                heads.append(seq[0].name)
        raise operr(w_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases "
                    + ", ".join(heads))
    for w_k, w_v in w_ns.items():
        w_type.dict_w[space.str_of_w(w_k)] = w_v
    if slot_names is not None:
        for slot in slot_names:
            if slot == "__dict__" or slot == "__weakref__":
                continue
            mangled = mangle_private(name, slot)
            if mangled in w_type.dict_w:
                raise operr(w_ValueError, "'%s' in __slots__ conflicts with class variable" % slot)
            w_type.dict_w[mangled] = W_MemberDescr(mangled, w_type)
    if "__module__" not in w_type.dict_w:
        # type(name, bases, ns) called from a module: that module
        w_modname = space.caller_module_name()
        if w_modname is not None:
            w_type.dict_w["__module__"] = w_modname
    if "__qualname__" in w_type.dict_w:
        w_q = w_type.dict_w["__qualname__"]
        if not isinstance(w_q, W_StrObject):
            raise operr(w_TypeError, "type __qualname__ must be a str, not %s" % type_name(w_q))
        w_type.qualname = w_q.as_str()
        del w_type.dict_w["__qualname__"]
    add_dict_descriptors(w_type, slot_names)
    if "__doc__" not in w_type.dict_w:
        w_type.dict_w["__doc__"] = w_None
    # __init_subclass__ and __new__ are implicitly static/class methods
    if "__init_subclass__" in w_type.dict_w:
        w_type.dict_w["__init_subclass__"] = space.make_classmethod(
            w_type.dict_w["__init_subclass__"])
    if "__class_getitem__" in w_type.dict_w:
        w_type.dict_w["__class_getitem__"] = space.make_classmethod(
            w_type.dict_w["__class_getitem__"])
    if "__new__" in w_type.dict_w:
        w_type.dict_w["__new__"] = space.make_staticmethod(w_type.dict_w["__new__"])
    if "__classcell__" in w_type.dict_w:
        w_cell = w_type.dict_w["__classcell__"]
        space.set_cell(w_cell, w_type)
        del w_type.dict_w["__classcell__"]
    if "__eq__" in w_type.dict_w and "__hash__" not in w_type.dict_w:
        w_type.dict_w["__hash__"] = w_None
    # __set_name__, then __init_subclass__ of the parent
    for key, w_v in list(w_type.dict_w.items()):
        w_sn = space.lookup(w_v, "__set_name__")
        if w_sn is not None:
            try:
                space.call_function(w_sn, [w_v, w_type, space.wrap_str(key)])
            except OperationError as e:
                # 3.11 wraps the error (3.12 lets it through)
                e2 = operr(w_RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'"
                           % (type_name(w_v), space.repr_str(space.wrap_str(key)), w_type.name))
                e2.w_value.w_cause = e.w_value
                e2.w_value.w_context = e.w_value
                e2.w_value.suppress_context = True
                raise e2
    # super(cls, cls).__init_subclass__(**kwds): along the MRO after cls
    w_type.mutated()
    w_super_isc: W_Root | None = None
    k = 1
    while k < len(w_type.mro_w):
        w_t = w_type.mro_w[k]
        if "__init_subclass__" in w_t.dict_w:
            w_super_isc = w_t.dict_w["__init_subclass__"]
            break
        k += 1
    if w_super_isc is not None:
        w_bound = space.get_from_class(w_super_isc, w_type)
        w_bound.call_args(Arguments([], args.kw_names, args.kw_values_w))
    elif args.has_keywords():
        raise operr(w_TypeError, "%s.__init_subclass__() takes no keyword arguments" % name)
    return w_type


def slots_of(w_slots: W_Root, name: str) -> list[str]:
    if isinstance(w_slots, W_StrObject):
        items: list[W_Root] = [w_slots]
    else:
        items = space.unpack_iterable(w_slots)
    result: list[str] = []
    for w_s in items:
        if not isinstance(w_s, W_StrObject):
            raise operr(w_TypeError, "__slots__ items must be strings, not '%s'" % type_name(w_s))
        if not s_isidentifier(w_s.as_str()):
            raise operr(w_TypeError, "__slots__ must be identifiers")
        if w_s.as_str() not in result:
            result.append(w_s.as_str())
    return result


def mangle_private(cls_name: str, name: str) -> str:
    if not name.startswith("__") or name.endswith("__"):
        return name
    stripped = cls_name.lstrip("_")
    if stripped == "":
        return name
    return "_" + stripped + name


def calculate_metaclass(w_meta: W_TypeObject, bases_w: list[W_Root]) -> W_TypeObject:
    w_winner = w_meta
    for w_b in bases_w:
        w_tmp = w_b.getclass()
        if w_winner.issubtype(w_tmp):
            continue
        if w_tmp.issubtype(w_winner):
            w_winner = w_tmp
            continue
        raise operr(w_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
    return w_winner


def type_repr(slots: list[W_Root | None]) -> W_Root:
    w_type = _arg(slots, 0)
    assert isinstance(w_type, W_TypeObject)
    mod = space.module_name_of(w_type)
    if mod != "" and mod != "builtins":
        return space.wrap_str("<class '%s.%s'>" % (mod, w_type.qualname))
    return space.wrap_str("<class '%s'>" % w_type.qualname)


def type_init(args: Arguments) -> W_Root:
    return w_None


def _type_of(slots: list[W_Root | None]) -> W_TypeObject:
    w = _arg(slots, 0)
    assert isinstance(w, W_TypeObject)
    return w


def type_mro(slots: list[W_Root | None]) -> W_Root:

    items: list[W_Root] = []
    for w_t in _type_of(slots).mro_w:
        items.append(w_t)
    return W_ListObject(items)


def type_prepare(args: Arguments) -> W_Root:
    return W_DictObject()


def type_instancecheck(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_arg(slots, 1).getclass().issubtype(_type_of(slots)))


def type_subclasscheck(slots: list[W_Root | None]) -> W_Root:
    w_sub = _arg(slots, 1)
    if not isinstance(w_sub, W_TypeObject):
        raise operr(w_TypeError, "issubclass() arg 1 must be a class")
    return space.wrap_bool(w_sub.issubtype(_type_of(slots)))


def type_subclasses(slots: list[W_Root | None]) -> W_Root:

    items: list[W_Root] = []
    for w_t in _type_of(slots).subclasses_w:
        items.append(w_t)
    return W_ListObject(items)


register_raw(w_type_type, "__call__", type_call)
W_TYPE_NEW = [register_raw(w_type_type, "__new__", type_new)]
register_raw(w_type_type, "__init__", type_init)
register(w_type_type, "__repr__(self, /)", type_repr)
register(w_type_type, "mro(self, /)", type_mro)
register_raw(w_type_type, "__prepare__", type_prepare)
register(w_type_type, "__instancecheck__(self, instance, /)", type_instancecheck)
register(w_type_type, "__subclasscheck__(self, subclass, /)", type_subclasscheck)
register(w_type_type, "__subclasses__(self, /)", type_subclasses)

_unused = [EXCEPTION_TYPES, w_AttributeError]


# -- attributes of types and objects

def _type_w(w: W_Root) -> W_TypeObject:
    assert isinstance(w, W_TypeObject)
    return w


def type_get_name(w: W_Root) -> W_Root:
    return space.wrap_str(_type_w(w).name)


def type_set_name(w: W_Root, w_value: W_Root) -> None:
    w_type = _type_w(w)
    if not w_type.is_heaptype:
        raise operr(w_TypeError, "cannot set '__name__' attribute of immutable type '%s'"
                    % w_type.name)
    if not isinstance(w_value, W_StrObject):
        raise operr(w_TypeError, "can only assign string to %s.__name__, not '%s'"
                    % (w_type.name, type_name(w_value)))
    w_type.name = w_value.as_str()


def type_get_qualname(w: W_Root) -> W_Root:
    return space.wrap_str(_type_w(w).qualname)


def type_set_qualname(w: W_Root, w_value: W_Root) -> None:
    w_type = _type_w(w)
    if not isinstance(w_value, W_StrObject):
        raise operr(w_TypeError, "can only assign string to %s.__qualname__, not '%s'"
                    % (w_type.name, type_name(w_value)))
    w_type.qualname = w_value.as_str()


def type_get_module(w: W_Root) -> W_Root:
    w_type = _type_w(w)
    w_mod = w_type.w_module
    if w_mod is not None:
        return w_mod
    if "__module__" in w_type.dict_w and w_type is not w_type_type:
        w_found = w_type.dict_w["__module__"]
        # a built-in type's own name (module_type); the `__module__` of
        # function or builtin_function_or_method is its instances' getset,
        # not the type's module (CPython reads that from tp_name)
        if w_type.is_heaptype or isinstance(w_found, W_StrObject):
            return w_found
    if w_type.is_heaptype:
        raise operr(w_AttributeError, "__module__")
    return space.wrap_str("builtins")


def type_set_module(w: W_Root, w_value: W_Root) -> None:
    w_type = _type_w(w)
    w_type.dict_w["__module__"] = w_value
    w_type.mutated()


def type_set_doc(w: W_Root, w_value: W_Root) -> None:
    w_type = _type_w(w)
    if not w_type.is_heaptype:
        raise operr(w_TypeError, "cannot set '__doc__' attribute of immutable type '%s'"
                    % w_type.name)
    w_type.dict_w["__doc__"] = w_value
    w_type.mutated()


def type_get_doc(w: W_Root) -> W_Root:
    w_type = _type_w(w)
    if "__doc__" in w_type.dict_w and w_type is not w_type_type:
        w_doc = w_type.dict_w["__doc__"]
        if isinstance(w_doc, W_GetSetProperty) and not w_type.is_heaptype:
            # a built-in type whose instances have a __doc__ of their own
            # (method): the type's is its tp_doc
            return space.wrap_str(w_type.doc) if w_type.doc is not None else w_None
        return space.get(w_doc, None, w_type)
    doc = w_type.doc
    if doc is None:
        return w_None
    return space.wrap_str(doc)


def type_get_mro(w: W_Root) -> W_Root:
    items: list[W_Root] = []
    for w_t in _type_w(w).mro_w:
        items.append(w_t)
    return W_TupleObject(items)


def type_get_bases(w: W_Root) -> W_Root:
    items: list[W_Root] = []
    for w_t in _type_w(w).bases_w:
        items.append(w_t)
    return W_TupleObject(items)


def type_set_bases(w: W_Root, w_value: W_Root) -> None:
    """`C.__bases__ = (...)`: a new MRO for C and its subclasses."""
    w_type = _type_w(w)
    if not w_type.is_heaptype:
        raise operr(w_TypeError, "cannot set '__bases__' attribute of immutable type '%s'"
                    % w_type.name)
    if not isinstance(w_value, W_TupleObject):
        raise operr(w_TypeError, "can only assign tuple to %s.__bases__, not %s"
                    % (w_type.name, type_name(w_value)))
    if len(w_value.items_w) == 0:
        raise operr(w_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()"
                    % w_type.name)
    new_bases: list[W_TypeObject] = []
    for w_b in w_value.items_w:
        if not isinstance(w_b, W_TypeObject):
            raise operr(w_TypeError, "%s.__bases__ must be tuple of classes, not '%s'"
                        % (w_type.name, type_name(w_b)))
        if w_b.issubtype(w_type):
            raise operr(w_TypeError, "a __bases__ item causes an inheritance cycle")
        new_bases.append(w_b)
    w_new_base = _solid_base(new_bases)
    w_old_base = _solid_base(w_type.bases_w)
    if w_new_base.is_heaptype != w_old_base.is_heaptype:
        # CPython's compatible_for_assignment: object's deallocator is not a
        # class statement's
        raise operr(w_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'"
                    % (w_new_base.name, w_old_base.name))
    if w_new_base.layout != w_old_base.layout:
        raise operr(w_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'"
                    % (w_new_base.name, w_old_base.name))
    old_bases = w_type.bases_w
    w_type.bases_w = new_bases
    try:
        _recompute_mros(w_type)
    except MroError:
        w_type.bases_w = old_bases
        _recompute_mros(w_type)
        raise operr(w_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases "
                    + ", ".join([w_b.name for w_b in new_bases]))
    for w_b in old_bases:
        if w_type in w_b.subclasses_w:
            w_b.subclasses_w.remove(w_type)
    for w_b in new_bases:
        if w_type not in w_b.subclasses_w:
            w_b.subclasses_w.append(w_type)
    w_type.mutated()


def _solid_base(bases: list[W_TypeObject]) -> W_TypeObject:
    """The base that decides the instances' layout (CPython's best_base,
    roughly): the first with a built-in layout, else the first."""
    if len(bases) == 0:
        return w_object_type
    for w_b in bases:
        if w_b.layout != LAYOUT_OBJECT:
            return w_b
    return bases[0]


def _recompute_mros(w_type: W_TypeObject) -> None:
    w_type.mro_w = compute_mro(w_type)
    for w_sub in w_type.subclasses_w:
        _recompute_mros(w_sub)


def type_get_base(w: W_Root) -> W_Root:
    w_type = _type_w(w)
    if len(w_type.bases_w) == 0:
        return w_None
    return w_type.bases_w[0]


def type_get_dict(w: W_Root) -> W_Root:
    """A read-only mappingproxy over a copy of the namespace (not a live
    view: a later change of the class does not show in it)."""
    w_d = W_DictObject()
    for key, w_v in _type_w(w).dict_w.items():
        w_d.setitem_str(key, w_v)
    return W_MappingProxy(w_d)


def type_get_annotations(w: W_Root) -> W_Root:
    w_type = _type_w(w)
    if "__annotations__" in w_type.dict_w:
        return w_type.dict_w["__annotations__"]
    w_d = W_DictObject()
    if w_type.is_heaptype:
        w_type.dict_w["__annotations__"] = w_d
        w_type.mutated()
    return w_d


def type_set_annotations(w: W_Root, w_value: W_Root) -> None:
    w_type = _type_w(w)
    if not w_type.is_heaptype:
        raise operr(w_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'"
                    % w_type.name)
    w_type.dict_w["__annotations__"] = w_value
    w_type.mutated()


def type_del_annotations(w: W_Root) -> None:
    w_type = _type_w(w)
    if not w_type.is_heaptype:
        raise operr(w_TypeError, "cannot delete '__annotations__' attribute of immutable type '%s'"
                    % w_type.name)
    if "__annotations__" not in w_type.dict_w:
        raise operr(w_AttributeError, "__annotations__")
    del w_type.dict_w["__annotations__"]
    w_type.mutated()


def object_get_class(w: W_Root) -> W_Root:
    return w.getclass()


def object_set_class(w: W_Root, w_value: W_Root) -> None:
    if not isinstance(w_value, W_TypeObject):
        raise operr(w_TypeError, "__class__ must be set to a class, not '%s' object"
                    % type_name(w_value))
    if isinstance(w, W_Instance) and w_value.layout == LAYOUT_OBJECT and w_value.is_heaptype:
        # the object keeps its RPy class: the new class's root of its layout
        w.set_map_root(w_value.root_map_for(w.map.n_inline))
        return
    raise operr(w_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")


def object_get_dict(w: W_Root) -> W_Root:
    """The instance's __dict__: the instance switches from its map to a
    real dict, which is then its storage (a live view, as CPython's)."""
    h = w.get_attrs()
    if isinstance(h, W_ObjectWithMap) and w.getclass().hasdict:
        return h.get_or_make_w_dict()
    raise operr(w_AttributeError, "'%s' object has no attribute '__dict__'" % type_name(w))


def object_set_dict(w: W_Root, w_value: W_Root) -> None:
    if not isinstance(w_value, W_DictObject):
        raise operr(w_TypeError, "__dict__ must be set to a dictionary, not a '%s'"
                    % type_name(w_value))
    h = w.get_attrs()
    if isinstance(h, W_ObjectWithMap):
        # (the __slots__ values stay: maps.py keeps them apart from the dict)
        h.set_w_dict(w_value)
        return
    raise operr(w_AttributeError, "'%s' object has no attribute '__dict__'" % type_name(w))


def _host_flags() -> dict[str, int]:
    """Load time: the __flags__ of CPython's built-in types, by name."""
    import builtins as _builtins
    table: dict[str, int] = {}
    for name, obj in vars(_builtins).items():
        if isinstance(obj, type):
            table[name] = obj.__flags__
    return table


BUILTIN_FLAGS = _host_flags()
TPFLAGS_MANAGED_DICT = 1 << 4
TPFLAGS_HEAPTYPE = 1 << 9
TPFLAGS_BASETYPE = 1 << 10
TPFLAGS_READY = 1 << 12
TPFLAGS_HAVE_GC = 1 << 14
TPFLAGS_IS_ABSTRACT = 1 << 20
# the flags a class inherits from the built-in type it derives from
# (int ... type: Py_TPFLAGS_LONG_SUBCLASS ... TYPE_SUBCLASS)
SUBCLASS_FLAGS = [("int", 1 << 24), ("list", 1 << 25), ("tuple", 1 << 26), ("bytes", 1 << 27),
                  ("str", 1 << 28), ("dict", 1 << 29), ("BaseException", 1 << 30),
                  ("type", 1 << 31)]


def type_get_flags(w: W_Root) -> W_Root:
    """type.__flags__: a built-in type's is CPython's; a class's is
    computed (heap type, subclassable, GC, a managed __dict__, abstract
    when its __abstractmethods__ is not empty -- what inspect.isabstract
    tests -- and the bit of the built-in type it derives from)."""
    assert isinstance(w, W_TypeObject)
    if not w.is_heaptype:
        flags = BUILTIN_FLAGS.get(w.name, TPFLAGS_READY)
    else:
        flags = TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | TPFLAGS_READY | TPFLAGS_HAVE_GC
        if w.hasdict:
            flags |= TPFLAGS_MANAGED_DICT
        for name, bit in SUBCLASS_FLAGS:
            for w_base in w.mro_w:
                if not w_base.is_heaptype and w_base.name == name:
                    flags |= bit
    w_abstract = w.dict_w.get("__abstractmethods__", None)
    if w_abstract is not None and space.is_true(w_abstract):
        flags |= TPFLAGS_IS_ABSTRACT
    return space.wrap_int(flags)


readonly_member(w_type_type, "__flags__", type_get_flags)
getset(w_type_type, "__name__", type_get_name, type_set_name)
getset(w_type_type, "__qualname__", type_get_qualname, type_set_qualname)
getset(w_type_type, "__module__", type_get_module, type_set_module)
getset(w_type_type, "__doc__", type_get_doc, type_set_doc)
readonly_member(w_type_type, "__mro__", type_get_mro)
getset(w_type_type, "__bases__", type_get_bases, type_set_bases)
readonly_member(w_type_type, "__base__", type_get_base)
getset(w_type_type, "__dict__", type_get_dict)
getset(w_type_type, "__annotations__", type_get_annotations, type_set_annotations,
       type_del_annotations)
getset(w_object_type, "__class__", object_get_class, object_set_class)
W_OBJECT_DICT = getset(w_object_type, "__dict__", object_get_dict, object_set_dict)


# -- None, NotImplemented, Ellipsis

def none_repr(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str("None")


def none_bool(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(False)


def singleton_new(args: Arguments) -> W_Root:
    """type(...)() and type(NotImplemented)(): the singletons."""
    w_cls = args.args_w[0]
    if len(args.args_w) > 1 or args.has_keywords():
        raise operr(w_TypeError, "%s takes no arguments" % (
            w_cls.name if isinstance(w_cls, W_TypeObject) else "?"))
    if w_cls is w_ellipsis_type:
        return w_Ellipsis
    return w_NotImplemented


def none_new(args: Arguments) -> W_Root:
    if len(args.args_w) > 1 or args.has_keywords():
        raise operr(w_TypeError, "NoneType takes no arguments")
    return w_None


def notimplemented_repr(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str("NotImplemented")


def notimplemented_bool(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(True)


def ellipsis_repr(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str("Ellipsis")


register(w_none_type, "__repr__(self, /)", none_repr)
register(w_none_type, "__bool__(self, /)", none_bool)
register_raw(w_none_type, "__new__", none_new)
register(w_notimplemented_type, "__repr__(self, /)", notimplemented_repr)
register(w_notimplemented_type, "__bool__(self, /)", notimplemented_bool)
register(w_ellipsis_type, "__repr__(self, /)", ellipsis_repr)
register_raw(w_ellipsis_type, "__new__", singleton_new)
register_raw(w_notimplemented_type, "__new__", singleton_new)


# the classes whose instances have a __dict__ show the descriptor in their
# own namespace, as CPython's (dir(Exception), vars(staticmethod))
for _t in [EXCEPTION_TYPES["BaseException"], w_staticmethod_type, w_classmethod_type]:
    _t.dict_w["__dict__"] = W_OBJECT_DICT
