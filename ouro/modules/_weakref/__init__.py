"""The `_weakref` module (module.py)."""
