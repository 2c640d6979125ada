"""rpy.jit.backend: machine-code backends of the JIT (x86-64 only so far)."""
