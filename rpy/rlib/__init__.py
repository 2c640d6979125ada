"""rpy.rlib: the library an RPy program may import (hints, machine arithmetic, GC, OS)."""
