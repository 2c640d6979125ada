"""The `_bisect` module (module.py)."""
