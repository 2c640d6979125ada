"""Sockets, select/poll/epoll and descriptor flags for RPy programs.

The same behaviour untranslated (through CPython's socket and select
modules) and translated (rpy/c/runtime/sockets.c).  Errors raise OSError
and leave their errno in `ros.get_errno()`; an address that does not
resolve also sets `gai_error()` (the EAI_* code, 0 after any other
failure), so that an interpreter can raise socket.gaierror.

Several values travel through small per-process records, as in ros:
- the address a call needs is set first with `addr_inet(host, port)`,
  `addr_inet6(...)` or `addr_unix(path)`, then `bind(fd)`, `connect(fd)`,
  `sendto(...)` use it;
- the address a call returns (`accept`, `getsockname`, `getpeername`,
  `recvfrom`, `ai_select(i)`) is read with `res_family()`, `res_host()`,
  `res_port()`, `res_flowinfo()`, `res_scope_id()`, `res_path()`;
- `select_*`, `poll_*` and `epoll_wait` keep their descriptor sets and
  results likewise.
Two descriptors (socketpair) come as one int: fd0 << 32 | fd1.
"""
from __future__ import annotations

import select as _select
import socket as _socket
from typing import Any

from rpy.rlib import rsignal as _rsignal
from rpy.rlib.ros import _keeps_errno


def _interruptible(fn: Any) -> Any:
    """Untranslated: a recorded signal ends the wait with EINTR, as the C
    runtime's waits end (CPython's own would retry)."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any) -> Any:
        _rsignal._State.in_wait = True
        try:
            return fn(*args)
        finally:
            _rsignal._State.in_wait = False
    return wrapper

AF_UNIX = int(_socket.AF_UNIX)
AF_INET = int(_socket.AF_INET)
AF_INET6 = int(_socket.AF_INET6)
AF_UNSPEC = int(_socket.AF_UNSPEC)
SOCK_STREAM = int(_socket.SOCK_STREAM)
FD_SETSIZE = 1024


class _State:
    arg_addr: Any = None          # (family, address as CPython's socket takes it)
    res_addr: Any = None          # (family, address as CPython's socket returns it)
    gai = 0
    herr = 0
    sel: list[list[int]] = [[], [], []]
    sel_res: list[list[int]] = [[], [], []]
    poll_fds: list[tuple[int, int]] = []
    poll_res: list[int] = []
    epolls: dict[int, Any] = {}
    ep_res: list[tuple[int, int]] = []
    ai: list[Any] = []
    anc = b""
    msg_flags = 0


def _call(fd: int, method: str, *args: Any) -> Any:
    """Call a method of a CPython socket object over fd (not owning it)."""
    if fd < 0:
        import os
        raise OSError(9, os.strerror(9))      # what the system call says
    s = _socket.socket(fileno=fd)
    try:
        if method == "family":
            return int(s.family)
        return getattr(s, method)(*args)
    finally:
        s.detach()


# ---------------------------------------------------------------- descriptor flags

@_keeps_errno
def set_blocking(fd: int, blocking: bool) -> None:
    import os
    os.set_blocking(fd, blocking)


@_keeps_errno
def get_blocking(fd: int) -> bool:
    import os
    return os.get_blocking(fd)


@_keeps_errno
def set_inheritable(fd: int, inheritable: bool) -> None:
    import os
    os.set_inheritable(fd, inheritable)


@_keeps_errno
def get_inheritable(fd: int) -> bool:
    import os
    return os.get_inheritable(fd)


# ---------------------------------------------------------------- select

def select_clear() -> None:
    _State.sel = [[], [], []]


def select_add(fd: int, which: int) -> None:
    """Add fd to set `which` (0 read, 1 write, 2 exceptional)."""
    _State.sel[which].append(fd)


@_keeps_errno
@_interruptible
def select_wait(nfds: int, timeout_ns: int) -> int:
    """select(2) over the sets (nfds: highest fd + 1); timeout_ns < 0 blocks.
    Returns the number of ready descriptors; OSError (EINTR too)."""
    timeout = None if timeout_ns < 0 else timeout_ns / 1e9
    r, w, x = _select.select(_State.sel[0], _State.sel[1], _State.sel[2], timeout)
    _State.sel_res = [list(r), list(w), list(x)]
    return len(r) + len(w) + len(x)


def select_isset(fd: int, which: int) -> bool:
    return fd in _State.sel_res[which]


# ---------------------------------------------------------------- poll

def poll_clear() -> None:
    _State.poll_fds = []


def poll_add(fd: int, events: int) -> None:
    _State.poll_fds.append((fd, events))


@_keeps_errno
@_interruptible
def poll_wait(timeout_ms: int) -> int:
    """poll(2) over the added entries; timeout_ms < 0 blocks.  Returns the
    number of entries with events; poll_revents(i) gives entry i's."""
    p = _select.poll()
    for fd, ev in _State.poll_fds:
        p.register(fd, ev)
    got = dict(p.poll(None if timeout_ms < 0 else timeout_ms))
    _State.poll_res = [got.get(fd, 0) for fd, ev in _State.poll_fds]
    return len(got)


def poll_revents(i: int) -> int:
    if 0 <= i < len(_State.poll_res):
        return _State.poll_res[i]
    return 0


@_keeps_errno
@_interruptible
def wait_fd(fd: int, writing: bool, timeout_ms: int) -> bool:
    """Wait until fd is readable (writable); False on timeout."""
    p = _select.poll()
    p.register(fd, _select.POLLOUT if writing else _select.POLLIN)
    return len(p.poll(None if timeout_ms < 0 else timeout_ms)) > 0


# ---------------------------------------------------------------- epoll

@_keeps_errno
def epoll_create() -> int:
    # the program closes the descriptor it gets with ros.close: give it a
    # duplicate, so that the epoll object never closes a reused number
    import os
    ep = _select.epoll()
    fd = os.dup(ep.fileno())
    _State.epolls[fd] = ep
    return fd


@_keeps_errno
def epoll_ctl(epfd: int, op: int, fd: int, events: int) -> None:
    """EPOLL_CTL_ADD (1), DEL (2), MOD (3)."""
    ep = _State.epolls[epfd]
    if op == 1:
        ep.register(fd, events)
    elif op == 2:
        ep.unregister(fd)
    else:
        ep.modify(fd, events)


@_keeps_errno
@_interruptible
def epoll_wait(epfd: int, maxevents: int, timeout_ms: int) -> int:
    ep = _State.epolls[epfd]
    _State.ep_res = ep.poll(-1 if timeout_ms < 0 else timeout_ms / 1000.0, maxevents)
    return len(_State.ep_res)


def epoll_fd(i: int) -> int:
    return _State.ep_res[i][0]


def epoll_events(i: int) -> int:
    return _State.ep_res[i][1]


# ---------------------------------------------------------------- addresses

def gai_error() -> int:
    return _State.gai


def gai_strerror(code: int) -> str:
    import ctypes
    libc = ctypes.CDLL(None)
    libc.gai_strerror.restype = ctypes.c_char_p
    return libc.gai_strerror(code).decode()


def _resolve(host: str, family: int) -> str:
    _State.gai = 0
    _State.herr = 0
    if host == "" or host == "<broadcast>":
        return host
    try:
        _socket.inet_pton(family, host)
        return host
    except OSError:
        pass
    try:
        return str(_socket.getaddrinfo(host, None, family)[0][4][0])
    except _socket.gaierror as e:
        _State.gai = e.errno or 0
        raise OSError("[Errno %d] %s" % (_State.gai, e.strerror))


def addr_inet(host: str, port: int) -> None:
    _State.arg_addr = (AF_INET, (_resolve(host, AF_INET), port))


def addr_inet6(host: str, port: int, flowinfo: int, scope_id: int) -> None:
    _State.arg_addr = (AF_INET6, (_resolve(host, AF_INET6), port, flowinfo, scope_id))


def addr_unix(path: bytes) -> None:
    _State.arg_addr = (AF_UNIX, path)


def _set_res(family: int, addr: Any) -> None:
    _State.res_addr = (family, addr)


def res_family() -> int:
    if _State.res_addr is None:
        return AF_UNSPEC
    return _State.res_addr[0]


def res_host() -> str:
    fam, a = _State.res_addr
    return a[0] if fam in (AF_INET, AF_INET6) else ""


def res_port() -> int:
    fam, a = _State.res_addr
    return a[1] if fam in (AF_INET, AF_INET6) else 0


def res_flowinfo() -> int:
    fam, a = _State.res_addr
    return a[2] if fam == AF_INET6 else 0


def res_scope_id() -> int:
    fam, a = _State.res_addr
    return a[3] if fam == AF_INET6 else 0


def res_path() -> bytes:
    fam, a = _State.res_addr
    if isinstance(a, str):
        return a.encode("utf-8", "surrogateescape")
    return bytes(a)


# ---------------------------------------------------------------- sockets

@_keeps_errno
def socket(family: int, type: int, proto: int) -> int:
    """A new socket's descriptor (close-on-exec)."""
    s = _socket.socket(family, type, proto)
    return s.detach()


@_keeps_errno
def socketpair(family: int, type: int, proto: int) -> int:
    a, b = _socket.socketpair(family, type, proto)
    return a.detach() << 32 | b.detach()


@_keeps_errno
def bind(fd: int) -> None:
    _call(fd, 'bind', _State.arg_addr[1])


@_keeps_errno
def listen(fd: int, backlog: int) -> None:
    _call(fd, 'listen', backlog)


def connect(fd: int) -> int:
    """Connect to the argument address: 0, or the errno (no exception)."""
    return _call(fd, 'connect_ex', _State.arg_addr[1])


@_keeps_errno
def accept(fd: int) -> int:
    c, addr = _call(fd, '_accept')
    _set_res(_call(fd, 'family'), addr)
    return c


@_keeps_errno
def getsockname(fd: int) -> None:
    _set_res(_call(fd, 'family'), _call(fd, 'getsockname'))


@_keeps_errno
def getpeername(fd: int) -> None:
    _set_res(_call(fd, 'family'), _call(fd, 'getpeername'))


@_keeps_errno
def send(fd: int, data: bytes, flags: int) -> int:
    return _call(fd, 'send', data, flags)


@_keeps_errno
def sendto(fd: int, data: bytes, flags: int) -> int:
    return _call(fd, 'sendto', data, flags, _State.arg_addr[1])


@_keeps_errno
def recv(fd: int, n: int, flags: int) -> bytes:
    return _call(fd, 'recv', n, flags)


@_keeps_errno
def recvfrom(fd: int, n: int, flags: int) -> bytes:
    data, addr = _call(fd, 'recvfrom', n, flags)
    _set_res(_call(fd, 'family'), addr)
    return data


@_keeps_errno
def shutdown(fd: int, how: int) -> None:
    _call(fd, 'shutdown', how)


@_keeps_errno
def setsockopt_int(fd: int, level: int, opt: int, value: int) -> None:
    _call(fd, 'setsockopt', level, opt, value)


@_keeps_errno
def setsockopt_bytes(fd: int, level: int, opt: int, value: bytes) -> None:
    _call(fd, 'setsockopt', level, opt, value)


@_keeps_errno
def getsockopt_int(fd: int, level: int, opt: int) -> int:
    return _call(fd, 'getsockopt', level, opt)


@_keeps_errno
def getsockopt_bytes(fd: int, level: int, opt: int, buflen: int) -> bytes:
    return _call(fd, 'getsockopt', level, opt, buflen)


# ---------------------------------------------------------------- names

def inet_pton(family: int, text: str) -> bytes:
    """The packed address, b"" if text is not one."""
    try:
        return _socket.inet_pton(family, text)
    except OSError:
        return b""


def inet_aton(text: str) -> bytes:
    try:
        return _socket.inet_aton(text)
    except OSError:
        return b""


@_keeps_errno
def inet_ntop(family: int, packed: bytes) -> str:
    return _socket.inet_ntop(family, packed)


@_keeps_errno
def gethostname() -> str:
    return _socket.gethostname()


def getaddrinfo(host: str | None, port: str | None, family: int, type: int, proto: int,
                flags: int) -> int:
    """getaddrinfo(3): the number of entries (read with ai_field/
    ai_canonname/ai_select); OSError and gai_error() when it fails."""
    _State.gai = 0
    _State.herr = 0
    try:
        _State.ai = _socket.getaddrinfo(host, port, family, type, proto, flags)
    except _socket.gaierror as e:
        _State.gai = e.errno or 0
        raise OSError("[Errno %d] %s" % (_State.gai, e.strerror))
    return len(_State.ai)


def ai_field(i: int, which: int) -> int:
    """0 family, 1 socket type, 2 protocol of entry i."""
    return int(_State.ai[i][which])


def ai_canonname(i: int) -> str:
    return _State.ai[i][3]


def ai_select(i: int) -> None:
    e = _State.ai[i]
    _set_res(int(e[0]), e[4])


# ---------------------------------------------------------------- host and service databases

def h_error() -> int:
    """The h_errno of the last failed gethostbyaddr/gethostbyname_ex (0 if
    the last name lookup failed otherwise)."""
    return _State.herr


def h_strerror(code: int) -> str:
    import ctypes
    libc = ctypes.CDLL(None)
    libc.hstrerror.restype = ctypes.c_char_p
    return libc.hstrerror(code).decode()


def _hostent(r: Any) -> str:
    return "%s\n%s\n%s" % (r[0], " ".join(r[1]), " ".join(r[2]))


def gethostbyaddr(host: str) -> str:
    """"name\\naliases\\naddresses" (space-separated lists); OSError and
    gai_error() or h_error() when it fails."""
    _State.gai = 0
    _State.herr = 0
    try:
        return _hostent(_socket.gethostbyaddr(host))
    except _socket.gaierror as e:
        _State.gai = e.errno or 0
        raise OSError("[Errno %d] %s" % (_State.gai, e.strerror))
    except _socket.herror as e:
        _State.herr = e.errno or 0
        raise OSError("[Errno %d] %s" % (_State.herr, e.strerror))


def gethostbyname_ex(host: str) -> str:
    _State.gai = 0
    _State.herr = 0
    try:
        return _hostent(_socket.gethostbyname_ex(host))
    except _socket.gaierror as e:
        _State.gai = e.errno or 0
        raise OSError("[Errno %d] %s" % (_State.gai, e.strerror))
    except _socket.herror as e:
        _State.herr = e.errno or 0
        raise OSError("[Errno %d] %s" % (_State.herr, e.strerror))


def getnameinfo(flags: int) -> str:
    """getnameinfo(3) of the argument address: "host\\nservice"."""
    _State.gai = 0
    _State.herr = 0
    try:
        h, p = _socket.getnameinfo(_State.arg_addr[1], flags)
    except _socket.gaierror as e:
        _State.gai = e.errno or 0
        raise OSError("[Errno %d] %s" % (_State.gai, e.strerror))
    return "%s\n%s" % (h, p)


def getservbyname(name: str, proto: str | None) -> int:
    """The port, -1 if not found."""
    try:
        return _socket.getservbyname(name, proto) if proto is not None else \
            _socket.getservbyname(name)
    except OSError:
        return -1


def getservbyport(port: int, proto: str | None) -> str | None:
    try:
        return _socket.getservbyport(port, proto) if proto is not None else \
            _socket.getservbyport(port)
    except OSError:
        return None


def getprotobyname(name: str) -> int:
    try:
        return _socket.getprotobyname(name)
    except OSError:
        return -1


# ---------------------------------------------------------------- sendmsg/recvmsg

def _anc_items(anc: bytes) -> list[Any]:
    import struct
    items = []
    pos = 0
    while pos + 12 <= len(anc):
        level, type_, n = struct.unpack_from("=iii", anc, pos)
        items.append((level, type_, anc[pos + 12:pos + 12 + n]))
        pos += 12 + n
    return items


@_keeps_errno
def sendmsg(fd: int, data: bytes, anc: bytes, flags: int) -> int:
    """sendmsg(2) of one buffer with ancillary items encoded as level,
    type and length (32-bit native ints) followed by the data, each."""
    return _call(fd, 'sendmsg', [data], _anc_items(anc), flags)  # type: ignore[no-any-return]


@_keeps_errno
def recvmsg(fd: int, n: int, ancsize: int, flags: int) -> bytes:
    """recvmsg(2): the data; the ancillary items (encoded as sendmsg
    takes them) are then recvmsg_anc(), the flags recvmsg_flags(), the
    sender's address the result record (AF_UNSPEC: none)."""
    import struct
    data, anc, fl, addr = _call(fd, 'recvmsg', n, ancsize, flags)
    _State.anc = b"".join(struct.pack("=iii", lv, ty, len(d)) + d for lv, ty, d in anc)
    _State.msg_flags = fl
    _State.res_addr = None if not addr else (_call(fd, 'family'), addr)
    return data  # type: ignore[no-any-return]


def recvmsg_anc() -> bytes:
    return _State.anc


def recvmsg_flags() -> int:
    return _State.msg_flags


def cmsg_len(n: int) -> int:
    return _socket.CMSG_LEN(n)


def cmsg_space(n: int) -> int:
    return _socket.CMSG_SPACE(n)
