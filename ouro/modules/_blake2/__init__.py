"""The `_blake2` module (module.py)."""
