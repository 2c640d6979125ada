"""The `_datetime` module object: the types, the constants MINYEAR and
MAXYEAR, timezone.utc as UTC, and datetime_CAPI (a placeholder object:
nothing here has a C API to export)."""
from __future__ import annotations

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.modules._datetime import datetimeobject, dateobject, deltaobject  # noqa: F401
from ouro.modules._datetime import timeobject, tzobjects  # noqa: F401
from ouro.modules._datetime.calendar import MAXYEAR, MINYEAR
from ouro.modules._datetime.objects import (w_date_type, w_datetime_type, w_time_type,
                                            w_timedelta_type, w_timezone_type, w_tzinfo_type)
from ouro.modules._datetime.tzobjects import W_UTC
from ouro.objspace.intobject import wrap_int
from ouro.objspace.strobject import W_StrObject

DOC = "Fast implementation of the datetime type."


def make_module() -> W_Module:
    w_mod = W_Module("_datetime", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", W_StrObject(DOC))
    d.setitem_str("date", w_date_type)
    d.setitem_str("datetime", w_datetime_type)
    d.setitem_str("time", w_time_type)
    d.setitem_str("timedelta", w_timedelta_type)
    d.setitem_str("tzinfo", w_tzinfo_type)
    d.setitem_str("timezone", w_timezone_type)
    d.setitem_str("MINYEAR", wrap_int(MINYEAR))
    d.setitem_str("MAXYEAR", wrap_int(MAXYEAR))
    d.setitem_str("UTC", W_UTC)
    d.setitem_str("datetime_CAPI", space_capsule())
    return w_mod


def space_capsule() -> W_StrObject:
    # CPython's is a PyCapsule named "datetime.datetime_CAPI"; a string
    # stands in for it (nothing can use it from Python)
    return W_StrObject("<capsule object \"datetime.datetime_CAPI\">")


register_module("_datetime", make_module)
