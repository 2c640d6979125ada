"""The `builtins` module: the built-in functions (functions.py), classes
and constants, collected into the dict every frame's builtins lookups use
(`setup()` fills ouro.interpreter.frame.BUILTINS)."""
