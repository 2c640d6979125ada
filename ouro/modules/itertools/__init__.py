"""The `itertools` module (module.py)."""
