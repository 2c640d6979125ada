"""The `_sre` module: the regular-expression engine behind the pure-Python
`re` package of CPython 3.11 (module.py: Pattern, Match, Scanner and the
module functions; engine.py: the matcher over SRE code; unicodedb.py: the
character tables; constants.py: the opcodes)."""
