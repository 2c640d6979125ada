"""The source of the program, parsed once per file.

The flow builder needs the AST of every function and the annotator the line
of every class and the decorators of every function. `inspect` would re-read
and re-parse the whole file for each of them (quadratic on big programs), so
each file is parsed once here and its definitions are indexed by line.
"""
from __future__ import annotations

import ast
import linecache
import sys
from typing import Any


class SourceFile:
    def __init__(self, filename: str, module_globals: dict | None) -> None:
        lines = linecache.getlines(filename, module_globals)
        if not lines:
            raise OSError("no source for %s" % filename)
        self.tree = ast.parse(''.join(lines), filename)
        self.functions: dict[int, ast.AST] = {}       # first line (decorators included) -> def
        self.classes: dict[str, ast.ClassDef] = {}    # qualified name -> class
        self.index(self.tree, '')

    def index(self, node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                first = min([child.lineno] + [d.lineno for d in child.decorator_list])
                self.functions.setdefault(first, child)
                self.functions.setdefault(child.lineno, child)
                self.index(child, prefix + child.name + '.<locals>.')
            elif isinstance(child, ast.ClassDef):
                self.classes.setdefault(prefix + child.name, child)
                self.index(child, prefix + child.name + '.')
            else:
                self.index(child, prefix)


_cache: dict[str, SourceFile | None] = {}


def source_file(filename: str, module_globals: dict | None = None) -> SourceFile | None:
    if filename not in _cache:
        try:
            _cache[filename] = SourceFile(filename, module_globals)
        except (OSError, SyntaxError):
            _cache[filename] = None
    return _cache[filename]


def function_node(func: Any) -> ast.AST | None:
    """The FunctionDef of a live function (None if its source is unavailable)."""
    code = func.__code__
    sf = source_file(code.co_filename, func.__globals__)
    if sf is None:
        return None
    return sf.functions.get(code.co_firstlineno)


def class_node(cls: type) -> tuple[str, ast.ClassDef | None]:
    """(filename, ClassDef) of a live class."""
    module = sys.modules.get(cls.__module__)
    filename = getattr(module, '__file__', None) or '?'
    sf = source_file(filename, vars(module) if module else None)
    if sf is None:
        return filename, None
    return filename, sf.classes.get(cls.__qualname__)
