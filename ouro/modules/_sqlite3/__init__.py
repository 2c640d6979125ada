"""The `_sqlite3` module (module.py; the objects in model.py)."""
