"""The `_abc` module (module.py)."""
