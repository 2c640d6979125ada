# select/poll/epoll on pipes and socket pairs, _socket basics and errors
import errno
import os
import select
import selectors
import socket
import tempfile

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"data")
print(select.select([r], [], [], 1.5)[0] == [r])
print(os.read(r, 10))


class Wrapped:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


wr = Wrapped(w)
rl, wl, xl = select.select((), [wr], [])
print(wl[0] is wr, rl, xl)
for bad in ([-1], [5000], 5, [object()], [Wrapped("x")]):
    try:
        select.select(bad, [], [], 0)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for t in ("x", -1):
    try:
        select.select([], [], [], t)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

p = select.poll()
p.register(r, select.POLLIN)
p.register(w)
print(sorted(p.poll(0)) == [(w, select.POLLOUT)])
os.write(w, b"x")
print(sorted(p.poll(100)) == [(r, select.POLLIN), (w, select.POLLOUT)])
p.modify(w, select.POLLIN)
print(p.poll(10) == [(r, select.POLLIN)])
os.read(r, 1)
p.unregister(w)
print(p.poll(0))
try:
    p.unregister(w)
except KeyError as e:
    print("KeyError", e.args == (w,))
try:
    p.modify(w, 1)
except FileNotFoundError as e:
    print(type(e).__name__, e)

ep = select.epoll()
print(ep.closed, ep.fileno() > 2)
ep.register(r, select.EPOLLIN)
ep.register(w, select.EPOLLOUT)
print(ep.poll(0) == [(w, select.EPOLLOUT)])
try:
    ep.register(r)
except FileExistsError as e:
    print(type(e).__name__, e)
ep.unregister(w)
os.write(w, b"y")
print(ep.poll(1) == [(r, select.EPOLLIN)])
try:
    ep.poll(1, 0)
except ValueError as e:
    print(e)
ep.close()
print(ep.closed)
try:
    ep.fileno()
except ValueError as e:
    print(e)
with select.epoll() as ep2:
    print(ep2.closed)
print(ep2.closed)
os.close(r)
os.close(w)

print(type(selectors.DefaultSelector()).__name__)
sel = selectors.DefaultSelector()
a, b = socket.socketpair()
sel.register(a, selectors.EVENT_READ, "reader a")
print(sel.select(0))
b.send(b"ping")
print([(k.data, ev) for k, ev in sel.select(1)])
print(a.recv(10))
sel.unregister(a)
sel.close()

# socket objects
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.proto)
print(repr(a.family), repr(a.type))
print(a.getsockname() == "", a.gettimeout(), a.getblocking())
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno == errno.EAGAIN)
for v in ["x", 2 ** 40, 1.5]:
    try:
        a.setblocking(v)
        print("setblocking", v, a.getblocking())
    except TypeError as e:
        print(type(e).__name__, e)
a.setblocking(0)
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except TimeoutError as e:
    print(type(e).__name__, e, socket.timeout is TimeoutError)
a.settimeout(None)
b.sendall(b"x" * 100000) if False else None
b.sendall(b"hello world")
buf = bytearray(5)
print(a.recv_into(buf), buf)
print(a.recv(100))
mv = memoryview(bytearray(8))
b.send(memoryview(b"abcdef")[1:4])
print(a.recv_into(mv[2:]), bytes(mv))
b.shutdown(socket.SHUT_WR)
print(a.recv(10))
with a, b:
    pass
print(a.fileno(), b.fileno(), "[closed]" in repr(a))
for op in (lambda: a.recv(1), lambda: a.send(b"x"), lambda: a.getsockname()):
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e)
try:
    a.recv(-1)
except ValueError as e:
    print(e)

# TCP on the loopback: a listener, a client, accept, errors
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, 0 < port < 65536)
cli = socket.create_connection(("127.0.0.1", port))
conn, addr = srv.accept()
print(addr[0], addr[1] == cli.getsockname()[1], conn.getpeername() == cli.getsockname())
cli.sendall(b"over tcp")
print(conn.recv(100))
conn.send(b"reply")
print(cli.recv(100))
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
for s in (cli, conn, srv):
    s.close()
free = socket.socket()
free.bind(("127.0.0.1", 0))
free_port = free.getsockname()[1]
free.close()
try:
    socket.create_connection(("127.0.0.1", free_port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
s = socket.socket()
print(s.connect_ex(("127.0.0.1", free_port)) == errno.ECONNREFUSED)
for addr in [5, ("127.0.0.1",), ("127.0.0.1", 70000), (5, 80), ["127.0.0.1", 80]]:
    try:
        s.connect(addr)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
s.close()
try:
    socket.socket(fileno=-5)
except ValueError as e:
    print(e)

# AF_UNIX with a path
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "sock")
    us = socket.socket(socket.AF_UNIX)
    us.bind(path)
    us.listen(1)
    print(us.getsockname() == path)
    uc = socket.socket(socket.AF_UNIX)
    uc.connect(path)
    c2, a2 = us.accept()
    uc.send(b"unix")
    print(c2.recv(10), a2)
    for x in (us, uc, c2):
        x.close()
    try:
        socket.socket(socket.AF_UNIX).connect(os.path.join(d, "missing"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    try:
        socket.socket(socket.AF_UNIX).bind("x" * 200)
    except OSError as e:
        print(e)

# module functions
print(socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, b"\0" * 15 + b"\1"))
for f, arg in [(socket.inet_aton, "x"), (socket.inet_ntoa, b"x")]:
    try:
        f(arg)
    except OSError as e:
        print(e)
try:
    socket.inet_pton(socket.AF_INET, "1.2.3")
except OSError as e:
    print(e)
try:
    socket.inet_ntop(socket.AF_INET, b"xx")
except ValueError as e:
    print(e)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
for v in (-1, 70000):
    try:
        socket.htons(v)
    except OverflowError as e:
        print(e)
print(socket.getdefaulttimeout(), socket.has_ipv6, isinstance(socket.gethostname(), str))
socket.setdefaulttimeout(2.5)
t = socket.socket()
print(t.gettimeout(), t.getblocking())
t.close()
socket.setdefaulttimeout(None)
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
try:
    socket.getaddrinfo("127.0.0.1", "no-such-service", socket.AF_INET, socket.SOCK_STREAM)
except socket.gaierror as e:
    print(type(e).__name__, socket.gaierror.__module__, e)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))

# host and service databases (local: /etc/hosts, /etc/services)
print(socket.gethostbyaddr("127.0.0.1")[2], socket.gethostbyname_ex("127.0.0.1"))
print(socket.getfqdn("127.0.0.1") == socket.gethostbyaddr("127.0.0.1")[0])
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("::1", 443, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getservbyname("http", "tcp"), socket.getservbyport(443), socket.getprotobyname("udp"))
for f, args in [(socket.getservbyname, ("no-such-service",)), (socket.getservbyport, (70000,)),
                (socket.getprotobyname, ("no-such-proto",)), (socket.getnameinfo, (5, 0)),
                (socket.getnameinfo, (("127.0.0.1", 80, 1), 0)),
                (socket.getnameinfo, (("not numeric", 80), 0))]:
    try:
        f(*args)
    except (OSError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

# argument checks of poll.register and epoll.register
p = select.poll()
for v in [-1, -2 ** 70, 70000, "x"]:
    try:
        p.register(0, v)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
ep = select.epoll()
try:
    ep.register(0, "x")
except TypeError as e:
    print(type(e).__name__, e)
ep.close()
