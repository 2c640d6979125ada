"""The select module (module.py)."""
