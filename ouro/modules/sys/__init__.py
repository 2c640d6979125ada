"""The `sys` module (module.py)."""
