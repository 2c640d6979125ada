"""The `faulthandler` module (module.py)."""
