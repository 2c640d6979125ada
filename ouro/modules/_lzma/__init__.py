"""The `_lzma` module (module.py)."""
