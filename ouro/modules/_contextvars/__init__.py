"""The `_contextvars` module (module.py)."""
