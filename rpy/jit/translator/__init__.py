"""The JIT's part of the translation (`--opt=jit`): the pyjitpl phase."""
