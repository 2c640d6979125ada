"""The translation target of the `ouro` executable:

    python -m rpy.translate --output bin/ouro ouro/target.py

entry_point is the command line (ouro/interpreter/main.py)."""
from __future__ import annotations

from ouro.interpreter import matching
from ouro.interpreter.main import main
from ouro.objspace import genericalias
from ouro.objspace.model import BUILTIN_TYPES
from ouro.modules._abc import module as _abc_module  # noqa: F401
from ouro.modules.math import module as _math_module  # noqa: F401
from ouro.modules.itertools import module as _itertools_module  # noqa: F401
from ouro.modules.itertools import pickling as _itertools_pickling  # noqa: F401
from ouro.modules._collections import module as _collections_module  # noqa: F401
from ouro.modules._functools import module as _functools_module  # noqa: F401
from ouro.modules._operator import module as _operator_module  # noqa: F401
from ouro.modules._thread import module as _thread_module  # noqa: F401
from ouro.modules._weakref import module as _weakref_module  # noqa: F401
from ouro.modules._imp import module as _imp_module  # noqa: F401
from ouro.modules._warnings import module as _warnings_module  # noqa: F401
from ouro.modules.marshal import module as _marshal_module  # noqa: F401
from ouro.modules._contextvars import module as _contextvars_module  # noqa: F401
from ouro.modules.atexit import module as _atexit_module  # noqa: F401
from ouro.modules.__ouro__ import module as _ouro_module  # noqa: F401
from ouro.modules.faulthandler import module as _faulthandler_module  # noqa: F401
from ouro.objspace import exceptions_attrs  # noqa: F401
from ouro.interpreter import reduce as _reduce_module  # noqa: F401
from ouro.interpreter import iterreduce as _iterreduce_module  # noqa: F401
from ouro.objspace import textsig  # noqa: F401
from ouro.modules._struct import module as _struct_module  # noqa: F401
from ouro.modules.binascii import module as _binascii_module  # noqa: F401
from ouro.modules._tokenize import module as _tokenize_module  # noqa: F401
from ouro.modules._random import module as _random_module  # noqa: F401
from ouro.modules._lsprof import module as _lsprof_module  # noqa: F401
from ouro.modules._sha512 import module as _sha512_module  # noqa: F401
from ouro.modules.zlib import module as _zlib_module  # noqa: F401
from ouro.modules._bz2 import module as _bz2_module  # noqa: F401
from ouro.modules._lzma import module as _lzma_module  # noqa: F401
from ouro.modules.pyexpat import module as _pyexpat_module  # noqa: F401
from ouro.modules.hash32 import module as _hash32_module  # noqa: F401
from ouro.modules._sha3 import module as _sha3_module  # noqa: F401
from ouro.modules._blake2 import module as _blake2_module  # noqa: F401
from ouro.modules._csv import module as _csv_module  # noqa: F401
from ouro.modules._heapq import module as _heapq_module  # noqa: F401
from ouro.modules._bisect import module as _bisect_module  # noqa: F401
from ouro.modules._symtable import module as _symtable_module  # noqa: F401
from ouro.modules._tracemalloc import module as _tracemalloc_module  # noqa: F401
from ouro.modules._sqlite3 import module as _sqlite3_module  # noqa: F401
from ouro.modules.array import module as _array_module  # noqa: F401
from ouro.modules.array import iterpickle as _array_iterpickle  # noqa: F401
from ouro.modules.pwd import module as _pwd_module  # noqa: F401
from ouro.modules.grp import module as _grp_module  # noqa: F401
from ouro.modules.resource import module as _resource_module  # noqa: F401
from ouro.modules.fcntl import module as _fcntl_module  # noqa: F401
from ouro.modules.unicodedata import module as _unicodedata_module  # noqa: F401
from ouro.modules.termios import module as _termios_module  # noqa: F401
from ouro.modules._stat import module as _stat_module  # noqa: F401
from ouro.modules._multibytecodec import module as _multibytecodec_module  # noqa: F401
from ouro.modules.mmap import module as _mmap_module  # noqa: F401
from ouro.modules._locale import module as _locale_module  # noqa: F401
from ouro.modules._multiprocessing import module as _multiprocessing_module  # noqa: F401
from ouro.modules._posixshmem import module as _posixshmem_module  # noqa: F401
from ouro.modules._datetime import module as _datetime_module  # noqa: F401
from ouro.objspace import (bytearrayobject, bytesobject, complexobject, floatobject,  # noqa: F401
                           iterobject, memoryobject, rangeobject, setobject, sliceobject,
                           space)

# (before collect_builtin_types: their types get their __doc__ entry too)
from ouro.modules.errno import module as _errno_module  # noqa: F401
from ouro.modules.posix import module as _posix_module  # noqa: F401
from ouro.modules._sre import module as _sre_module  # noqa: F401
from ouro.modules.time import module as _time_module  # noqa: F401
from ouro.modules._io import module as _io_module  # noqa: F401

textsig.apply_type_docs()
space.collect_builtin_types()
genericalias.add_class_getitem()
matching.set_builtin_flags()
for _t in BUILTIN_TYPES:
    _t.mutated()        # no lookup cached while the types were being filled


def entry_point(argv: list[str]) -> int:
    return main(argv)


# the C stack of the program, in MiB of address space (rpy/c/runtime/main.c):
# each Python call takes C stack, and CPython 3.11 programs raise the
# recursion limit and recurse 100,000 deep (no C stack there)
MAIN_STACK_MB = 512


