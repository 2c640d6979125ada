"""The `_sha3` module (module.py)."""
