"""The `_symtable` module (module.py)."""
