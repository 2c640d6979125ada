"""The `_sha512` module (module.py)."""
