"""The `_socket` module (CPython 3.11's Modules/socketmodule.c on Linux),
what socket.py and asyncio use, on rpy.rlib.rsocket:

- the socket type (subclassable: socket.socket derives from it, with
  __slots__): family/type/proto/timeout, fileno, close, detach, _accept,
  bind, listen, connect, connect_ex, getsockname, getpeername, send,
  sendall, sendto, recv, recv_into, recvfrom, setsockopt, getsockopt,
  shutdown, setblocking/getblocking, settimeout/gettimeout; addresses of
  AF_INET, AF_INET6 and AF_UNIX (str, bytes, abstract names);
- timeouts as CPython's: the descriptor is non-blocking and each call waits
  with poll first (TimeoutError "timed out"); EINTR runs the signal
  handlers and retries (PEP 475);
- socketpair, dup, close, getdefaulttimeout/setdefaulttimeout,
  gethostname, gethostbyname, getaddrinfo, inet_aton/ntoa/pton/ntop,
  htons/ntohs/htonl/ntohl, has_ipv6, the constants of the platform;
- error (OSError), timeout (TimeoutError), gaierror and herror.
Errors are OSError(errno, strerror) made by calling OSError, so that the
errno picks the subclass (ConnectionRefusedError...), as CPython's.

- gethostbyaddr, gethostbyname_ex (socket.herror), getnameinfo,
  getservbyname/getservbyport, getprotobyname;
- sendmsg/recvmsg with ancillary data (one buffer's worth: sendmsg joins
  its buffers; no destination address), CMSG_LEN, CMSG_SPACE: what
  passing descriptors over AF_UNIX needs (multiprocessing's forkserver).
Not provided: recvmsg_into, if_nameindex, sethostname, the socket
families other than these.
"""
from __future__ import annotations

import socket as _host_socket

from rpy.rlib import ros, rsocket

from ouro.interpreter import signals
from ouro.interpreter.module import W_Module
from ouro.objspace import space
from ouro.objspace.bytearrayobject import W_BytearrayObject
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, w_OSError,
                                      w_OverflowError, w_TimeoutError, w_TypeError, w_ValueError)
from ouro.objspace.floatobject import W_FloatObject, wrap_float
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import W_IntObject, int_sign, is_int, wrap_int
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_EXCEPTION, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject, c_int_w, decode_bytes, encode_text, index_w
from ouro.objspace.tupleobject import W_TupleObject
from ouro.modules._io.iobase import buffer_bytes, fill_buffer, writable_buffer_len
from ouro.modules.posix.errors import EAGAIN, EBADF, EINTR, oserror_errno

LAYOUT_SOCKET = 110
space.SUBCLASSABLE_LAYOUTS.append(LAYOUT_SOCKET)

AF_UNIX = int(_host_socket.AF_UNIX)
AF_INET = int(_host_socket.AF_INET)
AF_INET6 = int(_host_socket.AF_INET6)
AF_UNSPEC = int(_host_socket.AF_UNSPEC)
SOCK_STREAM = int(_host_socket.SOCK_STREAM)
SOCK_NONBLOCK = int(_host_socket.SOCK_NONBLOCK)
SOCK_CLOEXEC = int(_host_socket.SOCK_CLOEXEC)
SOL_SOCKET = int(_host_socket.SOL_SOCKET)
SO_ERROR = int(_host_socket.SO_ERROR)
SO_TYPE = int(_host_socket.SO_TYPE)
SO_PROTOCOL = int(_host_socket.SO_PROTOCOL)
SOMAXCONN = int(_host_socket.SOMAXCONN)
EINPROGRESS = 115
EISCONN = 106
SUN_PATH_MAX = 108
NS = 1000000000


def _constants() -> list[tuple[str, int]]:
    """Load time: the int constants of the host's _socket module."""
    import _socket
    result: list[tuple[str, int]] = []
    for name in dir(_socket):
        value = getattr(_socket, name)
        if name.isupper() and isinstance(value, int) and not isinstance(value, bool):
            result.append((name, int(value)))
    return result


CONSTANTS = _constants()


def _socket_exc(name: str) -> W_TypeObject:
    w_t = make_builtin_type(name, [w_OSError], LAYOUT_EXCEPTION)
    w_t.hasdict = True
    w_t.w_module = W_StrObject("socket")
    w_t.dict_w["__module__"] = W_StrObject("socket")
    return w_t


w_gaierror = _socket_exc("gaierror")
w_herror = _socket_exc("herror")

w_socket_type = make_builtin_type("socket", [w_object_type], LAYOUT_SOCKET)
w_socket_type.w_module = W_StrObject("_socket")
w_socket_type.dict_w["__module__"] = W_StrObject("_socket")


class SocketState:
    default_timeout: int       # ns, -1: None

    def __init__(self) -> None:
        self.default_timeout = -1


STATE = SocketState()


class W_Socket(W_ObjectWithMap):
    w_type: W_TypeObject
    fd: int                    # -1 when closed or detached
    family: int
    type: int
    proto: int
    timeout: int               # ns; -1: blocking (None), 0: non-blocking

    def __init__(self, w_type: W_TypeObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.fd = -1
        self.family = AF_INET
        self.type = SOCK_STREAM
        self.proto = 0
        self.timeout = -1

    def getclass(self) -> W_TypeObject:
        return self.w_type


# -- errors

def sock_error() -> OperationError:
    """The OSError of the last failed rsocket call (by its errno)."""
    return oserror_errno(ros.get_errno())


def resolve_error() -> OperationError:
    """The error of a failed call that resolves names: socket.gaierror when
    getaddrinfo failed, socket.herror when a host lookup did, else by the
    errno."""
    gai = rsocket.gai_error()
    if gai != 0:
        return _exc2(w_gaierror, gai, rsocket.gai_strerror(gai))
    herr = rsocket.h_error()
    if herr != 0:
        return _exc2(w_herror, herr, rsocket.h_strerror(herr))
    return oserror_errno(ros.get_errno())


def _exc2(w_type: W_TypeObject, code: int, text: str) -> OperationError:
    w_exc = space.call_function(w_type, [wrap_int(code), space.wrap_str(text)])
    assert isinstance(w_exc, W_BaseException)
    return OperationError(w_exc)


def timeout_error() -> OperationError:
    return operr(w_TimeoutError, "timed out")


def plain_oserror(msg: str) -> OperationError:
    return operr(w_OSError, msg)


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def _sock(w: W_Root | None) -> W_Socket:
    if not isinstance(w, W_Socket):
        raise operr(w_TypeError, "descriptor requires a '_socket.socket' object but received '%s'"
                    % (type_name(w) if w is not None else "NoneType"))
    return w


# -- waiting (CPython's sock_call_ex)

def _wait_ms(deadline: int) -> int:
    left = deadline - ros.monotonic_ns()
    if left <= 0:
        return 0
    return (left + 999999) // 1000000


def wait_ready(w_sock: W_Socket, writing: bool, deadline: int) -> None:
    """Wait until the socket is ready or the deadline passes (TimeoutError)."""
    while True:
        ms = _wait_ms(deadline)
        try:
            ready = ms > 0 and rsocket.wait_fd(w_sock.fd, writing, ms)
        except OSError:
            code = ros.get_errno()
            if code == EINTR:
                signals.run_pending()
                continue
            raise oserror_errno(code)
        if not ready:
            raise timeout_error()
        return


def retry_after(w_sock: W_Socket, writing: bool, deadline: int) -> bool:
    """After a failed call: True to retry it (EINTR after the handlers, or
    EAGAIN on a socket with a timeout once it is ready), else False."""
    code = ros.get_errno()
    if code == EINTR:
        signals.run_pending()
        return True
    if code == EAGAIN and w_sock.timeout > 0:
        wait_ready(w_sock, writing, deadline)
        return True
    return False


def start(w_sock: W_Socket, writing: bool) -> int:
    """Before a call: the deadline of its timeout (waiting first, as CPython
    does), 0 without a timeout."""
    if w_sock.timeout > 0:
        deadline = ros.monotonic_ns() + w_sock.timeout
        wait_ready(w_sock, writing, deadline)
        return deadline
    return 0


# -- addresses (getsockaddrarg / makesockaddr)

def _host_of(w: W_Root) -> str:
    """idna_converter: str (ASCII) or bytes-like."""
    if isinstance(w, W_StrObject):
        return w.as_str()
    if isinstance(w, W_BytesObject):
        return decode_bytes(w.value, "ascii", "strict")
    if isinstance(w, W_BytearrayObject):
        return decode_bytes(w.data_bytes(), "ascii", "strict")
    raise operr(w_TypeError, "str, bytes or bytearray expected, not %s" % type_name(w))


def set_address(w_sock: W_Socket, w_addr: W_Root, caller: str) -> None:
    """Put the address argument into rsocket's address record."""
    family = w_sock.family
    if family == AF_UNIX:
        if isinstance(w_addr, W_StrObject):
            path = encode_text(w_addr.as_str(), "utf-8", "surrogateescape")
        else:
            path = buffer_bytes(w_addr)
        if len(path) > SUN_PATH_MAX:
            raise plain_oserror("AF_UNIX path too long")
        rsocket.addr_unix(path)
        return
    if family == AF_INET or family == AF_INET6:
        if not isinstance(w_addr, W_TupleObject):
            raise operr(w_TypeError, "%s(): %s address must be tuple, not %s"
                        % (caller, "AF_INET" if family == AF_INET else "AF_INET6",
                           type_name(w_addr)))
        items = w_addr.items_w
        if family == AF_INET and len(items) != 2:
            raise operr(w_TypeError, "AF_INET address must be a pair (host, port)")
        if family == AF_INET6 and (len(items) < 2 or len(items) > 4):
            raise operr(w_TypeError, "AF_INET6 address must be a tuple "
                        "(host, port[, flowinfo[, scopeid]])")
        host = _host_of(items[0])
        port = c_int_w(items[1])
        if port < 0 or port > 0xffff:
            raise operr(w_OverflowError, "%s(): port must be 0-65535." % caller)
        try:
            if family == AF_INET:
                rsocket.addr_inet(host, port)
            else:
                flowinfo = 0
                scope_id = 0
                if len(items) > 2:
                    flowinfo = space.int_of_w(items[2])
                    if flowinfo < 0 or flowinfo > 0xfffff:
                        raise operr(w_OverflowError, "%s(): flowinfo must be 0-1048575." % caller)
                if len(items) > 3:
                    scope_id = space.int_of_w(items[3])
                rsocket.addr_inet6(host, port, flowinfo, scope_id)
        except OSError:
            raise resolve_error()
        return
    raise plain_oserror("%s(): bad family" % caller)


def result_address() -> W_Root:
    """makesockaddr of rsocket's result record."""
    family = rsocket.res_family()
    if family == AF_INET:
        return W_TupleObject([space.wrap_str(rsocket.res_host()), wrap_int(rsocket.res_port())])
    if family == AF_INET6:
        return W_TupleObject([space.wrap_str(rsocket.res_host()), wrap_int(rsocket.res_port()),
                              wrap_int(rsocket.res_flowinfo()), wrap_int(rsocket.res_scope_id())])
    if family == AF_UNIX:
        path = rsocket.res_path()
        if len(path) > 0 and path[0] == 0:
            return W_BytesObject(path)
        return space.wrap_str(decode_bytes(path, "utf-8", "surrogateescape"))
    if family == AF_UNSPEC:
        return w_None
    return W_TupleObject([wrap_int(family), W_BytesObject(b"")])


# -- timeouts

def timeout_arg(w: W_Root) -> int:
    """settimeout's argument: ns, -1 for None."""
    if w is w_None:
        return -1
    if isinstance(w, W_FloatObject):
        x = w.floatval
        if x != x:
            raise operr(w_ValueError, "Invalid value NaN (not a number)")
        if x < 0.0:
            raise operr(w_ValueError, "Timeout value out of range")
        if x > 9.2e9:
            raise operr(w_OverflowError, "timestamp too large to convert to C _PyTime_t")
        d = x * 1e9
        r = int(d)
        if float(r) < d:
            r += 1
        return r
    v = space.int_of_w(w) if is_int(w) else c_int_w(w)
    if v < 0:
        raise operr(w_ValueError, "Timeout value out of range")
    if v > 9200000000:
        raise operr(w_OverflowError, "timestamp too large to convert to C _PyTime_t")
    return v * NS


def timeout_obj(ns: int) -> W_Root:
    if ns < 0:
        return w_None
    if ns % NS == 0:
        return wrap_float(float(ns // NS))
    return wrap_float(float(ns) / 1e9)


def set_blocking_mode(w_sock: W_Socket, blocking: bool) -> None:
    try:
        rsocket.set_blocking(w_sock.fd, blocking)
    except OSError:
        raise sock_error()


# -- the socket type

def socket_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return W_Socket(w_cls)


def init_socket(w_sock: W_Socket, fd: int, family: int, type: int, proto: int) -> None:
    """CPython's init_sockobject."""
    w_sock.fd = fd
    w_sock.family = family
    w_sock.type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
    w_sock.proto = proto
    if type & SOCK_NONBLOCK:
        w_sock.timeout = 0
    else:
        w_sock.timeout = STATE.default_timeout
        if STATE.default_timeout >= 0:
            set_blocking_mode(w_sock, False)


def socket_init(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    family = -1 if slots[1] is None else c_int_w(_req(slots, 1))
    type = -1 if slots[2] is None else c_int_w(_req(slots, 2))
    proto = -1 if slots[3] is None else c_int_w(_req(slots, 3))
    w_fileno = slots[4]
    if w_fileno is None or w_fileno is w_None:
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        try:
            fd = rsocket.socket(family, type, proto)
        except OSError:
            raise sock_error()
    else:
        if isinstance(w_fileno, W_FloatObject):
            raise operr(w_TypeError, "'float' object cannot be interpreted as an integer")
        fd = c_int_w(w_fileno)
        if fd < 0:
            raise operr(w_ValueError, "negative file descriptor")
        try:
            if family == -1:
                rsocket.getsockname(fd)
                family = rsocket.res_family()
            if type == -1:
                type = rsocket.getsockopt_int(fd, SOL_SOCKET, SO_TYPE)
            if proto == -1:
                proto = rsocket.getsockopt_int(fd, SOL_SOCKET, SO_PROTOCOL)
        except OSError:
            raise sock_error()
    init_socket(w_self, fd, family, type, proto)
    return w_None


def new_socket(fd: int, family: int, type: int, proto: int) -> W_Socket:
    w_s = W_Socket(w_socket_type)
    init_socket(w_s, fd, family, type, proto)
    return w_s


def socket_fileno(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(_sock(slots[0]).fd)


def socket_close(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    fd = w_self.fd
    if fd >= 0:
        w_self.fd = -1
        try:
            ros.close(fd)
        except OSError:
            # CPython ignores ECONNRESET (the peer is gone: nothing to report)
            code = ros.get_errno()
            if code != 104:
                raise oserror_errno(code)
    return w_None


def socket_detach(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    fd = w_self.fd
    w_self.fd = -1
    return wrap_int(fd)


def socket_get_family(w: W_Root) -> W_Root:
    return wrap_int(_sock(w).family)


def socket_get_type(w: W_Root) -> W_Root:
    return wrap_int(_sock(w).type)


def socket_get_proto(w: W_Root) -> W_Root:
    return wrap_int(_sock(w).proto)


def socket_get_timeout(w: W_Root) -> W_Root:
    return timeout_obj(_sock(w).timeout)


def socket_gettimeout(slots: list[W_Root | None]) -> W_Root:
    return timeout_obj(_sock(slots[0]).timeout)


def socket_settimeout(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    t = timeout_arg(_req(slots, 1))
    w_self.timeout = t
    set_blocking_mode(w_self, t < 0)
    return w_None


def socket_setblocking(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    w_flag = _req(slots, 1)
    if isinstance(w_flag, W_FloatObject):
        raise operr(w_TypeError, "'float' object cannot be interpreted as an integer")
    block = index_w(w_flag) != 0      # CPython's PyLong_AsLong
    w_self.timeout = -1 if block else 0
    set_blocking_mode(w_self, block)
    return w_None


def socket_getblocking(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_sock(slots[0]).timeout != 0)


def socket_bind(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    set_address(w_self, _req(slots, 1), "bind")
    try:
        rsocket.bind(w_self.fd)
    except OSError:
        raise sock_error()
    return w_None


def socket_listen(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    backlog = SOMAXCONN if SOMAXCONN < 128 else 128
    if slots[1] is not None:
        backlog = c_int_w(_req(slots, 1))
        if backlog < 0:
            backlog = 0
    try:
        rsocket.listen(w_self.fd, backlog)
    except OSError:
        raise sock_error()
    return w_None


def do_connect(w_self: W_Socket, w_addr: W_Root, caller: str) -> int:
    """CPython's internal_connect: 0 or the errno of the failure."""
    set_address(w_self, w_addr, caller)
    err = rsocket.connect(w_self.fd)
    if err == 0:
        return 0
    if err == EINTR:
        signals.run_pending()
        wait = w_self.timeout != 0
    else:
        wait = w_self.timeout > 0 and err == EINPROGRESS
    if not wait:
        return err
    # the connection goes on asynchronously: wait for it, then read SO_ERROR
    deadline = ros.monotonic_ns() + w_self.timeout if w_self.timeout > 0 else 0
    while True:
        try:
            if w_self.timeout > 0:
                ms = _wait_ms(deadline)
                if ms == 0 or not rsocket.wait_fd(w_self.fd, True, ms):
                    return EAGAIN          # CPython's SOCK_TIMEOUT_ERR
            else:
                rsocket.wait_fd(w_self.fd, True, -1)
            err = rsocket.getsockopt_int(w_self.fd, SOL_SOCKET, SO_ERROR)
        except OSError:
            code = ros.get_errno()
            if code == EINTR:
                signals.run_pending()
                continue
            return code
        if err == EISCONN:
            return 0
        return err


def socket_connect(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    err = do_connect(w_self, _req(slots, 1), "connect")
    if err == EAGAIN and w_self.timeout > 0:
        raise timeout_error()
    if err != 0:
        raise oserror_errno(err)
    return w_None


def socket_connect_ex(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    return wrap_int(do_connect(w_self, _req(slots, 1), "connect_ex"))


def socket_accept(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    deadline = start(w_self, False)
    while True:
        try:
            fd = rsocket.accept(w_self.fd)
        except OSError:
            if retry_after(w_self, False, deadline):
                continue
            raise sock_error()
        break
    return W_TupleObject([wrap_int(fd), result_address()])


def socket_getsockname(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    try:
        rsocket.getsockname(w_self.fd)
    except OSError:
        raise sock_error()
    return result_address()


def socket_getpeername(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    try:
        rsocket.getpeername(w_self.fd)
    except OSError:
        raise sock_error()
    return result_address()


def _flags(w: W_Root | None) -> int:
    return 0 if w is None else c_int_w(w)


def do_send(w_self: W_Socket, data: bytes, flags: int) -> int:
    deadline = start(w_self, True)
    while True:
        try:
            return rsocket.send(w_self.fd, data, flags)
        except OSError:
            if retry_after(w_self, True, deadline):
                continue
            raise sock_error()


def socket_send(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    data = buffer_bytes(_req(slots, 1))
    return wrap_int(do_send(w_self, data, _flags(slots[2])))


def socket_sendall(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    data = buffer_bytes(_req(slots, 1))
    flags = _flags(slots[2])
    # the timeout is for the whole call (CPython 3.5+)
    deadline = ros.monotonic_ns() + w_self.timeout if w_self.timeout > 0 else 0
    while len(data) > 0:
        if w_self.timeout > 0:
            wait_ready(w_self, True, deadline)
        try:
            n = rsocket.send(w_self.fd, data, flags)
        except OSError:
            code = ros.get_errno()
            if code == EINTR:
                signals.run_pending()
                continue
            if code == EAGAIN and w_self.timeout > 0:
                continue
            raise sock_error()
        data = data[n:]
        signals.run_pending()
    return w_None


def socket_sendto(args: Arguments) -> W_Root:
    if len(args.kw_names) > 0:
        raise operr(w_TypeError, "sendto() takes no keyword arguments")
    n = len(args.args_w)
    if n != 3 and n != 4:
        raise operr(w_TypeError, "sendto() takes 2 or 3 arguments (%d given)" % (n - 1))
    w_self = _sock(args.args_w[0])
    data = buffer_bytes(args.args_w[1])
    flags = 0
    if n == 4:
        flags = c_int_w(args.args_w[2])
    set_address(w_self, args.args_w[n - 1], "sendto")
    deadline = start(w_self, True)
    while True:
        try:
            return wrap_int(rsocket.sendto(w_self.fd, data, flags))
        except OSError:
            if retry_after(w_self, True, deadline):
                continue
            raise sock_error()


def do_recv(w_self: W_Socket, n: int, flags: int, want_from: bool) -> bytes:
    deadline = start(w_self, False)
    while True:
        try:
            if want_from:
                return rsocket.recvfrom(w_self.fd, n, flags)
            return rsocket.recv(w_self.fd, n, flags)
        except OSError:
            if retry_after(w_self, False, deadline):
                continue
            raise sock_error()


def socket_recv(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    n = space.int_of_w(_req(slots, 1))
    if n < 0:
        raise operr(w_ValueError, "negative buffersize in recv")
    return W_BytesObject(do_recv(w_self, n, _flags(slots[2]), False))


def socket_recvfrom(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    n = space.int_of_w(_req(slots, 1))
    if n < 0:
        raise operr(w_ValueError, "negative buffersize in recvfrom")
    data = do_recv(w_self, n, _flags(slots[2]), True)
    return W_TupleObject([W_BytesObject(data), result_address()])


def socket_recv_into(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    w_buf = _req(slots, 1)
    buflen = writable_buffer_len(w_buf)
    n = 0
    if slots[2] is not None:
        n = space.int_of_w(_req(slots, 2))
    if n < 0:
        raise operr(w_ValueError, "negative buffersize in recv_into")
    if n == 0:
        n = buflen
    if buflen < n:
        raise operr(w_ValueError, "buffer too small for requested bytes")
    data = do_recv(w_self, n, _flags(slots[3]), False)
    fill_buffer(w_buf, data)
    return wrap_int(len(data))


def socket_shutdown(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    how = c_int_w(_req(slots, 1))
    try:
        rsocket.shutdown(w_self.fd, how)
    except OSError:
        raise sock_error()
    return w_None


def socket_setsockopt(args: Arguments) -> W_Root:
    if len(args.kw_names) > 0:
        raise operr(w_TypeError, "setsockopt() takes no keyword arguments")
    n = len(args.args_w)
    if n != 4 and n != 5:
        raise operr(w_TypeError, "setsockopt() takes exactly 3 or 4 arguments (%d given)"
                    % (n - 1))
    w_self = _sock(args.args_w[0])
    level = c_int_w(args.args_w[1])
    opt = c_int_w(args.args_w[2])
    w_value = args.args_w[3]
    try:
        if n == 5:
            if w_value is not w_None:
                raise operr(w_TypeError, "setsockopt() takes exactly 4 arguments (3 given)")
            optlen = c_int_w(args.args_w[4])
            rsocket.setsockopt_bytes(w_self.fd, level, opt, b"\x00" * optlen)
        elif is_int(w_value):
            rsocket.setsockopt_int(w_self.fd, level, opt, c_int_w(w_value))
        else:
            rsocket.setsockopt_bytes(w_self.fd, level, opt, buffer_bytes(w_value))
    except OSError:
        raise sock_error()
    return w_None


def socket_getsockopt(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    level = c_int_w(_req(slots, 1))
    opt = c_int_w(_req(slots, 2))
    try:
        if slots[3] is None:
            return wrap_int(rsocket.getsockopt_int(w_self.fd, level, opt))
        buflen = c_int_w(_req(slots, 3))
        if buflen <= 0 or buflen > 1024:
            raise plain_oserror("getsockopt buflen out of range")
        return W_BytesObject(rsocket.getsockopt_bytes(w_self.fd, level, opt, buflen))
    except OSError:
        raise sock_error()


def socket_repr(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    return space.wrap_str("<socket object, fd=%d, family=%d, type=%d, proto=%d>"
                          % (w_self.fd, w_self.family, w_self.type, w_self.proto))


register_raw(w_socket_type, "__new__", socket_new)
register(w_socket_type, "__init__(self, family=, type=, proto=, fileno=)", socket_init)
register(w_socket_type, "fileno(self, /)", socket_fileno)
register(w_socket_type, "close(self, /)", socket_close)
register(w_socket_type, "detach(self, /)", socket_detach)
register(w_socket_type, "gettimeout(self, /)", socket_gettimeout)
register(w_socket_type, "settimeout(self, timeout, /)", socket_settimeout)
register(w_socket_type, "setblocking(self, flag, /)", socket_setblocking)
register(w_socket_type, "getblocking(self, /)", socket_getblocking)
register(w_socket_type, "bind(self, address, /)", socket_bind)
register(w_socket_type, "listen(self, backlog=, /)", socket_listen)
register(w_socket_type, "connect(self, address, /)", socket_connect)
register(w_socket_type, "connect_ex(self, address, /)", socket_connect_ex)
register(w_socket_type, "_accept(self, /)", socket_accept)
register(w_socket_type, "getsockname(self, /)", socket_getsockname)
register(w_socket_type, "getpeername(self, /)", socket_getpeername)
register(w_socket_type, "send(self, data, flags=, /)", socket_send)
register(w_socket_type, "sendall(self, data, flags=, /)", socket_sendall)
register_raw(w_socket_type, "sendto", socket_sendto)
register(w_socket_type, "recv(self, bufsize, flags=, /)", socket_recv)
register(w_socket_type, "recvfrom(self, bufsize, flags=, /)", socket_recvfrom)
register(w_socket_type, "recv_into(self, buffer, nbytes=, flags=)", socket_recv_into)
register(w_socket_type, "shutdown(self, how, /)", socket_shutdown)
register_raw(w_socket_type, "setsockopt", socket_setsockopt)
register(w_socket_type, "getsockopt(self, level, option, buflen=, /)", socket_getsockopt)
register(w_socket_type, "__repr__(self, /)", socket_repr)
getset(w_socket_type, "family", socket_get_family)
getset(w_socket_type, "type", socket_get_type)
getset(w_socket_type, "proto", socket_get_proto)
getset(w_socket_type, "timeout", socket_get_timeout)


# -- sendmsg/recvmsg (ancillary data: what multiprocessing's fd passing
# uses, SCM_RIGHTS; rsocket takes and gives it encoded, see rsocket.py)

def _int32_bytes(v: int) -> bytes:
    return bytes([v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >> 24) & 255])


def _int32_at(data: bytes, pos: int) -> int:
    v = data[pos] | (data[pos + 1] << 8) | (data[pos + 2] << 16) | (data[pos + 3] << 24)
    if v >= 0x80000000:
        v -= 0x100000000
    return v


def socket_sendmsg(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    parts: list[bytes] = []
    for w_buf in space.unpack_iterable(_req(slots, 1)):
        parts.append(buffer_bytes(w_buf))
    data = b"".join(parts)
    anc: list[bytes] = []
    w_anc = slots[2]
    if w_anc is not None:
        for w_item in space.unpack_iterable(w_anc):
            items_w = space.unpack_iterable(w_item)
            if len(items_w) != 3:
                raise operr(w_TypeError, "sendmsg() ancillary data items must be (level, type, data) sequences")
            item = buffer_bytes(items_w[2])
            anc.append(_int32_bytes(c_int_w(items_w[0])) + _int32_bytes(c_int_w(items_w[1])) +
                       _int32_bytes(len(item)) + item)
    flags = _flags(slots[3])
    w_addr = slots[4]
    if w_addr is not None and w_addr is not w_None:
        raise operr(w_OSError, "sendmsg() to an address is not supported")
    encoded = b"".join(anc)
    deadline = start(w_self, True)
    while True:
        try:
            return wrap_int(rsocket.sendmsg(w_self.fd, data, encoded, flags))
        except OSError:
            if retry_after(w_self, True, deadline):
                continue
            raise sock_error()


def socket_recvmsg(slots: list[W_Root | None]) -> W_Root:
    w_self = _sock(slots[0])
    n = space.int_of_w(_req(slots, 1))
    if n < 0:
        raise operr(w_ValueError, "negative buffer size in recvmsg()")
    ancsize = 0 if slots[2] is None else space.int_of_w(_req(slots, 2))
    if ancsize < 0:
        raise operr(w_ValueError, "negative buffer size in recvmsg()")
    flags = _flags(slots[3])
    deadline = start(w_self, False)
    while True:
        try:
            data = rsocket.recvmsg(w_self.fd, n, ancsize, flags)
            break
        except OSError:
            if retry_after(w_self, False, deadline):
                continue
            raise sock_error()
    anc = rsocket.recvmsg_anc()
    items_w: list[W_Root] = []
    pos = 0
    while pos + 12 <= len(anc):
        length = _int32_at(anc, pos + 8)
        start_ = pos + 12
        stop = start_ + length
        assert start_ >= 0 and stop >= start_
        items_w.append(W_TupleObject([wrap_int(_int32_at(anc, pos)), wrap_int(_int32_at(anc, pos + 4)),
                                      W_BytesObject(anc[start_:stop])]))
        pos = stop
    w_addr: W_Root = w_None
    if rsocket.res_family() != AF_UNSPEC:
        w_addr = result_address()
    return W_TupleObject([W_BytesObject(data), space.new_list(items_w),
                          wrap_int(rsocket.recvmsg_flags()), w_addr])


register(w_socket_type, "sendmsg(self, buffers, ancdata=, flags=, address=, /)", socket_sendmsg)
register(w_socket_type, "recvmsg(self, bufsize, ancbufsize=, flags=, /)", socket_recvmsg)


def cmsg_len(slots: list[W_Root | None]) -> W_Root:
    n = space.int_of_w(_req(slots, 0))
    if n < 0 or n > 0x7fffffff:
        raise operr(w_OverflowError, "CMSG_LEN() argument out of range")
    return wrap_int(rsocket.cmsg_len(n))


def cmsg_space(slots: list[W_Root | None]) -> W_Root:
    n = space.int_of_w(_req(slots, 0))
    if n < 0 or n > 0x7fffffff:
        raise operr(w_OverflowError, "CMSG_SPACE() argument out of range")
    return wrap_int(rsocket.cmsg_space(n))


# -- module functions

def _family_arg(w: W_Root | None, default: int) -> int:
    return default if w is None else c_int_w(w)


def socket_socketpair(slots: list[W_Root | None]) -> W_Root:
    family = _family_arg(slots[0], AF_UNIX)
    type = _family_arg(slots[1], SOCK_STREAM)
    proto = _family_arg(slots[2], 0)
    try:
        both = rsocket.socketpair(family, type, proto)
    except OSError:
        raise sock_error()
    w_a = new_socket(both >> 32, family, type, proto)
    w_b = new_socket(both & 0xffffffff, family, type, proto)
    return W_TupleObject([w_a, w_b])


def socket_getdefaulttimeout(slots: list[W_Root | None]) -> W_Root:
    return timeout_obj(STATE.default_timeout)


def socket_setdefaulttimeout(slots: list[W_Root | None]) -> W_Root:
    STATE.default_timeout = timeout_arg(_req(slots, 0))
    return w_None


def socket_gethostname(slots: list[W_Root | None]) -> W_Root:
    try:
        return space.wrap_str(rsocket.gethostname())
    except OSError:
        raise sock_error()


def socket_dup(slots: list[W_Root | None]) -> W_Root:
    fd = c_int_w(_req(slots, 0))
    try:
        newfd = ros.dup(fd)
        rsocket.set_inheritable(newfd, False)
    except OSError:
        raise sock_error()
    return wrap_int(newfd)


def socket_close_fd(slots: list[W_Root | None]) -> W_Root:
    fd = c_int_w(_req(slots, 0))
    try:
        ros.close(fd)
    except OSError:
        code = ros.get_errno()
        if code != 104:
            raise oserror_errno(code)
    return w_None


def _text_arg(w: W_Root, fname: str) -> str:
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s() argument 1 must be str, not %s" % (fname, type_name(w)))
    return w.as_str()


def socket_inet_aton(slots: list[W_Root | None]) -> W_Root:
    text = _text_arg(_req(slots, 0), "inet_aton")
    packed = rsocket.inet_aton(text) if "\x00" not in text else b""
    if len(packed) == 0:
        raise plain_oserror("illegal IP address string passed to inet_aton")
    return W_BytesObject(packed)


def socket_inet_ntoa(slots: list[W_Root | None]) -> W_Root:
    packed = buffer_bytes(_req(slots, 0))
    if len(packed) != 4:
        raise plain_oserror("packed IP wrong length for inet_ntoa")
    return space.wrap_str("%d.%d.%d.%d" % (packed[0], packed[1], packed[2], packed[3]))


def socket_inet_pton(slots: list[W_Root | None]) -> W_Root:
    family = c_int_w(_req(slots, 0))
    text = _text_arg(_req(slots, 1), "inet_pton")
    if family != AF_INET and family != AF_INET6:
        raise oserror_errno(97)      # EAFNOSUPPORT, as inet_pton(3) reports
    packed = rsocket.inet_pton(family, text) if "\x00" not in text else b""
    if len(packed) == 0:
        raise plain_oserror("illegal IP address string passed to inet_pton")
    return W_BytesObject(packed)


def socket_inet_ntop(slots: list[W_Root | None]) -> W_Root:
    family = c_int_w(_req(slots, 0))
    packed = buffer_bytes(_req(slots, 1))
    if family == AF_INET:
        if len(packed) != 4:
            raise operr(w_ValueError, "invalid length of packed IP address string")
    elif family == AF_INET6:
        if len(packed) != 16:
            raise operr(w_ValueError, "invalid length of packed IP address string")
    else:
        raise operr(w_ValueError, "unknown address family %d" % family)
    try:
        return space.wrap_str(rsocket.inet_ntop(family, packed))
    except OSError:
        raise sock_error()


def _uint_arg(w: W_Root, bits: int, fname: str) -> int:
    if not is_int(w):
        raise operr(w_TypeError, "'%s' object cannot be interpreted as an integer" % type_name(w))
    if not isinstance(w, W_IntObject):
        if int_sign(w) < 0:
            if bits == 16:
                raise operr(w_OverflowError, "%s: can't convert negative Python int to C 16-bit "
                            "unsigned integer" % fname)
            raise operr(w_OverflowError, "can't convert negative value to unsigned int")
        if bits == 16:
            raise operr(w_OverflowError, "%s: Python int too large to convert to C 16-bit "
                        "unsigned integer" % fname)
        raise operr(w_OverflowError, "Python int too large to convert to C unsigned long")
    v = w.intval
    if v < 0:
        if bits == 16:
            raise operr(w_OverflowError, "%s: can't convert negative Python int to C 16-bit "
                        "unsigned integer" % fname)
        raise operr(w_OverflowError, "can't convert negative value to unsigned int")
    if bits == 16 and v > 0xffff:
        raise operr(w_OverflowError, "%s: Python int too large to convert to C 16-bit "
                    "unsigned integer" % fname)
    if bits == 32 and v > 0xffffffff:
        raise operr(w_OverflowError, "int larger than 32 bits")
    return v


def _swap16(v: int) -> int:
    return ((v & 0xff) << 8) | ((v >> 8) & 0xff)


def _swap32(v: int) -> int:
    return (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >> 8) & 0xff00)
            | ((v >> 24) & 0xff))


def socket_htons(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(_swap16(_uint_arg(_req(slots, 0), 16, "htons")))


def socket_ntohs(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(_swap16(_uint_arg(_req(slots, 0), 16, "ntohs")))


def socket_htonl(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(_swap32(_uint_arg(_req(slots, 0), 32, "htonl")))


def socket_ntohl(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(_swap32(_uint_arg(_req(slots, 0), 32, "ntohl")))


def _opt_text(w: W_Root | None, is_port: bool) -> str | None:
    """getaddrinfo's host/port: None, str, bytes (port: int too)."""
    if w is None or w is w_None:
        return None
    if isinstance(w, W_StrObject):
        return w.as_str()
    if isinstance(w, W_BytesObject):
        return decode_bytes(w.value, "ascii", "strict")
    if is_port and isinstance(w, W_IntObject):
        return "%d" % w.intval
    if is_port:
        raise plain_oserror("Int or String expected")
    raise operr(w_TypeError, "getaddrinfo() argument 1 must be string or None")


def socket_getaddrinfo(slots: list[W_Root | None]) -> W_Root:
    host = _opt_text(slots[0], False)
    port = _opt_text(slots[1], True)
    family = _family_arg(slots[2], 0)
    type = _family_arg(slots[3], 0)
    proto = _family_arg(slots[4], 0)
    flags = _family_arg(slots[5], 0)
    try:
        n = rsocket.getaddrinfo(host, port, family, type, proto, flags)
    except OSError:
        raise resolve_error()
    result_w: list[W_Root] = []
    for i in range(n):
        rsocket.ai_select(i)
        result_w.append(W_TupleObject([
            wrap_int(rsocket.ai_field(i, 0)), wrap_int(rsocket.ai_field(i, 1)),
            wrap_int(rsocket.ai_field(i, 2)), space.wrap_str(rsocket.ai_canonname(i)),
            result_address()]))
    return space.new_list(result_w)


def socket_gethostbyname(slots: list[W_Root | None]) -> W_Root:
    host = _opt_text(_req(slots, 0), False)
    assert host is not None
    try:
        n = rsocket.getaddrinfo(host, "0", AF_INET, SOCK_STREAM, 0, 0)
    except OSError:
        raise resolve_error()
    if n == 0:
        raise plain_oserror("host not found")
    rsocket.ai_select(0)
    return space.wrap_str(rsocket.res_host())


def _hostent(text: str) -> W_Root:
    """(name, aliases, addresses) from rsocket's "name\\naliases\\naddrs"."""
    parts = text.split("\n")
    lists_w: list[W_Root] = []
    for i in [1, 2]:
        items_w: list[W_Root] = []
        if i < len(parts):
            for item in parts[i].split(" "):
                if item != "":
                    items_w.append(space.wrap_str(item))
        lists_w.append(space.new_list(items_w))
    return W_TupleObject([space.wrap_str(parts[0]), lists_w[0], lists_w[1]])


def socket_gethostbyaddr(slots: list[W_Root | None]) -> W_Root:
    host = _opt_text(_req(slots, 0), False)
    assert host is not None
    try:
        return _hostent(rsocket.gethostbyaddr(host))
    except OSError:
        raise resolve_error()


def socket_gethostbyname_ex(slots: list[W_Root | None]) -> W_Root:
    host = _opt_text(_req(slots, 0), False)
    assert host is not None
    try:
        return _hostent(rsocket.gethostbyname_ex(host))
    except OSError:
        raise resolve_error()


def socket_getnameinfo(slots: list[W_Root | None]) -> W_Root:
    w_sa = _req(slots, 0)
    flags = c_int_w(_req(slots, 1))
    if not isinstance(w_sa, W_TupleObject):
        raise operr(w_TypeError, "getnameinfo() argument 1 must be a tuple")
    items = w_sa.items_w
    if len(items) < 2 or len(items) > 4 or not isinstance(items[0], W_StrObject):
        raise operr(w_TypeError, "getnameinfo(): illegal sockaddr argument")
    host = space.str_of_w(items[0])
    port = c_int_w(items[1])
    flowinfo = 0
    scope_id = 0
    if len(items) > 2:
        flowinfo = space.int_of_w(items[2])
        if flowinfo < 0 or flowinfo > 0xfffff:
            raise operr(w_OverflowError, "getnameinfo(): flowinfo must be 0-1048575.")
    if len(items) > 3:
        scope_id = space.int_of_w(items[3])
    # CPython resolves the host numerically (AI_NUMERICHOST) first
    try:
        rsocket.getaddrinfo(host, "%d" % port, AF_UNSPEC, 2, 0, 4)
        family = rsocket.ai_field(0, 0)
        if family == AF_INET6:
            rsocket.addr_inet6(host, port, flowinfo, scope_id)
        else:
            if len(items) != 2:
                raise plain_oserror("IPv4 sockaddr must be 2 tuple")
            rsocket.addr_inet(host, port)
        text = rsocket.getnameinfo(flags)
    except OSError:
        raise resolve_error()
    parts = text.split("\n")
    return W_TupleObject([space.wrap_str(parts[0]), space.wrap_str(parts[1])])


def _opt_proto(w: W_Root | None, fname: str) -> str | None:
    if w is None:
        return None
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s() argument 2 must be str, not %s" % (fname, type_name(w)))
    return w.as_str()


def socket_getservbyname(slots: list[W_Root | None]) -> W_Root:
    w_name = _req(slots, 0)
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "getservbyname() argument 1 must be str, not %s"
                    % type_name(w_name))
    port = rsocket.getservbyname(w_name.as_str(), _opt_proto(slots[1], "getservbyname"))
    if port < 0:
        raise plain_oserror("service/proto not found")
    return wrap_int(port)


def socket_getservbyport(slots: list[W_Root | None]) -> W_Root:
    port = c_int_w(_req(slots, 0))
    if port < 0 or port > 0xffff:
        raise operr(w_OverflowError, "getservbyport: port must be 0-65535.")
    name = rsocket.getservbyport(port, _opt_proto(slots[1], "getservbyport"))
    if name is None:
        raise plain_oserror("port/proto not found")
    return space.wrap_str(name)


def socket_getprotobyname(slots: list[W_Root | None]) -> W_Root:
    w_name = _req(slots, 0)
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "getprotobyname() argument must be str, not %s"
                    % type_name(w_name))
    proto = rsocket.getprotobyname(w_name.as_str())
    if proto < 0:
        raise plain_oserror("protocol not found")
    return wrap_int(proto)


FUNCTIONS = [
    register(None, "socketpair(family=, type=, proto=, /)", socket_socketpair),
    register(None, "CMSG_LEN(length, /)", cmsg_len),
    register(None, "CMSG_SPACE(length, /)", cmsg_space),
    register(None, "gethostbyaddr(host, /)", socket_gethostbyaddr),
    register(None, "gethostbyname_ex(host, /)", socket_gethostbyname_ex),
    register(None, "getnameinfo(sockaddr, flags, /)", socket_getnameinfo),
    register(None, "getservbyname(servicename, protocolname=, /)", socket_getservbyname),
    register(None, "getservbyport(port, protocolname=, /)", socket_getservbyport),
    register(None, "getprotobyname(protocolname, /)", socket_getprotobyname),
    register(None, "getdefaulttimeout()", socket_getdefaulttimeout),
    register(None, "setdefaulttimeout(timeout, /)", socket_setdefaulttimeout),
    register(None, "gethostname()", socket_gethostname),
    register(None, "gethostbyname(host, /)", socket_gethostbyname),
    register(None, "getaddrinfo(host, port, family=, type=, proto=, flags=)", socket_getaddrinfo),
    register(None, "dup(fd, /)", socket_dup),
    register(None, "close(fd, /)", socket_close_fd),
    register(None, "inet_aton(string, /)", socket_inet_aton),
    register(None, "inet_ntoa(packed_ip, /)", socket_inet_ntoa),
    register(None, "inet_pton(family, ip_string, /)", socket_inet_pton),
    register(None, "inet_ntop(family, packed_ip, /)", socket_inet_ntop),
    register(None, "htons(x, /)", socket_htons),
    register(None, "ntohs(x, /)", socket_ntohs),
    register(None, "htonl(x, /)", socket_htonl),
    register(None, "ntohl(x, /)", socket_ntohl),
]


def make_module() -> W_Module:
    w_mod = W_Module("_socket", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    for name, value in CONSTANTS:
        d.setitem_str(name, wrap_int(value))
    d.setitem_str("socket", w_socket_type)
    d.setitem_str("SocketType", w_socket_type)
    d.setitem_str("error", w_OSError)
    d.setitem_str("timeout", w_TimeoutError)
    d.setitem_str("gaierror", w_gaierror)
    d.setitem_str("herror", w_herror)
    d.setitem_str("has_ipv6", space.wrap_bool(True))
    return w_mod
