"""The `_tokenize` module (module.py)."""
