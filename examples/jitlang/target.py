"""jitlang: a small dynamically typed language, the JIT generator's example.

    python -m rpy.run examples/jitlang/target.py [--jit PARAMS] [--dis] PROGRAM.jl
    python -m rpy.translate --output jitlang-c examples/jitlang/target.py
    ./jitlang-c [--jit threshold=1000,loop_longevity=300] PROGRAM.jl [ARGS...]

--jit sets the JIT's parameters (PyPy's names: threshold, function_threshold,
trace_eagerness, trace_limit, loop_longevity, enable_opts, ..., or 'off');
translated with --opt=jit, a loop is handed to the JIT after `threshold`
iterations (OURO_LOG=jit-summary prints how often, at the end);
--dis prints the bytecode instead of running it; --blackhole (translated
with --opt=jit) runs the interpreter's portal in the JIT's blackhole
interpreter on its encoded jitcodes and --trace (--trace-log: with the
JIT's summary and loops on stderr) through the translated tracer and x86
backend, tests of the JIT (examples/jitlang/jl_blackhole.py); args() in
the program is
the list of ARGS (strings). An error in the program
(syntax, names, types at run time) prints 'PROGRAM.jl:LINE: Kind: message'
on stderr and exits with status 1. The language: examples/jitlang/README.md.
"""
from __future__ import annotations

from rpy.rlib import ros
from rpy.rlib.jit import set_user_param

from jl_blackhole import run_in_blackhole, run_traced
from jl_compiler import compile_program
from jl_errors import JLError
from jl_interp import PROGRAM_ARGS, jitdriver, run_program
from jl_parser import parse

USAGE = 'usage: jitlang [--jit PARAM=VALUE,...] [--dis] PROGRAM.jl [ARGS...]\n'


def entry_point(argv: list[str]) -> int:
    i = 1
    dis = False
    blackhole = False
    traced = False
    trace_log = False
    while i < len(argv) and argv[i].startswith('-'):
        a = argv[i]
        if a == '--jit' or a.startswith('--jit='):
            if a == '--jit':
                if i + 1 >= len(argv):
                    ros.write_stderr('jitlang: --jit needs a value, e.g. --jit threshold=500\n')
                    return 2
                i += 1
                text = argv[i]
            else:
                text = a[len('--jit='):]
            try:
                set_user_param(jitdriver, text)
            except ValueError as e:
                ros.write_stderr('jitlang: --jit: %s\n' % str(e))
                return 2
        elif a == '--dis':
            dis = True
        elif a == '--blackhole':
            blackhole = True
        elif a == '--trace' or a == '--trace-log':
            traced = True
            trace_log = a == '--trace-log'
        elif a == '-h' or a == '--help':
            ros.write_stderr(USAGE)
            return 0
        else:
            ros.write_stderr('jitlang: unknown option %s\n%s' % (a, USAGE))
            return 2
        i += 1
    if i >= len(argv):
        ros.write_stderr(USAGE)
        return 2
    path = argv[i]
    PROGRAM_ARGS.args = argv[i + 1:]
    try:
        src = ros.read_file(path).decode()
    except OSError as e:
        ros.write_stderr('jitlang: cannot read %s: %s\n' % (path, str(e)))
        return 1
    except ValueError:
        ros.write_stderr('jitlang: %s is not UTF-8 text\n' % path)
        return 1
    try:
        program = compile_program(parse(src))
        if dis:
            for code in program.functions:
                print(code.disassemble())
            print(program.main.disassemble())
            return 0
        if traced:
            if not run_traced(program, trace_log):
                ros.write_stderr('jitlang: --trace needs a translation with --opt=jit\n')
                return 2
        elif blackhole:
            if not run_in_blackhole(program):
                ros.write_stderr('jitlang: --blackhole needs a translation with --opt=jit\n')
                return 2
        else:
            run_program(program)
    except JLError as e:
        ros.write_stderr('%s:%d: %s: %s\n' % (path, e.line, e.kind, e.message))
        return 1
    except RecursionError:
        ros.write_stderr('%s: RecursionError: maximum recursion depth exceeded\n' % path)
        return 1
    except MemoryError:
        ros.write_stderr('%s: MemoryError: out of memory\n' % path)
        return 1
    return 0
