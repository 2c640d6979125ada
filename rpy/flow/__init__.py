"""Flow graphs: the program as blocks of operations, built from each function's AST."""
