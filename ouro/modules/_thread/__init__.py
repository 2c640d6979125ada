"""The `_thread` module (module.py)."""
