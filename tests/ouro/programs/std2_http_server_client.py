"""http.server with a custom handler on a free localhost port, queried by
http.client (GET, POST with a body, HEAD, 404, keep-alive) and
urllib.request."""
import http.client
import http.server
import json
import threading
import urllib.error
import urllib.request


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def _send(self, code, body, ctype="application/json"):
        data = body.encode()
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def do_GET(self):
        if self.path.startswith("/hello"):
            self._send(200, json.dumps({"path": self.path, "agent": self.headers.get("X-Demo")}))
        else:
            self.send_error(404, "No such page")

    do_HEAD = do_GET

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        body = json.loads(self.rfile.read(length))
        self._send(201, json.dumps({"sum": sum(body["numbers"])}))


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, daemon=True)
thread.start()

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.request("GET", "/hello?x=1", headers={"X-Demo": "yes"})
r = conn.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"), r.version)
print(json.loads(r.read()))
conn.request("POST", "/sum", body=json.dumps({"numbers": [1, 2, 3.5]}), headers={"Content-Type": "application/json"})
r = conn.getresponse()
print(r.status, r.reason, json.loads(r.read()))
conn.request("HEAD", "/hello")
r = conn.getresponse()
print(r.status, r.getheader("Content-Length"), r.read())
conn.request("GET", "/missing")
r = conn.getresponse()
body = r.read().decode()
print(r.status, r.reason, "No such page" in body, r.getheader("Connection"))
conn.close()

with urllib.request.urlopen("http://127.0.0.1:%d/hello/urllib" % port, timeout=10) as resp:
    print(resp.status, json.loads(resp.read())["path"])
try:
    urllib.request.urlopen("http://127.0.0.1:%d/nothere" % port, timeout=10)
except urllib.error.HTTPError as e:
    print("HTTPError:", e.code, e.reason)
    e.close()

print(http.client.responses[418], http.HTTPStatus(404).phrase, http.HTTPStatus.OK.description)
try:
    http.client.HTTPConnection("127.0.0.1:notaport")
except http.client.InvalidURL as e:
    print("InvalidURL:", e)
server.shutdown()
server.server_close()
thread.join()
print("done")
