"""wsgiref: a WSGI application served by simple_server on a free port
(through the validator), requested with http.client; util and headers
helpers."""
import http.client
import io
import threading
from wsgiref import simple_server, util, validate
from wsgiref.headers import Headers


def app(environ, start_response):
    path = environ["PATH_INFO"]
    if path == "/boom":
        raise ValueError("application error")
    qs = environ.get("QUERY_STRING", "")
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(length) if length else b""
    text = "method=%s path=%s qs=%s body=%r url=%s\n" % (
        environ["REQUEST_METHOD"], path, qs, body, util.request_uri(environ, include_query=False).split(":", 2)[0])
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8"), ("X-App", "demo")])
    return [text.encode()]


class QuietHandler(simple_server.WSGIRequestHandler):
    def log_message(self, *args):
        pass


class QuietServer(simple_server.WSGIServer):
    def handle_error(self, request, client_address):
        pass


httpd = simple_server.make_server("127.0.0.1", 0, validate.validator(app), server_class=QuietServer, handler_class=QuietHandler)
port = httpd.server_port
t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
t.start()
for method, path, body in (("GET", "/hello?a=1&b=2", None), ("POST", "/submit", b"payload")):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path, body=body)
    r = conn.getresponse()
    print(r.status, r.getheader("Content-Type"), r.getheader("X-App"), r.getheader("Server", "").split("/")[0])
    print(r.read().decode().strip())
    conn.close()
httpd.shutdown()
httpd.server_close()
t.join()

env = {}
util.setup_testing_defaults(env)
print(sorted(k for k in env if not k.startswith("wsgi.")))
print(util.request_uri(env), util.application_uri(env))
env["PATH_INFO"] = "/a/b/c"
env["SCRIPT_NAME"] = ""
print(util.shift_path_info(env), env["SCRIPT_NAME"], env["PATH_INFO"])
print(util.guess_scheme({"HTTPS": "on"}), util.is_hop_by_hop("Connection"), util.is_hop_by_hop("X-Foo"))
h = Headers([("Content-Type", "text/html")])
h.add_header("Set-Cookie", "a=1", path="/", secure=None)
h["X-Count"] = "3"
print(str(h))
print(h.get_all("set-cookie"), len(h), h.keys())
w = util.FileWrapper(io.BytesIO(b"0123456789"), blksize=4)
print(list(w))

# the error path: a handler that captures the traceback text as CPython's does
out = io.BytesIO()
err = io.StringIO()
handler = simple_server.SimpleHandler(io.BytesIO(), out, err, {"REQUEST_METHOD": "GET", "PATH_INFO": "/boom", "SERVER_NAME": "x", "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.0"})
handler.run(app)
print(out.getvalue().split(b"\r\n")[0])
print(err.getvalue().strip().splitlines()[-1])
