"""socketserver: threaded TCP and UDP echo servers on free localhost
ports, StreamRequestHandler lines, and a server that handles errors."""
import socket
import socketserver
import threading


class LineEcho(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            line = line.strip()
            if line == b"quit":
                self.wfile.write(b"bye\n")
                return
            self.wfile.write(line.upper() + b"\n")


class DatagramEcho(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(data[::-1], self.client_address)


class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True


with Server(("127.0.0.1", 0), LineEcho) as srv:
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    with socket.create_connection(srv.server_address, timeout=10) as c:
        f = c.makefile("rwb")
        for word in (b"hello", b"socket server", b"quit"):
            f.write(word + b"\n")
            f.flush()
            print(f.readline())
        f.close()
    srv.shutdown()
    t.join()
    print(type(srv).__mro__[1].__name__, srv.socket_type == socket.SOCK_STREAM)

with socketserver.UDPServer(("127.0.0.1", 0), DatagramEcho) as usrv:
    t = threading.Thread(target=usrv.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
        c.settimeout(10)
        for msg in (b"abc", b"datagram"):
            c.sendto(msg, usrv.server_address)
            print(c.recvfrom(100)[0])
    usrv.shutdown()
    t.join()


class Failing(socketserver.BaseRequestHandler):
    def handle(self):
        raise RuntimeError("handler failed")


class QuietServer(socketserver.TCPServer):
    def handle_error(self, request, client_address):
        import sys
        print("handle_error:", sys.exc_info()[0].__name__, sys.exc_info()[1])


with QuietServer(("127.0.0.1", 0), Failing) as qs:
    with socket.create_connection(qs.server_address, timeout=10) as c:
        qs.handle_request()
        print(c.recv(10))
