"""The scalar side of obj2ast (fromobj.py is generated around it): reading
the fields of Python AST objects, with CPython 3.11's messages."""
from __future__ import annotations

from ouro.compiler.code import ConstFrozenset, ConstTuple
from ouro.modules._ast.module import TYPES
from ouro.objspace import space
from ouro.objspace.boolobject import w_False, w_True
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.complexobject import W_ComplexObject
from ouro.objspace.exceptions import OperationError, operr, w_TypeError, w_ValueError
from ouro.objspace.floatobject import W_FloatObject
from ouro.objspace.intobject import W_IntObject, w_int_type
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import W_Root, type_name, w_Ellipsis, w_None
from ouro.objspace.setobject import W_FrozensetObject
from ouro.objspace.strobject import W_StrObject, w_str_type
from ouro.objspace.tupleobject import W_TupleObject
from ouro.parser.constvalue import (CONST_ELLIPSIS, CONST_FALSE, CONST_NONE, CONST_TRUE,
                                    ConstBytes, ConstComplex, ConstFloat, ConstInt, ConstStr,
                                    ConstValue, int_from_machine)


def node_error(what: str, w_v: W_Root) -> OperationError:
    return operr(w_TypeError, "expected some sort of %s, but got %s" % (what, space.repr_str(w_v)))


class FromPython:
    """One conversion (stateless for now; a class so that the generated
    code has one thing to pass around)."""

    def required(self, w: W_Root, owner: str, name: str) -> W_Root:
        w_v = space.getattr_or_none(w, name)
        if w_v is None:
            raise operr(w_TypeError, 'required field "%s" missing from %s' % (name, owner))
        return w_v

    def optional(self, w: W_Root, name: str) -> W_Root | None:
        w_v = space.getattr_or_none(w, name)
        if w_v is None or w_v is w_None:
            return None
        return w_v

    def missing_value(self, owner: str, field: str) -> OperationError:
        return operr(w_ValueError, "field '%s' is required for %s" % (field, owner))

    def none_in_list(self, what: str) -> OperationError:
        """What PyAST_Validate says of the None that obj2ast accepts."""
        return operr(w_ValueError, "None disallowed in %s list" % what)

    def seq(self, w: W_Root, owner: str, name: str) -> list[W_Root]:
        w_v = self.required(w, owner, name)
        if not isinstance(w_v, W_ListObject):
            raise operr(w_TypeError, '%s field "%s" must be a list, not a %s'
                        % (owner, name, type_name(w_v)))
        return w_v.getitems_copy()

    def as_str(self, w_v: W_Root) -> str:
        if not isinstance(w_v, W_StrObject):
            raise operr(w_TypeError, "AST identifier must be of type str")
        return w_v.as_str()

    def req_str(self, w: W_Root, owner: str, name: str) -> str:
        w_v = self.required(w, owner, name)
        if w_v is w_None:
            raise self.missing_value(owner, name)
        return self.as_str(w_v)

    def opt_str(self, w: W_Root, name: str) -> str | None:
        w_v = self.optional(w, name)
        if w_v is None:
            return None
        return self.as_str(w_v)

    def str_list(self, w: W_Root, owner: str, name: str) -> list[str]:
        return [self.as_str(w_item) for w_item in self.seq(w, owner, name)]

    def as_int(self, w_v: W_Root) -> int:
        if not space.isinstance_w(w_v, w_int_type):
            raise operr(w_ValueError, "invalid integer value: %s" % space.repr_str(w_v))
        return space.int_of_w(w_v)

    def req_int(self, w: W_Root, owner: str, name: str) -> int:
        return self.as_int(self.required(w, owner, name))

    def opt_int(self, w: W_Root, name: str, default: int) -> int:
        w_v = self.optional(w, name)
        if w_v is None:
            return default
        return self.as_int(w_v)

    def constant(self, w_v: W_Root) -> ConstValue:
        """validate_constant: the exact built-in constant types, tuples and
        frozensets of them."""
        if w_v is w_None:
            return CONST_NONE
        if w_v is w_Ellipsis:
            return CONST_ELLIPSIS
        if w_v is w_True:
            return CONST_TRUE
        if w_v is w_False:
            return CONST_FALSE
        w_t = w_v.getclass()
        if w_t is w_int_type:
            if isinstance(w_v, W_IntObject):
                return int_from_machine(w_v.intval)
            return ConstInt(space.repr_str(w_v), 0, False)
        if w_t is w_str_type and isinstance(w_v, W_StrObject):
            return ConstStr(w_v.as_str())
        if isinstance(w_v, W_FloatObject) and w_t.name == "float" and not w_t.is_heaptype:
            return ConstFloat(w_v.floatval)
        if isinstance(w_v, W_ComplexObject) and not w_t.is_heaptype:
            return ConstComplex(w_v.realval, w_v.imagval)
        if isinstance(w_v, W_BytesObject) and not w_t.is_heaptype:
            return ConstBytes(w_v.value)
        if isinstance(w_v, W_TupleObject) and not w_t.is_heaptype:
            return ConstTuple([self.constant(w_item) for w_item in w_v.items_w])
        if isinstance(w_v, W_FrozensetObject) and not w_t.is_heaptype:
            return ConstFrozenset([self.constant(w_item)
                                   for w_item in space.unpack_iterable(w_v)])
        raise operr(w_TypeError, "got an invalid type in Constant: %s" % type_name(w_v))

    def node_class_name(self, w_v: W_Root) -> str:
        for w_t in w_v.getclass().mro_w:
            if w_t.name in TYPES and TYPES[w_t.name] is w_t:
                return w_t.name
        return ""
