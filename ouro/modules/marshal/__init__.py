"""The `marshal` module (module.py)."""
