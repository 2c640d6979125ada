"""rpy.jit.backend.x86: the x86-64 backend.

regs.py     register numbers and the System V AMD64 calling convention
encoder.py  MachineCodeBuilder: one method per instruction form, labels,
            relocations (see docs/design-jit.md, "x86-64 backend: encoder")
"""
