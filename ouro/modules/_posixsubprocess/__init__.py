"""The _posixsubprocess module (module.py)."""
