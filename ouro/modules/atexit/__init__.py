"""The `atexit` module (module.py)."""
