"""The `_codecs` module: the codec registry and the built-in codecs behind
the pure-Python `codecs` module and the `encodings` package
(module.py: registry, lookup, encode/decode, the module functions;
errors.py: UnicodeError objects and the error handlers; impl.py: the codec
algorithms beyond the UTF-8/ASCII/Latin-1 of ouro/objspace/strobject.py)."""
