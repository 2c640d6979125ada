"""The `_datetime` built-in module: CPython 3.11's Modules/_datetimemodule.c
in RPy, so that Lib/datetime.py's `from _datetime import *` replaces its
pure-Python classes (as on CPython).

    calendar.py       ordinals, month lengths, ISO weeks, field carrying
    objects.py        instance classes, type objects, checked constructors,
                      argument parsing with PyArg_ParseTupleAndKeywords' messages
    deltaobject.py    timedelta
    dateobject.py     date, IsoCalendarDate
    timeobject.py     time
    tzobjects.py      tzinfo, timezone
    datetimeobject.py datetime (and tzinfo/timezone.fromutc)
    formatting.py     isoformat pieces, UTC offsets, strftime (%z %Z %f)
    isoparse.py       fromisoformat's parser
    localtime.py      the C library's local time (timestamps, folds, gaps)
    module.py         the module object and its registration

Known differences from CPython: datetime_CAPI is a str placeholder (there
is no C API); the UnicodeEncodeError of a lone surrogate in strftime's
format names position 0 of the offending character alone.
"""
