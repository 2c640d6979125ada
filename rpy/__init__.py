"""rpy: the translation toolchain that turns RPy (restricted, typed Python) into C.

Layout: flow/ (flow graphs), annotate/ (types), rtype/ (low-level ops),
lltype/ (the operation table), backendopt/, c/ (C backend and runtime),
rlib/ (the library RPy programs may import), translate.py (the driver),
run.py (untranslated runner).
"""
