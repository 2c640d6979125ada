"""The metainterp side of the JIT: the trace IR (resoperation.py, history.py),
its printer (logger.py) and the trace optimizer (optimizeopt/)."""
