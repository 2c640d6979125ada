"""The `_operator` module (module.py)."""
