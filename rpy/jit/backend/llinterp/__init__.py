"""A backend that runs traces on CPython, on the real objects (untranslated)."""
