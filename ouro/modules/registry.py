"""The table of built-in modules: name -> the RPy function that makes the
module object.  A module is made the first time it is imported (so a
program that never imports `math` pays nothing for it) and then lives in
sys.modules like any other.

A built-in module package (ouro/modules/<name>/) provides
`make_module() -> W_Module` and is listed in MODULES below.  Inside it,
functions are gateway built-ins (ouro/objspace/gateway.py: register(None,
spec, fn) / register_raw) put into the module's dict; types are
W_TypeObjects made with make_builtin_type.
"""
from __future__ import annotations

from typing import Callable

from ouro.interpreter.module import W_Module

ModuleMaker = Callable[[], W_Module]

MODULES: dict[str, ModuleMaker] = {}


def register_module(name: str, maker: ModuleMaker) -> None:
    """Load time: `name` is made by `maker` on first import."""
    MODULES[name] = maker


def builtin_module_names() -> list[str]:
    names: list[str] = []
    for name in MODULES:
        names.append(name)
    names.sort()
    return names



# the built-in modules (imported last: they import the object space)
from ouro.modules.math.module import make_module as _make_math  # noqa: E402

register_module("math", _make_math)
from ouro.modules.cmath.module import make_module as _make_cmath  # noqa: E402

register_module("cmath", _make_cmath)
from ouro.modules.itertools.module import make_module as _make_itertools  # noqa: E402

register_module("itertools", _make_itertools)


# the OS and I/O modules (imported here, after the table exists)
from ouro.modules.errno.module import make_module as _make_errno  # noqa: E402
from ouro.modules.posix.module import make_module as _make_posix  # noqa: E402
register_module("errno", _make_errno)
register_module("posix", _make_posix)
from ouro.modules._collections.module import make_module as _make_collections  # noqa: E402

register_module("_collections", _make_collections)
from ouro.modules._functools.module import make_module as _make_functools  # noqa: E402

register_module("_functools", _make_functools)
from ouro.modules.time.module import make_module as _make_time  # noqa: E402
register_module("time", _make_time)
from ouro.modules._operator.module import make_module as _make_operator  # noqa: E402

register_module("_operator", _make_operator)
from ouro.modules._io.module import make_module as _make_io  # noqa: E402
register_module("_io", _make_io)
from ouro.modules._string.module import make_module as _make_string  # noqa: E402

register_module("_string", _make_string)
from ouro.modules._codecs.module import make_module as _make_codecs  # noqa: E402

register_module("_codecs", _make_codecs)
from ouro.modules._ast.module import make_module as _make_ast  # noqa: E402

register_module("_ast", _make_ast)
from ouro.modules.gc.module import make_module as _make_gc  # noqa: E402

register_module("gc", _make_gc)
from ouro.modules._signal.module import make_module as _make_signal  # noqa: E402

register_module("_signal", _make_signal)
from ouro.modules._json.module import make_module as _make_json  # noqa: E402

register_module("_json", _make_json)

# sockets, select and child processes (what asyncio's imports need)
from ouro.modules.select.module import make_module as _make_select  # noqa: E402
from ouro.modules._socket.module import make_module as _make_socket  # noqa: E402
from ouro.modules._posixsubprocess.module import make_module as _make_posixsubprocess  # noqa: E402

register_module("select", _make_select)
register_module("_socket", _make_socket)
register_module("_posixsubprocess", _make_posixsubprocess)
