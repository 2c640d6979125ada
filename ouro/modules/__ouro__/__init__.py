"""The `__ouro__` module (module.py): ouro's own helpers, as PyPy's
`__pypy__`."""
