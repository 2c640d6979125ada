"""The _socket module (module.py)."""
