"""The `_lsprof` module (module.py)."""
