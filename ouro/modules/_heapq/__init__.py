"""The `_heapq` module (module.py)."""
