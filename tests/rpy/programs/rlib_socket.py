"""rpy.rlib.rsocket and rprocess: socket pairs, TCP on the loopback,
select/poll/epoll, descriptor flags, addresses, pipes, fork_exec and
waitpid."""
from __future__ import annotations

from rpy.rlib import ros, rprocess, rsocket

AF_UNIX = 1
AF_INET = 2
SOCK_STREAM = 1
POLLIN = 1
POLLOUT = 4
EPOLLIN = 1
SOL_SOCKET = 1
SO_TYPE = 3
EAGAIN = 11
ECONNREFUSED = 111
WNOHANG = 1


def errno_of_call(fd: int) -> int:
    try:
        rsocket.recv(fd, 10, 0)
    except OSError:
        return ros.get_errno()
    return 0


def pairs() -> None:
    both = rsocket.socketpair(AF_UNIX, SOCK_STREAM, 0)
    a = both >> 32
    b = both & 0xffffffff
    print("sent", rsocket.send(a, b"hello", 0))
    print("recv", rsocket.recv(b, 100, 0))
    print("type", rsocket.getsockopt_int(a, SOL_SOCKET, SO_TYPE))
    print("blocking", rsocket.get_blocking(b), "inheritable", rsocket.get_inheritable(b))
    rsocket.set_blocking(b, False)
    print("blocking now", rsocket.get_blocking(b), "EAGAIN", errno_of_call(b) == EAGAIN)
    print("wait (nothing)", rsocket.wait_fd(b, False, 0), "writable", rsocket.wait_fd(a, True, 0))
    rsocket.select_clear()
    rsocket.select_add(b, 0)
    rsocket.select_add(a, 1)
    print("select", rsocket.select_wait(b + 1 if b > a else a + 1, 0),
          rsocket.select_isset(b, 0), rsocket.select_isset(a, 1))
    rsocket.send(a, b"x", 0)
    rsocket.poll_clear()
    rsocket.poll_add(b, POLLIN)
    rsocket.poll_add(a, POLLIN)
    print("poll", rsocket.poll_wait(1000), rsocket.poll_revents(0), rsocket.poll_revents(1))
    ep = rsocket.epoll_create()
    rsocket.epoll_ctl(ep, 1, b, EPOLLIN)
    n = rsocket.epoll_wait(ep, 8, 1000)
    print("epoll", n, rsocket.epoll_fd(0) == b, rsocket.epoll_events(0))
    try:
        rsocket.epoll_ctl(ep, 1, b, EPOLLIN)
    except OSError:
        print("epoll add twice: errno", ros.get_errno())
    ros.close(ep)
    rsocket.getsockname(a)
    print("unix name", rsocket.res_family(), rsocket.res_path())
    ros.close(a)
    ros.close(b)
    print("closed: errno", errno_of_call(a))


def tcp() -> None:
    srv = rsocket.socket(AF_INET, SOCK_STREAM, 0)
    rsocket.addr_inet("127.0.0.1", 0)
    rsocket.bind(srv)
    rsocket.listen(srv, 5)
    rsocket.getsockname(srv)
    port = rsocket.res_port()
    print("listening", rsocket.res_family(), rsocket.res_host(), port > 0)
    cli = rsocket.socket(AF_INET, SOCK_STREAM, 0)
    rsocket.addr_inet("localhost", port)
    print("connect", rsocket.connect(cli))
    conn = rsocket.accept(srv)
    print("peer", rsocket.res_host())
    rsocket.send(cli, b"over tcp", 0)
    print("got", rsocket.recv(conn, 100, 0))
    rsocket.shutdown(cli, 1)
    print("eof", rsocket.recv(conn, 100, 0))
    for fd in [cli, conn, srv]:
        ros.close(fd)
    refused = rsocket.socket(AF_INET, SOCK_STREAM, 0)
    rsocket.addr_inet("127.0.0.1", port)
    print("refused", rsocket.connect(refused) == ECONNREFUSED)
    ros.close(refused)
    try:
        rsocket.getaddrinfo("127.0.0.1", "no-such-service", AF_INET, SOCK_STREAM, 0, 0)
    except OSError:
        print("gai error", rsocket.gai_error() != 0)
    print("pton", rsocket.inet_pton(AF_INET, "10.1.2.3"), len(rsocket.inet_pton(AF_INET, "x")))
    print("aton", rsocket.inet_aton("127.1"), "ntop", rsocket.inet_ntop(AF_INET, b"\x7f\x00\x00\x01"))
    n = rsocket.getaddrinfo("127.0.0.1", "80", AF_INET, SOCK_STREAM, 0, 0)
    rsocket.ai_select(0)
    print("getaddrinfo", n, rsocket.ai_field(0, 0), rsocket.ai_field(0, 1), rsocket.res_host(),
          rsocket.res_port())


def processes() -> None:
    both = rprocess.pipe()
    r = both >> 32
    w = both & 0xffffffff
    errs = rprocess.pipe()
    er = errs >> 32
    ew = errs & 0xffffffff
    argv = b"sh\x00-c\x00echo from child $X\x00"
    pid = rprocess.fork_exec(argv, b"/bin/sh\x00", b"X=42\x00", True, b"", False,
                             "%d" % ew, True, -1, -1, r, w, -1, -1, er, ew,
                             True, False, -1, -1, -1, -1, "", False, 0)
    ros.close(w)
    ros.close(ew)
    print("child says", ros.read(r, 100), "errpipe", ros.read(er, 100))
    got = rprocess.waitpid(pid, 0)
    print("waited", got == pid, "status", rprocess.wait_status())
    ros.close(r)
    ros.close(er)
    errs = rprocess.pipe()
    er = errs >> 32
    ew = errs & 0xffffffff
    pid = rprocess.fork_exec(b"x\x00", b"/nonexistent/x\x00", b"", False, b"", False,
                             "%d" % ew, True, -1, -1, -1, -1, -1, -1, er, ew,
                             True, False, -1, -1, -1, -1, "", False, 0)
    ros.close(ew)
    # the child writes its error in several writes: read to the end
    failure = b""
    while True:
        part = ros.read(er, 100)
        if part == b"":
            break
        failure += part
    print("exec failed:", failure)
    rprocess.waitpid(pid, 0)
    print("status", rprocess.wait_status() >> 8)
    ros.close(er)
    # fork, the setup, code of the program in the child, then the exec
    both = rprocess.pipe()
    r = both >> 32
    w = both & 0xffffffff
    errs = rprocess.pipe()
    er = errs >> 32
    ew = errs & 0xffffffff
    pid = rprocess.fork()
    if pid == 0:
        rprocess.fork_exec(b"sh\x00-c\x00echo staged\x00", b"/bin/sh\x00", b"", False, b"", False,
                           "%d" % ew, True, -1, -1, r, w, -1, -1, er, ew, True, False, -1, -1,
                           -1, -1, "", False, 1)
        ros.write(1, b"")
        rprocess.fork_exec(b"sh\x00-c\x00echo staged\x00", b"/bin/sh\x00", b"", False, b"", False,
                           "%d" % ew, True, -1, -1, r, w, -1, -1, er, ew, True, False, -1, -1,
                           -1, -1, "", False, 2)
        ros.os_exit(3)
    ros.close(w)
    ros.close(ew)
    print("staged child says", ros.read(r, 100), "errpipe", ros.read(er, 100))
    rprocess.waitpid(pid, 0)
    print("status", rprocess.wait_status())
    ros.close(r)
    ros.close(er)
    try:
        rprocess.waitpid(-1, WNOHANG)
    except OSError:
        print("no child: errno", ros.get_errno())


def entry_point(argv: list[str]) -> int:
    pairs()
    tcp()
    processes()
    return 0
