"""The `gc` built-in module (see module.py)."""
