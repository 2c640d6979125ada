# uncaught: plain KeyError with a string key
config = {"host": "localhost", "port": 8080, "debug": False}
print(config["host"], config["port"])
for k in config:
    print(k, "=", config[k])
merged = {**config, "debug": True, "user": "root"}
print(merged)
print({**{"a": 1}, **{"a": 2}})
keys = sorted(merged)
print(keys)
print(len(merged), list(merged.values())[-1])
print(list(merged)[0])
print(merged.get("password", "<none>"))
print("password is", config["password"])
print("not reached")
a = 1
b = 2
c = 3
print(a, b, c)
print(a * b * c)
