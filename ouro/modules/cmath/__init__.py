"""The `cmath` module (module.py)."""
