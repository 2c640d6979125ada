# uncaught: missing keyword-only argument without default
def connect(host, port=80, *, timeout, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"


print(connect("a", timeout=5))
print(connect("b", 8080, timeout=1, retries=0))
print(connect(host="c", timeout=2))
opts = {"timeout": 9}
print(connect("d", **opts))
print(connect.__kwdefaults__, connect.__defaults__)
try:
    connect("e", 1, 2)
except TypeError as e:
    print("caught:", e)
hosts = ["x", "y"]
for h in hosts:
    print(connect(h, timeout=len(h)))
print(connect("z", 443))
print("not reached")
