"""types.GenericAlias (PEP 585: what `list[int]` makes, and the
`__class_getitem__` of the built-in generic classes) and types.UnionType
(PEP 604: what `int | str` makes), as CPython 3.11's
Objects/genericaliasobject.c and Objects/unionobject.c.

Both take part in typing.py's protocol for type parameters, which is why
their substitution code is shared here:
- `__parameters__`: the type variables of the arguments, in order and
  without repeats: an argument with `__typing_subst__` (TypeVar,
  ParamSpec, TypeVarTuple) is one; any other non-class argument gives its
  own `__parameters__` (nested aliases, unions, typing's generics);
- `alias[items]`: the items are first unpacked (`*tuple[int, str]` gives
  int and str), then every parameter's `__typing_prepare_subst__` may
  rewrite them (a TypeVarTuple gathers its share into a tuple, defaults
  are filled), then each argument is replaced: a parameter by its
  `__typing_subst__(item)`, anything else with parameters by itself
  subscripted with its share of the items; an unpacked TypeVarTuple
  (`*Ts`, `__typing_is_unpacked_typevartuple__`) spreads its result.

A GenericAlias forwards every attribute but a few (`attr_exceptions`) to
its origin, so `list[int].__name__` is 'list'.  Iterating one gives its
starred form once (`*tuple[int]`, PEP 646), never the items of the origin.
"""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import OperationError, operr, w_AttributeError, w_TypeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (BUILTIN_TYPES, LAYOUT_DESCR, LAYOUT_OTHER, w_type_type, Arguments, W_Root,
                                 W_TypeObject, make_builtin_type, w_Ellipsis, w_None, w_NotImplemented,
                                 tp_name, type_name, w_object_type)
from ouro.objspace.setobject import newfrozenset, newset_from
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject, has_own_init, w_tuple_type

w_generic_alias_type = make_builtin_type("GenericAlias", [w_object_type], LAYOUT_DESCR)
# a GenericAlias has no __dict__ (setting an attribute raises); its Python
# subclasses get one unless they say __slots__
w_generic_alias_type.hasdict = False
w_generic_alias_type.tp_prefix = "types."
w_generic_alias_type.w_module = W_StrObject("types")     # not in its __dict__ (tp_name)
w_generic_alias_type.dict_w["__doc__"] = W_StrObject(
    "Represent a PEP 585 generic type\n\n"
    "E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).")

# the built-in classes that are generic (list[int] works)
GENERIC_BUILTINS = ["tuple", "list", "dict", "set", "frozenset", "enumerate", "deque",
                    "defaultdict", "Pattern", "Match", "BaseExceptionGroup", "partial", "chain",
                    "DirEntry", "mappingproxy", "async_generator"]

# the attributes a GenericAlias answers itself; any other name is looked up
# on the origin (ga_getattro's list: __reduce_ex__ is there so that pickling
# uses the alias's own __reduce__, __copy__ and __deepcopy__ so that copy
# does not find list.__copy__ & co.)
ATTR_EXCEPTIONS = ["__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                   "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                   "__reduce__", "__copy__", "__deepcopy__"]


class W_GenericAlias(W_ObjectWithMap):
    w_origin: W_Root
    w_args: W_TupleObject
    w_parameters: W_TupleObject | None     # made at the first need, then kept
    starred: bool                           # `*tuple[int]` (PEP 646)
    w_type: W_TypeObject

    def __init__(self, w_origin: W_Root, w_args: W_TupleObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_origin = w_origin
        self.w_args = w_args
        self.w_parameters = None
        self.starred = False
        self.w_type = w_generic_alias_type

    def getclass(self) -> W_TypeObject:
        return self.w_type


def _ga(w: W_Root | None) -> W_GenericAlias:
    if not isinstance(w, W_GenericAlias):
        raise operr(w_TypeError, "descriptor requires a 'types.GenericAlias' object")
    return w


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def args_tuple(w_item: W_Root) -> W_TupleObject:
    """The arguments of `origin[item]`: a tuple as it is, anything else in
    a tuple of one."""
    if isinstance(w_item, W_TupleObject):
        return w_item
    return W_TupleObject([w_item])


def make_alias(w_origin: W_Root, w_item: W_Root) -> W_GenericAlias:
    return W_GenericAlias(w_origin, args_tuple(w_item))


def class_getitem(slots: list[W_Root | None]) -> W_Root:
    return make_alias(_arg(slots, 0), _arg(slots, 1))


# -- repr

def repr_item(w: W_Root) -> str:
    """How an origin or argument appears in a repr (ga_repr_item and
    union_repr_item): what looks like an alias (has __origin__ and
    __args__) by its repr, a class by its qualified name (builtins without
    the module), anything else by its repr."""
    if w is w_Ellipsis:
        return "..."
    if (space.getattr_or_none(w, "__origin__") is not None
            and space.getattr_or_none(w, "__args__") is not None):
        return space.repr_str(w)
    w_q = space.getattr_or_none(w, "__qualname__")
    if w_q is None:
        return space.repr_str(w)
    w_m = space.getattr_or_none(w, "__module__")
    if w_m is None or w_m is w_None:
        return space.repr_str(w)
    if isinstance(w_m, W_StrObject) and w_m.as_str() == "builtins":
        return space.str_str(w_q)
    return space.str_str(w_m) + "." + space.str_str(w_q)


def ga_repr_str(ga: W_GenericAlias) -> str:
    parts: list[str] = []
    for w_a in ga.w_args.items_w:
        parts.append(repr_item(w_a))
    # tuple[()] has no arguments and shows the empty tuple
    args = ", ".join(parts) if len(parts) > 0 else "()"
    prefix = "*" if ga.starred else ""
    return prefix + repr_item(ga.w_origin) + "[" + args + "]"


def ga_repr(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(ga_repr_str(_ga(slots[0])))


# -- type parameters: collection and substitution (shared with UnionType)

def index_of(params: list[W_Root], w_x: W_Root) -> int:
    """The position of w_x in params, by identity, or -1."""
    i = 0
    while i < len(params):
        if space.is_w(params[i], w_x):
            return i
        i += 1
    return -1


def make_parameters(args_w: list[W_Root]) -> list[W_Root]:
    """_Py_make_parameters: the type variables of args, in order, once each."""
    params: list[W_Root] = []
    for w_t in args_w:
        # a class's own __parameters__ (a descriptor of typing.Generic
        # subclasses) is not the parameters of the class object
        if isinstance(w_t, W_TypeObject):
            continue
        if space.getattr_or_none(w_t, "__typing_subst__") is not None:
            if index_of(params, w_t) < 0:
                params.append(w_t)
            continue
        w_sub = space.getattr_or_none(w_t, "__parameters__")
        if isinstance(w_sub, W_TupleObject):
            for w_x in w_sub.items_w:
                if index_of(params, w_x) < 0:
                    params.append(w_x)
    return params


def unpacked_tuple_args(w_arg: W_Root) -> W_Root | None:
    """The items of an unpacked tuple (`*tuple[int, str]` or typing's
    `Unpack[Tuple[int, str]]`), or None for anything else."""
    if (isinstance(w_arg, W_GenericAlias) and w_arg.starred
            and w_arg.w_origin is w_tuple_type):
        return w_arg.w_args
    w_res = space.getattr_or_none(w_arg, "__typing_unpacked_tuple_args__")
    if w_res is None or w_res is w_None:
        return None
    return w_res


def unpack_args(w_item: W_Root) -> list[W_Root]:
    """The subscription items with unpacked tuples of known length spread:
    `X[int, *tuple[str, bytes]]` has three items (`*tuple[str, ...]` stays
    one)."""
    out: list[W_Root] = []
    for w_x in args_tuple(w_item).items_w:
        if not isinstance(w_x, W_TypeObject):
            w_sub = unpacked_tuple_args(w_x)
            if isinstance(w_sub, W_TupleObject):
                n = len(w_sub.items_w)
                if not (n > 0 and w_sub.items_w[n - 1] is w_Ellipsis):
                    for w_y in w_sub.items_w:
                        out.append(w_y)
                    continue
        out.append(w_x)
    return out


def is_unpacked_typevartuple(w_arg: W_Root) -> bool:
    if isinstance(w_arg, W_TypeObject):
        return False
    w_res = space.getattr_or_none(w_arg, "__typing_is_unpacked_typevartuple__")
    return w_res is not None and space.is_true(w_res)


def subs_tvars(w_obj: W_Root, params: list[W_Root], argitems: list[W_Root]) -> W_Root:
    """An argument that is not itself a parameter: if it has parameters of
    its own (list[T], int | T, typing.List[T]), it is subscripted with the
    items given for them; a TypeVarTuple's items (a tuple) are spread."""
    w_sub = space.getattr_or_none(w_obj, "__parameters__")
    if not isinstance(w_sub, W_TupleObject) or len(w_sub.items_w) == 0:
        return w_obj
    subargs: list[W_Root] = []
    for w_x in w_sub.items_w:
        i = index_of(params, w_x)
        if i >= 0:
            w_param = params[i]
            w_x = argitems[i]
            # CPython tells a TypeVarTuple by its type having tp_iter
            # (TypeVarTuple.__iter__ makes `*Ts` work)
            if space.lookup(w_param, "__iter__") is not None and isinstance(w_x, W_TupleObject):
                for w_y in w_x.items_w:
                    subargs.append(w_y)
                continue
        subargs.append(w_x)
    return space.getitem(w_obj, W_TupleObject(subargs))


def subs_parameters(w_self: W_Root, args_w: list[W_Root], params: list[W_Root],
                    w_item: W_Root) -> list[W_Root]:
    """_Py_subs_parameters: the arguments of `w_self[w_item]`."""
    nparams = len(params)
    if nparams == 0:
        raise operr(w_TypeError, "%s is not a generic class" % space.repr_str(w_self))
    w_items: W_Root = W_TupleObject(unpack_args(w_item))
    for w_param in params:
        w_prepare = space.getattr_or_none(w_param, "__typing_prepare_subst__")
        if w_prepare is not None and w_prepare is not w_None:
            w_items = space.call_function(w_prepare, [w_self, args_tuple(w_items)])
    argitems = list(w_items.items_w) if isinstance(w_items, W_TupleObject) else [w_items]
    nitems = len(argitems)
    if nitems != nparams:
        raise operr(w_TypeError, "Too %s arguments for %s; actual %d, expected %d" % (
            "many" if nitems > nparams else "few", space.repr_str(w_self), nitems, nparams))
    new_args: list[W_Root] = []
    for w_arg in args_w:
        if isinstance(w_arg, W_TypeObject):
            new_args.append(w_arg)
            continue
        unpack = is_unpacked_typevartuple(w_arg)
        w_subst = space.getattr_or_none(w_arg, "__typing_subst__")
        w_new = w_arg
        if w_subst is not None:
            i = index_of(params, w_arg)
            if i >= 0:      # always: the parameters were made from these arguments
                w_new = space.call_function(w_subst, [argitems[i]])
        else:
            w_new = subs_tvars(w_arg, params, argitems)
        if unpack and isinstance(w_new, W_TupleObject):
            # `*Ts` becomes the items Ts stands for
            for w_y in w_new.items_w:
                new_args.append(w_y)
        else:
            new_args.append(w_new)
    return new_args


def ga_parameters(ga: W_GenericAlias) -> W_TupleObject:
    w_p = ga.w_parameters
    if w_p is None:
        w_p = W_TupleObject(make_parameters(ga.w_args.items_w))
        ga.w_parameters = w_p
    return w_p


def ga_getitem(slots: list[W_Root | None]) -> W_Root:
    """`dict[str, T][int]`: a new alias of the base type (also for
    subclasses), starred if this one is."""
    ga = _ga(slots[0])
    params = ga_parameters(ga).items_w
    new_args = subs_parameters(ga, ga.w_args.items_w, params, _arg(slots, 1))
    w_res = W_GenericAlias(ga.w_origin, W_TupleObject(new_args))
    w_res.starred = ga.starred
    return w_res


# -- attributes

def ga_get_origin(w: W_Root) -> W_Root:
    return _ga(w).w_origin


def ga_get_args(w: W_Root) -> W_Root:
    return _ga(w).w_args


def ga_get_parameters(w: W_Root) -> W_Root:
    return ga_parameters(_ga(w))


def ga_get_unpacked(w: W_Root) -> W_Root:
    return space.wrap_bool(_ga(w).starred)


def ga_get_unpacked_tuple_args(w: W_Root) -> W_Root:
    ga = _ga(w)
    if ga.starred and ga.w_origin is w_tuple_type:
        return ga.w_args
    return w_None


def ga_getattribute(slots: list[W_Root | None]) -> W_Root:
    """Every attribute but ATTR_EXCEPTIONS is the origin's."""
    ga = _ga(slots[0])
    w_name = _arg(slots, 1)
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "attribute name must be string, not '%s'" % type_name(w_name))
    name = w_name.as_str()
    if name not in ATTR_EXCEPTIONS:
        return space.getattr(ga.w_origin, name)
    w_res = space.generic_getattr(ga, name)
    if w_res is None:
        raise space.attribute_error(ga, name)
    return w_res


def ga_dir(slots: list[W_Root | None]) -> W_Root:
    """dir(origin) and the attributes the alias answers itself."""
    ga = _ga(slots[0])
    w_dir = space.call_special(ga.w_origin, "__dir__", [])
    if w_dir is None:
        raise space.attribute_error(ga.w_origin, "__dir__")
    names_w = space.unpack_iterable(space.sorted_list(w_dir))
    for name in ATTR_EXCEPTIONS:
        w_name = space.wrap_str(name)
        found = False
        for w_x in names_w:
            if space.eq_w(w_x, w_name):
                found = True
                break
        if not found:
            names_w.append(w_name)
    return space.new_list(names_w)


def ga_eq(slots: list[W_Root | None]) -> W_Root:
    a = _ga(slots[0])
    w_b = _arg(slots, 1)
    if not isinstance(w_b, W_GenericAlias):
        return w_NotImplemented
    if a.starred != w_b.starred:
        return space.wrap_bool(False)
    if not space.eq_w(a.w_origin, w_b.w_origin):
        return space.wrap_bool(False)
    return space.richcompare(a.w_args, w_b.w_args, 2)


def ga_ne(slots: list[W_Root | None]) -> W_Root:
    w_res = ga_eq(slots)
    if w_res is w_NotImplemented:
        return w_res
    return space.wrap_bool(not space.is_true(w_res))


def ga_hash(slots: list[W_Root | None]) -> W_Root:
    # whether starred is not part of it (as CPython)
    a = _ga(slots[0])
    return space.wrap_int(space.hash_w(a.w_origin) ^ space.hash_w(a.w_args))


def ga_call(args: Arguments) -> W_Root:
    """`list[int]()`: the origin's instance, told where it came from
    (`__orig_class__`) if it takes attributes."""
    ga = _ga(args.args_w[0])
    w_res = space.call_args(ga.w_origin, Arguments(args.args_w[1:], args.kw_names, args.kw_values_w))
    try:
        space.setattr(w_res, "__orig_class__", ga)
    except OperationError as e:
        if not (e.match(w_AttributeError) or e.match(w_TypeError)):
            raise
    return w_res


def ga_mro_entries(slots: list[W_Root | None]) -> W_Root:
    return W_TupleObject([_ga(slots[0]).w_origin])


def ga_instancecheck(slots: list[W_Root | None]) -> W_Root:
    raise operr(w_TypeError, "isinstance() argument 2 cannot be a parameterized generic")


def ga_subclasscheck(slots: list[W_Root | None]) -> W_Root:
    raise operr(w_TypeError, "issubclass() argument 2 cannot be a parameterized generic")


def ga_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "types.GenericAlias.__new__(X): X is not a type object (%s)"
                    % type_name(w_cls))
    if not w_cls.issubtype(w_generic_alias_type):
        raise operr(w_TypeError, "types.GenericAlias.__new__(%s): %s is not a subtype of "
                    "types.GenericAlias" % (tp_name(w_cls), tp_name(w_cls)))
    if len(args.kw_names) > 0 and (w_cls is w_generic_alias_type or not has_own_init(w_cls)):
        raise operr(w_TypeError, "GenericAlias() takes no keyword arguments")
    n = len(args.args_w) - 1
    if n != 2:
        raise operr(w_TypeError, "GenericAlias expected 2 arguments, got %d" % n)
    ga = make_alias(args.args_w[1], args.args_w[2])
    ga.w_type = w_cls
    return ga


# -- iteration: `*tuple[int]` (PEP 646)

w_ga_iterator_type = make_builtin_type("generic_alias_iterator", [w_object_type], LAYOUT_OTHER)
w_union_type = make_builtin_type("UnionType", [w_object_type], LAYOUT_OTHER)


class W_GAIterator(W_Root):
    """Gives the starred alias once."""
    w_alias: W_GenericAlias | None

    def __init__(self, w_alias: W_GenericAlias) -> None:
        self.w_alias = w_alias

    def getclass(self) -> W_TypeObject:
        return w_ga_iterator_type

    def iter_next(self) -> W_Root | None:
        ga = self.w_alias
        if ga is None:
            return space.STOP
        self.w_alias = None
        w_res = W_GenericAlias(ga.w_origin, ga.w_args)
        w_res.starred = True
        return w_res


def ga_iter(slots: list[W_Root | None]) -> W_Root:
    return W_GAIterator(_ga(slots[0]))


register(w_ga_iterator_type, "__iter__(self, /)", space.iterator_iter)
register(w_ga_iterator_type, "__next__(self, /)", space.iterator_next)
# the iterator's and the alias's __reduce__: ouro/interpreter/reduce.py (they need builtins)


def not_ordered(slots: list[W_Root | None]) -> W_Root:
    """<, <=, >, >= (the richcompare slot answers them with NotImplemented)."""
    return w_NotImplemented


for _name in ["__lt__", "__le__", "__gt__", "__ge__"]:
    for _t in [w_generic_alias_type, w_union_type]:
        register(_t, _name + "(self, value, /)", not_ordered)

register(w_generic_alias_type, "__repr__(self, /)", ga_repr)
register(w_generic_alias_type, "__eq__(self, value, /)", ga_eq)
register(w_generic_alias_type, "__ne__(self, value, /)", ga_ne)
register(w_generic_alias_type, "__hash__(self, /)", ga_hash)
register(w_generic_alias_type, "__getattribute__(self, name, /)", ga_getattribute)
register(w_generic_alias_type, "__getitem__(self, key, /)", ga_getitem)
register(w_generic_alias_type, "__iter__(self, /)", ga_iter)
register(w_generic_alias_type, "__mro_entries__(self, bases, /)", ga_mro_entries)
register(w_generic_alias_type, "__instancecheck__(self, obj, /)", ga_instancecheck)
register(w_generic_alias_type, "__subclasscheck__(self, cls, /)", ga_subclasscheck)
register(w_generic_alias_type, "__dir__(self, /)", ga_dir)
register_raw(w_generic_alias_type, "__call__", ga_call)
register_raw(w_generic_alias_type, "__new__", ga_new)
getset(w_generic_alias_type, "__origin__", ga_get_origin).member = True
getset(w_generic_alias_type, "__args__", ga_get_args).member = True
getset(w_generic_alias_type, "__unpacked__", ga_get_unpacked).member = True
getset(w_generic_alias_type, "__parameters__", ga_get_parameters)
getset(w_generic_alias_type, "__typing_unpacked_tuple_args__", ga_get_unpacked_tuple_args)

W_CLASS_GETITEM = register(None, "__class_getitem__(cls, item, /)", class_getitem)
space.TYPE_GETITEM.append(W_CLASS_GETITEM)


def add_class_getitem() -> None:
    """Load time, once every built-in type exists."""
    for w_t in BUILTIN_TYPES:
        if w_t.name in GENERIC_BUILTINS and "__class_getitem__" not in w_t.dict_w:
            w_t.dict_w["__class_getitem__"] = space.make_classmethod(W_CLASS_GETITEM)


# -- types.UnionType: `int | str` (PEP 604)

w_union_type.tp_prefix = "types."
w_union_type.w_module = W_StrObject("types")
w_union_type.dict_w["__doc__"] = W_StrObject("Represent a PEP 604 union type\n\n"
                                             "E.g. for int | str")
# isinstance() and issubclass() look into a union's arguments (space.py)
space.UNION_TYPE.append(w_union_type)


class W_UnionType(W_Root):
    w_args: W_TupleObject                   # no repeats, no nested unions; None as NoneType
    w_parameters: W_TupleObject | None

    def __init__(self, args_w: list[W_Root]) -> None:
        self.w_args = W_TupleObject(args_w)
        self.w_parameters = None

    def getclass(self) -> W_TypeObject:
        return w_union_type


def _union(w: W_Root | None) -> W_UnionType:
    if not isinstance(w, W_UnionType):
        raise operr(w_TypeError, "descriptor requires a 'types.UnionType' object")
    return w


def is_unionable(w: W_Root) -> bool:
    return (w is w_None or isinstance(w, W_TypeObject) or isinstance(w, W_GenericAlias)
            or isinstance(w, W_UnionType))


def union_members(w: W_Root) -> list[W_Root]:
    """The types an operand of `|` brings (get_types)."""
    if w is w_None:
        return [w_None.getclass()]
    if isinstance(w, W_UnionType):
        return w.w_args.items_w
    return [w]


def is_same(w_a: W_Root, w_b: W_Root) -> bool:
    """Two aliases are the same if equal (list[int] twice), anything else
    only if identical."""
    if isinstance(w_a, W_GenericAlias) and isinstance(w_b, W_GenericAlias):
        return space.eq_w(w_a, w_b)
    return w_a is w_b


def make_union(w_a: W_Root, w_b: W_Root) -> W_Root:
    """_Py_union_type_or: NotImplemented unless both sides are classes,
    None, aliases or unions (typing's objects then answer with their
    __ror__); `a` itself if `b` adds nothing (`int | int` is int)."""
    if not is_unionable(w_a) or not is_unionable(w_b):
        return w_NotImplemented
    items1 = union_members(w_a)
    items2 = union_members(w_b)
    args: list[W_Root] = []
    for w_x in items1:
        args.append(w_x)
    added = False
    for w_x in items2:
        dup = False
        for w_y in items1:
            if is_same(w_y, w_x):
                dup = True
                break
        if not dup:
            args.append(w_x)
            added = True
    if not added:
        if w_a is w_None:
            return w_None.getclass()
        return w_a
    return W_UnionType(args)


def type_or(slots: list[W_Root | None]) -> W_Root:
    return make_union(_arg(slots, 0), _arg(slots, 1))


def type_ror(slots: list[W_Root | None]) -> W_Root:
    return make_union(_arg(slots, 1), _arg(slots, 0))


def union_getattribute(slots: list[W_Root | None]) -> W_Root:
    """`__module__` is the type's ('types': CPython's union_getattro, for
    code that reads it from an annotation), the rest as object's."""
    u = _union(slots[0])
    w_name = _arg(slots, 1)
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "attribute name must be string, not '%s'" % type_name(w_name))
    if w_name.as_str() == "__module__":
        return space.getattr(w_union_type, "__module__")
    w_res = space.generic_getattr(u, w_name.as_str())
    if w_res is None:
        raise space.attribute_error(u, w_name.as_str())
    return w_res


def union_new(args: Arguments) -> W_Root:
    raise operr(w_TypeError, "cannot create 'types.UnionType' instances")


def union_repr(slots: list[W_Root | None]) -> W_Root:
    u = _union(slots[0])
    parts: list[str] = []
    for w_a in u.w_args.items_w:
        if w_a is w_None.getclass():
            parts.append("None")
        else:
            parts.append(repr_item(w_a))
    return space.wrap_str(" | ".join(parts))


def union_get_args(w: W_Root) -> W_Root:
    return _union(w).w_args


def union_parameters(u: W_UnionType) -> W_TupleObject:
    w_p = u.w_parameters
    if w_p is None:
        w_p = W_TupleObject(make_parameters(u.w_args.items_w))
        u.w_parameters = w_p
    return w_p


def union_get_parameters(w: W_Root) -> W_Root:
    return union_parameters(_union(w))


OR_OP = space.BINOP_NAMES.index("or")


def union_getitem(slots: list[W_Root | None]) -> W_Root:
    """`(int | list[T])[str]`: the new arguments joined again with `|` (so
    a typing object among them makes a typing.Union)."""
    u = _union(slots[0])
    params = union_parameters(u).items_w
    new_args = subs_parameters(u, u.w_args.items_w, params, _arg(slots, 1))
    if len(new_args) == 0:
        return W_UnionType([])
    w_res = new_args[0]
    i = 1
    while i < len(new_args):
        w_res = space.binop(w_res, new_args[i], OR_OP, "|")
        i += 1
    return w_res


def union_eq(slots: list[W_Root | None]) -> W_Root:
    """As sets of arguments: the order does not matter."""
    u = _union(slots[0])
    w_b = _arg(slots, 1)
    if not isinstance(w_b, W_UnionType):
        return w_NotImplemented
    return space.wrap_bool(space.eq_w(newset_from(u.w_args), newset_from(w_b.w_args)))


def union_ne(slots: list[W_Root | None]) -> W_Root:
    w_res = union_eq(slots)
    if w_res is w_NotImplemented:
        return w_res
    return space.wrap_bool(not space.is_true(w_res))


def union_hash(slots: list[W_Root | None]) -> W_Root:
    u = _union(slots[0])
    return space.wrap_int(space.hash_w(newfrozenset(u.w_args)))


register(w_union_type, "__repr__(self, /)", union_repr)
register_raw(w_union_type, "__new__", union_new)
register(w_union_type, "__getattribute__(self, name, /)", union_getattribute)
register(w_union_type, "__or__(self, value, /)", type_or)
register(w_union_type, "__ror__(self, value, /)", type_ror)
register(w_union_type, "__eq__(self, value, /)", union_eq)
register(w_union_type, "__ne__(self, value, /)", union_ne)
register(w_union_type, "__hash__(self, /)", union_hash)
register(w_union_type, "__getitem__(self, key, /)", union_getitem)
getset(w_union_type, "__args__", union_get_args).member = True
getset(w_union_type, "__parameters__", union_get_parameters)
register(w_type_type, "__or__(self, value, /)", type_or)
register(w_type_type, "__ror__(self, value, /)", type_ror)
register(w_generic_alias_type, "__or__(self, value, /)", type_or)
register(w_generic_alias_type, "__ror__(self, value, /)", type_ror)
