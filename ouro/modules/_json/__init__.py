"""The `_json` module (module.py)."""
