"""The `_signal` built-in module (see module.py)."""
