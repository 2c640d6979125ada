"""The `_warnings` module (module.py)."""
