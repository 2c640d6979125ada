# uncaught: TypeError mixing bytes and str
header = b"HTTP/1.1 200 OK"
parts = header.split(b" ")
print(parts)
version, code, reason = parts
print(version.decode(), int(code), reason.lower())
print(code.isdigit(), code.zfill(5))
lines = [b"Content-Type: text/plain", b"Content-Length: 12"]
headers = {}
for line in lines:
    k, _, v = line.partition(b": ")
    headers[k.decode().lower()] = v.decode()
print(sorted(headers.items()))
body = b"hello, world"
print(len(body) == int(headers["content-length"]))
response = header + b"\r\n" + b"\r\n".join(lines)
print(response.count(b"\r\n"))
print(response.splitlines()[-1])
print(response + "\r\n\r\n" + body)
print("not reached")
