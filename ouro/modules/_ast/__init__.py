"""The `_ast` module (module.py: the node classes; convert.py: the RPy
AST of ouro/parser to these Python objects and back, for compile())."""
