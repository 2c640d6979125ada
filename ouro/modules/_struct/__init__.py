"""The `_struct` module (module.py)."""
