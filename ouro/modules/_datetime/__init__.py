"""The `_datetime` built-in module (CPython 3.11 Modules/_datetimemodule.c)."""
