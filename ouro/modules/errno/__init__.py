"""The `errno` built-in module."""
