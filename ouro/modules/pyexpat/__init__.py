"""The `pyexpat` module (module.py; the xmlparser type in parser.py)."""
