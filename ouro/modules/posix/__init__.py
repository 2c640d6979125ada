"""The `posix` built-in module (what os.py builds on)."""
