"""ouro.interpreter: running bytecode -- code objects with their constants
as Python objects (pycode), frames and the eval loop (frame), functions,
cells and method objects (function), generators and coroutines (generator),
tracebacks (traceback), modules and imports (module), the command line
(main).  See docs/design-interpreter.md.
"""
