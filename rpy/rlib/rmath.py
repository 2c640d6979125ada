"""Math functions for RPy programs (libm when translated).

RPy programs may also `import math` and use the same names: the toolchain
maps both to libm.
"""
from __future__ import annotations
import math as _math

pi = _math.pi
e = _math.e
inf = _math.inf
nan = _math.nan
sqrt = _math.sqrt
sin = _math.sin
cos = _math.cos
tan = _math.tan
atan = _math.atan
atan2 = _math.atan2
exp = _math.exp
log = _math.log
floor = _math.floor
fabs = _math.fabs
pow = _math.pow
isnan = _math.isnan
isinf = _math.isinf
copysign = _math.copysign
