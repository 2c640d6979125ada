"""The `_string` module (module.py)."""
