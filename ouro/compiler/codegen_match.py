"""Pattern matching (`match` statements) for the code generator."""
from __future__ import annotations

from ouro.compiler.codegen_base import CodeGenBase
from ouro.parser import astnodes as ast


class MatchCompiler(CodeGenBase):

    def compile_match(self, node: ast.Match) -> None:
        raise self.error("match statements are not compiled yet", node)
