"""ouro.compiler: the front end's second half -- AST to code objects.

- `symtable`       the symbol-table pass: `build_symtable(module) -> Scope`,
                   the scopes and symbol flags of CPython 3.11's `symtable`
                   module (local, global explicit/implicit, free, cell), with
                   the SyntaxErrors CPython's symtable.c raises (as
                   ouro.parser.errors.SourceError); `format_symtable(scope)`
                   prints them in a fixed textual format.
- `opcodes`        THE opcode table of ouro's bytecode (docs/bytecode.md is
                   generated from it), stack effects, code flags.
- `code`           CodeObject, the compiler-made constants (tuples,
                   frozensets, code), the line and exception tables.
- `codegen_base`, `codegen_match`, `codegen`
                   the code generator, one class in three parts:
                   `compile_source(raw, filename) -> CodeObject`.
- `fold`           constant folding of literal expressions.
- `unparse`        expressions back to text (future annotations).
- `assemble`       basic blocks to bytecode, exception table, line table,
                   stack depth.
- `disassemble`    the listing `python -m ouro.dis FILE` prints.
- `marshal`, `pycache`  code objects to bytes and back; the bytecode cache
                   beside the source (`__pycache__/NAME.ouro-311.pyc`).
- `symtable_main`, `compile_main`  RPy programs (translated by the tests
                   and the benchmark) printing symbol tables / disassembly.

Everything here is RPy.
"""
