"""The `_imp` module (module.py)."""
