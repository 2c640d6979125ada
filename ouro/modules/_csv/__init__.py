"""The `_csv` module (module.py)."""
