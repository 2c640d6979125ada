"""The `_collections` module (module.py)."""
