"""ouro.compiler: the front end's second half -- AST to code objects.

- `symtable`       the symbol-table pass: `build_symtable(module) -> Scope`,
                   the scopes and symbol flags of CPython 3.11's `symtable`
                   module (local, global explicit/implicit, free, cell), with
                   the SyntaxErrors CPython's symtable.c raises (as
                   ouro.parser.errors.SourceError); `format_symtable(scope)`
                   prints them in a fixed textual format.
- `symtable_main`  an RPy program: parse a file and print its symbol tables
                   in that format (or the SyntaxError, exit status 1).

Everything here is RPy.
"""
