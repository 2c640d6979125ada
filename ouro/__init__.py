"""ouro: the Python 3.11 interpreter of Ouroboros, written in RPy.

See ../shared/design/ARCHITECTURE.md ("ouro, the interpreter").  The
package runs untranslated on CPython (tests, debugging) and is translated
by `python -m rpy.translate` into the `ouro` executable.
"""
