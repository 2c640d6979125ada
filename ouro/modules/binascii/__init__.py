"""The `binascii` module (module.py)."""
