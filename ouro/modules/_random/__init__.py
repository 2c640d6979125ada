"""The `_random` module (module.py)."""
