"""rpy.jit: the meta-tracing JIT generator (issue 5).

See ../shared/design/ARCHITECTURE.md (the JIT sections) and docs/design-jit.md.
"""
