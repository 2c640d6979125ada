"""python -m rpy.translate [--opt=0|2|jit] [--output PATH] [--make-jobs N] TARGET.py

Translates the RPy program TARGET.py (its entry_point(argv) -> int) into a
native executable, NAME-c by default.  Prints the time of each phase at the
end.  A program outside RPy is reported as `file:line: message` (exit 1).
--opt=jit compiles like --opt=2 and adds the phases warmspot (after
annotate: the portal's can_enter_jit counts and enters the JIT,
rpy/jit/translator/warmspot.py) and pyjitpl (codewriter over each
JitDriver's portal, descriptors bound to the C layout, jitcodes encoded);
the tracer is not in the executable yet: hot loops run in the blackhole
interpreter (docs/status.md, issue 5).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from typing import Any, Callable

from rpy.errors import RPyError
from rpy.targetload import TargetError, import_target


class Timer:
    def __init__(self) -> None:
        self.phases: list[tuple[str, float]] = []
        self.start = time.time()

    def run(self, name: str, fn: Callable[[], Any]) -> Any:
        print('[translation] %s...' % name, file=sys.stderr, flush=True)
        t0 = time.time()
        try:
            return fn()
        finally:
            self.phases.append((name, time.time() - t0))

    def report(self) -> str:
        lines = ['[Timer] %s --- %.1f s' % (n, t) for n, t in self.phases]
        lines.append('[Timer] Total: --- %.1f s' % (time.time() - self.start))
        return '\n'.join(lines)


def main_stack_mb(module: object, target: str) -> int:
    """The target's optional MAIN_STACK_MB: the program then runs on a C
    stack of that many MiB (address space, rpy/c/runtime/main.c) instead
    of the process stack.  An interpreter whose every call of the
    interpreted language is a C call needs it (ouro: deep recursion)."""
    mb = getattr(module, 'MAIN_STACK_MB', 0)
    if type(mb) is not int or not 0 <= mb <= 4096:
        raise RPyError("MAIN_STACK_MB must be an int from 0 to 4096 (MiB)", target, 1)
    return mb


def translate(target: str, output: str | None, opt: str, jobs: int, builddir: str | None) -> str:
    from rpy.annotate.annotator import Annotator
    from rpy.backendopt.merge_if_blocks import merge_if_blocks
    from rpy.backendopt.simplify import simplify_graph
    from rpy.backendopt.stackcheck import find_functions_needing_check
    from rpy.c.compile import compile_program
    from rpy.c.genc import CGenerator

    timer = Timer()
    name = os.path.splitext(os.path.basename(target))[0]
    output = output or os.path.join(os.getcwd(), name + '-c')
    ann = Annotator()

    def annotate() -> None:
        module = import_target(target)
        entry = getattr(module, 'entry_point', None)
        if entry is None:
            raise RPyError("the target defines no function 'entry_point'; write "
                           "'def entry_point(argv: list[str]) -> int:'", target, 1)
        ann.build(entry)
        gen.main_stack_mb = main_stack_mb(module, target)
    gen = CGenerator(ann, None, set())
    timer.run('annotate', annotate)
    if opt == 'jit':
        # the glue between the portal and the JIT: RPy code annotated with
        # the program, before rtype (rpy/jit/translator/warmspot.py)
        from rpy.jit.translator.warmspot import transform
        glue = timer.run('warmspot', lambda: transform(ann))
        print('\n'.join(glue), file=sys.stderr)
    gen.entry = ann.entry
    timer.run('rtype', gen.rtype)

    def backendopt() -> None:
        for d in ann.all_descs():
            g = d.graph
            assert g is not None
            simplify_graph(g)
            # after simplify (its empty blocks are skipped already): if-chains
            # on one int become switches
            merge_if_blocks(g)
    timer.run('backendopt', backendopt)

    def stackcheck() -> None:
        gen.recursive = find_functions_needing_check(ann)
    timer.run('stackcheckinsertion', stackcheck)
    if opt == 'jit':
        # the codewriter sees the graphs the C backend compiles (after
        # backendopt); the database's layout (fixed in rtype) binds its descrs
        from rpy.jit.translator.pyjitpl_phase import pyjitpl
        report = timer.run('pyjitpl', lambda: pyjitpl(ann, gen.db))
        print('\n'.join(report), file=sys.stderr)
    timer.run('database_c', gen.generate_functions)
    bdir = builddir or tempfile.mkdtemp(prefix='rpy-%s-' % name)
    files = timer.run('source_c', lambda: gen.write_sources(bdir, max(2, jobs * 2)))
    timer.run('compile_c', lambda: compile_program(bdir, files, output, opt, jobs))
    print(timer.report(), file=sys.stderr)
    print('[translation] wrote %s (C sources in %s)' % (output, bdir), file=sys.stderr)
    return output


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog='python -m rpy.translate', description=__doc__.strip().splitlines()[2])
    p.add_argument('--opt', default='2', choices=['0', '2', 'jit'])
    p.add_argument('--output', '-o', default=None)
    p.add_argument('--make-jobs', type=int, default=os.cpu_count() or 2)
    p.add_argument('--build-dir', default=None, help='where to write the C sources')
    p.add_argument('--debug', action='store_true', help='show toolchain tracebacks')
    p.add_argument('target')
    p.add_argument('args', nargs='*', help='ignored (kept for compatibility)')
    a = p.parse_args(argv[1:])
    sys.setrecursionlimit(20000)
    try:
        translate(a.target, a.output, a.opt, a.make_jobs, a.build_dir)
    except (RPyError, TargetError) as e:
        if a.debug:
            traceback.print_exc()
        print(str(e), file=sys.stderr)
        return 1
    except SyntaxError as e:
        print('%s:%s: SyntaxError: %s' % (e.filename, e.lineno, e.msg), file=sys.stderr)
        return 1
    except Exception as e:
        from rpy.c.compile import CompileError
        if isinstance(e, CompileError):
            print('rpy.translate: %s' % e, file=sys.stderr)
            return 1
        traceback.print_exc()
        print('rpy.translate: internal error of the toolchain (above); please report it with '
              'the program that triggers it', file=sys.stderr)
        return 3
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
