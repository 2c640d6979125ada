# uncaught: custom exception hierarchy, __init__ without super().__init__, multiple args
class HTTPError(Exception):
    def __init__(self, status, reason):
        self.status = status
        self.reason = reason


class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path


def fetch(path):
    if path.startswith("/ok"):
        return 200, "body of " + path
    raise NotFound(path)


print(fetch("/ok/1"))
try:
    fetch("/missing")
except HTTPError as e:
    print("caught", type(e).__name__, e.status, e.reason, e.path, e.args)
print(fetch("/ok/2")[1])
print(fetch("/gone"))
print("not reached")
