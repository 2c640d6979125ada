"""Docstrings and text signatures of the functions and types of built-in
modules ouro added lately (_datetime, select, _sqlite3, mmap)."""
import datetime, inspect, mmap, select, sqlite3
for o in (datetime.date, datetime.date.replace, datetime.datetime.now, datetime.timedelta.total_seconds, datetime.timezone, datetime.date.fromordinal, datetime.datetime.fromisoformat, select.select, sqlite3.connect, mmap.mmap):
    d = o.__doc__
    print(repr(d.splitlines()[0]) if d else d)
for o in (datetime.date.replace, select.select):
    try: print(inspect.signature(o))
    except Exception as e: print(type(e).__name__, e)
