"""The `time` built-in module."""
