"""The `_functools` module (module.py)."""
