"""The `zlib` module (module.py)."""
