"""rpy.jit.backend.x86: the x86-64 backend.

regs.py       register numbers and the System V AMD64 calling convention
encoder.py    MachineCodeBuilder: one method per instruction form, labels,
              relocations (see docs/design-jit.md, "x86-64 backend: encoder")
regalloc.py   linear-scan register allocation over a trace, locations,
              parallel moves
assembler.py  a trace -> `long loop(long *jitframe)` (docs/design-jit.md,
              "x86-64 backend: assembler")
codebuf.py    executable memory (untranslated: ctypes mmap/mprotect)
"""
