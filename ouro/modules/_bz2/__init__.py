"""The `_bz2` module (module.py)."""
