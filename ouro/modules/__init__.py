"""ouro.modules: the built-in modules, one package per module, in RPy."""
