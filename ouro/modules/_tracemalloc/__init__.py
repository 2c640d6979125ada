"""The `_tracemalloc` module (module.py)."""
