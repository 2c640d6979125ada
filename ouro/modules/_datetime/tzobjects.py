"""datetime.tzinfo (the abstract base: its methods raise
NotImplementedError, fromutc() uses utcoffset and dst) and
datetime.timezone (a fixed offset and an optional name; timezone.utc)."""
from __future__ import annotations

from ouro.modules._datetime.deltaobject import delta_cmp, delta_hash_of, delta_repr_of
from ouro.modules._datetime.formatting import format_offset, offset_in_range
from ouro.modules._datetime.objects import req as _arg
from ouro.modules._datetime.objects import (W_DateTime, W_Timedelta, W_Timezone, W_TZInfo,
                                            arg_type_error, cls_arg, new_delta, parse_args,
                                            w_timezone_type, w_tzinfo_type)
from ouro.objspace import space
from ouro.objspace.exceptions import (operr, w_NotImplementedError, w_TypeError, w_ValueError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import (Arguments, W_Root, type_name, w_None, w_NotImplemented)
from ouro.objspace.space import wrap_bool
from ouro.objspace.strobject import W_StrObject


# -- tzinfo

def tzinfo_new(args: Arguments) -> W_Root:
    w_cls = cls_arg(args, w_tzinfo_type)
    return W_TZInfo(w_cls)


def _not_implemented(name: str) -> W_Root:
    raise operr(w_NotImplementedError, "a tzinfo subclass must implement %s()" % name)


def tzinfo_tzname(slots: list[W_Root | None]) -> W_Root:
    return _not_implemented("tzname")


def tzinfo_utcoffset(slots: list[W_Root | None]) -> W_Root:
    return _not_implemented("utcoffset")


def tzinfo_dst(slots: list[W_Root | None]) -> W_Root:
    return _not_implemented("dst")


def tzinfo_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = _arg(slots, 0)
    w_getinitargs = space.getattr_or_none(w_self, "__getinitargs__")
    if w_getinitargs is not None:
        w_args = space.call_function(w_getinitargs, [])
    else:
        w_args = space.newtuple([])
    w_state = space.call_method(w_self, "__getstate__", [])
    return space.newtuple([w_self.getclass(), w_args, w_state])


register_raw(w_tzinfo_type, "__new__", tzinfo_new)
register(w_tzinfo_type, "tzname(self, dt, /)", tzinfo_tzname)
register(w_tzinfo_type, "utcoffset(self, dt, /)", tzinfo_utcoffset)
register(w_tzinfo_type, "dst(self, dt, /)", tzinfo_dst)
register(w_tzinfo_type, "__reduce__(self, /)", tzinfo_reduce)


# -- timezone

def new_timezone(w_offset: W_Timedelta, w_name: W_Root) -> W_Timezone:
    if w_name is w_None and w_offset.is_zero():
        return W_UTC
    if not offset_in_range(w_offset):
        raise operr(w_ValueError, "offset must be a timedelta strictly between "
                    "-timedelta(hours=24) and timedelta(hours=24), not %s."
                    % delta_repr_of(w_offset))
    return W_Timezone(w_offset, w_name)


def timezone_new(args: Arguments) -> W_Root:
    cls_arg(args, w_timezone_type)
    slots = parse_args(args, "timezone()", ["offset", "name"], 1, 1)
    w_offset = _arg(slots, 0)
    if not isinstance(w_offset, W_Timedelta):
        raise arg_type_error("timezone", 1, "datetime.timedelta", w_offset)
    w_name = slots[1]
    if w_name is None:
        w_name = w_None
    elif not isinstance(w_name, W_StrObject):
        raise arg_type_error("timezone", 2, "str", w_name)
    return new_timezone(w_offset, w_name)


def tz_w(w: W_Root | None) -> W_Timezone:
    if isinstance(w, W_Timezone):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a 'datetime.timezone' object but "
                "received a '%s'" % type_name(w))


def _check_dt_arg(w_dt: W_Root, meth: str) -> None:
    if w_dt is not w_None and not isinstance(w_dt, W_DateTime):
        raise operr(w_TypeError, "%s(dt) argument must be a datetime instance or None, not %s"
                    % (meth, type_name(w_dt)))


def timezone_name_of(tz: W_Timezone) -> str:
    w_name = tz.w_name
    if isinstance(w_name, W_StrObject):
        return w_name.as_str()
    if tz is W_UTC:
        return "UTC"
    d = tz.w_offset
    if d.is_zero():
        return "UTC"
    return "UTC" + format_offset(d, ":")


def timezone_utcoffset(slots: list[W_Root | None]) -> W_Root:
    tz = tz_w(slots[0])
    _check_dt_arg(_arg(slots, 1), "utcoffset")
    return tz.w_offset


def timezone_dst(slots: list[W_Root | None]) -> W_Root:
    tz_w(slots[0])
    _check_dt_arg(_arg(slots, 1), "dst")
    return w_None


def timezone_tzname(slots: list[W_Root | None]) -> W_Root:
    tz = tz_w(slots[0])
    _check_dt_arg(_arg(slots, 1), "tzname")
    return W_StrObject(timezone_name_of(tz))


def timezone_repr(slots: list[W_Root | None]) -> W_Root:
    tz = tz_w(slots[0])
    if tz is W_UTC:
        return W_StrObject("datetime.timezone.utc")
    off = delta_repr_of(tz.w_offset)
    if tz.w_name is w_None:
        return W_StrObject("datetime.timezone(%s)" % off)
    return W_StrObject("datetime.timezone(%s, %s)" % (off, space.repr_str(tz.w_name)))


def timezone_str(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(timezone_name_of(tz_w(slots[0])))


def timezone_eq(slots: list[W_Root | None]) -> W_Root:
    tz = tz_w(slots[0])
    w_other = _arg(slots, 1)
    if not isinstance(w_other, W_Timezone):
        return w_NotImplemented
    return wrap_bool(delta_cmp(tz.w_offset, w_other.w_offset) == 0)


def timezone_ne(slots: list[W_Root | None]) -> W_Root:
    w_res = timezone_eq(slots)
    if w_res is w_NotImplemented:
        return w_res
    return wrap_bool(not space.is_true(w_res))


def timezone_hash(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(delta_hash_of(tz_w(slots[0]).w_offset))


def timezone_getinitargs(slots: list[W_Root | None]) -> W_Root:
    tz = tz_w(slots[0])
    if tz.w_name is w_None:
        return space.newtuple([tz.w_offset])
    return space.newtuple([tz.w_offset, tz.w_name])


W_UTC = W_Timezone(new_delta(0, 0, 0), w_None)

register_raw(w_timezone_type, "__new__", timezone_new)
register(w_timezone_type, "utcoffset(self, dt, /)", timezone_utcoffset)
register(w_timezone_type, "dst(self, dt, /)", timezone_dst)
register(w_timezone_type, "tzname(self, dt, /)", timezone_tzname)
register(w_timezone_type, "__repr__(self, /)", timezone_repr)
register(w_timezone_type, "__str__(self, /)", timezone_str)
register(w_timezone_type, "__eq__(self, value, /)", timezone_eq)
register(w_timezone_type, "__ne__(self, value, /)", timezone_ne)
register(w_timezone_type, "__hash__(self, /)", timezone_hash)
register(w_timezone_type, "__getinitargs__(self, /)", timezone_getinitargs)
w_timezone_type.dict_w["utc"] = W_UTC
w_timezone_type.dict_w["min"] = W_Timezone(new_delta(-1, 60, 0), w_None)
w_timezone_type.dict_w["max"] = W_Timezone(new_delta(0, 86340, 0), w_None)


def offset_timezone(seconds: int, us: int) -> W_Timezone:
    """The timezone of a parsed ISO offset (UTC for zero)."""
    if seconds == 0 and us == 0:
        return W_UTC
    return new_timezone(new_delta(0, seconds, us), w_None)
